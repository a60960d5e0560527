"""RSS and Atom feeds: an article an entry, joined to its full page when it lies beside the feed."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import unquote, urlparse

import feedparser

from wiredesk.errors import InputError
from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._markup import fragment_text
from wiredesk.ingest._problem import Problem, crashed
from wiredesk.ingest.files import decode_page, read_bytes, read_limited
from wiredesk.ingest.html import extract_page
from wiredesk.records import Article, Origin

_PAGE_SUFFIXES = ("", ".html", ".htm")
_REFERENCE = re.compile(rb"&#(?:([0-9]{1,12})|[xX]([0-9a-fA-F]{1,12}));")


def _text_reference(found: re.Match[bytes]) -> bytes:
    """A character reference, or U+FFFD's when it names no character text can hold (NUL, a
    surrogate, a C0 control, anything past U+10FFFF)."""
    code = int(found.group(1)) if found.group(1) else int(found.group(2), 16)
    bad = code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (code < 0x20 and code not in (9, 10, 13))
    return b"&#xFFFD;" if bad else found.group(0)


def parse_feed(data: bytes, name: str) -> Any:
    """The parsed feed; raises `InputError` when the bytes hold no feed at all.

    References to characters no text holds (`&#xD800;`, `&#0;`) are made U+FFFD first:
    feedparser raises on them and would lose the whole feed.
    """
    data = _REFERENCE.sub(_text_reference, data)
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser's own failure on one odd construct
        raise InputError(f"the feed parser failed ({type(exc).__name__}: {exc})", name) from exc
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception") or "not well-formed XML"
            raise InputError(f"not a feed ({reason}); is it RSS or Atom XML?", name)
        if not parsed.get("version"):
            raise InputError("XML, but neither RSS nor Atom: no feed entries", name)
    return parsed


def _slug(link: str) -> str | None:
    """The link's last path part, decoded; None when it could name anything but a file here
    (a separator once decoded, "..", a hidden name, a NUL, an unparsable link)."""
    try:
        path = urlparse(link).path
    except ValueError:  # "http://[::1/a": not a URL at all
        return None
    slug = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    if not slug or slug.startswith(".") or any(c in slug for c in "/\\\x00"):
        return None
    return slug


def entry_page(link: str | None, folder: str) -> str | None:
    """The HTML file beside the feed named after the entry link's last path part, if any.

    https://example.org/news/strike-on-x.html -> strike-on-x.html; .../strike-on-x/ ->
    strike-on-x.html or strike-on-x.htm. Only a file in the feed's own folder is taken (a
    symlink out of it is not), and the link is never fetched.
    """
    slug = _slug(link) if link else None
    if slug is None:
        return None
    home = os.path.realpath(folder or ".")
    for suffix in _PAGE_SUFFIXES:
        candidate = os.path.join(folder, slug + suffix)
        if not (suffix or slug.lower().endswith((".html", ".htm"))):
            continue
        if os.path.isfile(candidate) and os.path.dirname(os.path.realpath(candidate)) == home:
            return candidate
    return None


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content and summary, as plain text (a missing or damaged
    one, None, counts as empty)."""
    bodies = [c.get("value") for c in entry.get("content") or ()]
    bodies.append(entry.get("summary"))
    return fragment_text(max((b for b in bodies if isinstance(b, str)), key=len, default=""))


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
            page = extract_page(decode_page(read_bytes(page_path), page_path)[0], url=link)
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
        try:
            yield from _entry_items(entry, number, name, kind, source, claims)
        except Exception as exc:  # one entry never costs the rest of the feed
            yield Problem(f"{name}: entry {number}", crashed(exc))
