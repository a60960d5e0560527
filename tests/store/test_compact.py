"""The compact store: item text kept once (in the article), explanations stored once, and
the migration that brings a store of the older shape to it without losing a record."""

from __future__ import annotations

import dataclasses

from sqlalchemy import column, create_engine, func, inspect, select, table, update
from storedocs import make_doc

from wiredesk.records import Document, Mention
from wiredesk.store import Store, _views
from wiredesk.store import _migrations as migrations
from wiredesk.store._compact import UNUSED_INDEXES
from wiredesk.store.schema import LAYER_TABLES, articles, explanations, schema_version


def _docs() -> list[Document]:
    """Two documents: one whose items' words are their spans' (stored as NULL), one whose
    claim's words are not the article's at its span (a quote joined across a break)."""
    doc = make_doc()
    other = make_doc(doc.article.text + " More follows.", url="https://wire.example/other")
    first = other.attributions[0]
    joined = dataclasses.replace(first, content=Mention("drones struck a depot",
                                                        first.content.span))
    return [doc, dataclasses.replace(other, attributions=(joined, *other.attributions[1:]))]


def test_store_compact_text_null_when_the_span_says_it(store: Store) -> None:
    docs = _docs()
    for doc in docs:
        store.put(doc)
    assert list(store.documents(ids=[d.article.id for d in docs])) == docs
    t = LAYER_TABLES["attributions"]
    with store.engine.connect() as conn:
        kept = list(conn.scalars(select(t.c.text).where(t.c.text.is_not(None))))
        n_explanations = conn.scalar(select(func.count()).select_from(explanations))
    assert kept == ["drones struck a depot"]
    # each wording once, however many items of both documents carry it
    assert n_explanations == len({x.explanation for d in docs for layer in LAYER_TABLES
                                  for x in getattr(d, layer)})
    claims = store.claims(since="2026-03-03", until="2026-03-03")
    assert {row["text"] for row in claims} >= {"Russian drones struck a fuel depot",
                                               "drones struck a depot"}


def _make_older(db_url: str) -> None:
    """Turn a compact store back into the shape wiredesk stored before schema version 9:
    every item's text and explanation in its own row, the indexes since dropped."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        _views.drop_views(conn)
        for layer_table in LAYER_TABLES.values():
            name = layer_table.name
            for col in ("explanation", "whole_text"):
                conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {col} TEXT")
            t = table(name, *(column(c) for c in ("article", "span_start", "span_end",
                                                   "text", "explanation_id", "explanation",
                                                   "whole_text")))
            conn.execute(update(t).values(
                explanation=select(explanations.c.text).where(
                    explanations.c.id == t.c.explanation_id).scalar_subquery(),
                whole_text=func.coalesce(t.c.text, select(func.substr(
                    articles.c.text, t.c.span_start + 1, t.c.span_end - t.c.span_start)).where(
                    articles.c.seq == t.c.article).scalar_subquery())))
            conn.exec_driver_sql(f"ALTER TABLE {name} DROP COLUMN text")
            conn.exec_driver_sql(f"ALTER TABLE {name} RENAME COLUMN whole_text TO text")
            # its foreign key keeps SQLite from dropping it: renamed, it is out of the way
            conn.execute(update(t).values(explanation_id=None))
            conn.exec_driver_sql(f"ALTER TABLE {name} RENAME COLUMN explanation_id TO gone_id")
        conn.execute(explanations.delete())
        for index in UNUSED_INDEXES:
            layer, col = index.removeprefix("ix_").rsplit("_", 1)
            if col in {c["name"] for c in inspect(conn).get_columns(layer)}:  # a place's
                # name and country are its gazetteer entry's since step 16
                conn.exec_driver_sql(f"CREATE INDEX {index} ON {layer} ({col})")
        _views.create_views(conn)
        conn.execute(schema_version.delete().where(schema_version.c.version > 8))
    engine.dispose()


def test_store_compact_migration_keeps_every_record(db_url: str) -> None:
    docs = _docs()
    with Store.open(db_url) as store:
        for doc in docs:
            store.put(doc)
    _make_older(db_url)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert "explanation" in {c["name"] for c in inspect(conn).get_columns("events")}
    engine.dispose()
    with Store.open(db_url) as store:
        assert list(store.documents(ids=[d.article.id for d in docs])) == docs
        with store.engine.connect() as conn:
            assert migrations.current_version(conn) == migrations.LATEST
            found = inspect(conn)
            assert "explanation" not in {c["name"] for c in found.get_columns("events")}
            indexes = {ix["name"] for name in LAYER_TABLES for ix in found.get_indexes(name)}
            assert not indexes & set(UNUSED_INDEXES)
            t = LAYER_TABLES["times"]
            assert conn.scalar(select(func.count()).where(t.c.text.is_not(None))) == 0
        views = store.engine.connect()
        rows = views.exec_driver_sql("SELECT text FROM claims_view ORDER BY text").all()
        views.close()
    assert "drones struck a depot" in {r[0] for r in rows}
    assert None not in {r[0] for r in rows}
