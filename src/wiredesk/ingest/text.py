"""Plain text articles, optionally opening with a `key: value` header ended by a blank line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

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


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a leading header from the body.

    A header is one or more lines, each `key: value` with a known key, ended by a blank
    line. Anything else ("Update: shelling resumed ...") is body text, kept untouched.
    """
    end = raw.find("\n\n")
    if end <= 0:
        return {}, raw
    meta: dict[str, str] = {}
    for line in raw[:end].splitlines():
        m = _HEADER_LINE.match(line)
        key = HEADER_KEYS.get(m.group(1).lower()) if m else None
        if m is None or key is None:
            return {}, raw
        meta[key] = m.group(2)
    return meta, raw[end + 2 :]


def read_text_article(
    raw: str, path: str | None = None, published: str | None = None, source: str | None = None
) -> Article:
    """An article from the text of one file; explicit arguments beat the file's header."""
    meta, body = split_header(raw)
    return Article(
        text=body,
        published=published or iso_date(meta.get("published")),
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
