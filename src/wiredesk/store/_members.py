"""Migration step: a reference's cluster found from the reference, not from an index of
every member.

Every group's members were indexed twice, by group and by reference, though a reference
is in one cluster at most and the groups found by reference are nearly all clusters:
the cluster is noted on the reference (`crosscheck_refs.group_id`), actors and
revisions are found by their groups, and the index of members by reference is dropped.
Nothing is lost: read back, every cross-check result is the one stored before.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, inspect, select, update

from wiredesk.store._crosscheck.tables import CLUSTER_KINDS, crosscheck_groups, crosscheck_refs
from wiredesk.store._packed import LEGACY_MEMBERS

INDEX = "ix_crosscheck_members_ref_id"


def clusters_on_refs(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it."""
    t, m, g = crosscheck_refs, LEGACY_MEMBERS, crosscheck_groups
    if "group_id" not in {c["name"] for c in inspect(conn).get_columns(t.name)}:
        conn.exec_driver_sql(f"ALTER TABLE {t.name} ADD COLUMN group_id INTEGER")
    if not inspect(conn).has_table(m.name):  # made anew by a reset (steps 3 and 8)
        return
    # every store (one whose references were made anew by step 11 has the column, empty)
    rows = [{"r": ref, "g": group} for ref, group in conn.execute(
        select(m.c.ref_id, m.c.group_id).join(g, g.c.id == m.c.group_id).where(
            g.c.kind.in_(CLUSTER_KINDS)))]
    if rows:
        conn.execute(update(t).where(t.c.id == bindparam("r")).values(
            group_id=bindparam("g")), rows)
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
