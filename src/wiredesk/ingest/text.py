"""Plain text articles, optionally opening with a `key: value` header ended by a blank line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from wiredesk.errors import InputError
from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem
from wiredesk.ingest.files import decode, read_limited
from wiredesk.records import Article, Origin

HEADER_KEYS = {
    "title": "title",
    "source": "source",
    "outlet": "source",
    "url": "url",
    "link": "url",
    "published": "published",
    "date": "published",
    "author": "author",
    "by": "author",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]*):[ \t]*(.*?)[ \t]*$")


def _header_lines(lines: list[str]) -> dict[str, str] | None:
    """The known keys of `key: value` lines, or None when a line is not one."""
    meta: dict[str, str] = {}
    for line in lines:
        m = _HEADER_LINE.match(line)
        key = HEADER_KEYS.get(m.group(1).lower()) if m else None
        if m is None or key is None:
            return None
        meta[key] = m.group(2)
    return meta


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a leading header from the body.

    A header is one or more lines, each `key: value` with a known key, ended by a blank
    line, or by the first line of prose when the blank line is missing. Anything else
    ("Update: shelling resumed ...", a header holding an unknown key) is body text, kept
    untouched.
    """
    end = raw.find("\n\n")
    if end > 0 and (meta := _header_lines(raw[:end].split("\n"))) is not None:
        return meta, raw[end + 2 :]
    return _header_without_blank_line(raw)


def _header_without_blank_line(raw: str) -> tuple[dict[str, str], str]:
    """Known `key: value` lines followed straight by prose (a line not shaped `key: value`)."""
    meta: dict[str, str] = {}
    start = 0
    while start < len(raw):
        stop = raw.find("\n", start)
        line = raw[start : stop if stop >= 0 else len(raw)]
        found = _header_lines([line])
        if found is None:
            shaped = _HEADER_LINE.match(line) is not None
            return (meta, raw[start:]) if meta and not shaped and line.strip() else ({}, raw)
        meta.update(found)
        start = stop + 1 if stop >= 0 else len(raw)
    return {}, raw


def read_text_article(
    raw: str, path: str | None = None, published: str | None = None, source: str | None = None
) -> Article:
    """An article from the text of one file; explicit arguments beat the file's header.

    Raises:
        InputError: the header's date is not a date ("published: 2026-13-45").
    """
    meta, body = split_header(raw)
    stated = meta.get("published")
    date = iso_date(stated)
    if stated and date is None and published is None:
        line = next((n for n, text in enumerate(raw.split("\n"), 1) if stated in text), 1)
        raise InputError(
            f"the header's date {stated!r} is not a date; write it as YYYY-MM-DD",
            f"{path or '<input>'}: line {line}",
        )
    return Article(
        text=body,
        published=published or date,
        title=meta.get("title"),
        source=source or meta.get("source"),
        url=meta.get("url"),
        author=meta.get("author"),
        origin=Origin(path=path, locator="line 1", kind="text"),
    )


def read_text_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """The one article of a text file (with its optional header)."""
    text = decode(read_limited(stream, name), name)  # the bytes are freed here: one copy kept
    article = read_text_article(text, path=name)
    del text
    if not article.text.strip():
        yield Problem(name, "a header but no text after it; add the article text")
    else:
        yield article
