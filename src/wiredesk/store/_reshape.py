"""Migration step: the store's largest tables in a compacter shape, nothing lost.

- On SQLite an item table keyed by (article, ordinal) held each row twice: in the table,
  under a hidden rowid, and in the index of its key. WITHOUT ROWID it holds it once
  (but for `attributions`, whose two other indexes would then repeat the whole key).
- A cross-check reference was indexed by (article, layer, ordinal, span) although it is
  only looked up by its article: an index on the article is a third of the size.
- Clashes were stored pair by pair, n * n for a story n outlets tell; now as clash sets
  (`crosscheck_clash_sets`), n members.
- On PostgreSQL full-text search read a stored tsvector column, every article's words
  once more; the index is now on the expression (`_search`).

SQLite cannot change a table's shape in place: a family of tables (one with every table
pointing at it) is copied aside, dropped children first, made anew and filled again
parents first, all in the step's transaction, so foreign keys hold throughout.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, inspect, text

from wiredesk.errors import StoreError
from wiredesk.store import _search, _views
from wiredesk.store._compact import compact_items
from wiredesk.store._crosscheck.clashes import save_clashes
from wiredesk.store._crosscheck.tables import (
    OLD_CLASHES,
    crosscheck_clash_a,
    crosscheck_clash_b,
    crosscheck_members,
    crosscheck_refs,
    crosscheck_sides,
)
from wiredesk.store._slim import name_refs
from wiredesk.store.schema import LAYER_TABLES, check_figures, stage_failures

# parents first; every table pointing at one of them is in its family
ITEM_FAMILY = (*(t for t in LAYER_TABLES.values() if t.name != "attributions"), check_figures,
               stage_failures)
REF_FAMILY = (crosscheck_refs, crosscheck_members, crosscheck_clash_a, crosscheck_clash_b,
              crosscheck_sides)


def reshape(conn: Connection) -> None:
    """Bring the item tables, the references' index and the search index to their compact
    shape; a no-op on a store that has it."""
    _search.drop_stored_vector(conn)
    _clashes_as_sets(conn)
    compact_items(conn)  # a store made before step 9 interned extractor names has them inline
    if conn.dialect.name == "sqlite":
        if _has_rowid(conn, "places"):
            rebuild(conn, ITEM_FAMILY)
        if inspect(conn).get_unique_constraints(crosscheck_refs.name):
            name_refs(conn, drop=False)  # the words a reference repeats: as step 12 keeps them
            rebuild(conn, REF_FAMILY)
        return
    for found in inspect(conn).get_unique_constraints(crosscheck_refs.name):
        conn.exec_driver_sql(f'ALTER TABLE crosscheck_refs DROP CONSTRAINT "{found["name"]}"')
    for index in crosscheck_refs.indexes:
        index.create(conn, checkfirst=True)


def _clashes_as_sets(conn: Connection) -> None:
    """An older store's pairwise clashes stored as clash sets, and their table dropped."""
    if not inspect(conn).has_table(OLD_CLASHES):
        return
    save_clashes(conn, [(a, b, text_id) for a, b, text_id in conn.exec_driver_sql(
        f"SELECT a, b, text_id FROM {OLD_CLASHES}")])
    conn.exec_driver_sql(f"DROP TABLE {OLD_CLASHES}")


def _has_rowid(conn: Connection, name: str) -> bool:
    ddl = conn.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :n"),
                      {"n": name})
    return bool(ddl) and "WITHOUT ROWID" not in str(ddl).upper()


def rebuild(conn: Connection, family: Sequence[Table]) -> None:
    """Make the tables of `family` (parents first) anew as they are defined, their rows
    kept (SQLite)."""
    viewed = set(_views.VIEWS) & set(inspect(conn).get_view_names())
    _views.drop_views(conn)  # they read these tables
    for table in family:
        conn.exec_driver_sql(f'CREATE TEMP TABLE "old_{table.name}" AS '
                             f'SELECT * FROM "{table.name}"')
    for table in reversed(family):
        conn.exec_driver_sql(f'DROP TABLE "{table.name}"')
    for table in family:
        table.create(conn)
        missing = {c.name for c in table.columns} - {
            c["name"] for c in inspect(conn).get_columns(f"old_{table.name}", schema="temp")}
        if missing:  # SQLite would read a missing "column" as a string literal
            raise StoreError(f"cannot rebuild {table.name}: the store lacks {sorted(missing)}")
        columns = ", ".join(f'"{c.name}"' for c in table.columns)
        order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) SELECT {columns} '
                             f'FROM temp."old_{table.name}" ORDER BY {order}')
        conn.exec_driver_sql(f'DROP TABLE temp."old_{table.name}"')
    if viewed:
        _views.create_views(conn)
