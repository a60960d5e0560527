"""Migration step: a group's members, a clash set's side b and a contradiction's sides
packed on their rows.

Members were a row a group and reference (`crosscheck_members`), side b of a clash set a
row a set and reference (`crosscheck_clash_b`): each a key of two integers, kept in a
b-tree page by page, for what is only ever read whole by its group or set. Packed as
`crosscheck_keys` packs its articles (`keys.pack_seqs`), on the group's row
(`crosscheck_groups.members`) and the set's (`crosscheck_clash_sets.b`), they cost a byte
or two a reference. A contradiction's sides (`crosscheck_sides`, a row a reference with
its side and position, and an index of them by reference) are packed in order on its
row (`a`, `b`), and which contradictions a reference is on a side of is a table keyed by
reference (`crosscheck_side_refs`). Actor groups are the only ones found by name: the index of names
holds only theirs; a clash's wording is found by the hash of its words, not by an index
of its key's. References are no longer indexed by article: a batch or a period
finds its articles' references in one scan (`tables.of_articles`), and the index was a
fifth of the cross-check's tables. Nothing is lost: read back, every cross-check result
is as stored.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    insert,
    inspect,
    select,
    update,
)

from wiredesk.store._crosscheck.keys import pack_ordered, pack_seqs
from wiredesk.store._crosscheck.tables import (
    CLASH_WORDS,
    clash_text_hash,
    crosscheck_clash_sets,
    crosscheck_clash_texts,
    crosscheck_contradictions,
    crosscheck_groups,
    crosscheck_side_refs,
)

_legacy = MetaData()

# The tables of the rows this step packs, as earlier steps (11, 18) read and rebuild them.
LEGACY_MEMBERS = Table(
    "crosscheck_members", _legacy,
    Column("group_id", Integer, primary_key=True),
    Column("ref_id", Integer, primary_key=True),
    sqlite_with_rowid=False,
)
LEGACY_CLASH_B = Table(
    "crosscheck_clash_b", _legacy,
    Column("set_id", Integer, primary_key=True),
    Column("ref_id", Integer, primary_key=True),
    sqlite_with_rowid=False,
)
LEGACY_SIDES = Table(
    "crosscheck_sides", _legacy,
    Column("contradiction_id", Integer, primary_key=True),
    Column("side", String(1), primary_key=True),  # a, b
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("ref_id", Integer, nullable=False),
    sqlite_with_rowid=False,
)
ACTOR_INDEX = "ix_crosscheck_groups_kind_actor"
REFS_INDEX = "ix_crosscheck_refs_article"
TEXTS_INDEX = "ix_crosscheck_clash_texts_key"


def packed(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    _pack(conn, LEGACY_MEMBERS, crosscheck_groups, "members")
    _pack(conn, LEGACY_CLASH_B, crosscheck_clash_sets, "b")
    _pack_sides(conn)
    _hash_clash_texts(conn)
    for name in (ACTOR_INDEX, REFS_INDEX, TEXTS_INDEX):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for index in (*crosscheck_groups.indexes, *crosscheck_clash_texts.indexes):
        index.create(conn, checkfirst=True)


def _hash_clash_texts(conn: Connection) -> None:
    """Each clash wording's hash, which it is found by."""
    w = crosscheck_clash_texts
    if "hash" in {c["name"] for c in inspect(conn).get_columns(w.name)}:
        return
    conn.exec_driver_sql(f"ALTER TABLE {w.name} ADD COLUMN hash BIGINT")
    rows = [{"tid": row["id"], "h": clash_text_hash([row[k] for k in CLASH_WORDS])}
            for row in conn.execute(select(w.c.id, *(w.c[k] for k in CLASH_WORDS))).mappings()]
    if rows:
        conn.execute(update(w).where(w.c.id == bindparam("tid")).values(hash=bindparam("h")),
                     rows)


def add_column(conn: Connection, table: Table, column: str) -> None:
    """A packed column added to `table`, unless it has it."""
    if column not in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        kind = "BYTEA" if conn.dialect.name == "postgresql" else "BLOB"
        conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column} {kind}")


def _pack_sides(conn: Connection) -> None:
    """A contradiction's sides packed on its row, in order, and which contradictions
    each reference is on a side of kept in `crosscheck_side_refs`."""
    x = crosscheck_contradictions
    for column in ("a", "b"):
        add_column(conn, x, column)
    if not inspect(conn).has_table(LEGACY_SIDES.name):
        return
    sides: dict[int, dict[str, list[int]]] = defaultdict(lambda: {"a": [], "b": []})
    s = LEGACY_SIDES
    for row in conn.execute(select(s).order_by(s.c.contradiction_id, s.c.side, s.c.position)):
        sides[row.contradiction_id][row.side].append(row.ref_id)
    if sides:
        conn.execute(update(x).where(x.c.id == bindparam("cid")).values(
            a=bindparam("pa"), b=bindparam("pb")), [
            {"cid": cid, "pa": pack_ordered(two["a"]), "pb": pack_ordered(two["b"])}
            for cid, two in sorted(sides.items())])
        conn.execute(insert(crosscheck_side_refs), [
            {"ref_id": ref, "contradiction_id": cid} for cid, two in sorted(sides.items())
            for ref in sorted({*two["a"], *two["b"]})])
    s.drop(conn)


def _pack(conn: Connection, rows: Table, into: Table, column: str) -> None:
    """The references of `rows` (keyed by owner, then reference) packed on their owners'
    rows in `into`, and `rows` dropped."""
    add_column(conn, into, column)
    if not inspect(conn).has_table(rows.name):
        return
    found: dict[int, list[int]] = defaultdict(list)
    for key, value in conn.execute(rows.select()):
        found[key].append(value)
    if found:
        conn.execute(update(into).where(into.c.id == bindparam("owner"))
                     .values({column: bindparam("refs")}),
                     [{"owner": key, "refs": pack_seqs(refs)} for key, refs in found.items()])
    rows.drop(conn)
