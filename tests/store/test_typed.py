"""Schema step 13: the fields figures and events kept in `extra` JSON in typed columns,
an article's input file and extraction run stored once (`provenances`); a store of the
older shape is brought to it with every record, provenance and cross-check result as it
was."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    String,
    Table,
    column,
    create_engine,
    inspect,
    select,
    table,
    update,
)

from wiredesk.store import Store, _views
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.store._rebuild import ITEM_FAMILY, rebuild
from wiredesk.store._rows import _LAYER_FIELDS, LAYER_RECORDS, _extra, split_extra
from wiredesk.store._typed import TYPED
from wiredesk.store.schema import ENTRIES, LAYER_TABLES, articles, provenances, schema_version

_RUN = ("input_path", "kind", "wiredesk_version", "model_name", "model_version")
# fields few rows hold stay in `extra` by design: who denies an event when another side
# does ("The claims are untrue, the ministry said")
_RARE = {"denied_by"}


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        docs = list(store.documents())
        return (docs, load_crosscheck(store), store.claims(), store.events(),
                [store.provenance(doc.article.id) for doc in docs])


def _columns(conn: Connection, name: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(name)}


def _make_older(db_url: str) -> None:
    """Every typed field back in `extra`, item rows keyed by the article's text id and each
    article's run in its own row, as version 12 kept them."""
    with Store.open(db_url) as store:
        docs = list(store.documents())
    engine = create_engine(db_url)
    with engine.begin() as conn:
        seqs = {aid: seq for aid, seq in conn.execute(select(articles.c.id, articles.c.seq))}
        for layer, names in TYPED.items():
            found = LAYER_TABLES[layer]
            older = _LAYER_FIELDS[LAYER_RECORDS[layer]] - set(names)
            for doc in docs:
                for ordinal, item in enumerate(getattr(doc, layer)):
                    conn.execute(update(found).where(
                        found.c.article == seqs[doc.article.id], found.c.ordinal == ordinal)
                        .values(extra=_extra(item, older)))
        _views.drop_views(conn)  # they read the latest shape; the step makes them again
        rebuild(conn, _older_items(), {"article_id": "SELECT id FROM articles "
                                                     "WHERE articles.seq = old.article",
                                       **_entry_fields()})
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


def _older_items() -> list[Table]:
    """The item tables as version 12 defined them: keyed by the article's text id, without
    the typed columns, with the fields kept as entries since (step 16) in their own."""
    older = MetaData()
    return [Table(t.name, older, *(
        Column("article_id", String(16), primary_key=True) if c.name == "article"
        else Column(c.name, c.type, primary_key=c.primary_key, autoincrement=False)
        for c in t.columns if c.name not in _typed(t.name) | {_entry(t.name)[0]}),
        *(Column(name, _entry(t.name)[1].c[name].type) for name in _entry(t.name)[2]
          if name not in _typed(t.name)),
        sqlite_with_rowid=t.name == "attributions") for t in ITEM_FAMILY]


def _entry(name: str) -> tuple[str, Any, tuple[str, ...]]:
    return ENTRIES.get(name, ("", None, ()))


def _entry_fields() -> dict[str, str]:
    """SQL giving each field kept as an entry its value from the entry (`rebuild`'s `made`)."""
    return {f"{layer}.{name}": f"SELECT {name} FROM {entries.name} WHERE id = old.{key}"
            for layer, (key, entries, names) in ENTRIES.items() for name in names
            if name not in _typed(layer)}  # a typed field is in `extra` then


def _typed(name: str) -> set[str]:
    """The columns step 13 gives a table."""
    return set(split_extra(name, None, TYPED[name])) - {"extra"} if name in TYPED else set()


def _shape(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        shape = {"version": migrations.current_version(conn),
                 **{layer: sorted(_columns(conn, LAYER_TABLES[layer].name)) for layer in TYPED},
                 "articles": sorted(_columns(conn, articles.name)),
                 "keys": sorted(c for t in ITEM_FAMILY for c in _columns(conn, t.name)
                                if c.startswith("article")),
                 "views": sorted(inspect(conn).get_view_names()),
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
    assert set(new["extras"]) <= _RARE and "input_path" not in new["articles"]
    assert set(new["keys"]) == {"article"} and new["views"]
    assert 0 < new["provenances"] < len(before[0])  # one file, one run: one row
    _make_older(checked)
    older = _shape(checked)
    assert older["version"] == 12 and not older["provenances"]
    assert {"authority", "clause", "plover", "figures"} <= set(older["extras"])
    assert set(_RUN) <= set(older["articles"]) and set(older["keys"]) == {"article_id"}
    assert all(not _typed(layer) & set(older[layer]) for layer in TYPED)
    with Store.open(checked):
        pass  # upgrades
    after = _shape(checked)
    assert {**after, "provenances": 0} == {**new, "version": migrations.LATEST,
                                             "provenances": 0}
    assert _everything(checked) == before
