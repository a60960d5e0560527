"""The spaCy pipeline, loaded once per process and run in batches."""

from wiredesk.nlp.pipeline import MODEL_NAME, doc_text, load_pipeline, parse
from wiredesk.nlp.sentences import sentence_of, sentence_starts, sentenced

__all__ = ["MODEL_NAME", "doc_text", "load_pipeline", "parse", "sentence_of", "sentence_starts",
           "sentenced"]
