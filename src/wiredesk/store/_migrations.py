"""Numbered schema steps; opening an older store runs the steps it has not had.

Opening first creates any table of `schema.metadata` that is missing (new stores, and
tables other modules added later), then runs each step above the stored version. Steps
are idempotent so they are safe on a store whose tables were just created whole. The
steps that make views or read records bring the item tables to their latest shape first
(`_typed.typed`, which makes the views too), as the code reads that shape.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from wiredesk.errors import StoreError
from wiredesk.store import (
    _backfill,
    _coded,
    _compact,
    _crosscheck,
    _dense,
    _instants,
    _lean,
    _members,
    _packed,
    _reshape,
    _search,
    _slim,
    _spanless,
    _typed,
)
from wiredesk.store.schema import metadata, schema_version


def _tables(conn: Connection) -> None:
    """Version 1: the normalised tables (made by `metadata.create_all`)."""


STEPS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "normalised tables", _tables),
    (2, "full-text search over article text", _search.create_index),
    (3, "compact, incremental cross-check tables", _crosscheck.reset_tables),
    (4, "full-text index in the form datasette and sqlite-utils detect",
     _search.recreate_index),
    (5, "canonical actors, PLOVER codes, event places and fatalities", _backfill.derive),
    (6, "views joining claims, events and figures to source, date, speaker and place",
     _typed.typed),
    (7, "what each figure counts: its clause, harm, outcome and part", _backfill.count_figures),
    (8, "actor groups counted by source, contradictions told batch by batch",
     _crosscheck.reset_tables),
    (9, "item text kept once, in the article; explanations stored once; unused indexes "
     "dropped", _compact.compact_items),
    (10, "views skip places written as demonyms", _typed.typed),
    (11, "item tables but attributions without rowid (SQLite), clashes as clash sets, "
     "cross-check references indexed by article, full-text index on an expression "
     "(PostgreSQL)", _reshape.reshape),
    (12, "extractor names stored once, cross-checked articles keyed by articles.seq, "
     "the words cross-check references repeat stored once, full-text index without word "
     "positions (SQLite)", _slim.slim),
    (13, "typed columns for the fields figures and events held in extra, item rows keyed by "
     "articles.seq, input file and extraction run stored once (provenances)", _typed.typed),
    (14, "blocking keys stored one row a key, with its articles packed", _crosscheck.pack_keys),
    (15, "speaker and cue words NULL where they are the article's text, attributions "
     "without rowid (SQLite), indexes no query uses dropped", _lean.lean),
    (16, "what rows of a story many outlets tell repeat stored once: a place's gazetteer "
     "entry, an actor's reporting chains and outlets; urls indexed by hash", _dense.dense),
    (17, "an attribution's kind and status and an event's mode and status stored as small "
     "codes, explanations found by hash, speakers indexed only where the registry names "
     "them", _coded.coded),
    (18, "a reference's cluster noted on the reference, members no longer indexed by "
     "reference", _members.clusters_on_refs),
    (19, "what the cross-check read off the text, on the records: an attribution's second "
     "side, untrue judgment, whom it cites or a presenter quotes, who holds its speaker's "
     "role, a place's area word, modifier and dateline",
     _backfill.read_around_items),
    (20, "a group's members, a clash set's side b and a contradiction's sides packed on "
     "their rows, only actor groups indexed by name, references not indexed by article, "
     "clash wordings found by hash",
     _packed.packed),
    (21, "what the cross-check read off the text about sources, on the records: the names a "
     "story credits as its own (an article's dateline brackets and sign-off), the office an "
     "attribution's speaker or the person it credits is described by, the ministries named "
     "before a bare \"the ministry\"", _backfill.describe_sources),
    (22, "where each stored article's sentences start, which the cross-check read off the "
     "text", _backfill.split_sentences),
    (23, "a cross-check reference's span NULL when it is its item's", _spanless.spanless),
    (24, "what a story's outlets repeat kept once in more layers: a time's value with its "
     "resolution, a figure's category, qualifier, unit, harm and outcome with its authority, "
     "how a place's name was written (a direction, a demonym, an area word...) with its "
     "gazetteer entry", _dense.widen),
    (25, "when an article was stored kept as seconds since 1970", _instants.instants),
]
LATEST = STEPS[-1][0]


def current_version(conn: Connection) -> int:
    """The store's schema version; 0 for an empty database."""
    if not inspect(conn).has_table(schema_version.name):
        return 0
    found = conn.scalar(select(schema_version.c.version).order_by(
        schema_version.c.version.desc()).limit(1))
    return found or 0


def upgrade(conn: Connection) -> int:
    """Bring the store to the latest version inside the caller's transaction."""
    version = current_version(conn)
    if version > LATEST:
        raise StoreError(
            f"the store has schema version {version}, newer than this wiredesk knows "
            f"({LATEST}); upgrade wiredesk"
        )
    try:
        metadata.create_all(conn, checkfirst=True)
        for number, description, step in STEPS:
            if number > version:
                step(conn)
                conn.execute(insert(schema_version).values(
                    version=number, description=description,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot create or upgrade the store's tables: {exc}") from exc
    return LATEST
