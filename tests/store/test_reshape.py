"""Schema step 11: item tables without rowid (SQLite), cross-check references indexed by
article alone, full-text search on an expression (PostgreSQL); a store of the older shape
is brought to it with every record, cross-check result and search hit as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, MetaData, UniqueConstraint, create_engine, inspect, text

from wiredesk.store import Store
from wiredesk.store import _migrations as migrations
from wiredesk.store import _reshape
from wiredesk.store._crosscheck import load_crosscheck, update_crosscheck
from wiredesk.store.schema import metadata, schema_version

_OLD_PG_SEARCH = (
    "DROP INDEX ix_articles_search",
    "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || left(text, 250000))) STORED",
    "CREATE INDEX ix_articles_search ON articles USING GIN (search)",
)


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


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        return (list(store.documents()), load_crosscheck(store),
                load_crosscheck(store, "2026-03-04", "2026-03-05", actors=False),
                store.search("drone attack", 20), store.claims())


def _older_sqlite(conn: Connection) -> None:
    """The item tables with a rowid and references unique by (article, layer, ordinal,
    span), as version 10 made them."""
    older = MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(older)
    for table in (*_reshape.ITEM_FAMILY, *_reshape.REF_FAMILY):
        older.tables[table.name].dialect_options["sqlite"]["with_rowid"] = True
    refs = older.tables["crosscheck_refs"]
    refs.indexes.clear()
    refs.append_constraint(UniqueConstraint("article", "layer", "ordinal", "span_start"))
    for family in (_reshape.ITEM_FAMILY, _reshape.REF_FAMILY):
        _reshape.rebuild(conn, [older.tables[t.name] for t in family])


def _make_older(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            _older_sqlite(conn)
        else:
            for statement in _OLD_PG_SEARCH:
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql("DROP INDEX ix_crosscheck_refs_article")
            conn.exec_driver_sql("ALTER TABLE crosscheck_refs ADD CONSTRAINT uq_refs_old "
                                 "UNIQUE (article, layer, ordinal, span_start)")
        conn.execute(schema_version.delete().where(schema_version.c.version > 10))
    engine.dispose()


def _shape(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = inspect(conn)
        shape = {"unique": found.get_unique_constraints("crosscheck_refs"),
                 "ref_indexes": sorted(ix["name"] for ix in found.get_indexes("crosscheck_refs")),
                 "search_column": "search" in {c["name"] for c in found.get_columns("articles")},
                 "version": migrations.current_version(conn)}
        if conn.dialect.name == "sqlite":
            shape["rowless"] = sorted(conn.scalars(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE '%WITHOUT ROWID%'")))
    engine.dispose()
    return shape


def test_store_reshape_keeps_every_record_and_result(checked: str) -> None:
    before = _everything(checked)
    assert before[1].corroborations and before[1].contradictions and before[3]
    _make_older(checked)
    older = _shape(checked)
    assert older["unique"] and older["version"] == 10
    assert older["search_column"] == checked.startswith("postgresql")
    assert set(older.get("rowless", ())).isdisjoint({"attributions", "events"})
    assert _everything(checked) == before  # the new code reads the older shape
    with Store.open(checked):
        pass  # upgrades
    after = _shape(checked)
    assert after["version"] == migrations.LATEST
    assert not after["unique"] and not after["search_column"]
    assert after["ref_indexes"] == ["ix_crosscheck_refs_article"]
    if checked.startswith("sqlite"):
        assert {t.name for t in _reshape.ITEM_FAMILY} <= set(after["rowless"])
    assert _everything(checked) == before
    with Store.open(checked) as store:  # and goes on: a new batch is checked as before
        assert update_crosscheck(store, full=True) == len(before[0])
    assert _everything(checked) == before


def test_store_reshape_is_the_shape_of_a_new_store(db_url: str) -> None:
    with Store.open(db_url):
        pass
    shape = _shape(db_url)
    assert not shape["unique"] and not shape["search_column"]
    assert shape["ref_indexes"] == ["ix_crosscheck_refs_article"]
