"""Migration step: a group's members and a clash set's side b packed on their rows.

Members were a row a group and reference (`crosscheck_members`), side b of a clash set a
row a set and reference (`crosscheck_clash_b`): each a key of two integers, kept in a
b-tree page by page, for what is only ever read whole by its group or set. Packed as
`crosscheck_keys` packs its articles (`keys.pack_seqs`), on the group's row
(`crosscheck_groups.members`) and the set's (`crosscheck_clash_sets.b`), they cost a byte
or two a reference. Actor groups are the only ones found by name: the index of names
holds only theirs. References are no longer indexed by article: a batch or a period
finds its articles' references in one scan (`tables.of_articles`), and the index was a
fifth of the cross-check's tables. Nothing is lost: read back, every cross-check result
is as stored.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Column, Connection, Integer, MetaData, Table, bindparam, inspect, update

from wiredesk.store._crosscheck.keys import pack_seqs
from wiredesk.store._crosscheck.tables import crosscheck_clash_sets, crosscheck_groups

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
ACTOR_INDEX = "ix_crosscheck_groups_kind_actor"
REFS_INDEX = "ix_crosscheck_refs_article"


def packed(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    _pack(conn, LEGACY_MEMBERS, crosscheck_groups, "members")
    _pack(conn, LEGACY_CLASH_B, crosscheck_clash_sets, "b")
    for name in (ACTOR_INDEX, REFS_INDEX):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for index in crosscheck_groups.indexes:
        index.create(conn, checkfirst=True)


def _pack(conn: Connection, rows: Table, into: Table, column: str) -> None:
    """The references of `rows` (keyed by owner, then reference) packed on their owners'
    rows in `into`, and `rows` dropped."""
    if column not in {c["name"] for c in inspect(conn).get_columns(into.name)}:
        kind = "BYTEA" if conn.dialect.name == "postgresql" else "BLOB"
        conn.exec_driver_sql(f"ALTER TABLE {into.name} ADD COLUMN {column} {kind}")
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
