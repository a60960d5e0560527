"""Web pages: the main text and metadata trafilatura finds (offline, never fetching)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import trafilatura
import trafilatura.settings

from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem
from wiredesk.ingest.files import decode, read_limited
from wiredesk.records import Article, Origin

MIN_WORDS = 5  # less is a menu or a caption trafilatura fell back to, not an article
# a date the page states in its metadata or byline; no guessing from a copyright year: the
# crawl's own date is a better fallback than that
_DATES = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in one page."""

    text: str
    title: str | None
    published: str | None
    source: str | None
    author: str | None
    url: str | None


def extract_page(markup: str | bytes, url: str | None = None) -> Page | None:
    """The page's main text and metadata, or None when it holds no extractable text.

    Bytes are decoded by trafilatura (charset from the page); `url` is only a hint.
    """
    try:
        found = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATES,
        )
    except (ValueError, TypeError, AttributeError):
        return None  # lxml or trafilatura choked on markup that is not a page
    if not isinstance(found, trafilatura.settings.Document):
        return None
    text = (found.text or "").strip()
    if len(text.split()) < MIN_WORDS:
        return None
    return Page(
        text=text,
        title=found.title or None,
        published=iso_date(found.date),
        source=found.sitename or None,
        author=found.author or None,
        url=found.url or url,
    )


def page_article(page: Page, origin: Origin) -> Article:
    """An article from a page."""
    return Article(
        text=page.text,
        published=page.published,
        title=page.title,
        source=page.source,
        url=page.url,
        author=page.author,
        origin=origin,
    )


def read_html_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """The one article of an HTML file, or a Problem when the page has no main text."""
    page = extract_page(decode(read_limited(stream, name), name))
    if page is None:
        yield Problem(name, "no main text found in this HTML page (empty, broken or only markup)")
    else:
        yield page_article(page, Origin(path=name, locator=None, kind="html"))
