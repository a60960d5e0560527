"""Migration step: words the store repeated in every row, kept smaller.

- An attribution's kind and status and an event's mode and status were written as words
  in every row, though each is one of a handful: they are small integer codes
  (`schema.Code`), read back as the words, given as words by the views.
- An explanation was found by its words, indexed whole: the index cost more than the
  words. It is found by their hash (`explanations.hash`), as the tables of what many rows
  share are.
- `attributions.canonical_id` was indexed in every row, though most speakers are in no
  registry: only the rows naming one are.
Nothing is lost: read back, every record, claim and view row is the one stored before.
"""

from __future__ import annotations

from sqlalchemy import (
    Connection,
    Integer,
    Table,
    bindparam,
    column,
    insert,
    inspect,
    select,
    table,
    update,
)

from wiredesk.store import _views
from wiredesk.store._rebuild import ITEM_FAMILY, rebuild
from wiredesk.store._write import row_hash
from wiredesk.store.schema import CODED, LAYER_TABLES, Code, explanations


def coded(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    _views.drop_views(conn)  # they read the columns changed
    if conn.dialect.name == "sqlite":
        if any(_worded(conn, name) for name in CODED):
            rebuild(conn, ITEM_FAMILY)  # the columns' type, and the partial index
        for name in CODED:
            _codes_in_place(conn, LAYER_TABLES[name])
    else:
        for name in CODED:
            if _worded(conn, name):
                _retype(conn, LAYER_TABLES[name])
    index = next(iter(LAYER_TABLES["attributions"].indexes))
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index.name}")
    index.create(conn)
    hashed_explanations(conn)
    _views.create_views(conn)


def _worded(conn: Connection, name: str) -> bool:
    """Whether table `name` declares a coded column as words still."""
    types = {c["name"]: c["type"] for c in inspect(conn).get_columns(name)}
    return not all(isinstance(types[c], Integer) for c in CODED[name])


def _case(name: str, code: Code) -> str:
    """SQL giving column `name`'s code for its word (a code as it is)."""
    whens = " ".join(f"WHEN '{word}' THEN {n}" for n, word in enumerate(code.words))
    return f"CASE {name} {whens} ELSE CAST({name} AS INTEGER) END"


def _codes_in_place(conn: Connection, layer_table: Table) -> None:
    """SQLite: every word of a coded column as its code (rows copied into the coded shape
    keep their words until then)."""
    for name in CODED[layer_table.name]:
        code = layer_table.c[name].type
        assert isinstance(code, Code)
        conn.exec_driver_sql(f"UPDATE {layer_table.name} SET {name} = {_case(name, code)} "
                             f"WHERE typeof({name}) = 'text'")


def _retype(conn: Connection, layer_table: Table) -> None:
    """PostgreSQL: the coded columns' type changed, each word made its code."""
    for name in CODED[layer_table.name]:
        code = layer_table.c[name].type
        assert isinstance(code, Code)
        conn.exec_driver_sql(f"ALTER TABLE {layer_table.name} ALTER COLUMN {name} TYPE "
                             f"SMALLINT USING ({_case(name, code)})")


def hashed_explanations(conn: Connection) -> None:
    """`explanations` found by the hash of its words, not by an index of them; its ids
    kept (item rows point at them)."""
    if "hash" in {c["name"] for c in inspect(conn).get_columns(explanations.name)}:
        return
    old = table(explanations.name, column("id"), column("text"), column("hash"))
    kept = [{"id": i, "hash": row_hash(explanations, {"text": words}), "text": words}
            for i, words in conn.execute(select(old.c.id, old.c.text))]
    if conn.dialect.name == "sqlite":
        # made anew (SQLite keeps the index of a unique column as long as its table);
        # item rows point at ids missing until they are back, checked at the commit
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        conn.exec_driver_sql(f"DROP TABLE {explanations.name}")
        explanations.create(conn)
        if kept:
            conn.execute(insert(explanations), kept)
        return
    conn.exec_driver_sql(f"ALTER TABLE {explanations.name} ADD COLUMN hash BIGINT")
    if kept:
        conn.execute(update(old).where(old.c.id == bindparam("row")).values(
            hash=bindparam("made")), [{"row": r["id"], "made": r["hash"]} for r in kept])
    conn.exec_driver_sql(f"ALTER TABLE {explanations.name} ALTER COLUMN hash SET NOT NULL")
    for found in inspect(conn).get_unique_constraints(explanations.name):
        conn.exec_driver_sql(f'ALTER TABLE {explanations.name} DROP CONSTRAINT '
                             f'"{found["name"]}"')
    conn.exec_driver_sql(f"ALTER TABLE {explanations.name} ADD CONSTRAINT "
                         f"uq_{explanations.name}_hash UNIQUE (hash)")
