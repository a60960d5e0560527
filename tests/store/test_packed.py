"""Schema step 20: a group's members, a clash set's side b and a contradiction's sides
packed on their rows, only actor groups indexed by name, references not indexed by
article, clash wordings found by hash; a store of the older shape is brought to it with
every cross-check result, read whole, by period, by story or by article, as it was, and
goes on checking as before."""

from __future__ import annotations

from typing import Any

from older_shapes import PACKED_COLUMNS, everything, stored_clash_pairs, unpack_crosscheck
from sqlalchemy import create_engine, inspect

from wiredesk.store import Store
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.store._packed import ACTOR_INDEX, REFS_INDEX, TEXTS_INDEX
from wiredesk.store.schema import schema_version

ROW_TABLES = ("crosscheck_members", "crosscheck_clash_b", "crosscheck_sides")


def _shape(db_url: str) -> dict[str, Any]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = inspect(conn)
        shape = {
            "version": migrations.current_version(conn),
            "row_tables": [t for t in ROW_TABLES if found.has_table(t)],
            "packed": [(t, c) for t, c in PACKED_COLUMNS
                       if c in {col["name"] for col in found.get_columns(t)}],
            "ref_indexes": [ix["name"] for ix in found.get_indexes("crosscheck_refs")],
            "actor_index": [{k: str(v) for k, v in ix.get("dialect_options", {}).items()}
                            for ix in found.get_indexes("crosscheck_groups")
                            if ix["name"] == ACTOR_INDEX],
            "clashes": stored_clash_pairs(conn),
            "text_indexes": sorted(ix["name"] for ix in found.get_indexes(
                "crosscheck_clash_texts")),
        }
    engine.dispose()
    return shape


def _make_older(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        unpack_crosscheck(conn)
        conn.execute(schema_version.delete().where(schema_version.c.version > 19))
    engine.dispose()


def test_store_packed_rows_keep_every_result(checked: str) -> None:
    before = everything(checked)
    whole = before[0]
    assert any(len(c.items) > 2 for c in whole.corroborations)
    assert any(len(c.sides[0]) + len(c.sides[1]) > 2 for c in whole.contradictions)
    assert before[1].corroborations and before[4] and before[5] and before[6]
    new = _shape(checked)
    assert new["row_tables"] == [] and new["packed"] == list(PACKED_COLUMNS)
    assert new["ref_indexes"] == [] and new["clashes"]
    assert [any("actor IS NOT NULL" in v for v in where.values())
            for where in new["actor_index"]] == [True]  # only actor groups are indexed
    assert new["text_indexes"] == ["ix_crosscheck_clash_texts_hash"]
    _make_older(checked)
    older = _shape(checked)
    assert older["version"] == 19 and older["row_tables"] == list(ROW_TABLES)
    assert older["packed"] == [] and older["ref_indexes"] == [REFS_INDEX]
    assert older["clashes"] == new["clashes"]
    assert [any("IS NOT NULL" in v for v in where.values())
            for where in older["actor_index"]] == [False]
    assert older["text_indexes"] == [TEXTS_INDEX]
    with Store.open(checked):
        pass  # upgrades
    after = _shape(checked)
    assert after == {**new, "version": migrations.LATEST}
    assert everything(checked) == before
    with Store.open(checked) as store:  # and goes on: checked again, the same results
        assert update_crosscheck(store, full=True) == len(whole.articles)
    again = everything(checked)  # (PostgreSQL numbers the groups on from the last)
    assert again[:3] == before[:3]
    assert [c for _, c in again[3]] == [c for _, c in before[3]]
