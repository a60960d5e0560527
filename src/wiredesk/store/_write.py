"""Writing one `Document`: every row of one article in one transaction."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, exists, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from wiredesk.extract.actors import Actor
from wiredesk.records import Document
from wiredesk.store import _model
from wiredesk.store._crosscheck import forget_crosscheck
from wiredesk.store._crosscheck.tables import key_hash
from wiredesk.store._derived import actor_id, actor_row, derived
from wiredesk.store._rows import (
    SPANNED_WORDS,
    actor_key,
    article_row,
    failure_row,
    item_row,
)
from wiredesk.store.schema import (
    ENTRIES,
    LAYER_TABLES,
    actors,
    articles,
    canonical_actors,
    check_figures,
    explanations,
    extractors,
    provenances,
    sources,
    stage_failures,
)

IdCache = dict[tuple[str, tuple[Any, ...]], int]


class Ids:
    """Ids of source and actor rows: those known committed, and those this transaction adds.

    Looking up every speaker costs two statements; most speakers recur, so ids are kept.
    New ids join `known` only after their transaction commits (`Store.put` does that).
    """

    def __init__(self, conn: Connection, known: IdCache) -> None:
        self.conn = conn
        self.known = known
        self.new: IdCache = {}

    def get(self, table: Table, **key: Any) -> int:
        cache_key = (table.name, tuple(key.values()))
        found = self.known.get(cache_key) or self.new.get(cache_key)
        if found is None:
            found = self.new[cache_key] = _get_or_create(self.conn, table, **key)
        return found


def _get_or_create(conn: Connection, table: Table, **key: Any) -> int:
    """The id of the row with these values, inserting it if needed (safe under races)."""
    conn.execute(_dialect_insert(conn, table).values(**key).on_conflict_do_nothing())
    where = [table.c[name] == value for name, value in key.items()]
    return int(conn.execute(select(table.c.id).where(*where)).scalar_one())


def _dialect_insert(conn: Connection, table: Table) -> Any:
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    return dialect_insert(table)


def put_canonical_actors(conn: Connection, named: list[Actor], ids: Ids | None = None) -> None:
    """Add the registry actors rows point at, once each (safe under races); `ids` skips
    those known stored."""
    rows = {actor_id(a): actor_row(a) for a in named}
    seen = {**ids.known, **ids.new} if ids else {}
    new = [row for key, row in rows.items() if ("canonical_actors", (key,)) not in seen]
    if new:
        conn.execute(_dialect_insert(conn, canonical_actors).on_conflict_do_nothing(), new)
        if ids:
            ids.new.update({("canonical_actors", (row["id"],)): 0 for row in new})


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows with one executemany (one cached statement, batched by the driver)."""
    if rows:
        conn.execute(insert(table), rows)


def existing(conn: Connection, article_id: str) -> bool:
    found = conn.scalar(select(articles.c.seq).where(articles.c.id == article_id))
    return found is not None


def whole(conn: Connection, article_id: str) -> bool:
    """Whether this content is stored with every stage's layer (no stage failed on it)."""
    failed = exists().where(stage_failures.c.article == articles.c.seq)
    found = conn.scalar(select(articles.c.seq).where(articles.c.id == article_id, ~failed))
    return found is not None


def known_or_previous(
    conn: Connection, article_id: str, url: str | None
) -> tuple[bool, str | None]:
    """(whether this content is stored, else the id of the newest stored text of `url`).

    One query: the article's own row sorts first; otherwise the url's latest version.
    """
    match = articles.c.id == article_id
    where = or_(match, and_(articles.c.url_hash == url_hash(url), articles.c.url == url)
                ) if url else match
    found = conn.scalar(
        select(articles.c.id).where(where).order_by(match.desc(), articles.c.seq.desc()).limit(1)
    )
    if found == article_id:
        return True, None
    return False, found


def url_hash(url: str) -> int:
    """The `articles.url_hash` of `url` (urls are long: an index of them costs more than
    the text of many articles; one of hashes a tenth)."""
    return int.from_bytes(hashlib.blake2b(url.encode(), digest_size=4).digest(), "big",
                          signed=True)


def _run_columns(ids: Ids, doc: Document, origin: tuple[str | None, str | None]
                 ) -> dict[str, Any]:
    """What this run adds to the article row: its source, when, and what extracted it
    from which input (`origin`: the file and its kind)."""
    model_name, model_version = _model.model()
    source = doc.article.source
    return {
        "source_id": ids.get(sources, name=source) if source else None,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "provenance_id": provenance_id(ids, {
            "input_path": origin[0], "kind": origin[1],
            "wiredesk_version": _model.wiredesk_version(),
            "model_name": model_name, "model_version": model_version}),
    }


def provenance_id(ids: Ids, values: dict[str, Any]) -> int:
    """The `provenances` row of these values."""
    return hashed_id(ids, provenances, values)


