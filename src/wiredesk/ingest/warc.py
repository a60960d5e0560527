"""WARC crawls (.warc, .warc.gz): HTML responses become articles, streamed record by record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from wiredesk.errors import InputError
from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem, crashed, input_problem
from wiredesk.ingest.files import MAX_BYTES, decode_page
from wiredesk.ingest.html import extract_page, page_articles
from wiredesk.records import Article, Origin

_HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = 4 * MAX_BYTES  # a record as stored, HTTP head and compressed body: larger is
# skipped unread
CHUNK_BYTES = 64 * 1024


def _skip_reason(record: Any) -> str | None:
    """Why a record is not read as a page ("request", "image/jpeg response", "404 response",
    "oversized response"), or None."""
    if record.rec_type != "response":
        return str(record.rec_type)
    if record.http_headers is None:
        return "non-HTTP response"
    status = str(record.http_headers.get_statuscode() or "").strip()
    if status != "200":
        return f"{status or 'status-less'} response"
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        return f"{ctype or 'untyped'} response"
    if (record.length or 0) > MAX_RECORD_BYTES:
        return "oversized response"
    return None


def _charset(record: Any) -> str | None:
    """The charset its HTTP Content-Type states, if any."""
    ctype = record.http_headers.get_header("Content-Type") or ""
    for param in ctype.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _payload(record: Any) -> bytes | None:
    """The response body, decoded from its Content-Encoding, read in chunks and given up past
    `MAX_BYTES` (a gzip bomb is never inflated whole); None when over."""
    stream, chunks, size = record.content_stream(), [], 0
    while chunk := stream.read(CHUNK_BYTES):
        size += len(chunk)
        if size > MAX_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


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
        try:
            payload = None if reason else _payload(record)
        except Exception as exc:  # a body that will not decode (a damaged gzip encoding)
            payload, reason = None, f"undecodable ({type(exc).__name__}) response"
        if reason is None and payload is None:
            reason = f"over {MAX_BYTES} bytes response"
        offset = records.get_record_offset()  # reads the record to its end: call it after
        end = offset + records.get_record_length()
        if record.length is None:  # every WARC record states one: its header was cut
            yield _damage(name, number, offset, "the record's header is cut off")
            break
        if getattr(record.raw_stream, "limit", 0) > 0:
            yield _damage(name, number, offset, "the record is shorter than its Content-Length")
            break
        if reason is not None or payload is None:
            skipped[reason or "empty"] += 1
            continue
        origin = Origin(name, f"record {number}", "warc")
        try:
            yield from _page_item(record, payload, origin, offset)
        except InputError as exc:
            yield input_problem(exc, f"{name}: record {number} (byte {offset})")
        except Exception as exc:  # one bad page never ends the crawl
            yield Problem(f"{name}: record {number} (byte {offset})", crashed(exc))
    if skipped:
        counts = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
        yield Problem(name, f"skipped {skipped.total()} non-HTML records ({counts})", skipped=True)


def _page_item(
    record: Any, payload: bytes, origin: Origin, offset: int
) -> Iterator[Article | Problem]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{origin.path}: {origin.locator} (byte {offset})"
    text, encoding = decode_page(payload, where, _charset(record))
    page = extract_page(text, url=url)
    if page is None:
        yield Problem(where, f"HTML response for {url} holds no main text")
        return
    date = iso_date(record.rec_headers.get_header("WARC-Date"))  # when crawled: the last resort
    for article in page_articles(page, origin):
        yield replace(
            article, url=url or article.url, published=article.published or date,
            encoding=encoding,
        )
