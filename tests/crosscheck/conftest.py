"""The sample corpus ingested once per session with the real pipeline into a tmp SQLite store."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from wiredesk.store import Store
from wiredesk.store.ingest import ingest_paths

SAMPLES = Path(str(files("wiredesk") / "samples"))


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of a store holding the ingested sample corpus."""
    if not (SAMPLES / "expected.toml").exists():
        pytest.skip("the sample corpus has not landed")
    path = tmp_path_factory.mktemp("samples") / "samples.db"
    with Store.open(path) as store:
        ingest_paths([str(SAMPLES / "corpus")], store)
    return str(path)


@pytest.fixture(scope="session")
def expected() -> dict[str, Any]:
    return tomllib.loads((SAMPLES / "expected.toml").read_text(encoding="utf-8"))
