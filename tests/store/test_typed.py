"""Schema step 13: the fields figures and events kept in `extra` JSON in typed columns,
an article's input file and extraction run stored once (`provenances`); a store of the
older shape is brought to it with every record, provenance and cross-check result as it
was."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, column, create_engine, inspect, select, table, update

from wiredesk.store import Store
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.store._rows import _LAYER_FIELDS, LAYER_RECORDS, _extra, split_extra
from wiredesk.store._typed import TYPED
from wiredesk.store.schema import LAYER_TABLES, articles, provenances, schema_version

_RUN = ("input_path", "kind", "wiredesk_version", "model_name", "model_version")


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        docs = list(store.documents())
        return (docs, load_crosscheck(store), store.claims(), store.events(),
                [store.provenance(doc.article.id) for doc in docs])


def _columns(conn: Connection, name: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(name)}


def _make_older(db_url: str) -> None:
    """Every typed field back in `extra` and each article's run in its own row, as
    version 12 kept them."""
    with Store.open(db_url) as store:
        docs = list(store.documents())
    engine = create_engine(db_url)
    with engine.begin() as conn:
        for layer, names in TYPED.items():
            found = LAYER_TABLES[layer]
            older = _LAYER_FIELDS[LAYER_RECORDS[layer]] - set(names)
            for doc in docs:
                for ordinal, item in enumerate(getattr(doc, layer)):
                    conn.execute(update(found).where(
                        found.c.article_id == doc.article.id, found.c.ordinal == ordinal)
                        .values(extra=_extra(item, older)))
            for name in _typed(layer):
                conn.exec_driver_sql(f"ALTER TABLE {found.name} DROP COLUMN {name}")
        for name in _RUN:
            conn.exec_driver_sql(f"ALTER TABLE articles ADD COLUMN {name} TEXT")
        old = table("articles", column("provenance_id"), *(column(c) for c in _RUN))
        conn.execute(update(old).values(
            {c: select(provenances.c[c]).where(provenances.c.id == old.c.provenance_id)
             .scalar_subquery() for c in _RUN}))
        conn.execute(update(old).values(provenance_id=None))  # SQLite cannot drop a
        conn.execute(provenances.delete())  # column that points elsewhere
        conn.execute(schema_version.delete().where(schema_version.c.version > 12))
    engine.dispose()


def _typed(layer: str) -> set[str]:
    """The columns step 13 gives a layer's table."""
    return set(split_extra(layer, None, TYPED[layer])) - {"extra"}


def _shape(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        shape = {"version": migrations.current_version(conn),
                 **{layer: sorted(_columns(conn, LAYER_TABLES[layer].name)) for layer in TYPED},
                 "articles": sorted(_columns(conn, articles.name)),
                 "provenances": conn.scalar(select(provenances.c.id).order_by(
                     provenances.c.id.desc()).limit(1)),
                 "extras": sorted(k for layer in TYPED for e in conn.scalars(
                     select(LAYER_TABLES[layer].c.extra).where(
                         LAYER_TABLES[layer].c.extra.is_not(None))) for k in json.loads(e))}
    engine.dispose()
    return shape


def test_store_typed_keeps_every_record_and_result(checked: str) -> None:
    before = _everything(checked)
    assert before[1].corroborations and before[2] and before[3]
    assert any(f.authority and f.clause for doc in before[0] for f in doc.figures)
    assert any(e.plover and e.figures and e.main for doc in before[0] for e in doc.events)
    new = _shape(checked)
    assert new["extras"] == [] and "input_path" not in new["articles"]
    assert 0 < new["provenances"] < len(before[0])  # one file, one run: one row
    _make_older(checked)
    older = _shape(checked)
    assert older["version"] == 12 and not older["provenances"]
    assert {"authority", "clause", "plover", "figures"} <= set(older["extras"])
    assert set(_RUN) <= set(older["articles"])
    assert all(not _typed(layer) & set(older[layer]) for layer in TYPED)
    with Store.open(checked):
        pass  # upgrades
    after = _shape(checked)
    assert {**after, "provenances": 0} == {**new, "version": migrations.LATEST,
                                             "provenances": 0}
    assert _everything(checked) == before
