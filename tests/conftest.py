"""Shared fixtures: the real spaCy model, real files, real databases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import wiredesk
from wiredesk.records import Document
from wiredesk.samples import CORPUS
from wiredesk.store import Store
from wiredesk.store.ingest import ingest_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "article.txt"


@pytest.fixture(scope="session")
def extract() -> Callable[..., Document]:
    """`wiredesk.extract` with the real pipeline, loaded once for the session."""
    return wiredesk.extract


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    """The seed article, extracted once (skipped where ../shared is not beside the checkout)."""
    if not SEED.exists():
        pytest.skip("../shared/seed/article.txt is not beside this checkout")
    return wiredesk.extract(SEED.read_text(encoding="utf-8"), published="2025-08-12")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus ingested and cross-checked once: a real SQLite store."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with Store.open(path) as store:
        summary = ingest_paths([str(CORPUS)], store)
    assert summary.ok and summary.stored >= 30
    return path