def hashed_id(ids: Ids, table: Table, values: dict[str, Any]) -> int:
    """The row of `table` (one with a `hash` column) holding these values, found by their
    hash (NULLs are values too), added when missing."""
    return ids.get(table, hash=row_hash(table, values), **values)


def row_hash(table: Table, values: dict[str, Any]) -> int:
    """The `hash` of a row of `table` (one with a `hash` column) holding these values."""
    return key_hash(json.dumps([values[c.name] for c in table.columns if c.name in values]))


def with_entry(ids: Ids, layer: str, row: dict[str, Any]) -> dict[str, Any]:
    """An item's row with the fields its layer keeps as an entry (`ENTRIES`) as the entry's
    id: NULL when they are all NULL (a place resolved to nothing)."""
    if layer not in ENTRIES:
        return row
    key, table, names = ENTRIES[layer]
    entry = {name: row.pop(name) for name in names}
    row[key] = (hashed_id(ids, table, entry)
                if any(v is not None for v in entry.values()) else None)
    return row


def _compact(row: dict[str, Any], text: str, ids: Ids) -> dict[str, Any]:
    """An item's row as stored: no words where they are the article's `text` at their
    span (its own, an attribution's speaker and cue: read back, the slice is taken again),
    its explanation and extractor by id (they are few)."""
    row["explanation_id"] = hashed_id(ids, explanations, {"text": row.pop("explanation")})
    row["extractor_id"] = ids.get(extractors, name=row.pop("extractor"))
    for words, span in SPANNED_WORDS.items():
        if row.get(words) is not None and (
                text[row[f"{span}_start"]:row[f"{span}_end"]] == row[words]):
            row[words] = None
    return row


def _write_layers(conn: Connection, doc: Document, seq: int, ids: Ids) -> None:
    """Every item row of the article whose `articles.seq` is `seq`."""
    aid = doc.article.id
    more, named = derived(doc)
    put_canonical_actors(conn, named, ids)
    for layer, table in LAYER_TABLES.items():
        rows = []
        for ordinal, item in enumerate(getattr(doc, layer)):
            actor_id = None
            if layer == "attributions" and (key := actor_key(item.speaker)) is not None:
                actor_id = ids.get(actors, name=key[0], type=key[1])
            row = with_entry(ids, layer, _compact(item_row(aid, ordinal, item, actor_id),
                                                  doc.article.text, ids))
            rows.append(_keyed(row, seq))
            if layer in more:
                rows[-1].update(more[layer][ordinal])
        _insert_many(conn, table, rows)
    links = [
        {"article": seq, "check_ordinal": c, "position": p, "figure_ordinal": f}
        for c, check in enumerate(doc.checks)
        for p, f in enumerate(check.figures)
    ]
    _insert_many(conn, check_figures, links)
    _insert_many(conn, stage_failures, [_keyed(failure_row(aid, n, f), seq) for n, f in
                                        enumerate(doc.failures)])


def _keyed(row: dict[str, Any], seq: int) -> dict[str, Any]:
    """A row of an article's item as stored: keyed by its `articles.seq`, not its text id."""
    del row["article_id"]
    row["article"] = seq
    return row


def write_document(conn: Connection, doc: Document, previous_id: str | None,
                   known: IdCache) -> IdCache:
    """Insert the article, its source, speakers and every layer's rows.

    Returns the source and actor ids it created, for the caller to keep once committed.
    """
    ids = Ids(conn, known)
    row = article_row(doc.article)
    origin = row.pop("input_path"), row.pop("kind")
    row.update(_run_columns(ids, doc, origin), previous_version_id=previous_id,
               url_hash=url_hash(row["url"]) if row["url"] else None)
    seq = conn.execute(insert(articles).returning(articles.c.seq), row).scalar_one()
    _write_layers(conn, doc, seq, ids)
    return ids.new


def rewrite_layers(conn: Connection, doc: Document, known: IdCache) -> IdCache:
    """Replace the layers of an article stored with failed stages by a new extraction's.

    Its item ordinals change, so the stored cross-check, which points at them, is dropped
    to be made again whole by the next cross-check.
    """
    ids = Ids(conn, known)
    aid = doc.article.id
    seq, path, kind = conn.execute(select(
        articles.c.seq, provenances.c.input_path, provenances.c.kind).join(
        provenances, articles.c.provenance_id == provenances.c.id).where(
        articles.c.id == aid)).one()  # where it was first read from stays
    for table in (check_figures, stage_failures, *reversed(LAYER_TABLES.values())):
        conn.execute(delete(table).where(table.c.article == seq))
    conn.execute(update(articles).where(articles.c.id == aid).values(
        _run_columns(ids, doc, (path, kind))))
    forget_crosscheck(conn)
    _write_layers(conn, doc, seq, ids)
    return ids.new
