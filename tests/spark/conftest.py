"""Spark fixtures: one real local Spark (local[2]) for the whole test session, and one
Spark run over the sample corpus beside a local `ingest` of the same files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from sparkrun import BROKEN, Crosschecked, Run

from wiredesk.cli import main
from wiredesk.samples import CORPUS
from wiredesk.spark import spark_session
from wiredesk.store import Store
from wiredesk.store.ingest import ingest_paths


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """The one SparkSession of the test run (local[2], no web UI, loopback only)."""
    session = spark_session("local[2]")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def sample_run(spark: object, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The sample corpus and two broken files, through `wiredesk spark extract` and `load`
    and, separately, through `ingest` (the local path)."""
    base = tmp_path_factory.mktemp("spark-run")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "broken").mkdir()
    for name, data in BROKEN.items():
        (corpus / "broken" / name).write_bytes(data)
    run = Run(corpus, base / "out", base / "spark.db", base / "local.db")
    result = CliRunner().invoke(main, ["spark", "extract", str(corpus), "--out", str(run.out)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["load", str(run.out), "--db", str(run.spark_db)])
    assert result.exit_code == 0, result.output
    with Store.open(run.local_db) as store:
        ingest_paths([str(corpus)], store)
    return run


@pytest.fixture(scope="session")
def spark_crosschecked(sample_run: Run, tmp_path_factory: pytest.TempPathFactory) -> Crosschecked:
    """The sample run cross-checked on Spark (`spark crosscheck`, in a copy of its folder)
    and loaded into a store of its own."""
    base = tmp_path_factory.mktemp("spark-crosscheck")
    run = Crosschecked(base / "out", base / "spark-crosschecked.db")
    shutil.copytree(sample_run.out, run.out)
    result = CliRunner().invoke(main, ["spark", "crosscheck", "--in", str(run.out)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["load", str(run.out), "--db", str(run.db)])
    assert result.exit_code == 0, result.output
    assert "cross-check: the run's" in result.output
    return run
