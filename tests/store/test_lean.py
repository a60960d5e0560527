"""Schema step 15: an attribution's speaker and cue words NULL where they are the
article's text at their span, `attributions` without rowid (SQLite), indexes no query
uses dropped; a store of the older shape is brought to it with every record, claim,
view row and cross-check result as it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, create_engine, func, inspect, select, text

from wiredesk.store import Store, _lean, _rebuild
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.store.schema import LAYER_TABLES, articles, metadata, schema_version

ATTRIBUTIONS = LAYER_TABLES["attributions"]


def _everything(db_url: str) -> tuple[Any, ...]:
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            view = conn.execute(text("SELECT * FROM claims_view ORDER BY article_id, ordinal")
                                ).all()
        claims = store.claims()
        mentions = sorted({c["speaker_mention"] for c in claims
                           if c["speaker_mention"] and not c["speaker_id"]})  # found by words
        return (list(store.documents()), load_crosscheck(store), claims,
                [store.claims(speaker=m) for m in mentions], view)


def _words(db_url: str) -> tuple[int, int, int]:
    """Attributions, and those storing their speaker's and their cue's words."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = conn.execute(select(func.count(), func.count(ATTRIBUTIONS.c.mention_text),
                                    func.count(ATTRIBUTIONS.c.cue_text))).one()
    engine.dispose()
    return found[0], found[1], found[2]


def _make_older(db_url: str) -> None:
    """Every speaker's and cue's words stored, the two indexes made, `attributions` with a
    rowid (SQLite), as version 14 kept them."""
    engine = create_engine(db_url)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            older = MetaData()
            for known in metadata.sorted_tables:
                known.to_metadata(older)
            older.tables[ATTRIBUTIONS.name].dialect_options["sqlite"]["with_rowid"] = True
            _rebuild.rebuild(conn, [older.tables[t.name] for t in _rebuild.ITEM_FAMILY])
        for words, span in (("mention_text", "mention"), ("cue_text", "cue")):
            conn.exec_driver_sql(
                f"UPDATE attributions SET {words} = substr((SELECT text FROM "
                f"{articles.name} WHERE seq = attributions.article), {span}_start + 1, "
                f"{span}_end - {span}_start) WHERE {span}_start IS NOT NULL")
        for name, (table, column) in zip(_lean.UNUSED_INDEXES, (
                ("attributions", "actor_id"), ("crosscheck_groups", "n_sources")), strict=True):
            conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({column})")
        conn.execute(schema_version.delete().where(schema_version.c.version > 14))
    engine.dispose()


def _indexes(db_url: str) -> set[str]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = {ix["name"] for t in ("attributions", "crosscheck_groups")
                 for ix in inspect(conn).get_indexes(t)}
        if conn.dialect.name == "sqlite" and _rebuild.has_rowid(conn, "attributions"):
            found.add("rowid")
        assert migrations.current_version(conn) in (14, migrations.LATEST)
    engine.dispose()
    return found


def test_store_lean_keeps_every_record_and_result(checked: str) -> None:
    n, mentions, cues = _words(checked)
    assert n > 50 and cues * 10 < n and mentions * 10 < n  # a new store: nearly all NULL
    before = _everything(checked)
    assert before[2] and before[4] and all(before[3])
    assert any(c["speaker_mention"] and c["cue"] for c in before[2])
    _make_older(checked)
    older = _words(checked)
    assert older[1] > mentions and older[2] == n
    assert set(_lean.UNUSED_INDEXES) <= _indexes(checked)
    assert ("rowid" in _indexes(checked)) == checked.startswith("sqlite")
    assert _everything(checked) == before  # read back from the older shape too
    with Store.open(checked):
        pass  # upgrades
    assert _words(checked) == (n, mentions, cues)
    assert not (set(_lean.UNUSED_INDEXES) | {"rowid"}) & _indexes(checked)
    assert _everything(checked) == before
