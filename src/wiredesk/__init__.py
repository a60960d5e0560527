"""wiredesk: turn conflict news into facts people can check.

    >>> from wiredesk import extract
    >>> doc = extract("Kyiv said on Tuesday ...", published="2025-08-12")
    >>> doc.to_json()

A store, cross-checked and briefed (docs/python.md tells more):

    >>> with wiredesk.Store.open("news.db") as store:
    ...     wiredesk.ingest_paths(["reports/"], store)
    ...     docs = list(store.documents(since="2026-03-01"))
    >>> wiredesk.brief(docs, wiredesk.crosscheck(docs)).to_markdown()
"""

from __future__ import annotations

from wiredesk.brief import brief, verify_briefing
from wiredesk.crosscheck import crosscheck
from wiredesk.errors import ConfigError, EmptyInput, InputError, StoreError, WiredeskError
from wiredesk.extract import DEFAULT_STAGES, extract_articles
from wiredesk.records import (
    Article,
    Attribution,
    Check,
    Document,
    Event,
    Figure,
    Mention,
    Origin,
    Place,
    Speaker,
    StageFailure,
    TimeExpr,
)
from wiredesk.store import Store
from wiredesk.store.ingest import ingest_paths

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_STAGES",
    "Article",
    "Attribution",
    "Check",
    "ConfigError",
    "Document",
    "EmptyInput",
    "Event",
    "Figure",
    "InputError",
    "Mention",
    "Origin",
    "Place",
    "Speaker",
    "StageFailure",
    "Store",
    "StoreError",
    "TimeExpr",
    "WiredeskError",
    "__version__",
    "brief",
    "crosscheck",
    "extract",
    "extract_articles",
    "ingest_paths",
    "verify_briefing",
]


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """Extract every layer from one text; `published` anchors relative dates."""
    article = Article(text=text, published=published, title=title, source=source, url=url)
    return next(extract_articles([article]))
