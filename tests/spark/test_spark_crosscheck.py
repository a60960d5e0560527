"""`wiredesk spark crosscheck` + `wiredesk load` against `wiredesk ingest`'s local cross-check,
on a real local Spark: the same rows (ids aside: each side numbers its own) and briefing."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from sparkrun import Crosschecked, Run, briefing

from wiredesk.cli import main
from wiredesk.spark._load import read_table
from wiredesk.store import Store
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.store._crosscheck.keys import unpack_ordered, unpack_seqs
from wiredesk.store._crosscheck.tables import clash_pairs

Rows = list[tuple[object, ...]]


def _rows(conn: sqlite3.Connection, table: str) -> list[dict[str, object]]:
    cursor = conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _plain(row: dict[str, object], *drop: str) -> tuple[object, ...]:
    return tuple(v for k, v in row.items() if k not in drop)


def _packed(value: object) -> list[int]:
    return unpack_seqs(bytes(value)) if value else []  # type: ignore[arg-type]


def _clash_pairs(conn: sqlite3.Connection) -> set[tuple[int, int, int]]:
    """The pairwise clashes the clash sets stand for (sets differ batch by batch)."""
    a_side: dict[int, list[int]] = defaultdict(list)
    for m in _rows(conn, "crosscheck_clash_a"):
        a_side[m["set_id"]].append(m["ref_id"])  # type: ignore[index,arg-type]
    return clash_pairs((s["text_id"], tuple(a_side[s["id"]]), tuple(_packed(s["b"])))
                       for s in _rows(conn, "crosscheck_clash_sets"))


def _natural(db: Path) -> dict[str, Rows]:
    """Every cross-check table with its ids (and article seqs) replaced by what they stand
    for, rows sorted."""
    conn = sqlite3.connect(db)
    article = dict(conn.execute("SELECT seq, id FROM articles").fetchall())
    names = dict(conn.execute("SELECT id, text FROM crosscheck_names").fetchall())
    ref_rows = _rows(conn, "crosscheck_refs")
    refs = {r["id"]: _plain({**r, "article": article[r["article"]],
                             **{k: names.get(r[k]) for k in r if k.endswith("_id")}},
                            "id", "group_id")  # a group's id: each side numbers its own
            for r in ref_rows}
    texts = {r["id"]: _plain(r, "id") for r in _rows(conn, "crosscheck_clash_texts")}
    groups_packed = _rows(conn, "crosscheck_groups")
    members = {g["id"]: [refs[r] for r in _packed(g["members"])] for g in groups_packed}
    told = defaultdict(list)
    for a in _rows(conn, "crosscheck_actor_sources"):
        told[a["group_id"]].append(_plain({k: names[v] if k in ("chain_id", "outlet_id")
                                           else v for k, v in a.items()}, "group_id"))
    contradictions = _rows(conn, "crosscheck_contradictions")
    sides = {c["id"]: [(name, i, refs[r]) for name in "ab"
                       for i, r in enumerate(unpack_ordered(bytes(c[name] or b"")))]
             for c in contradictions}
    held = {(r["ref_id"], r["contradiction_id"]) for r in _rows(conn, "crosscheck_side_refs")}
    assert held == {(r, c["id"]) for c in contradictions for name in "ab"
                    for r in unpack_ordered(bytes(c[name] or b""))}
    clusters = {r: g["id"] for g in groups_packed if g["kind"] in ("claim", "event", "figure")
                for r in _packed(g["members"])}
    assert {r["id"]: r["group_id"] for r in ref_rows if r["group_id"]} == clusters
    groups = [{**g, **{k: names[g[k]] for k in g if k.endswith("_id")}} for g in groups_packed]
    out = {
        "crosscheck_refs": list(refs.values()),
        "crosscheck_groups": [(*_plain(g, "id", "first_ref", "members"),
                               refs[g["first_ref"]] if g["first_ref"] else None,
                               sorted(members[g["id"]], key=repr), sorted(told[g["id"]]))
                              for g in groups],
        "crosscheck_clashes": [(refs[a], refs[b], texts[t]) for a, b, t in _clash_pairs(conn)],
        "crosscheck_contradictions": [(*_plain(c, "id", "a", "b"), sorted(sides[c["id"]]))
                                      for c in contradictions],
        "crosscheck_keys": [(k["key"], article[seq]) for k in _rows(conn, "crosscheck_keys")
                            for seq in unpack_seqs(bytes(k["articles"]))],  # type: ignore[arg-type]
        "crosscheck_articles": [article[a["article"]]
                                for a in _rows(conn, "crosscheck_articles")],
        **{t: [_plain(r) for r in _rows(conn, t)] for t in (
            "crosscheck_clash_texts", "crosscheck_bodies")},
    }
    conn.close()
    return {table: sorted(rows, key=repr) for table, rows in out.items()}


@pytest.fixture(scope="module")
def both(sample_run: Run, spark_crosschecked: Crosschecked) -> tuple[dict[str, Rows], ...]:
    return _natural(sample_run.local_db), _natural(spark_crosschecked.db)


@pytest.mark.parametrize("table", [
    "crosscheck_refs", "crosscheck_groups", "crosscheck_clashes", "crosscheck_contradictions",
    "crosscheck_clash_texts", "crosscheck_keys", "crosscheck_bodies", "crosscheck_articles"])
def test_spark_crosscheck_rows_equal_local_crosscheck(both: tuple[dict[str, Rows], ...],
                                                       table: str) -> None:
    local, spark = both
    assert local[table], f"the sample corpus gives {table} rows"
    assert spark[table] == local[table]


def test_spark_crosscheck_finds_the_local_groups_and_contradictions(
        sample_run: Run, spark_crosschecked: Crosschecked) -> None:
    with Store.open(sample_run.local_db) as local, Store.open(spark_crosschecked.db) as spark:
        mine, theirs = load_crosscheck(local), load_crosscheck(spark)
    assert {c.kind for c in mine.corroborations} >= {"actor", "claim", "event", "figure"}
    assert mine.contradictions
    assert theirs.corroborations == mine.corroborations
    assert theirs.contradictions == mine.contradictions
    assert theirs.articles == mine.articles


def test_spark_crosscheck_writes_every_crosscheck_table(spark_crosschecked: Crosschecked) -> None:
    groups = read_table(str(spark_crosschecked.out), "crosscheck_groups")
    assert {g["kind"] for g in groups} >= {"actor", "claim", "event", "figure"}
    assert all(g["n_sources"] <= g["n_items"] or g["kind"] == "actor" for g in groups)


def test_spark_crosscheck_load_then_brief_equals_local_brief(
        sample_run: Run, spark_crosschecked: Crosschecked, tmp_path: Path) -> None:
    briefs = [briefing(db, tmp_path) for db in (sample_run.local_db, spark_crosschecked.db)]
    assert "Defence Ministry denied" in briefs[0]
    assert briefs[1] == briefs[0]


def test_load_checks_locally_what_the_run_did_not_crosscheck(
        spark_crosschecked: Crosschecked, sample_run: Run, tmp_path: Path) -> None:
    """A store holding other articles takes the run's articles, not its cross-check."""
    db, extra = tmp_path / "more.db", tmp_path / "extra.txt"
    extra.write_text("ZAPORIZHZHIA, March 6 - Regional officials said three shells hit a "
                     "school on Friday; no one was hurt.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(extra), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["load", str(spark_crosschecked.out), "--db", str(db)])
    assert result.exit_code == 0 and "cross-check: checked here" in result.output, result.output
    with Store.open(db) as store, Store.open(sample_run.local_db) as local:
        mine, theirs = load_crosscheck(store), load_crosscheck(local)
    assert len(mine.articles) == len(theirs.articles) + 1
    assert set(theirs.articles) < set(mine.articles)


@pytest.mark.postgres
def test_spark_crosscheck_loads_into_postgresql_and_checks_on(
        sample_run: Run, spark_crosschecked: Crosschecked, pg_url: str, tmp_path: Path) -> None:
    """PostgreSQL takes the run's cross-check, and a later ingest numbers on after its ids."""
    result = CliRunner().invoke(main, ["load", str(spark_crosschecked.out), "--db", pg_url])
    assert result.exit_code == 0 and "cross-check: the run's" in result.output, result.output
    with Store.open(pg_url) as pg, Store.open(sample_run.local_db) as local:
        assert load_crosscheck(pg) == load_crosscheck(local)
        groups = len(load_crosscheck(pg).corroborations)
    extra = tmp_path / "later.txt"
    extra.write_text("POLTAVA, March 8 - The regional governor said a drone hit the fuel depot "
                     "again on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(extra), "--db", pg_url])
    assert result.exit_code == 0, result.output
    with Store.open(pg_url) as pg:
        later = load_crosscheck(pg)
    assert len(later.articles) == 37 and len(later.corroborations) >= groups


def test_spark_crosscheck_refuses_a_folder_that_is_not_a_run(spark: object,
                                                             tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["spark", "crosscheck", "--in", str(tmp_path)])
    assert result.exit_code == 1
    assert "has no 'articles' table: is it the --out of `wiredesk spark extract`?" in result.output
