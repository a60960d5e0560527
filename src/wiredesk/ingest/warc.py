"""WARC crawls (.warc, .warc.gz): HTML responses become articles, streamed record by record."""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem
from wiredesk.ingest.html import extract_page, page_article
from wiredesk.records import Article, Origin

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DAMAGE = (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)


def _skip_reason(record: Any) -> str | None:
    """Why a record is not read as a page ("request", "image/jpeg response"), or None."""
    if record.rec_type != "response":
        return str(record.rec_type)
    if record.http_headers is None:
        return "non-HTTP response"
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        return f"{ctype or 'untyped'} response"
    return None


def read_warc_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """Articles from HTML responses, in record order.

    Other records are counted and reported in one skipped Problem at the end; a truncated
    or damaged crawl yields the records before the break and a Problem naming where it broke.
    """
    records = ArchiveIterator(stream)
    skipped: Counter[str] = Counter()
    number, offset = 0, 0
    try:
        for record in records:
            number += 1
            reason = _skip_reason(record)
            payload = b"" if reason else record.content_stream().read()
            offset = records.get_record_offset()  # reads the record to its end: call it after
            if reason is not None:
                skipped[reason] += 1
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            page = extract_page(payload, url=url)
            if page is None:
                where = f"{name}: record {number} (byte {offset})"
                yield Problem(where, f"HTML response for {url} holds no main text")
                continue
            article = page_article(page, Origin(path=name, locator=f"record {number}", kind="warc"))
            date = iso_date(record.rec_headers.get_header("WARC-Date"))
            yield replace(article, url=url or article.url, published=article.published or date)
    except _DAMAGE as exc:
        yield Problem(
            f"{name}: record {number + 1} (after byte {offset})",
            f"truncated or damaged WARC ({exc}); the {number} records before it were read",
        )
    if skipped:
        counts = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
        yield Problem(name, f"skipped {skipped.total()} non-HTML records ({counts})", skipped=True)
