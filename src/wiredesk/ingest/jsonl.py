"""JSON lines: one article an object (`text` plus optional metadata), read line by line.

Lines are read as a stream with a cap: a line over `MAX_LINE_BYTES` is skipped in chunks,
never held, and reported by its number. A line that breaks the JSON parser (nested too deep,
a number too long) is a Problem like any other bad line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from wiredesk.ingest._clean import MAX_CHARS
from wiredesk.ingest._dates import iso_date
from wiredesk.ingest._problem import Problem, crashed
from wiredesk.records import Article, Origin

_FIELDS = ("title", "source", "url", "author")
MAX_LINE_BYTES = 2 * MAX_CHARS  # an article's text as JSON: escapes can double it
_SKIP_CHUNK = 1024 * 1024


def _line_article(raw: bytes, name: str, number: int) -> Article | Problem:
    where = f"{name}: line {number}"
    try:
        value = json.loads(raw)
    except UnicodeDecodeError as exc:
        return Problem(where, f"not UTF-8 at byte {exc.start} of the line; convert it to UTF-8")
    except json.JSONDecodeError as exc:
        return Problem(where, f"not JSON ({exc.msg} at column {exc.colno}); fix or drop the line")
    except RecursionError:
        return Problem(where, "JSON nested too deeply to be an article; fix or drop the line")
    except ValueError as exc:  # an integer of thousands of digits
        return Problem(where, f"not JSON an article can hold ({exc}); fix or drop the line")
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


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Each line, or None for a line over the cap (skipped without being held)."""
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        if len(raw) <= MAX_LINE_BYTES or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_jsonl_stream(name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """One article a line; a bad line is a Problem naming it, blank lines are ignored."""
    for number, raw in enumerate(_lines(stream), start=1):
        if raw is None:
            yield Problem(f"{name}: line {number}",
                          f"too long: over {MAX_LINE_BYTES} bytes; split the article")
        elif raw.strip():
            try:
                yield _line_article(raw, name, number)
            except Exception as exc:  # one line never costs the rest of the file
                yield Problem(f"{name}: line {number}", crashed(exc))
