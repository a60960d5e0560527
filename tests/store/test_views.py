"""Views, canonical actors and the generated schema document, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from wiredesk.store import Store
from wiredesk.store.describe import markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "store.md"
TEXT = (
    "KHERSON, March 4 (Example Wire) - Russian shells hit the central market in Kherson on "
    "Wednesday, killing seven people, the regional governor said.\n"
    "Russia's Defence Ministry said its forces had struck a Ukrainian depot in Kherson.\n"
)


def test_store_views_join_source_date_speaker_and_place(store: Store, extract) -> None:
    store.put(extract(TEXT, published="2026-03-04T14:10:00+02:00", source="Example Wire"))
    with store.engine.connect() as conn:
        claims = conn.execute(text(
            "SELECT * FROM claims_view ORDER BY ordinal")).mappings().all()
        events = conn.execute(text(
            "SELECT * FROM events_view WHERE plover_code = 'ASSAULT'")).mappings().all()
        figures = conn.execute(text("SELECT * FROM figures_view")).mappings().all()
    assert {r["published_date"] for r in claims} == {"2026-03-04"}
    assert {r["source"] for r in claims + events + figures} == {"Example Wire"}
    ministry = [r for r in claims if r["speaker_id"] == "russian-defence-ministry"]
    assert ministry and ministry[0]["speaker_canonical"] == "Russian Defence Ministry"
    assert ministry[0]["place"] == "Kherson" and ministry[0]["lat"] > 46
    market = [r for r in events if r["place"] == "Kherson" and r["fatalities"] == 7]
    assert market and market[0]["admin1"] and market[0]["date_iso"] == "2026-03-04"
    assert [r["value"] for r in figures if r["category"] == "killed"] == [7]


def test_store_speaker_reaches_the_canonical_actor(sample_db: Path) -> None:
    with Store.open(sample_db, create=False) as store:
        by_short = store.claims(speaker="Defence Ministry")
        by_name = store.claims(speaker="Russian Defence Ministry")
        by_alias = store.claims(speaker="Russia's Defense Ministry")
        unknown = store.claims(speaker="Viktor Hnatenko")
    assert by_name == by_alias
    assert {r["speaker_canonical"] for r in by_name} == {"Russian Defence Ministry"}
    # a short form two actors share reaches either, each row saying which: in the sample
    # every defence ministry that speaks is Russia's (TASS's "the Defense Ministry" too)
    assert {r["speaker_canonical"] for r in by_short} == {"Russian Defence Ministry"}
    assert all(r in by_short for r in by_name)
    assert {r["source"] for r in by_name} >= {"TASS", "Meridian Press"}
    assert unknown and {r["speaker"] for r in unknown} == {"Viktor Hnatenko"}


def test_store_docs_are_generated_from_the_models() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "docs/store.md is stale: run python scripts/build_store_docs.py")
    for name in ("claims_view", "events_view", "figures_view", "canonical_id", "plover_code"):
        assert name in DOCS.read_text(encoding="utf-8")


def test_store_upgrade_adds_and_fills_the_derived_columns(db_url: str, extract) -> None:
    """A store of schema version 4 (no derived columns, no views) opened today."""
    doc = extract(TEXT, published="2026-03-04", source="Example Wire")
    with Store.open(db_url) as store:
        store.put(doc)
        expected = store.events()
        with store.engine.begin() as conn:
            dropped = ["events.plover_code", "events.plover_mode", "events.place_ordinal",
                       "events.fatalities"]
            if conn.dialect.name == "postgresql":  # SQLite cannot drop keyed columns
                dropped += ["events.actor_id", "events.target_id", "attributions.canonical_id"]
            for view in ("claims_view", "events_view", "figures_view"):
                conn.execute(text(f"DROP VIEW {view}"))
            for column in dropped:
                table, name = column.split(".")
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {name}"))
            conn.execute(text("DELETE FROM schema_version WHERE version > 4"))
    with Store.open(db_url, create=False) as store:
        assert store.events() == expected
        assert any(e["fatalities"] == 7 and e["plover_code"] == "ASSAULT" for e in expected)
        assert store.claims(speaker="Russian Defence Ministry")


def test_store_views_read_the_reporting_chain_as_json(store: Store, extract) -> None:
    store.put(extract("Kyiv Independent reported, citing the regional governor, that shelling "
                      "hit Kherson on Monday.", published="2026-03-04"))
    with store.engine.connect() as conn:
        chains = conn.execute(text("SELECT via FROM claims_view")).scalars().all()
    assert chains
    for chain in chains:
        assert isinstance(chain, list) if store.engine.dialect.name == "postgresql" \
            else isinstance(json.loads(chain), list)
