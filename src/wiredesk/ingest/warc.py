"""WARC crawls (.warc, .warc.gz): HTML responses become articles, streamed record by record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem
from wiredesk.ingest.html import extract_page, page_articles
from wiredesk.records import Article, Origin

_HTML_TYPES = ("text/html", "application/xhtml+xml")


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


def _damage(name: str, number: int, offset: int, what: str) -> Problem:
    return Problem(
        f"{name}: record {number} (byte {offset})",
        f"truncated or damaged WARC: {what}; the {number - 1} records before it were read",
    )


def _trailing_garbage(stream: BinaryIO, end: int) -> bool:
    """Bytes other than blank lines after the last whole record (a cut gzip member)."""
    if not stream.seekable():
        return False
    stream.seek(end)
    return bool(stream.read(4096).strip())


def read_warc_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """Articles from HTML responses, in record order.

    Other records are counted and reported in one skipped Problem at the end; a truncated
    or damaged crawl yields the records before the break and a Problem naming where it broke.
    """
    records = ArchiveIterator(stream)
    iterator = iter(records)
    skipped: Counter[str] = Counter()
    number, end = 0, 0
    while True:
        try:  # warcio raises many kinds of error on a damaged crawl: each one ends the file
            record = next(iterator, None)
        except Exception as exc:
            yield _damage(name, number + 1, end, f"{type(exc).__name__}: {exc}")
            break
        if record is None:
            if _trailing_garbage(stream, end):
                yield _damage(name, number + 1, end, "a record cut off before its end")
            break
        number += 1
        reason = _skip_reason(record)
        payload = b"" if reason else record.content_stream().read()
        offset = records.get_record_offset()  # reads the record to its end: call it after
        end = offset + records.get_record_length()
        if record.length is None:  # every WARC record states one: its header was cut
            yield _damage(name, number, offset, "the record's header is cut off")
            break
        if getattr(record.raw_stream, "limit", 0) > 0:
            yield _damage(name, number, offset, "the record is shorter than its Content-Length")
            break
        if reason is not None:
            skipped[reason] += 1
            continue
        yield from _page_item(record, payload, Origin(name, f"record {number}", "warc"), offset)
    if skipped:
        counts = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
        yield Problem(name, f"skipped {skipped.total()} non-HTML records ({counts})", skipped=True)


def _page_item(
    record: Any, payload: bytes, origin: Origin, offset: int
) -> Iterator[Article | Problem]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    page = extract_page(payload, url=url)
    if page is None:
        where = f"{origin.path}: {origin.locator} (byte {offset})"
        yield Problem(where, f"HTML response for {url} holds no main text")
        return
    date = iso_date(record.rec_headers.get_header("WARC-Date"))  # when crawled: the last resort
    for article in page_articles(page, origin):
        yield replace(article, url=url or article.url, published=article.published or date)
