"""Migration step: what rows of a story told by many outlets repeat, stored once.

- An actor's members were counted by their reporting chain and outlet in words, though
  every actor a story names repeats the same few: both are names (`crosscheck_names`).
Nothing is lost: read back, every record and cross-check result is the one stored before.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, inspect, text

from wiredesk.store._crosscheck.groups import told_rows
from wiredesk.store._crosscheck.tables import crosscheck_actor_sources


def dense(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    _told_by_name(conn)


def _told_by_name(conn: Connection) -> None:
    """`crosscheck_actor_sources` made anew with its chains and outlets as names."""
    table = crosscheck_actor_sources
    if "chain" not in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return
    rows = [dict(r) for r in conn.execute(text(
        f"SELECT group_id, chain, outlet, n FROM {table.name}")).mappings()]
    table.drop(conn)
    table.create(conn)
    if rows:
        conn.execute(insert(table), told_rows(conn, rows))
