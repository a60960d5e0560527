"""Migration step: a cross-check reference's span NULL when it is its item's.

A reference names its item (article, layer, ordinal) and, in two more columns, the span
it cites: nearly always the item's own, which its layer row holds. Those columns are NULL
then, and a reader takes the item's span (`refs.with_item_spans`); a reference citing
another span (an attribution's second side) keeps its own. SQLite cannot drop a column's
NOT NULL in place: the references and the tables pointing at them are made anew
(`_rebuild`). Read back, every reference is as stored.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from wiredesk.store._crosscheck.refs import unspan
from wiredesk.store._crosscheck.tables import (
    crosscheck_clash_a,
    crosscheck_refs,
    crosscheck_side_refs,
)
from wiredesk.store._rebuild import rebuild

SPAN = ("span_start", "span_end")


def spanless(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    strict = [c["name"] for c in inspect(conn).get_columns(crosscheck_refs.name)
              if c["name"] in SPAN and not c["nullable"]]
    if strict and conn.dialect.name == "sqlite":
        rebuild(conn, [crosscheck_refs, crosscheck_clash_a, crosscheck_side_refs])
    elif strict:
        for name in strict:
            conn.exec_driver_sql(f"ALTER TABLE {crosscheck_refs.name} ALTER COLUMN {name} "
                                 "DROP NOT NULL")
    unspan(conn)
