"""Schema steps 23 to 25, and the file written again after a full cross-check: a
reference's span NULL when it is its item's; what a story's outlets repeat kept as
entries in more layers (a time's value, a figure's category and outcome, an event's type,
sides, place and date, an attribution's date, chain and speaker's role, how a place's
name was written); when an article was stored as a number. A store of each older shape
is brought to the new one and reads back as it did, records and cross-check results."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from older_shapes import everything, spanned_refs
from sqlalchemy import Connection, create_engine, inspect, text

from wiredesk.store import Store, _views
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.store._crosscheck.tables import (
    crosscheck_clash_a,
    crosscheck_refs,
    crosscheck_side_refs,
)
from wiredesk.store._rebuild import rebuild
from wiredesk.store.schema import ENTRIES, LAYER_TABLES, PLACE_WRITTEN, schema_version

SPAN = ("span_start", "span_end")
# the fields each layer's rows held in columns of their own before step 24
NARROWED = {"times": ("value",),
            "figures": ("category", "qualifier", "unit", "harm", "outcome"),
            "events": ("type", "actor", "target", "place", "date", "instrument"),
            "attributions": ("said_on", "via", "speaker_role"),
            "places": ("direction",)}
FLAGS = tuple(f for f in PLACE_WRITTEN if f != "direction")  # in a place's extra before


@contextmanager
def _older(db_url: str, version: int) -> Iterator[Connection]:
    """A transaction on the store, which is left at schema version `version`."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        yield conn
        conn.execute(schema_version.delete().where(schema_version.c.version > version))
    engine.dispose()


def _one(db_url: str, sql: str) -> Any:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = conn.execute(text(sql)).one()
    engine.dispose()
    return found


def _columns(db_url: str, table: str) -> dict[str, dict[str, Any]]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = {c["name"]: c for c in inspect(conn).get_columns(table)}
    engine.dispose()
    return found


def _queries(store: Store) -> tuple[Any, ...]:
    return (store.claims(), store.figures(), store.figures(category="killed"), store.events(),
            store.places())


def test_reference_spans_are_null_where_they_are_their_items(checked: str) -> None:
    before = everything(checked)
    total, nulls = _one(checked, "SELECT count(*), sum(CASE WHEN span_start IS NULL AND "
                                 "span_end IS NULL THEN 1 ELSE 0 END) FROM crosscheck_refs")
    assert total > 100 and nulls > 0.9 * total
    with _older(checked, 22) as conn:  # spans written whole, NOT NULL on SQLite
        spanned_refs(conn)
        if conn.dialect.name == "sqlite":
            for name in SPAN:
                crosscheck_refs.c[name].nullable = False
            try:
                rebuild(conn, [crosscheck_refs, crosscheck_clash_a, crosscheck_side_refs])
            finally:
                for name in SPAN:
                    crosscheck_refs.c[name].nullable = True
        else:
            for name in SPAN:
                conn.exec_driver_sql(f"ALTER TABLE crosscheck_refs ALTER COLUMN {name} "
                                     "SET NOT NULL")
    assert _one(checked, "SELECT count(*) FROM crosscheck_refs WHERE span_start IS NULL "
                         "OR span_end IS NULL") == (0,)
    assert not _columns(checked, "crosscheck_refs")["span_start"]["nullable"]
    with Store.open(checked):
        pass  # upgrades
    assert _columns(checked, "crosscheck_refs")["span_start"]["nullable"]
    assert _one(checked, "SELECT count(*) FROM crosscheck_refs WHERE span_start IS NULL"
                ) == (nulls,)
    assert everything(checked) == before


