"""Migration step: attributions as lean as the other item tables, nothing lost.

- An attribution's speaker and cue words were stored whole, though nearly always they are
  the article's text at their span: they are NULL then (`_rows.SPANNED_WORDS`), as an
  item's own text is since step 9.
- On SQLite `attributions` kept its rowid, for two indexes; one of them (by `actor_id`)
  no query uses, nor the one of cross-check groups by their count of sources: both are
  dropped, and the table is made anew WITHOUT ROWID (`_rebuild`), each row kept once.
"""

from __future__ import annotations

from sqlalchemy import Connection

from wiredesk.store import _dense, _views
from wiredesk.store._rebuild import ITEM_FAMILY, has_rowid, rebuild
from wiredesk.store._rows import SPANNED_WORDS
from wiredesk.store.schema import LAYER_TABLES, articles

UNUSED_INDEXES = ("ix_attributions_actor_id", "ix_crosscheck_groups_n_sources")


def lean(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    for name in UNUSED_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    table = LAYER_TABLES["attributions"].name
    for words, span in SPANNED_WORDS.items():
        if words != "text":  # the item's own text: NULL since step 9
            conn.exec_driver_sql(
                f"UPDATE {table} SET {words} = NULL WHERE {words} = substr("
                f"(SELECT text FROM {articles.name} WHERE seq = {table}.article), "
                f"{span}_start + 1, {span}_end - {span}_start)")
    if conn.dialect.name == "sqlite" and has_rowid(conn, table):
        _dense.entries(conn)  # the shape `rebuild` makes
        rebuild(conn, ITEM_FAMILY)
    _views.create_views(conn)
