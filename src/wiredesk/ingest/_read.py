"""`read_paths`: every input, streamed, as articles or problems; never raising for one bad input."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from wiredesk.errors import InputError
from wiredesk.ingest._clean import checked
from wiredesk.ingest._paths import STDIN, batches, folder_entries, folder_key
from wiredesk.ingest._problem import Problem, crashed, input_problem
from wiredesk.ingest._sniff import FEED_HEAD_BYTES, HEAD_BYTES, sniff
from wiredesk.ingest.feeds import read_feed_stream
from wiredesk.ingest.files import open_regular, read_bytes
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
    "warc": read_warc_stream,
}
STDIN_NAME = "<stdin>"


@dataclass
class _Run:
    """What one `read_paths` call remembers: pages feeds claimed, folders being walked, and
    the folder the user named that is being walked (symlinks may not lead out of it)."""

    claimed: dict[str, str] = field(default_factory=dict)  # page -> "feed.xml entry N"
    walking: set[tuple[int, int]] = field(default_factory=set)
    root: str | None = None


def _located(item: Article | Problem, name: str) -> Article | Problem:
    """Every article through the checks every reader's output passes (`_clean.checked`)."""
    if isinstance(item, Problem):
        return item
    locator = f": {item.origin.locator}" if item.origin.locator else ""
    return checked(item, f"{item.origin.path or name}{locator}")


def _outside(path: str, run: _Run) -> Problem | None:
    """A Problem when `path` is a symlink leading out of the folder the user named."""
    if run.root is None or not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    if os.path.commonpath([target, run.root]) == run.root:
        return None
    return Problem(path, f"a symlink to {target}, outside {run.root}; not followed")


def _open(path: str) -> tuple[str, BinaryIO]:
    """(name, stream) of a file or standard input, refusing FIFOs, sockets and devices."""
    if path == STDIN:
        return STDIN_NAME, io.BytesIO(read_bytes(STDIN))
    return path, open_regular(path)


def _read_one(path: str, run: _Run) -> Iterator[Article | Problem]:
    """Every article of one file, its kind sniffed from its first bytes; failures as Problems."""
    name = STDIN_NAME if path == STDIN else path
    try:
        name, stream = _open(path)
        with stream:
            head = stream.read(HEAD_BYTES)
            kind = sniff(head, os.path.basename(path), full=len(head) < HEAD_BYTES)
            stream.seek(0)
            if not head.strip():
                yield Problem(name, "empty file: no text to read")
            elif kind == "gzip":
                yield Problem(name, "gzip-compressed but not a WARC; decompress it first")
            elif kind == "feed":
                for item in read_feed_stream(name, stream, run.claimed):
                    yield _located(item, name)
            else:
                for item in READERS[kind](name, stream):
                    yield _located(item, name)
    except InputError as exc:
        yield input_problem(exc, name)
    except OSError as exc:
        yield Problem(name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader's own failure costs this file, never the batch
        yield Problem(name, crashed(exc))


def _is_feed(path: str) -> bool:
    """Whether a regular file opens like an RSS or Atom feed (its first few KB only)."""
    if path == STDIN:
        return False
    try:
        with open_regular(path) as fh:
            head = fh.read(FEED_HEAD_BYTES)
    except (InputError, OSError):
        return False  # said when the file itself is read
    return sniff(head, os.path.basename(path), full=False) == "feed"


def _read_batch(paths: list[str], run: _Run) -> Iterator[Article | Problem]:
    """The feeds of a batch first (learning which pages beside them they read), then the rest.

    Each feed is parsed once; a page a feed already read as an entry's full text is a skipped
    Problem, not a second article. Folders are walked in place, in name order.
    """
    feeds, refused = set(), set()
    for path in paths:
        if (problem := _outside(path, run)) is not None:
            refused.add(path)
            yield problem
        elif _is_feed(path):
            feeds.add(path)
            yield from _read_one(path, run)
    for path in paths:
        if path in feeds or path in refused:
            continue
        if (key := folder_key(path)) is not None:
            yield from _read_folder(path, key, run)
        elif (feed := run.claimed.get(os.path.normpath(path))) is not None:
            yield Problem(path, f"read as the full text of {feed}", skipped=True)
        else:
            yield from _read_one(path, run)


def _read_folder(folder: str, key: tuple[int, int], run: _Run) -> Iterator[Article | Problem]:
    if key in run.walking:
        yield Problem(folder, "a symlink loop back to a folder being read; skipped")
        return
    entries = folder_entries(folder)
    if isinstance(entries, Problem):
        yield entries
        return
    run.walking.add(key)
    named = run.root is None
    if named:  # a folder the user named: what it holds may not lead out of it
        run.root = os.path.realpath(folder)
    try:
        yield from _read_batch(entries, run)
    finally:
        run.walking.discard(key)
        if named:
            run.root = None


def read_paths(paths: Iterable[str]) -> Iterator[Article | Problem]:
    """Articles from files, folders (recursively, by name) and glob patterns, streamed.

    In each folder (and each pattern's matches, or run of files named together) the feeds
    come first, then the other files in name order, so a page a feed reads as an entry's full
    text is not read again. Each article's `origin` names its file and the line, entry or
    record inside it. A missing path, an unreadable file, folder, line, entry or record, a
    FIFO or a symlink loop is a `Problem` and reading goes on; inputs left out on purpose (a
    WARC request record, a page read as a feed entry's full text) have `skipped=True`.
    """
    run = _Run()
    for batch in batches(paths):
        if isinstance(batch, Problem):
            yield batch
        else:
            yield from _read_batch(batch, run)