def test_repeated_fields_are_entries_and_an_older_store_is_brought_to_them(
        checked: str) -> None:
    with Store.open(checked) as store:
        docs, queries = list(store.documents()), _queries(store)
    assert any(p.demonym for d in docs for p in d.places)
    assert any(p.in_dateline for d in docs for p in d.places)
    for layer, names in NARROWED.items():
        key, entries, _ = ENTRIES[layer]
        assert not set(names) & set(_columns(checked, LAYER_TABLES[layer].name))
        rows, kept = _one(checked, f"SELECT count(*), count(DISTINCT {key}) FROM {layer}")
        assert kept < rows, layer  # the sample's outlets repeat them
    with _older(checked, 23) as conn:
        _views.drop_views(conn)
        for layer, names in NARROWED.items():
            key, entries, _ = ENTRIES[layer]
            for name in names:
                kind = entries.c[name].type.compile(conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {layer} ADD COLUMN {name} {kind}")
                conn.exec_driver_sql(f"UPDATE {layer} SET {name} = (SELECT e.{name} FROM "
                                     f"{entries.name} e WHERE e.id = {layer}.{key})")
        flags = ", ".join(f"e.{f}" for f in FLAGS)
        for article, ordinal, extra, *values in conn.execute(text(
                f"SELECT p.article, p.ordinal, p.extra, {flags} FROM places p "
                "JOIN place_entries e ON e.id = p.entry_id")).all():
            more = {f: bool(v) if f not in ("area", "guessed_at") else v
                    for f, v in zip(FLAGS, values, strict=True) if v}
            if more:
                conn.execute(text("UPDATE places SET extra = :x WHERE article = :a AND "
                                  "ordinal = :o"),
                             {"x": json.dumps({**json.loads(extra or "{}"), **more}),
                              "a": article, "o": ordinal})
        for layer, names in NARROWED.items():
            entries = ENTRIES[layer][1]
            for name in names + (FLAGS if layer == "places" else ()):
                conn.exec_driver_sql(f"ALTER TABLE {entries.name} DROP COLUMN {name}")
            conn.exec_driver_sql(f"UPDATE {entries.name} SET hash = -id")  # of fewer words
    assert "category" in _columns(checked, "figures")
    assert "demonym" not in _columns(checked, "place_entries")
    with Store.open(checked) as store:  # upgrades
        assert list(store.documents()) == docs
        assert _queries(store) == queries
    for layer, names in NARROWED.items():
        assert not set(names) & set(_columns(checked, LAYER_TABLES[layer].name))


def test_ingested_at_is_a_number_read_back_as_iso(checked: str) -> None:
    with Store.open(checked) as store:
        aid = next(store.documents()).article.id
        was = store.provenance(aid)["ingested_at"]
    assert was.startswith("20") and was.endswith("+00:00")
    stored = _one(checked, f"SELECT ingested_at FROM articles WHERE id = '{aid}'")[0]
    assert isinstance(stored, int) and abs(stored - 1.7e9) < 5e8
    with _older(checked, 24) as conn:  # ISO 8601 text, as before step 25
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(
                "ALTER TABLE articles ALTER COLUMN ingested_at TYPE VARCHAR(32) USING "
                "to_char(to_timestamp(ingested_at) AT TIME ZONE 'UTC', "
                "'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')")
        else:
            conn.exec_driver_sql("ALTER TABLE articles RENAME COLUMN ingested_at TO old_at")
            conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN ingested_at VARCHAR(32) "
                                 "NOT NULL DEFAULT ''")
            conn.exec_driver_sql("UPDATE articles SET ingested_at = "
                                 "strftime('%Y-%m-%dT%H:%M:%S+00:00', old_at, 'unixepoch')")
            conn.exec_driver_sql("ALTER TABLE articles DROP COLUMN old_at")
    assert _one(checked, f"SELECT ingested_at FROM articles WHERE id = '{aid}'") == (was,)
    with Store.open(checked) as store:
        assert store.provenance(aid)["ingested_at"] == was
    assert _one(checked, f"SELECT ingested_at FROM articles WHERE id = '{aid}'") == (stored,)


def test_a_full_cross_check_writes_the_file_again_as_compact_as_vacuum(
        checked: str, tmp_path: Path) -> None:
    if not checked.startswith("sqlite"):
        return  # PostgreSQL's autovacuum reclaims space by itself
    path, copy = Path(checked.removeprefix("sqlite:///")), tmp_path / "copy.db"
    before = everything(checked)
    with Store.open(checked) as store:
        update_crosscheck(store, full=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
        conn.execute(f"VACUUM INTO '{copy}'")
    assert os.path.getsize(path) == os.path.getsize(copy)
    assert everything(checked) == before
