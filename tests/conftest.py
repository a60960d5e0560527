"""Shared fixtures: the real spaCy model, real files, real databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

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


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL of a throwaway database on the $WIREDESK_TEST_PG server, dropped afterwards."""
    server = os.environ.get("WIREDESK_TEST_PG")
    if not server:
        pytest.skip("WIREDESK_TEST_PG is not set (scripts/start_test_postgres.sh prints one)")
    name = f"wd_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
