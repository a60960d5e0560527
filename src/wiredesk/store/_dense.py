"""Migration step: what rows of a story told by many outlets repeat, stored once.

- A place's gazetteer entry (its name, kind, country, region, GeoNames id and
  coordinates) was written in every mention of it, though a desk's stories name the same
  few hundred places again and again: entries are stored once (`place_entries`) and
  pointed at. The steps that read records or make item tables anew bring `places` to
  this shape first (`entries`), as the code reads it.
- An actor's members were counted by their reporting chain and outlet in words, though
  every actor a story names repeats the same few: both are names (`crosscheck_names`).
Nothing is lost: read back, every record and cross-check result is the one stored before.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, column, insert, inspect, select, table, text, update

from wiredesk.store import _views
from wiredesk.store._crosscheck.groups import told_rows
from wiredesk.store._crosscheck.tables import crosscheck_actor_sources
from wiredesk.store._write import Ids, place_entry
from wiredesk.store.schema import PLACE_ENTRY, places


def dense(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    entries(conn)
    _told_by_name(conn)
    _views.create_views(conn)


def entries(conn: Connection) -> None:
    """`places` with each mention's gazetteer entry by id, its columns dropped."""
    have = {c["name"] for c in inspect(conn).get_columns(places.name)}
    if "lat" not in have:
        return
    _views.drop_views(conn)  # they read the columns dropped
    if "entry_id" not in have:
        conn.exec_driver_sql(f"ALTER TABLE {places.name} ADD COLUMN entry_id INTEGER "
                             "REFERENCES place_entries (id)")
    key = "article_id" if "article_id" in have else "article"  # the text id, before step 13
    old = table(places.name, column(key), column("ordinal"), column("entry_id"),
                *(column(c) for c in PLACE_ENTRY))
    ids = Ids(conn, {})
    rows = [{"k": found._mapping[key], "o": found.ordinal,
             "e": place_entry(ids, dict(found._mapping))["entry_id"]}
            for found in conn.execute(select(old))]
    if rows:
        conn.execute(update(old).where(old.c[key] == bindparam("k"),
                                       old.c.ordinal == bindparam("o"))
                     .values(entry_id=bindparam("e")), rows)
    for name in PLACE_ENTRY:
        conn.exec_driver_sql(f'ALTER TABLE {places.name} DROP COLUMN "{name}"')


def _told_by_name(conn: Connection) -> None:
    """`crosscheck_actor_sources` made anew with its chains and outlets as names."""
    told = crosscheck_actor_sources
    if "chain" not in {c["name"] for c in inspect(conn).get_columns(told.name)}:
        return
    rows = [dict(r) for r in conn.execute(text(
        f"SELECT group_id, chain, outlet, n FROM {told.name}")).mappings()]
    told.drop(conn)
    told.create(conn)
    if rows:
        conn.execute(insert(told), told_rows(conn, rows))
