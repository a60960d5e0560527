"""wiredesk: turn conflict news into facts people can check.

    >>> from wiredesk import extract
    >>> doc = extract("Kyiv said on Tuesday ...", published="2025-08-12")
    >>> doc.to_json()
"""

from __future__ import annotations

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
    "StoreError",
    "TimeExpr",
    "WiredeskError",
    "__version__",
    "extract",
    "extract_articles",
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
