"""The Parquet tables a Spark run writes: the store's own tables, row for row.

Each table has the columns of the store table it mirrors (`wiredesk.store.schema`), with
the store's row conversion (`wiredesk.store._rows`) doing the work both ways. Where the
store keeps a surrogate id, the tables keep what it stands for, so runs on many machines
need no shared counter: an article names its `source`, an item its `article_id`, an
attribution its speaker's `actor_name` and `actor_type`. Every per-article table carries
`published_date` (the partition) and articles carry `order`, where the input stood, so
`load` stores articles in the order `ingest` would have read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from wiredesk.ingest import Problem
from wiredesk.records import Article, Document
from wiredesk.store._read import _item
from wiredesk.store._rows import Row, actor_key, article_from_row, article_row, item_row
from wiredesk.store.crosscheck_rows import ROW_COLUMNS
from wiredesk.store.schema import (
    ENTRIES,
    LAYER_TABLES,
    check_figures,
    provenances,
)
from wiredesk.store.schema import articles as articles_table

Columns = tuple[tuple[str, type], ...]

UNKNOWN_DATE = "unknown"  # the partition of articles with no publication date
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ARTICLE_OWN = ("id", "text", "title", "url", "author", "published", "input_path", "locator",
                "kind", "extra")


def _store_columns(table: Any, names: Iterable[str], *more: Any) -> Columns:
    """The types of columns `names` of `table`, or of the first of `more` holding one."""
    return tuple((name, next(t.c[name] for t in (table, *more) if name in t.c
                             ).type.python_type) for name in names)


def _keyed(columns: Columns) -> Columns:
    """An item table's columns with the article named by its id (`article_id`), not by the
    store's `articles.seq`."""
    return tuple(("article_id", str) if name == "article" else (name, kind)
                 for name, kind in columns)


def _layer_columns(layer: str) -> Columns:
    """An item table's columns, with what the store keeps once by id (an explanation, an
    extractor, a speaker, a place's gazetteer entry) as its values."""
    table = LAYER_TABLES[layer]
    key, entries, names = ENTRIES.get(layer, ("", None, ()))
    own = _keyed(_store_columns(table, [c.name for c in table.columns
                                        if c.name not in ("actor_id", "explanation_id",
                                                          "extractor_id", key)]))
    if entries is not None:
        own += _store_columns(entries, names)
    speaker = (("actor_name", str), ("actor_type", str)) if layer == "attributions" else ()
    return (*own, ("explanation", str), ("extractor", str), *speaker, ("published_date", str))


COLUMNS: dict[str, Columns] = {
    "articles": (*_store_columns(articles_table, _ARTICLE_OWN, provenances),
                 ("source", str), ("order", str), ("published_date", str)),
    **{layer: _layer_columns(layer) for layer in LAYER_TABLES},
    "check_figures": (*_keyed(_store_columns(check_figures,
                                              [c.name for c in check_figures.columns])),
                      ("published_date", str)),
    "actors": (("name", str), ("type", str)),
    "errors": (("path", str), ("offset", str), ("message", str), ("skipped", bool)),
}
CROSSCHECK_COLUMNS: dict[str, Columns] = ROW_COLUMNS
DATED = tuple(name for name, cols in COLUMNS.items() if cols[-1][0] == "published_date")


def published_date(published: str | None) -> str:
    """The partition an article goes in: its publication day, else `UNKNOWN_DATE`."""
    if published and _DAY.match(published):
        return published[:10]
    return UNKNOWN_DATE


def _values(table: str, row: Row) -> tuple[Any, ...]:
    """`row` in the table's column order, numbers as the column's type (Parquet is strict)."""
    out = []
    for name, kind in COLUMNS[table]:
        value = row.get(name)
        if value is not None and kind in (int, float) and not isinstance(value, bool):
            value = kind(value)
        out.append(value)
    return tuple(out)


def document_rows(doc: Document, order: str) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) for every row the store would write for `doc` (actors: once a speaker)."""
    article = doc.article
    day = published_date(article.published)
    head = article_row(article)
    head.update(source=article.source, order=order, published_date=day)
    yield "articles", _values("articles", head)
    for layer in LAYER_TABLES:
        for ordinal, item in enumerate(getattr(doc, layer)):
            row = item_row(article.id, ordinal, item)
            row["published_date"] = day
            if layer == "attributions" and (key := actor_key(item.speaker)) is not None:
                row["actor_name"], row["actor_type"] = key
                yield "actors", key
            yield layer, _values(layer, row)
    for c, check in enumerate(doc.checks):
        for p, f in enumerate(check.figures):
            yield "check_figures", (article.id, c, p, f, day)


def error_row(problem: Problem, path: str) -> tuple[Any, ...]:
    """A reading or extraction failure: the file, the place inside it and what is wrong."""
    offset = problem.where[len(path):].removeprefix(": ") or None \
        if problem.where.startswith(path) else problem.where
    return path, offset, problem.message, problem.skipped


def extraction_error(article: Article, exc: Exception) -> tuple[Any, ...]:
    origin = article.origin
    message = f"extraction failed ({type(exc).__name__}: {exc}); the rest of the run went on"
    return origin.path or article.id, origin.locator, message, False


def build_document(head: Row, layers: Mapping[str, list[Row]],
                   links: list[Row]) -> Document:
    """One `Document` back from its rows, by the store's own row conversion."""
    by_check: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for link in links:
        key = (link["article_id"], link["check_ordinal"])
        by_check.setdefault(key, []).append((link["position"], link["figure_ordinal"]))
    built = {
        layer: tuple(_item(layer, row, by_check)
                     for row in sorted(layers.get(layer, ()), key=lambda r: r["ordinal"]))
        for layer in LAYER_TABLES
    }
    return Document(article_from_row(head, head["source"]), **built)
