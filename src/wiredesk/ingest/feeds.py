"""RSS and Atom feeds: an article an entry, joined to its full page when it lies beside the feed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import unquote, urlparse

import feedparser

from wiredesk.errors import InputError
from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._markup import fragment_text
from wiredesk.ingest._problem import Problem
from wiredesk.ingest.files import decode, read_bytes, read_limited
from wiredesk.ingest.html import extract_page
from wiredesk.records import Article, Origin

_PAGE_SUFFIXES = ("", ".html", ".htm")


def parse_feed(data: bytes, name: str) -> Any:
    """The parsed feed; raises `InputError` when the bytes hold no feed at all."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception") or "not well-formed XML"
            raise InputError(f"not a feed ({reason}); is it RSS or Atom XML?", name)
        if not parsed.get("version"):
            raise InputError("XML, but neither RSS nor Atom: no feed entries", name)
    return parsed


def entry_page(link: str | None, folder: str) -> str | None:
    """The HTML file beside the feed named after the entry link's last path part, if any.

    https://example.org/news/strike-on-x.html -> strike-on-x.html; .../strike-on-x/ ->
    strike-on-x.html or strike-on-x.htm.
    """
    if not link:
        return None
    slug = unquote(urlparse(link).path.rstrip("/").rsplit("/", 1)[-1])
    if not slug or slug.startswith("."):
        return None
    for suffix in _PAGE_SUFFIXES:
        candidate = os.path.join(folder, slug + suffix)
        if (suffix or slug.lower().endswith((".html", ".htm"))) and os.path.isfile(candidate):
            return candidate
    return None


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content and summary, as plain text."""
    bodies = [c.get("value", "") for c in entry.get("content", ())]
    bodies.append(entry.get("summary", ""))
    return fragment_text(max(bodies, key=len))


def _entry_items(
    entry: Any, number: int, name: str, kind: str, source: str | None, claims: dict[str, str]
) -> Iterator[Article | Problem]:
    where = f"{name}: entry {number}"
    link = entry.get("link") or None
    page_path = entry_page(link, os.path.dirname(name)) if name != "<stdin>" else None
    text, page, locator = "", None, f"entry {number}"
    if page_path is not None:
        claims[os.path.normpath(page_path)] = f"{name} entry {number}"
        try:
            page = extract_page(decode(read_bytes(page_path), page_path), url=link)
        except InputError as exc:
            yield Problem(where, f"its page {exc}; used the entry's own text")
        if page is not None:
            text, locator = page.text, f"entry {number} (page {os.path.basename(page_path)})"
    text = text or _entry_text(entry)
    if not text:
        yield Problem(where, "no text: the entry has no content or summary and no page beside it")
        return
    published = iso_date(entry.get("published") or entry.get("updated"))
    yield Article(
        text=text,
        published=published or (page.published if page else None),
        title=fragment_text(entry.get("title", "")) or (page.title if page else None),
        source=source or (page.source if page else None),
        url=link,
        author=entry.get("author") or (page.author if page else None),
        origin=Origin(path=name, locator=locator, kind=kind),
    )


def read_feed_stream(
    name: str, stream: BinaryIO, claims: dict[str, str] | None = None
) -> Iterator[Article | Problem]:
    """One article an entry, in feed order; an entry's full page beside the feed gives its text.

    Each page read so is added to `claims` (page path -> "feed entry N") as its entry is
    read, so the caller does not read it again as an article of its own.
    """
    parsed = parse_feed(read_limited(stream, name), name)
    kind = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    source = fragment_text(parsed.feed.get("title", "")) or None
    claims = {} if claims is None else claims
    for number, entry in enumerate(parsed.entries, start=1):
        yield from _entry_items(entry, number, name, kind, source, claims)
