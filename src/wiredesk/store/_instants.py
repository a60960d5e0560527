"""Migration step: when an article was stored kept as a number.

`articles.ingested_at` was ISO 8601 text, 25 bytes in every article's row: it is seconds
since 1970 (`schema.Instant`, 4 bytes), read back as the same ISO 8601 text. SQLite
cannot change a column's type in place: the seconds go in a new column, which takes the
old one's name once it is dropped.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from wiredesk.store.schema import articles

_NEW = "ingested_s"


def instants(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    found = {c["name"]: c for c in inspect(conn).get_columns(articles.name)}
    if "INT" in str(found["ingested_at"]["type"]).upper():
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"ALTER TABLE {articles.name} ALTER COLUMN ingested_at TYPE BIGINT "
            "USING extract(epoch FROM ingested_at::timestamptz)::bigint")
        return
    conn.exec_driver_sql(f"ALTER TABLE {articles.name} ADD COLUMN {_NEW} INTEGER "
                         "NOT NULL DEFAULT 0")
    conn.exec_driver_sql(f"UPDATE {articles.name} SET {_NEW} = "
                         "CAST(strftime('%s', ingested_at) AS INTEGER)")
    conn.exec_driver_sql(f"ALTER TABLE {articles.name} DROP COLUMN ingested_at")
    conn.exec_driver_sql(f"ALTER TABLE {articles.name} RENAME COLUMN {_NEW} TO ingested_at")
