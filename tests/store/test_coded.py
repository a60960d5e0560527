"""Schema step 17: an attribution's kind and status and an event's mode and status as
small codes, explanations found by hash, speakers indexed only where the registry names
them; a store of the older shape is brought to it with every record, claim, view row and
cross-check result as it was."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, Text, create_engine, text

from wiredesk.store import Store, _rebuild
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.store.schema import (
    ATTRIBUTION_KIND,
    CODED,
    LAYER_TABLES,
    Code,
    metadata,
    schema_version,
)

INDEX = "ix_attributions_canonical_id"


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            views = [conn.execute(text(f"SELECT * FROM {name} ORDER BY article_id, ordinal")
                                  ).all() for name in ("claims_view", "events_view")]
        return (list(store.documents()), load_crosscheck(store), store.claims(),
                store.claims(status="hedged"), views)


def _words(t: str, name: str) -> str:
    code = LAYER_TABLES[t].c[name].type
    assert isinstance(code, Code)
    return " ".join(f"WHEN {n} THEN '{w}'" for n, w in enumerate(code.words))


def _make_older(db_url: str) -> None:
    """The coded columns as words, explanations with their words indexed and no hash,
    every speaker indexed: the shape of version 16."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        for name in ("claims_view", "events_view", "figures_view"):
            conn.exec_driver_sql(f"DROP VIEW {name}")
        if conn.dialect.name == "sqlite":
            older = MetaData()
            for known in metadata.sorted_tables:
                known.to_metadata(older)
            for t, names in CODED.items():
                for name in names:
                    older.tables[t].c[name].type = String(16)
            _rebuild.rebuild(conn, [older.tables[t.name] for t in _rebuild.ITEM_FAMILY])
            for t, names in CODED.items():
                for name in names:
                    conn.exec_driver_sql(f"UPDATE {t} SET {name} = CASE {name} "
                                         f"{_words(t, name)} END")
            kept = conn.exec_driver_sql("SELECT id, text FROM explanations").all()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            conn.exec_driver_sql("DROP TABLE explanations")
            old = Table("explanations", MetaData(), Column("id", Integer, primary_key=True),
                        Column("text", Text, nullable=False, unique=True))
            old.create(conn)
            conn.execute(old.insert(), [{"id": i, "text": w} for i, w in kept])
        else:
            for t, names in CODED.items():
                for name in names:
                    conn.exec_driver_sql(f"ALTER TABLE {t} ALTER COLUMN {name} TYPE "
                                         f"VARCHAR(16) USING (CASE {name} {_words(t, name)} END)")
            conn.exec_driver_sql("ALTER TABLE explanations DROP COLUMN hash")
            conn.exec_driver_sql("ALTER TABLE explanations ADD CONSTRAINT "
                                 "uq_explanations_text UNIQUE (text)")
        conn.exec_driver_sql(f"DROP INDEX {INDEX}")
        conn.exec_driver_sql(f"CREATE INDEX {INDEX} ON attributions (canonical_id)")
        conn.execute(schema_version.delete().where(schema_version.c.version > 16))
    engine.dispose()


def _shape(db_url: str) -> tuple[set[Any], bool, bool]:
    """The stored kinds of claims, whether explanations have a hash, and whether the
    speakers' index leaves out rows naming no registry actor."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        kinds = set(conn.scalars(text("SELECT DISTINCT kind FROM attributions")))
        columns = {r[0] for r in conn.execute(text(
            "SELECT name FROM pragma_table_info('explanations')" if conn.dialect.name == "sqlite"
            else "SELECT column_name FROM information_schema.columns "
                 "WHERE table_name = 'explanations'"))}
        ddl = conn.scalar(text(
            "SELECT sql FROM sqlite_master WHERE name = :n" if conn.dialect.name == "sqlite"
            else "SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": INDEX})
        assert migrations.current_version(conn) in (16, migrations.LATEST)
    engine.dispose()
    return kinds, "hash" in columns, "NOT NULL" in str(ddl).upper()


def test_store_codes_words_of_closed_sets() -> None:
    assert ATTRIBUTION_KIND.process_bind_param("mixed", None) == 2
    assert ATTRIBUTION_KIND.process_result_value(2, None) == "mixed"
    assert ATTRIBUTION_KIND.process_result_value("mixed", None) == "mixed"  # mid-upgrade
    with pytest.raises(ValueError, match="not one of"):
        ATTRIBUTION_KIND.process_bind_param("reported", None)


def test_store_coded_keeps_every_record_and_result(checked: str) -> None:
    kinds, hashed, partial = _shape(checked)
    assert kinds and kinds <= {0, 1, 2} and hashed and partial
    before = _everything(checked)
    assert before[2] and before[3] and before[4][0] and before[4][1]
    assert {c["status"] for c in before[3]} == {"hedged"}
    assert {r.kind for r in before[4][0]} <= {"direct", "indirect", "mixed"}
    _make_older(checked)
    assert _shape(checked) == ({ATTRIBUTION_KIND.words[k] for k in kinds}, False, False)
    with Store.open(checked):
        pass  # upgrades
    assert _shape(checked) == (kinds, True, True)
    assert _everything(checked) == before
