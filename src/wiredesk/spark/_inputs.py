"""Files Spark listed and read, turned into articles by the project's own readers.

Spark lists the inputs (any Hadoop-compatible URI) and reads each file's bytes on an
executor. A reading unit is one file, or a folder holding an RSS/Atom feed (the feed
reads the pages beside it as its entries' full text). Each unit is put in a private
temporary folder under its own file names and read by `wiredesk.ingest.read_paths`, so
every reading rule (kinds sniffed from bytes, feeds first, pages a feed claimed skipped,
size caps) is the library's; names are then given back as the user wrote them.

Every article and problem gets an `order` key that sorts the way `ingest` reads: inputs
in the order given, folders by name with their feeds first, records in file order.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from wiredesk.ingest import Problem, read_paths
from wiredesk.ingest._sniff import FEED_HEAD_BYTES, sniff
from wiredesk.records import Article


@dataclass(frozen=True, slots=True)
class Listed:
    """One file as listed: the input it came under, its name as the user would write it."""

    index: int  # which INPUT argument
    name: str
    is_feed: bool

    @property
    def folder(self) -> str:
        return self.name.rsplit("/", 1)[0] if "/" in self.name else ""


def _local(uri: str) -> str | None:
    """The local path a `file:` URI (or a plain path) names; None for other schemes."""
    parsed = urlparse(uri)
    if parsed.scheme in ("", "file"):
        return unquote(parsed.path)
    return None


def roots(inputs: Sequence[str]) -> list[tuple[str, str]]:
    """(absolute prefix, the input as written) of each input, to name listed files by."""
    out = []
    for given in inputs:
        local = _local(given)
        if local is not None and "://" not in given:
            prefix = os.path.abspath(local.split("*")[0].split("?")[0].split("[")[0])
            out.append((prefix if os.path.exists(prefix) else os.path.dirname(prefix), given))
        else:
            out.append((given.rstrip("/"), given))
    return out


def listed(uri: str, head: bytes, known: Sequence[tuple[str, str]]) -> Listed:
    """Which input `uri` came under, and its name as `ingest` would print it."""
    path = _local(uri) or uri
    for index, (prefix, given) in enumerate(known):
        if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
            if "://" in given or any(c in given for c in "*?["):
                name = path if "://" in given else os.path.relpath(path)
            else:
                name = given.rstrip("/") + path[len(prefix):] if path != prefix else given
            return Listed(index, name, _is_feed(name, head))
    return Listed(len(known), path, _is_feed(path, head))


def _is_feed(name: str, head: bytes) -> bool:
    return sniff(head[:FEED_HEAD_BYTES], os.path.basename(name), full=False) == "feed"


def file_order(file: Listed) -> str:
    """A string that sorts files as `ingest` reads them (feeds first within a folder)."""
    parts = file.name.split("/")
    keys = [f"1{part}" for part in parts[:-1]] + [f"{0 if file.is_feed else 1}{parts[-1]}"]
    return f"{file.index:04d}\x00" + "\x00".join(keys)


def record_order(file: Listed, number: int) -> str:
    return f"{file_order(file)}\x00{number:09d}"


def read_unit(files: Iterable[tuple[Listed, bytes]]) -> Iterator[tuple[str, Article | Problem]]:
    """(order, article or problem) for the files of one unit, read by `read_paths`."""
    unit = list(files)
    with tempfile.TemporaryDirectory(prefix="wiredesk-spark-") as tmp:
        names = {}
        for file, data in unit:
            local = os.path.join(tmp, os.path.basename(file.name))
            with open(local, "wb") as fh:
                fh.write(data)
            names[local] = file
        counts = dict.fromkeys(names, 0)
        for item in read_paths(sorted(names)):
            local = _owner(item, names)
            counts[local] += 1
            yield record_order(names[local], counts[local]), _renamed(item, names)


def _owner(item: Article | Problem, names: dict[str, Listed]) -> str:
    if isinstance(item, Article):
        return item.origin.path or ""
    return max((p for p in names if item.where.startswith(p)), key=len, default=min(names))


def _renamed(item: Article | Problem, names: dict[str, Listed]) -> Article | Problem:
    """The item with temporary paths replaced by the names the user gave."""
    def rename(text: str) -> str:
        for local in sorted(names, key=len, reverse=True):
            text = text.replace(local, names[local].name)
        return text

    if isinstance(item, Article):
        origin = dataclasses.replace(item.origin, path=rename(item.origin.path or ""))
        return dataclasses.replace(item, origin=origin)
    return Problem(rename(item.where), rename(item.message), item.skipped)
