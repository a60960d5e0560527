"""The cross-check tables of a store as schema version 19 shaped them, made from the
latest shape, for the tests that bring an older store up: members, clash sides b and
contradictions' sides a row a reference, references indexed by article, every group by
kind and actor, clash wordings by key; and what those tests compare before and after: every
cross-check result a store gives, and a stored article read back at the latest version."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, create_engine, inspect, select, text

from wiredesk.records import Document
from wiredesk.store import Store, browse
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.store._crosscheck.keys import unpack_ordered, unpack_seqs
from wiredesk.store._crosscheck.refs import SPANNED
from wiredesk.store._crosscheck.tables import clash_pairs
from wiredesk.store._packed import (
    ACTOR_INDEX,
    LEGACY_CLASH_B,
    LEGACY_MEMBERS,
    LEGACY_SIDES,
    REFS_INDEX,
    TEXTS_INDEX,
)


def everything(db_url: str) -> tuple[Any, ...]:
    """Every cross-check result a store gives: whole, for its first and last day, its
    stories and each story, its contradictions and those of one article."""
    with Store.open(db_url) as store:
        whole = load_crosscheck(store)
        days = sorted({(r.published or "")[:10] for c in whole.corroborations for r in c.items
                       if r.published})
        stories = browse.stories(store, "figure") + browse.stories(store, "claim")
        touched = sorted({r.article_id for c in whole.contradictions for r in c.sides[0]})
        return (whole, load_crosscheck(store, days[0], days[0]),
                load_crosscheck(store, days[-1], days[-1], actors=False), stories,
                [browse.story(store, sid) for sid, _ in stories],
                browse.contradictions(store), browse.contradictions(store, touched[0]))


def reads_back_at_latest(db_url: str, doc: Document) -> None:
    """Opening the store brings it to the latest schema, and `doc` reads back the same."""
    with Store.open(db_url) as store:
        engine = create_engine(db_url)
        with engine.connect() as conn:
            assert migrations.current_version(conn) == migrations.LATEST
        engine.dispose()
        assert next(store.documents(ids=[doc.article.id])) == doc


PACKED_COLUMNS = (("crosscheck_groups", "members"), ("crosscheck_clash_sets", "b"),
                  ("crosscheck_contradictions", "a"), ("crosscheck_contradictions", "b"))


def _unpacked(packed: bytes | None) -> list[int]:
    return unpack_seqs(bytes(packed)) if packed else []


def unpack_crosscheck(conn: Connection) -> None:
    """Bring the latest shape's cross-check tables to version 19's (its version row
    left to the caller)."""
    members = [{"group_id": gid, "ref_id": ref} for gid, packed in conn.execute(text(
        "SELECT id, members FROM crosscheck_groups")) for ref in _unpacked(packed)]
    side_b = [{"set_id": sid, "ref_id": ref} for sid, packed in conn.execute(text(
        "SELECT id, b FROM crosscheck_clash_sets")) for ref in _unpacked(packed)]
    sides = [{"contradiction_id": cid, "side": name, "position": i, "ref_id": ref}
             for cid, a, b in conn.execute(text("SELECT id, a, b FROM crosscheck_contradictions"))
             for name, packed in (("a", a), ("b", b))
             for i, ref in enumerate(unpack_ordered(bytes(packed or b"")))]
    for table, rows in ((LEGACY_MEMBERS, members), (LEGACY_CLASH_B, side_b),
                        (LEGACY_SIDES, sides)):
        table.create(conn)
        if rows:
            conn.execute(table.insert(), rows)
    for table, column in PACKED_COLUMNS:
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.exec_driver_sql("DROP TABLE crosscheck_side_refs")
    conn.exec_driver_sql(f"DROP INDEX {ACTOR_INDEX}")
    conn.exec_driver_sql(f"CREATE INDEX {ACTOR_INDEX} ON crosscheck_groups (kind, actor)")
    conn.exec_driver_sql(f"CREATE INDEX {REFS_INDEX} ON crosscheck_refs (article)")
    conn.exec_driver_sql("DROP INDEX ix_crosscheck_clash_texts_hash")
    conn.exec_driver_sql("ALTER TABLE crosscheck_clash_texts DROP COLUMN hash")
    conn.exec_driver_sql(f"CREATE INDEX {TEXTS_INDEX} ON crosscheck_clash_texts (key)")
    conn.exec_driver_sql("CREATE INDEX ix_crosscheck_sides_ref_id ON crosscheck_sides (ref_id)")
    spanned_refs(conn)


def spanned_refs(conn: Connection) -> None:
    """Every cross-check reference given its span, its item's where it is NULL (as
    schema steps before 22 stored them)."""
    for layer in SPANNED:
        for end in ("span_start", "span_end"):
            conn.exec_driver_sql(
                f"UPDATE crosscheck_refs SET {end} = (SELECT i.{end} FROM {layer} i "
                "WHERE i.article = crosscheck_refs.article "
                f"AND i.ordinal = crosscheck_refs.ordinal) WHERE {end} IS NULL AND layer_id IN "
                f"(SELECT id FROM crosscheck_names WHERE text = '{layer}')")


def stored_clash_pairs(conn: Connection) -> set[tuple[int, int, int]]:
    """The pairwise clashes the clash sets stand for, in either shape."""
    b_side: dict[int, list[int]] = defaultdict(list)
    packed = "b" in {c["name"] for c in inspect(conn).get_columns("crosscheck_clash_sets")}
    texts = {}
    for row in conn.execute(text(f"SELECT id, text_id{', b' if packed else ''} "
                                 "FROM crosscheck_clash_sets")):
        texts[row.id] = row.text_id
        if packed:
            b_side[row.id] = _unpacked(row.b)
    if not packed:
        for set_id, ref in conn.execute(select(LEGACY_CLASH_B.c.set_id, LEGACY_CLASH_B.c.ref_id)):
            b_side[set_id].append(ref)
    a_side: dict[int, list[int]] = defaultdict(list)
    for set_id, ref in conn.execute(text("SELECT set_id, ref_id FROM crosscheck_clash_a")):
        a_side[set_id].append(ref)
    return clash_pairs((t, tuple(a_side[i]), tuple(b_side[i])) for i, t in texts.items())
