"""JSON lines: one article an object (`text` plus optional metadata), read line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem
from wiredesk.records import Article, Origin

_FIELDS = ("title", "source", "url", "author")


def _line_article(raw: bytes, name: str, number: int) -> Article | Problem:
    where = f"{name}: line {number}"
    try:
        value = json.loads(raw)
    except UnicodeDecodeError as exc:
        return Problem(where, f"not UTF-8 at byte {exc.start} of the line; convert it to UTF-8")
    except json.JSONDecodeError as exc:
        return Problem(where, f"not JSON ({exc.msg} at column {exc.colno}); fix or drop the line")
    if not isinstance(value, dict):
        return Problem(where, f"a JSON {type(value).__name__}, not an object with a 'text' field")
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, "no 'text' field with the article's words")
    meta = {key: value[key] for key in _FIELDS if isinstance(value.get(key), str) and value[key]}
    published = value.get("published")
    return Article(
        text=text,
        published=iso_date(published) if isinstance(published, str) else None,
        origin=Origin(path=name, locator=f"line {number}", kind="jsonl"),
        **meta,
    )


def read_jsonl_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """One article a line; a bad line is a Problem naming it, blank lines are ignored."""
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield _line_article(raw, name, number)
