"""Making tables anew in the shape they are defined in, their rows kept: SQLite cannot
change a table's shape in place. A family of tables (one with every table pointing at
it) is copied aside, dropped children first, made anew and filled again parents first,
all in the caller's transaction, so foreign keys hold throughout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, Table, inspect, text

from wiredesk.store import _views
from wiredesk.store.schema import LAYER_TABLES, check_figures, stage_failures

# parents first; every table pointing at one of them is in its family
ITEM_FAMILY = (*LAYER_TABLES.values(), check_figures, stage_failures)


def rebuild(conn: Connection, family: Sequence[Table],
            made: Mapping[str, str] | None = None) -> None:
    """Make the tables of `family` (parents first) anew as they are defined, their rows
    kept: each column from the old column of its name, else from its SQL in `made` (over
    the old row, `old`; keyed "table.column" where tables' columns of one name differ),
    else NULL."""
    viewed = set(_views.VIEWS) & set(inspect(conn).get_view_names())
    _views.drop_views(conn)  # they read these tables
    had = {table.name: {c["name"] for c in inspect(conn).get_columns(table.name)}
           for table in family}
    for table in family:
        conn.exec_driver_sql(f'CREATE TEMP TABLE "old_{table.name}" AS '
                             f'SELECT * FROM "{table.name}"')
    for table in reversed(family):
        conn.exec_driver_sql(f'DROP TABLE "{table.name}"')
    for table in family:
        table.create(conn)
        sql = {**{k: v for k, v in (made or {}).items() if "." not in k},
               **{k.split(".", 1)[1]: v for k, v in (made or {}).items()
                  if k.startswith(f"{table.name}.")}}
        kept = [c.name for c in table.columns if c.name in had[table.name] or c.name in sql]
        columns = ", ".join(f'"{name}"' for name in kept)
        values = ", ".join(f'old."{name}"' if name in had[table.name]
                           else f'({sql[name]}) AS "{name}"' for name in kept)
        order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) SELECT {values} '
                             f'FROM "old_{table.name}" old ORDER BY {order}')
        conn.exec_driver_sql(f'DROP TABLE "old_{table.name}"')
    if viewed:
        _views.create_views(conn)


def has_rowid(conn: Connection, name: str) -> bool:
    """Whether SQLite keeps table `name` under a rowid."""
    ddl = conn.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :n"),
                      {"n": name})
    return bool(ddl) and "WITHOUT ROWID" not in str(ddl).upper()
