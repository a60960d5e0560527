"""`wiredesk spark extract` + `wiredesk load` against `wiredesk ingest`, on a real local Spark."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sparkrun import BROKEN, Run, briefing

from wiredesk.cli import main
from wiredesk.spark._load import read_table
from wiredesk.store import Store
from wiredesk.store._crosscheck import load_crosscheck

VOLATILE = {"ingested_at", "applied_at"}  # the wall clock of each run


def _tables(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _sorted_rows(db: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in VOLATILE]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
    return sorted(rows, key=repr)


def test_spark_load_has_the_tables_of_ingest(sample_run: Run) -> None:
    assert _tables(sample_run.spark_db) == _tables(sample_run.local_db)


@pytest.mark.parametrize("table", [
    "articles", "sources", "actors", "attributions", "times", "places", "figures", "checks",
    "check_figures", "events", "crosscheck_articles", "crosscheck_keys", "crosscheck_bodies",
    "crosscheck_refs", "crosscheck_groups", "crosscheck_clash_texts",
    "crosscheck_clash_sets", "crosscheck_clash_a", "crosscheck_contradictions",
    "crosscheck_side_refs", "crosscheck_names", "articles_fts",
    "canonical_actors", "extractors"])
def test_spark_load_rows_equal_ingest_rows(sample_run: Run, table: str) -> None:
    local = _sorted_rows(sample_run.local_db, table)
    assert local, f"the sample corpus gives {table} rows"
    assert _sorted_rows(sample_run.spark_db, table) == local


def test_spark_extract_tables_are_partitioned_by_publication_date(sample_run: Run) -> None:
    days = sorted(p.name for p in (sample_run.out / "articles").glob("published_date=*"))
    assert "published_date=2026-03-03" in days and "published_date=2026-03-07" in days
    rows = read_table(str(sample_run.out), "events")
    assert rows and all(r["article_id"] and r["type"] for r in rows)


def test_spark_extract_corrupt_inputs_land_in_errors(sample_run: Run) -> None:
    errors = {Path(r["path"]).name: r for r in read_table(str(sample_run.out), "errors")}
    text = errors["latin1-report.txt"]
    assert text["path"] == str(sample_run.corpus / "broken" / "latin1-report.txt")
    byte = BROKEN["latin1-report.txt"].index(b"\xe9")
    assert text["message"].startswith(f"not UTF-8: byte {byte} (line 1)")
    assert text["skipped"] is False
    line = errors["agency.jsonl"]
    assert line["offset"] == "line 2" and "not JSON" in line["message"]


def test_spark_extract_keeps_the_good_line_of_a_broken_file(sample_run: Run) -> None:
    texts = [r["text"] for r in read_table(str(sample_run.out), "articles")]
    assert any("two drones were shot down" in t for t in texts)


def test_spark_load_then_brief_equals_local_brief(sample_run: Run, tmp_path: Path) -> None:
    briefs = [briefing(db, tmp_path) for db in (sample_run.local_db, sample_run.spark_db)]
    assert "Poltava" in briefs[0]
    assert briefs[1] == briefs[0]


def test_spark_load_twice_changes_nothing(sample_run: Run, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    for expected in ("36 stored", "0 stored, 36 unchanged"):
        result = CliRunner().invoke(main, ["load", str(sample_run.out), "--db", str(db)])
        assert result.exit_code == 0 and expected in result.output, result.output


def test_load_refuses_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "table: is it the --out of `wiredesk spark extract`?" in result.output


def test_spark_says_what_to_install_without_java(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))  # a Java home holding no java
    result = CliRunner().invoke(main, ["spark", "extract", str(tmp_path), "--out",
                                       str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no Java runtime found" in result.output and "openjdk-17-jre-headless" in result.output


@pytest.mark.postgres
def test_spark_load_into_postgresql_gives_ingests_documents(sample_run: Run, pg_url: str) -> None:
    result = CliRunner().invoke(main, ["load", str(sample_run.out), "--db", pg_url])
    assert result.exit_code == 0, result.output
    with Store.open(pg_url) as pg, Store.open(sample_run.local_db) as local:
        # compared by id: the two servers may sort equal publication dates differently
        local_docs = {d.article.id: d for d in local.documents()}
        assert len(local_docs) == 36
        assert {d.article.id: d for d in pg.documents()} == local_docs
        assert load_crosscheck(pg) == load_crosscheck(local)
        assert pg.stats() == local.stats()
