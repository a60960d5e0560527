"""Web pages: the main text and metadata trafilatura finds (offline, never fetching).

A live blog (see `_liveblog`) becomes one article an entry; any other page is one article
with the locator "page".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO

import trafilatura
import trafilatura.settings
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from wiredesk.ingest._dates import drop_footers, iso_date, text_date
from wiredesk.ingest._liveblog import Entry, take_entries
from wiredesk.ingest._markup import MIN_WORDS
from wiredesk.ingest._problem import Problem
from wiredesk.ingest.files import decode_page, read_limited
from wiredesk.records import Article, Origin

LEAD_MIN_WORDS = 20  # a live blog's own text that is more than its headline and byline
PAGE = "page"  # the locator of a whole page read from a file
# the date the page states in its metadata or markup; the text is searched only when these
# say nothing (`text_date`), and never for a copyright year
_DATES = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in one page.

    `text` is the whole page as one text (a live blog's entries each opened by their time,
    "3 March 2026, 10:42 GMT - ..."); `entries` are a live blog's entries and `lead` its
    text outside them.
    """

    text: str
    title: str | None
    published: str | None
    source: str | None
    author: str | None
    url: str | None
    entries: tuple[Entry, ...] = ()
    lead: str = ""


def _trafilatura(tree: Any, url: str | None) -> trafilatura.settings.Document | None:
    try:
        found = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATES,
        )
    except (ValueError, TypeError, AttributeError):
        return None  # lxml or trafilatura choked on markup that is not a page
    return found if isinstance(found, trafilatura.settings.Document) else None


def extract_page(markup: str | bytes, url: str | None = None) -> Page | None:
    """The page's main text and metadata, or None when it holds no extractable text.

    Bytes are decoded by trafilatura (charset from the page); `url` is only a hint.
    """
    tree = load_html(markup)
    if tree is None:
        return None
    drop_footers(tree)
    entries = take_entries(tree)
    found = _trafilatura(tree, url)
    lead = (found.text or "").strip() if found is not None else ""
    if not entries and len(lead.split()) < MIN_WORDS:
        return None
    meta = found if found is not None else extract_metadata(tree, url, _DATES)
    text = "\n\n".join([lead] * bool(lead) + [f"{e.heading} - {e.text}" for e in entries])
    return Page(
        text=text,
        title=meta.title or None,
        published=iso_date(meta.date) or text_date(tree),
        source=meta.sitename or None,
        author=meta.author or None,
        url=meta.url or url,
        entries=entries,
        lead=lead,
    )


def _entry_locator(origin: Origin, number: int, entry: Entry) -> str:
    where = f"entry {number} (#{entry.anchor})" if entry.anchor else f"entry {number}"
    return where if origin.locator in (None, PAGE) else f"{origin.locator}, {where}"


def page_articles(page: Page, origin: Origin) -> Iterator[Article]:
    """The page as one article, or a live blog as its summary (if any) and one an entry."""
    whole = Article(
        text=page.text,
        published=page.published,
        title=page.title,
        source=page.source,
        url=page.url,
        author=page.author,
        origin=origin,
    )
    if not page.entries:
        yield whole
        return
    if len(page.lead.split()) >= LEAD_MIN_WORDS:
        yield replace(whole, text=page.lead)
    for number, entry in enumerate(page.entries, start=1):
        locator = _entry_locator(origin, number, entry)
        yield replace(
            whole,
            text=entry.text,
            published=entry.published,
            origin=replace(origin, locator=locator),
        )


def read_html_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """The articles of an HTML file, or a Problem when the page has no main text."""
    text, encoding = decode_page(read_limited(stream, name), name)
    page = extract_page(text)
    if page is None:
        yield Problem(name, "no main text found in this HTML page (empty, broken or only markup)")
        return
    for article in page_articles(page, Origin(path=name, locator=PAGE, kind="html")):
        yield replace(article, encoding=encoding)
