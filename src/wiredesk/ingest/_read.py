"""`read_paths`: every input, in order, as articles or problems; never raising for one bad input."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import BinaryIO

from wiredesk.errors import InputError
from wiredesk.ingest._paths import expand
from wiredesk.ingest._problem import Problem
from wiredesk.ingest._sniff import HEAD_BYTES, read_head, sniff
from wiredesk.ingest.feeds import joined_pages, read_feed_stream
from wiredesk.ingest.files import read_bytes
from wiredesk.ingest.html import read_html_stream
from wiredesk.ingest.jsonl import read_jsonl_stream
from wiredesk.ingest.text import read_text_stream
from wiredesk.ingest.warc import read_warc_stream
from wiredesk.records import Article

Reader = Callable[[str, BinaryIO], Iterator[Article | Problem]]

READERS: dict[str, Reader] = {
    "text": read_text_stream,
    "html": read_html_stream,
    "jsonl": read_jsonl_stream,
    "feed": read_feed_stream,
    "warc": read_warc_stream,
}
STDIN = "<stdin>"


def _failure(exc: InputError, name: str) -> Problem:
    where = exc.where or name
    return Problem(where, str(exc).removeprefix(f"{where}: "))


def _open_binary(path: str) -> BinaryIO:
    return open(path, "rb")  # closed by the caller's `with`


def _read_one(path: str) -> Iterator[Article | Problem]:
    """Every article of one file, sniffed by content; failures as Problems."""
    name = STDIN if path == "-" else path
    try:
        if path == "-":
            data = read_bytes("-")
            head, full = data, True
            opener: Callable[[], BinaryIO] = partial(io.BytesIO, data)
        else:
            head = read_head(path)
            full, opener = len(head) < HEAD_BYTES, partial(_open_binary, path)
        kind = sniff(head, os.path.basename(path), full=full)
        if not head.strip():
            yield Problem(name, "empty file: no text to read")
        elif kind == "gzip":
            yield Problem(name, "gzip-compressed but not a WARC; decompress it first")
        else:
            with opener() as stream:
                yield from READERS[kind](name, stream)
    except InputError as exc:
        yield _failure(exc, name)
    except OSError as exc:
        yield Problem(name, f"cannot read: {exc.strerror or exc}")


def _is_feed(path: str) -> bool:
    try:
        return path != "-" and sniff(read_head(path), os.path.basename(path)) == "feed"
    except OSError:
        return False


def _joined(files: list[str | Problem]) -> dict[str, str]:
    """Pages among the inputs that a feed beside them reads as an entry: page -> "feed entry N"."""
    joined: dict[str, str] = {}
    for path in files:
        if isinstance(path, str) and _is_feed(path):
            try:
                pages = joined_pages(path)
            except (InputError, OSError):
                continue  # said when the feed itself is read
            joined.update({page: f"{path} {entry}" for page, entry in pages.items()})
    return joined


def read_paths(paths: Iterable[str]) -> Iterator[Article | Problem]:
    """Articles from files, folders (recursively, sorted) and glob patterns, in input order.

    Each article's `origin` names its file and the line, entry or record inside it. A
    missing path, an unreadable file, line, entry or record is a `Problem` and reading goes on;
    inputs left out on purpose (a WARC request record, a page already read as the full text
    of a feed entry beside it) are Problems with `skipped=True`.
    """
    files = list(expand(paths))
    joined = _joined(files)
    for item in files:
        if isinstance(item, Problem):
            yield item
        elif os.path.normpath(item) in joined:
            message = f"read as the full text of {joined[os.path.normpath(item)]}"
            yield Problem(item, message, skipped=True)
        else:
            yield from _read_one(item)
