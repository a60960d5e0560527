"""Migration step: fields most rows hold in columns of their own, what many articles
share stored once.

- A figure's authority, relay, clause and outcome and an event's PLOVER code, mode,
  coordinates and tolls were written in the row's `extra` JSON, each with its key, in
  nearly every row: they have typed columns (`_rows` says how a field maps to them).
- Item rows were keyed by the article's text id, 16 characters in every row and key: they
  are keyed by its integer `articles.seq` (`article`), the tables made anew (`_rebuild`).
- An article's input file and kind and the wiredesk and model that extracted it were
  written in every article's row, though a feed file holds many articles and one run
  extracts them all: they are stored once (`provenances`) and pointed at.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, column, inspect, select, table, update

from wiredesk.store import _dense, _views
from wiredesk.store._compact import compact_items
from wiredesk.store._rebuild import ITEM_FAMILY, has_rowid, rebuild
from wiredesk.store._rows import split_extra
from wiredesk.store._write import Ids, provenance_id
from wiredesk.store.schema import ENTRIES, LAYER_TABLES, articles, provenances

TYPED = {  # the record fields, by layer, that left `extra` for columns
    "figures": ("alt_value", "alt_unit", "total", "authority", "via", "clause", "harm",
                "outcome", "part"),
    "events": ("plover", "plover_mode", "instrument", "lat", "lon", "geonameid", "killed",
               "wounded", "figures", "main", "actor_text"),
}
_RUN = ("input_path", "kind", "wiredesk_version", "model_name", "model_version")


def typed(conn: Connection) -> None:
    """Bring a store to the shape above, its item tables from whatever older shape
    (`compact_items` first), and make the views, which read them, again."""
    compact_items(conn)
    for layer, names in TYPED.items():
        _typed_columns(conn, layer, names)
    _dense.entries(conn)  # some of them are kept as entries since
    places = LAYER_TABLES["places"].name
    if "article_id" in {c["name"] for c in inspect(conn).get_columns(places)} or (
            conn.dialect.name == "sqlite" and has_rowid(conn, places)):
        rebuild(conn, ITEM_FAMILY, {"article": f"SELECT seq FROM {articles.name} "
                                               f"WHERE {articles.name}.id = old.article_id"})
    _provenances(conn)
    _views.create_views(conn)


def _typed_columns(conn: Connection, layer: str, names: tuple[str, ...]) -> None:
    """Add the columns of `names` to the layer's table and move their values there from
    `extra`."""
    defined = LAYER_TABLES[layer]
    bare = split_extra(layer, None, names)  # every field its default
    have = {c["name"] for c in inspect(conn).get_columns(defined.name)}
    key, _, kept_as_entry = ENTRIES.get(layer, ("", None, ()))
    if key in have:  # those fields are kept as entries, moved there already
        have |= set(kept_as_entry)
    if set(bare) <= have:
        return
    for name in bare.keys() - have:
        kept = defined if name in defined.c else ENTRIES[layer][1]
        conn.exec_driver_sql(f"ALTER TABLE {defined.name} ADD COLUMN {name} "
                             f"{kept.c[name].type.compile(conn.dialect)}")
    keys = ("article_id" if "article_id" in have else "article", "ordinal")  # as it is
    found = table(defined.name, *(column(c) for c in (*keys, *bare)))
    rows = [{**{f"v_{k}": v for k, v in split_extra(layer, extra, names).items()},
             "v_article": article, "v_ordinal": ordinal}
            for article, ordinal, extra in conn.execute(select(
                found.c[keys[0]], found.c.ordinal, found.c.extra).where(
                found.c.extra.is_not(None)))]
    conn.execute(update(found).where(found.c.extra.is_(None)).values(bare))
    if rows:
        conn.execute(update(found).where(found.c[keys[0]] == bindparam("v_article"),
                                         found.c.ordinal == bindparam("v_ordinal"))
                     .values({name: bindparam(f"v_{name}") for name in bare}), rows)


def _provenances(conn: Connection) -> None:
    """Each article's input file, kind, wiredesk and model stored once and pointed at."""
    if "input_path" not in {c["name"] for c in inspect(conn).get_columns(articles.name)}:
        return
    if "provenance_id" not in {c["name"] for c in inspect(conn).get_columns(articles.name)}:
        conn.exec_driver_sql(f"ALTER TABLE {articles.name} ADD COLUMN provenance_id INTEGER "
                             f"REFERENCES {provenances.name} (id)")
    old = table(articles.name, column("seq"), column("provenance_id"),
                *(column(c) for c in _RUN))
    ids = Ids(conn, {})
    rows = [{"row": found.seq, "made": provenance_id(ids, {c: found._mapping[c] for c in _RUN})}
            for found in conn.execute(select(old.c.seq, *(old.c[c] for c in _RUN)))]
    if rows:
        conn.execute(update(old).where(old.c.seq == bindparam("row")).values(
            provenance_id=bindparam("made")), rows)
    for name in _RUN:
        conn.exec_driver_sql(f'ALTER TABLE {articles.name} DROP COLUMN "{name}"')
