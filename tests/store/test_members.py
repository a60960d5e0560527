"""Schema step 18: a reference's cluster noted on the reference, members no longer
indexed by reference; a store of the older shape is brought to it with every cross-check
result, read whole, by period or by story, as it was."""

from __future__ import annotations

from older_shapes import everything, unpack_crosscheck
from sqlalchemy import create_engine, inspect, text

from wiredesk.store import Store
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck.keys import unpack_seqs
from wiredesk.store._members import INDEX
from wiredesk.store.schema import schema_version


def _shape(db_url: str) -> tuple[int, bool]:
    """References noting their cluster, and whether members are indexed by reference."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("crosscheck_refs")}
        noted = int(conn.scalar(text(
            "SELECT count(group_id) FROM crosscheck_refs")) or 0) if "group_id" in columns else 0
        indexed = inspect(conn).has_table("crosscheck_members") and INDEX in {
            ix["name"] for ix in inspect(conn).get_indexes("crosscheck_members")}
        assert migrations.current_version(conn) in (17, migrations.LATEST)
    engine.dispose()
    return noted, indexed


def _make_older(db_url: str) -> None:
    """No cluster on the references, members indexed by reference: version 17's shape."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        unpack_crosscheck(conn)  # members a row a reference, as before step 20
        conn.exec_driver_sql("ALTER TABLE crosscheck_refs DROP COLUMN group_id")
        conn.exec_driver_sql(f"CREATE INDEX {INDEX} ON crosscheck_members (ref_id)")
        conn.execute(schema_version.delete().where(schema_version.c.version > 17))
    engine.dispose()


def test_store_clusters_noted_on_references_keep_every_result(checked: str) -> None:
    engine = create_engine(checked)
    with engine.connect() as conn:
        clustered = sum(len(unpack_seqs(bytes(packed))) for packed in conn.scalars(text(
            "SELECT members FROM crosscheck_groups WHERE kind IN ('claim', 'event', 'figure')")))
    engine.dispose()
    assert clustered > 10 and _shape(checked) == (clustered, False)
    before = everything(checked)
    assert before[0].corroborations and before[1].corroborations and before[3]
    assert any(figures for _, figures, _ in filter(None, before[4]))
    _make_older(checked)
    assert _shape(checked) == (0, True)
    with Store.open(checked):
        pass  # upgrades
    assert _shape(checked) == (clustered, False)
    assert everything(checked) == before
