"""Read-only engines for readers that must never change a store (the web page).

SQLite opens the file with `mode=ro` and `query_only`, so a missing file is an error
rather than a new empty store; PostgreSQL starts every transaction read-only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def read_only_engine(url: str) -> Engine:
    """An engine on `url` that cannot write."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, connect_args={
            "options": "-c default_transaction_read_only=on"})
    target = parsed.database or ""
    engine = create_engine(f"sqlite:///file:{target}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        for pragma in ("query_only=ON", "busy_timeout=30000"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    return engine
