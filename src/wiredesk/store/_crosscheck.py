"""Cross-checking's tables and the functions that write and read its records.

A cross-check is rewritten whole in one transaction: which articles are done, the
pairwise links, the clusters with their sources, the contradictions with both sides.
Item references are kept as JSON (they point at rows of the layer tables by
article id, layer and ordinal), with the article ids in columns for lookups.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Connection,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)

from wiredesk.records import Contradiction, Corroboration, CrossCheck, ItemRef, Link
from wiredesk.store.schema import ARTICLE_ID, articles, metadata

if TYPE_CHECKING:
    from wiredesk.store import Store

crosscheck_articles = Table(
    "crosscheck_articles",
    metadata,
    Column("article_id", ARTICLE_ID, ForeignKey(articles.c.id), primary_key=True),
)

crosscheck_links = Table(
    "crosscheck_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("a_article_id", ARTICLE_ID, ForeignKey(articles.c.id), nullable=False),
    Column("b_article_id", ARTICLE_ID, ForeignKey(articles.c.id), nullable=False),
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
    Column("score", Double, nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("explanation", Text, nullable=False),
    Index(None, "a_article_id"),
    Index(None, "b_article_id"),
)

crosscheck_corroborations = Table(
    "crosscheck_corroborations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("sources", Text, nullable=False),  # JSON list
    Column("items", Text, nullable=False),  # JSON list of item references
    Column("extractor", String(64), nullable=False),
    Column("explanation", Text, nullable=False),
    Index(None, "n_sources"),
)

crosscheck_contradictions = Table(
    "crosscheck_contradictions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("a_article_id", ARTICLE_ID, ForeignKey(articles.c.id), nullable=False),
    Column("b_article_id", ARTICLE_ID, ForeignKey(articles.c.id), nullable=False),
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("explanation", Text, nullable=False),
    Index(None, "a_article_id"),
    Index(None, "b_article_id"),
)


def _ref_json(ref: ItemRef) -> str:
    plain: dict[str, Any] = {name: getattr(ref, name) for name in ItemRef.__slots__}
    plain["span"], plain["chain"] = list(ref.span), list(ref.chain)
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


def _ref(text: str) -> ItemRef:
    return _ref_of(json.loads(text))


def _ref_of(data: dict[str, Any]) -> ItemRef:
    data["span"] = tuple(data["span"])
    data["chain"] = tuple(data.get("chain", ()))
    return ItemRef(**data)


def _side_json(refs: tuple[ItemRef, ...]) -> str:
    """One side of a contradiction: its report, or the list of all its reports."""
    if len(refs) == 1:
        return _ref_json(refs[0])
    return "[" + ", ".join(_ref_json(r) for r in refs) + "]"


def _side(text: str) -> tuple[ItemRef, ...]:
    data = json.loads(text)
    return tuple(_ref_of(d) for d in data) if isinstance(data, list) else (_ref_of(data),)


def _contradiction(row: Any) -> Contradiction:
    a, b = _side(row.a), _side(row.b)
    return Contradiction(row.kind, row.key, a[0], b[0], row.detail, row.extractor,
                         row.explanation, a if len(a) > 1 else (), b if len(b) > 1 else ())


def forget_crosscheck(conn: Connection) -> None:
    """Delete the stored cross-check (inside the caller's transaction)."""
    for table in (crosscheck_links, crosscheck_corroborations, crosscheck_contradictions,
                  crosscheck_articles):
        conn.execute(delete(table))


def write_crosscheck(conn: Connection, result: CrossCheck) -> None:
    """Replace the stored cross-check with `result` (inside the caller's transaction)."""
    forget_crosscheck(conn)
    if result.articles:
        conn.execute(insert(crosscheck_articles), [{"article_id": a} for a in result.articles])
    if result.links:
        conn.execute(insert(crosscheck_links), [
            {"kind": x.kind, "a_article_id": x.a.article_id, "b_article_id": x.b.article_id,
             "a": _ref_json(x.a), "b": _ref_json(x.b), "score": x.score,
             "extractor": x.extractor, "explanation": x.explanation} for x in result.links])
    if result.corroborations:
        conn.execute(insert(crosscheck_corroborations), [
            {"kind": c.kind, "key": c.key, "n_sources": c.n_sources,
             "sources": json.dumps(list(c.sources), ensure_ascii=False),
             "items": json.dumps([json.loads(_ref_json(i)) for i in c.items],
                                 ensure_ascii=False),
             "extractor": c.extractor, "explanation": c.explanation}
            for c in result.corroborations])
    if result.contradictions:
        conn.execute(insert(crosscheck_contradictions), [
            {"kind": x.kind, "key": x.key, "a_article_id": x.a.article_id,
             "b_article_id": x.b.article_id, "a": _side_json(x.sides[0]),
             "b": _side_json(x.sides[1]),
             "detail": x.detail, "extractor": x.extractor, "explanation": x.explanation}
            for x in result.contradictions])


def read_crosscheck(conn: Connection) -> CrossCheck:
    """The stored cross-check, in the order it was written (empty when never run)."""
    done = tuple(conn.scalars(select(crosscheck_articles.c.article_id).order_by(
        crosscheck_articles.c.article_id)))
    links = tuple(
        Link(r.kind, _ref(r.a), _ref(r.b), r.score, r.extractor, r.explanation)
        for r in conn.execute(select(crosscheck_links).order_by(crosscheck_links.c.id)))
    groups = tuple(
        Corroboration(r.kind, r.key, tuple(_ref_of(i) for i in json.loads(r.items)),
                      tuple(json.loads(r.sources)), r.extractor, r.explanation)
        for r in conn.execute(select(crosscheck_corroborations).order_by(
            crosscheck_corroborations.c.id)))
    clashes = tuple(
        _contradiction(r) for r in conn.execute(select(crosscheck_contradictions).order_by(
            crosscheck_contradictions.c.id)))
    return CrossCheck(done, links, groups, clashes)


def load_crosscheck(store: Store) -> CrossCheck:
    """The store's cross-check as last saved."""
    with store._reading() as conn:
        return read_crosscheck(conn)


def update_crosscheck(store: Store, full: bool = False) -> tuple[CrossCheck, int]:
    """Cross-check the articles not yet checked against the rest and save the result.

    Args:
        store: an open store.
        full: check every article again from scratch (after the rules or records changed).

    Returns:
        The whole cross-check and how many articles were (re)checked.
    """
    from wiredesk.crosscheck import crosscheck

    previous = CrossCheck() if full else load_crosscheck(store)
    docs = list(store.documents())
    result = crosscheck(docs, previous if previous.articles else None)
    with store._writing() as conn:
        write_crosscheck(conn, result)
    return result, len(set(result.articles) - set(previous.articles))
