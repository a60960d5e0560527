"""Migration step: the store's largest tables in a compacter shape, nothing lost.

- On SQLite an item table keyed by (article, ordinal) held each row twice: in the table,
  under a hidden rowid, and in the index of its key. WITHOUT ROWID it holds it once
  (but for `attributions`, whose two other indexes would then repeat the whole key): the
  tables are made anew so by step 13 (`_typed`), which keys them by `articles.seq`.
- A cross-check reference was indexed by (article, layer, ordinal, span) although it is
  only looked up by its article: an index on the article is a third of the size.
- Clashes were stored pair by pair, n * n for a story n outlets tell; now as clash sets
  (`crosscheck_clash_sets`), n members.
- On PostgreSQL full-text search read a stored tsvector column, every article's words
  once more; the index is now on the expression (`_search`).

SQLite cannot change a table's shape in place: a family of tables is made anew
(`_rebuild`).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from wiredesk.store import _search
from wiredesk.store._crosscheck.clashes import save_clashes
from wiredesk.store._crosscheck.tables import (
    OLD_CLASHES,
    crosscheck_clash_a,
    crosscheck_clash_sets,
    crosscheck_refs,
)
from wiredesk.store._packed import LEGACY_CLASH_B, LEGACY_MEMBERS, LEGACY_SIDES, add_column
from wiredesk.store._rebuild import rebuild
from wiredesk.store._slim import name_refs

REF_FAMILY = (crosscheck_refs, LEGACY_MEMBERS, crosscheck_clash_a, LEGACY_CLASH_B,
              LEGACY_SIDES)


def reshape(conn: Connection) -> None:
    """Bring the item tables, the references' index and the search index to their compact
    shape; a no-op on a store that has it."""
    _search.drop_stored_vector(conn)
    _clashes_as_sets(conn)
    if conn.dialect.name == "sqlite":
        if inspect(conn).get_unique_constraints(crosscheck_refs.name):
            name_refs(conn, drop=False)  # the words a reference repeats: as step 12 keeps them
            rebuild(conn, [t for t in REF_FAMILY if inspect(conn).has_table(t.name)])
        return
    for found in inspect(conn).get_unique_constraints(crosscheck_refs.name):
        conn.exec_driver_sql(f'ALTER TABLE crosscheck_refs DROP CONSTRAINT "{found["name"]}"')
    for index in crosscheck_refs.indexes:
        index.create(conn, checkfirst=True)


def _clashes_as_sets(conn: Connection) -> None:
    """An older store's pairwise clashes stored as clash sets, and their table dropped."""
    if not inspect(conn).has_table(OLD_CLASHES):
        return
    add_column(conn, crosscheck_clash_sets, "b")  # as `save_clashes` writes them
    save_clashes(conn, [(a, b, text_id) for a, b, text_id in conn.exec_driver_sql(
        f"SELECT a, b, text_id FROM {OLD_CLASHES}")])
    conn.exec_driver_sql(f"DROP TABLE {OLD_CLASHES}")
