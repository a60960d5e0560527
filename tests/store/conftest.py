"""Store fixtures: a fresh database per test (SQLite, and PostgreSQL when
$WIREDESK_TEST_PG names a server), hand-built documents, a folder of articles, and the
sample corpus cross-checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storedocs import write_corpus

from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    yield request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write_corpus(folder)
    return folder


@pytest.fixture
def checked(db_url: str, sample_db: Path) -> str:
    """The sample corpus stored and cross-checked at `db_url`."""
    with Store.open(sample_db) as samples:
        docs = list(samples.documents())
    with Store.open(db_url) as store:
        for doc in docs:
            store.put(doc)
        update_crosscheck(store)
    return db_url
