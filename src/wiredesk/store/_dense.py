"""Migration step: what rows of a story told by many outlets repeat, stored once.

- A place's gazetteer entry (its name, kind, country, region, GeoNames id and
  coordinates) was written in every mention of it, though a desk's stories name the same
  few hundred places again and again: entries are stored once (`place_entries`) and
  pointed at. The steps that read records or make item tables anew bring `places` to
  this shape first (`entries`), as the code reads it. So are a figure's authority and
  the outlet relaying it (`figure_authorities`): a story's outlets repeat the same few.
- An article's url was indexed whole to find a page's new version by: its 32-bit hash is
  (`articles.url_hash`), a tenth of the size.
- An actor's members were counted by their reporting chain and outlet in words, though
  every actor a story names repeats the same few: both are names (`crosscheck_names`).
Nothing is lost: read back, every record and cross-check result is the one stored before.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, column, insert, inspect, select, table, text, update

from wiredesk.store import _views
from wiredesk.store._crosscheck.groups import told_rows
from wiredesk.store._crosscheck.tables import crosscheck_actor_sources
from wiredesk.store._rows import split_extra
from wiredesk.store._write import Ids, url_hash, with_entry
from wiredesk.store.schema import ENTRIES, LAYER_TABLES, articles


def dense(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    entries(conn)
    _told_by_name(conn)
    _url_hashes(conn)
    _views.create_views(conn)


def _url_hashes(conn: Connection) -> None:
    """Every article's url hash, and their index in place of the urls'."""
    if "url_hash" in {c["name"] for c in inspect(conn).get_columns(articles.name)}:
        return
    conn.exec_driver_sql(f"ALTER TABLE {articles.name} ADD COLUMN url_hash INTEGER")
    rows = [{"s": seq, "h": url_hash(url)} for seq, url in conn.execute(
        select(articles.c.seq, articles.c.url).where(articles.c.url.is_not(None)))]
    if rows:
        conn.execute(update(articles).where(articles.c.seq == bindparam("s"))
                     .values(url_hash=bindparam("h")), rows)
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_articles_url")
    for index in articles.indexes:
        index.create(conn, checkfirst=True)


def widen(conn: Connection) -> None:
    """Migration step: the fields a story's outlets repeat in more layers kept as entries
    (a time's value; a figure's category, qualifier, unit, harm and outcome; how a place's
    name was written), and the views made again."""
    entries(conn)
    _views.create_views(conn)


def entries(conn: Connection) -> None:
    """Each layer's fields kept as entries (`ENTRIES`) by the entry's id, from whatever
    older shape: the entries' table given the columns it lacks, each row pointed at the
    entry of its fields (from its columns, its older entry, its `extra`), the item
    table's columns of them dropped and entries no row points at deleted."""
    for layer, (key, entries_table, names) in ENTRIES.items():
        name = LAYER_TABLES[layer].name
        have = {c["name"] for c in inspect(conn).get_columns(name)}
        held = {c["name"] for c in inspect(conn).get_columns(entries_table.name)}
        if key in have and not (set(names) & have) and set(names) <= held:
            continue  # the latest shape
        _views.drop_views(conn)  # they read the columns dropped
        _to_entries(conn, layer, have, held)


def _to_entries(conn: Connection, layer: str, have: set[str], held: set[str]) -> None:
    key, entries_table, names = ENTRIES[layer]
    name = LAYER_TABLES[layer].name
    for column_name in sorted(set(names) - held):
        kind = entries_table.c[column_name].type.compile(conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE {entries_table.name} ADD COLUMN {column_name} {kind}")
    if key not in have:
        conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {key} INTEGER "
                             f"REFERENCES {entries_table.name} (id)")
    owner = "article_id" if "article_id" in have else "article"  # the text id before step 13
    on_row = [c for c in names if c in have]
    # an older entry holds what its table had; a field neither it nor the row held is in
    # the row's `extra` (or takes its default)
    on_entry = [c for c in names if c in held and c not in have and key in have]
    in_extra = [c for c in names if c not in on_row and c not in on_entry]
    old = table(name, column(owner), column("ordinal"), column(key), column("extra"),
                *(column(c) for c in on_row))
    was = table(entries_table.name, column("id"), *(column(c) for c in on_entry))
    ids = Ids(conn, {})
    rows = []
    for found in conn.execute(select(old, *(was.c[c] for c in on_entry)).outerjoin(
            was, was.c.id == old.c[key])):
        values = dict(found._mapping)
        if in_extra:
            values.update(split_extra(layer, values["extra"], in_extra))
        entry = with_entry(ids, layer, {c: values[c] for c in names})[key]
        rows.append({"k": values[owner], "o": values["ordinal"], "e": entry,
                     "x": values["extra"]})
    if rows:
        conn.execute(update(old).where(old.c[owner] == bindparam("k"),
                                       old.c.ordinal == bindparam("o"))
                     .values({key: bindparam("e"), "extra": bindparam("x")}), rows)
    for column_name in on_row:
        conn.exec_driver_sql(f'ALTER TABLE {name} DROP COLUMN "{column_name}"')
    conn.exec_driver_sql(f"DELETE FROM {entries_table.name} WHERE id NOT IN "
                         f"(SELECT {key} FROM {name} WHERE {key} IS NOT NULL)")


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
