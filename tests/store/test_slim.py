"""Schema step 12: extractor names stored once, cross-checked articles keyed by
`articles.seq`, the words cross-check references repeat stored once, SQLite's full-text
index without word positions; a store of the older shape is brought to it with every
record, cross-check result and search hit as it was."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    String,
    Table,
    column,
    create_engine,
    func,
    insert,
    inspect,
    select,
    table,
    text,
    update,
)

from wiredesk.store import Store, _search
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck, update_crosscheck
from wiredesk.store._crosscheck.tables import (
    GROUP_NAMED,
    NAMED,
    crosscheck_articles,
    crosscheck_groups,
    crosscheck_names,
    crosscheck_refs,
)
from wiredesk.store.schema import LAYER_TABLES, articles, extractors, schema_version


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        return (list(store.documents()), load_crosscheck(store),
                store.search("drone attack", 20), store.search("Kharkiv", 20),
                store.claims(), store.events())


def _make_older(db_url: str) -> None:
    """Each item's extractor named in its row, cross-checked articles keyed by their text
    id and a full-text index with word positions, as version 11 kept them."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        for layer_table in LAYER_TABLES.values():
            conn.exec_driver_sql(f"ALTER TABLE {layer_table.name} ADD COLUMN extractor "
                                 "VARCHAR(64)")
            old = table(layer_table.name, column("extractor"), column("extractor_id"))
            conn.execute(update(old).values(extractor=select(extractors.c.name).where(
                extractors.c.id == old.c.extractor_id).scalar_subquery(), extractor_id=None))
        conn.execute(extractors.delete())
        ids = list(conn.scalars(select(articles.c.id).join(
            crosscheck_articles, crosscheck_articles.c.article == articles.c.seq)))
        crosscheck_articles.drop(conn)
        older = Table(crosscheck_articles.name, MetaData(),
                      Column("article_id", String(16), primary_key=True))
        older.create(conn)
        conn.execute(insert(older), [{"article_id": aid} for aid in ids])
        _in_words(conn, crosscheck_refs.name, NAMED)
        _in_words(conn, crosscheck_groups.name, GROUP_NAMED)
        if conn.dialect.name == "sqlite":
            for statement in _search._SQLITE_DROP:
                conn.exec_driver_sql(statement)
            for statement in _search._SQLITE_DDL:
                conn.exec_driver_sql(statement.replace(", detail=none", ""))
        conn.execute(schema_version.delete().where(schema_version.c.version > 11))
    engine.dispose()


def _in_words(conn: Connection, name: str, keys: Sequence[str]) -> None:
    """The words of a row (references', groups') in its own row; the ids pointing at them
    all made one (SQLite cannot drop a column that points elsewhere): only the words
    tell them."""
    n = crosscheck_names
    for key in keys:
        conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {key} TEXT")
    old = table(name, *(column(c) for k in keys for c in (k, f"{k}_id")))
    conn.execute(update(old).values({k: select(n.c.text).where(
        n.c.id == old.c[f"{k}_id"]).scalar_subquery() for k in keys}))
    conn.execute(update(old).values({f"{k}_id": select(func.min(n.c.id)).scalar_subquery()
                                     for k in keys}))


def _shape(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = inspect(conn)
        shape = {"version": migrations.current_version(conn),
                 "named": sorted(t for t in LAYER_TABLES
                                 if "extractor" in {c["name"] for c in found.get_columns(t)}),
                 "checked": sorted(c["name"] for c in found.get_columns("crosscheck_articles")),
                 "refs": sorted(c["name"] for c in found.get_columns("crosscheck_refs")),
                 "groups": sorted(c["name"] for c in found.get_columns("crosscheck_groups")),
                 "extractors": sorted(conn.scalars(select(extractors.c.name)))}
        if conn.dialect.name == "sqlite":
            shape["fts"] = conn.scalar(text(
                "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'"))
    engine.dispose()
    return shape


def test_store_slim_keeps_every_record_and_result(checked: str) -> None:
    before = _everything(checked)
    assert before[1].corroborations and before[2] and before[3] and before[4]
    new = _shape(checked)
    assert new["extractors"] and not new["named"] and new["checked"] == ["article"]
    _make_older(checked)
    older = _shape(checked)
    assert older["version"] == 11 and older["named"] == sorted(LAYER_TABLES)
    assert older["checked"] == ["article_id"] and not older["extractors"]
    assert set(NAMED) < set(older["refs"]) and set(NAMED).isdisjoint(new["refs"])
    assert set(GROUP_NAMED) < set(older["groups"])
    assert set(GROUP_NAMED).isdisjoint(new["groups"])
    with Store.open(checked):
        pass  # upgrades
    after = _shape(checked)
    assert after == {**new, "version": migrations.LATEST}
    if checked.startswith("sqlite"):
        assert "detail=none" in after["fts"] and "detail=none" not in older["fts"]
    assert _everything(checked) == before
    with Store.open(checked) as store:  # every article is still known cross-checked
        assert update_crosscheck(store) == 0
    assert _everything(checked) == before
