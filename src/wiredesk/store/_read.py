"""Rebuilding `Document` records from rows, a chunk of articles at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Table, func, select

from wiredesk.errors import StoreError
from wiredesk.records import Document
from wiredesk.store._rows import (
    SPANNED_WORDS,
    article_from_row,
    failure_from_row,
    item_from_row,
    speaker_from,
)
from wiredesk.store.schema import (
    ENTRIES,
    LAYER_TABLES,
    actors,
    articles,
    check_figures,
    explanations,
    extractors,
    provenances,
    sources,
    stage_failures,
)

CHUNK = 200  # articles rebuilt per round of queries


def published_between(since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    """Conditions on `articles.published` (ISO text); `until` includes its whole day."""
    conds: list[ColumnElement[bool]] = []
    if since:
        conds.append(articles.c.published >= since)
    if until:
        conds.append(articles.c.published < _after(until))
    return conds


def _after(until: str) -> str:
    try:
        return (date.fromisoformat(until) + timedelta(days=1)).isoformat()
    except ValueError:
        if "T" in until:  # a full timestamp: include it and anything finer within it
            return until + "\uffff"
        raise StoreError(f"bad date {until!r}: write it as YYYY-MM-DD") from None


def article_ids(conn: Connection, since: str | None, until: str | None,
                ids: Sequence[str] | None) -> list[str]:
    query = select(articles.c.id).where(*published_between(since, until)).order_by(
        articles.c.published, articles.c.seq)
    if ids is not None:
        query = query.where(articles.c.id.in_(list(ids)))
    return list(conn.scalars(query))


def documents(engine: Engine, since: str | None, until: str | None,
              ids: Iterable[str] | None) -> Iterator[Document]:
    """The stored documents, oldest published first (or in the order of `ids`)."""
    wanted = list(ids) if ids is not None else None
    with engine.connect() as conn:
        found = article_ids(conn, since, until, wanted)
    if wanted is not None:
        order = {aid: i for i, aid in enumerate(wanted)}
        found.sort(key=order.__getitem__)
    for start in range(0, len(found), CHUNK):
        chunk = found[start : start + CHUNK]
        with engine.connect() as conn:
            built = rebuild(conn, chunk)
        yield from (built[aid] for aid in chunk)


def item_text(table: Table, words: str = "text") -> ColumnElement[str]:
    """An item's words (`words`: a column of `SPANNED_WORDS`): as stored, else the
    article's text at their span (the item's table joined to `articles`)."""
    span = SPANNED_WORDS[words]
    start, end = table.c[f"{span}_start"], table.c[f"{span}_end"]
    return func.coalesce(table.c[words], func.substr(articles.c.text, start + 1, end - start))


def _layer_rows(conn: Connection, layer: str, ids: dict[int, str], texts: dict[str, str]
                ) -> dict[str, list[dict[str, Any]]]:
    """Rows of one layer table for the chunk's articles (`ids`: their text id by seq,
    `texts`: their text), grouped by article, in order, each with its article's id, its
    words, its explanation and its extractor."""
    table = LAYER_TABLES[layer]
    query = select(table, explanations.c.text.label("explanation"),
                   extractors.c.name.label("extractor")).outerjoin(
        explanations, explanations.c.id == table.c.explanation_id).outerjoin(
        extractors, extractors.c.id == table.c.extractor_id)
    if layer == "attributions":
        query = query.add_columns(
            actors.c.name.label("actor_name"), actors.c.type.label("actor_type")
        ).outerjoin(actors, actors.c.id == table.c.actor_id)
    if layer in ENTRIES:
        key, entries, names = ENTRIES[layer]
        query = query.add_columns(*(entries.c[name] for name in names)).outerjoin(
            entries, entries.c.id == table.c[key])
    query = query.where(table.c.article.in_(list(ids)))
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for found in conn.execute(query.order_by(table.c.article, table.c.ordinal)).mappings():
        row = dict(found)
        row["article_id"] = ids[row["article"]]
        for words, span in SPANNED_WORDS.items():
            if row.get(words, "") is None and row[f"{span}_start"] is not None:
                row[words] = texts[row["article_id"]][row[f"{span}_start"]:row[f"{span}_end"]]
        grouped[row["article_id"]].append(row)
    return grouped


def rebuild(conn: Connection, chunk: list[str]) -> dict[str, Document]:
    """The documents with these ids, rebuilt from their rows."""
    heads = list(conn.execute(
        select(articles, sources.c.name.label("source_name"), provenances.c.input_path,
               provenances.c.kind)
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .outerjoin(provenances, provenances.c.id == articles.c.provenance_id)
        .where(articles.c.id.in_(chunk))
    ).mappings())
    built_articles = {row["id"]: article_from_row(dict(row), row["source_name"]) for row in heads}
    ids = {row["seq"]: row["id"] for row in heads}
    texts = {aid: article.text for aid, article in built_articles.items()}
    links: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for row in conn.execute(select(check_figures).where(check_figures.c.article.in_(list(ids)))):
        links[(ids[row.article], row.check_ordinal)].append((row.position, row.figure_ordinal))
    failed: dict[str, list[Any]] = defaultdict(list)
    query = select(stage_failures).where(stage_failures.c.article.in_(list(ids)))
    for fail in conn.execute(query.order_by(stage_failures.c.ordinal)).mappings():
        failed[ids[fail["article"]]].append(failure_from_row(dict(fail)))
    layers: dict[str, dict[str, list[Any]]] = {}
    for layer in LAYER_TABLES:
        grouped = _layer_rows(conn, layer, ids, texts)
        layers[layer] = {
            aid: [_item(layer, row, links) for row in rows] for aid, rows in grouped.items()
        }
    return {
        aid: Document(
            article,
            **{layer: tuple(layers[layer].get(aid, ())) for layer in LAYER_TABLES},
            failures=tuple(failed.get(aid, ())),
        )
        for aid, article in built_articles.items()
    }


def _item(layer: str, row: dict[str, Any],
          links: dict[tuple[str, int], list[tuple[int, int]]]) -> Any:
    if layer == "attributions":
        speaker = speaker_from(row["actor_name"], row["actor_type"], row)
        return item_from_row(layer, row, speaker=speaker)
    if layer == "checks":
        figs = tuple(f for _, f in sorted(links.get((row["article_id"], row["ordinal"]), [])))
        return item_from_row(layer, row, check_figures=figs)
    return item_from_row(layer, row)
