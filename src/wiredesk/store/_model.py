"""Which wiredesk and which spaCy model produced the rows: provenance for every article."""

from __future__ import annotations

import importlib.metadata
from functools import cache

import wiredesk


def wiredesk_version() -> str:
    return wiredesk.__version__


@cache
def model() -> tuple[str, str | None]:
    """The spaCy model's name and version, read from its package metadata (no model load)."""
    from wiredesk.nlp import MODEL_NAME  # imports spaCy: only when something is stored

    try:
        return MODEL_NAME, importlib.metadata.version(MODEL_NAME)
    except importlib.metadata.PackageNotFoundError:
        return MODEL_NAME, None
