"""Migration step: fields most rows hold in columns of their own, what many articles
share stored once.

- A figure's authority, relay, clause and outcome and an event's PLOVER code, mode,
  coordinates and tolls were written in the row's `extra` JSON, each with its key, in
  nearly every row: they have typed columns (`_rows` says how a field maps to them).
- An article's input file and kind and the wiredesk and model that extracted it were
  written in every article's row, though a feed file holds many articles and one run
  extracts them all: they are stored once (`provenances`) and pointed at.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, column, inspect, select, table, update

from wiredesk.store._rows import split_extra
from wiredesk.store._write import Ids, provenance_id
from wiredesk.store.schema import LAYER_TABLES, articles, provenances

TYPED = {  # the record fields, by layer, that left `extra` for columns
    "figures": ("alt_value", "alt_unit", "total", "authority", "via", "clause", "harm",
                "outcome", "part"),
    "events": ("plover", "plover_mode", "instrument", "lat", "lon", "geonameid", "killed",
               "wounded", "figures", "main", "actor_text"),
}
_RUN = ("input_path", "kind", "wiredesk_version", "model_name", "model_version")


def typed(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    for layer, names in TYPED.items():
        _typed_columns(conn, layer, names)
    _provenances(conn)


def _typed_columns(conn: Connection, layer: str, names: tuple[str, ...]) -> None:
    """Add the columns of `names` to the layer's table and move their values there from
    `extra`."""
    found = LAYER_TABLES[layer]
    bare = split_extra(layer, None, names)  # every field its default
    have = {c["name"] for c in inspect(conn).get_columns(found.name)}
    if set(bare) <= have:
        return
    for name in bare.keys() - have:
        conn.exec_driver_sql(f"ALTER TABLE {found.name} ADD COLUMN {name} "
                             f"{found.c[name].type.compile(conn.dialect)}")
    keys = ("article_id", "ordinal")
    rows = [{**{f"v_{k}": v for k, v in split_extra(layer, extra, names).items()},
             "v_article_id": aid, "v_ordinal": ordinal}
            for aid, ordinal, extra in conn.execute(select(
                found.c.article_id, found.c.ordinal, found.c.extra).where(
                found.c.extra.is_not(None)))]
    conn.execute(update(found).where(found.c.extra.is_(None)).values(bare))
    if rows:
        conn.execute(update(found).where(*(found.c[k] == bindparam(f"v_{k}") for k in keys))
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
