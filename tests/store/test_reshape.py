"""Schema step 11: item tables without rowid (SQLite), cross-check references indexed by
article alone, clashes as clash sets, full-text search on an expression (PostgreSQL); a
store of the older shape is brought to it with every record, cross-check result, clash
and search hit as it was."""

from __future__ import annotations

from typing import Any

import pytest
from older_shapes import stored_clash_pairs, unpack_crosscheck
from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    UniqueConstraint,
    create_engine,
    insert,
    inspect,
    text,
)

from wiredesk.store import Store, _packed, _rebuild, _reshape
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck, update_crosscheck
from wiredesk.store._crosscheck.tables import (
    clash_pairs,
    clash_sets,
    crosscheck_clash_a,
    crosscheck_clash_sets,
)
from wiredesk.store.schema import metadata, schema_version

_OLD_PG_SEARCH = (
    "DROP INDEX ix_articles_search",
    "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || left(text, 250000))) STORED",
    "CREATE INDEX ix_articles_search ON articles USING GIN (search)",
)


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        return (list(store.documents()), load_crosscheck(store),
                load_crosscheck(store, "2026-03-04", "2026-03-05", actors=False),
                store.search("drone attack", 20), store.claims())


def _older_sqlite(conn: Connection) -> None:
    """The item tables with a rowid and references unique by (article, layer, ordinal,
    span), as version 10 made them."""
    older = MetaData()
    for table in (*metadata.sorted_tables, _packed.LEGACY_MEMBERS, _packed.LEGACY_CLASH_B,
                  _packed.LEGACY_SIDES):
        table.to_metadata(older)
    for table in (*_rebuild.ITEM_FAMILY, *_reshape.REF_FAMILY):
        older.tables[table.name].dialect_options["sqlite"]["with_rowid"] = True
    refs = older.tables["crosscheck_refs"]
    refs.indexes.clear()
    refs.append_constraint(UniqueConstraint("article", "layer_id", "ordinal", "span_start"))
    for family in (_rebuild.ITEM_FAMILY, _reshape.REF_FAMILY):
        _rebuild.rebuild(conn, [older.tables[t.name] for t in family])


def _older_clashes(conn: Connection) -> set[tuple[int, int, int]]:
    """Clashes pair by pair, as version 10 kept them (the clash sets' tables left empty)."""
    pairs = stored_clash_pairs(conn)
    older = MetaData()
    Table("crosscheck_refs", older, Column("id", Integer, primary_key=True))
    Table("crosscheck_clash_texts", older, Column("id", Integer, primary_key=True))
    clashes = Table(
        "crosscheck_clashes", older,
        Column("a", Integer, ForeignKey("crosscheck_refs.id"), primary_key=True),
        Column("b", Integer, ForeignKey("crosscheck_refs.id"), primary_key=True),
        Column("text_id", Integer, ForeignKey("crosscheck_clash_texts.id"), primary_key=True),
        sqlite_with_rowid=False)
    clashes.create(conn)
    conn.execute(insert(clashes), [{"a": a, "b": b, "text_id": t} for a, b, t in pairs])
    conn.execute(crosscheck_clash_a.delete())
    conn.execute(_packed.LEGACY_CLASH_B.delete())
    conn.execute(crosscheck_clash_sets.delete())
    return pairs


def _make_older(db_url: str) -> set[tuple[int, int, int]]:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        unpack_crosscheck(conn)  # version 19's cross-check tables
        if conn.dialect.name == "sqlite":
            _older_sqlite(conn)
        else:
            for statement in _OLD_PG_SEARCH:
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql("DROP INDEX ix_crosscheck_refs_article")
            conn.exec_driver_sql("ALTER TABLE crosscheck_refs ADD CONSTRAINT uq_refs_old "
                                 "UNIQUE (article, layer_id, ordinal, span_start)")
        pairs = _older_clashes(conn)
        conn.execute(schema_version.delete().where(schema_version.c.version > 10))
    engine.dispose()
    return pairs


def _shape(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = inspect(conn)
        shape = {"unique": found.get_unique_constraints("crosscheck_refs"),
                 "ref_indexes": sorted(ix["name"] for ix in found.get_indexes("crosscheck_refs")),
                 "search_column": "search" in {c["name"] for c in found.get_columns("articles")},
                 "version": migrations.current_version(conn),
                 "old_clashes": found.has_table("crosscheck_clashes"),
                 "clashes": stored_clash_pairs(conn)}
        if conn.dialect.name == "sqlite":
            shape["rowless"] = sorted(conn.scalars(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE '%WITHOUT ROWID%'")))
    engine.dispose()
    return shape


def test_store_reshape_keeps_every_record_and_result(checked: str) -> None:
    before = _everything(checked)
    assert before[1].corroborations and before[1].contradictions and before[3]
    pairs = _make_older(checked)
    older = _shape(checked)
    assert pairs and older["old_clashes"]
    assert older["unique"] and older["version"] == 10
    assert older["search_column"] == checked.startswith("postgresql")
    assert set(older.get("rowless", ())).isdisjoint({"places", "events"})
    assert _everything(checked) == before  # the new code reads the older shape
    with Store.open(checked):
        pass  # upgrades
    after = _shape(checked)
    assert after["version"] == migrations.LATEST
    assert not after["unique"] and not after["search_column"]
    assert after["ref_indexes"] == []  # step 11 indexed them by article, step 20 not
    assert not after["old_clashes"]
    assert after["clashes"] == pairs  # clash sets standing for every pair
    if checked.startswith("sqlite"):
        assert {t.name for t in _rebuild.ITEM_FAMILY} <= set(after["rowless"])  # step 15
    assert _everything(checked) == before
    with Store.open(checked) as store:  # and goes on: a new batch is checked as before
        assert update_crosscheck(store, full=True) == len(before[0])
    assert _everything(checked) == before


def test_store_reshape_is_the_shape_of_a_new_store(db_url: str) -> None:
    with Store.open(db_url):
        pass
    shape = _shape(db_url)
    assert not shape["unique"] and not shape["search_column"]
    assert shape["ref_indexes"] == []


@pytest.mark.parametrize(("outlets", "members"), [(1, 2), (4, 8), (12, 24)])
def test_store_clash_sets_grow_with_outlets_not_their_pairs(outlets, members) -> None:
    """A figure n outlets give clashing with the one n others give: n * n pairs, one set of
    2n members; a reference clashing with its own partners makes a set of its own."""
    pairs = {(a, 100 + b, 7) for a in range(outlets) for b in range(outlets)}
    sets = clash_sets(pairs)
    assert len(sets) == 1 and sum(len(a) + len(b) for _, a, b in sets) == members
    assert clash_pairs(sets) == pairs
    more = pairs | {(50, 100 + outlets, 7), (50, 200, 8)}
    assert clash_sets(more) == [*sets, (7, (50,), (100 + outlets,)), (8, (50,), (200,))]
    assert clash_pairs(clash_sets(more)) == more
