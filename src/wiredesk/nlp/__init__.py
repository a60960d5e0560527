"""The spaCy pipeline, loaded once per process and run in batches."""

from wiredesk.nlp.pipeline import MODEL_NAME, doc_text, load_pipeline, parse

__all__ = ["MODEL_NAME", "doc_text", "load_pipeline", "parse"]
