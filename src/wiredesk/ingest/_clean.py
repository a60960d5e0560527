"""The checks every article passes whatever its reader: one refusal for binary text, one cap.

Text is refused, not repaired, when it holds a NUL (or another C0 control that text never
holds) or a lone surrogate: such text is binary data or a broken encoder's output, and a
surrogate cannot even be stored as UTF-8. Metadata fields (title, source, author, url) are
one line each: controls and surrogates are dropped or replaced, and line breaks in them
become spaces, so a name never breaks a line of a listing or a briefing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from wiredesk.errors import InputError
from wiredesk.ingest._problem import Problem, input_problem
from wiredesk.records import Article

MAX_CHARS = 5 * 1024 * 1024  # one article's text; the extraction parses it in pieces
MAX_LINE_CHARS = 1024 * 1024  # one line of it: longer is a dump, not prose
_BINARY = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_BREAKS = re.compile(r"\s*[\n\r\v\f\x85\u2028\u2029]\s*")
_FIELDS = ("title", "source", "url", "author")


def _what(char: str) -> str:
    if char == "\x00":
        return "a NUL character"
    if "\ud800" <= char <= "\udfff":
        return f"a lone surrogate (U+{ord(char):04X})"
    return f"a control character (U+{ord(char):04X})"


def refuse_binary(text: str, where: str) -> None:
    """Raise `InputError` naming the line and column of the first NUL, control or surrogate.

    Tab, line feed, vertical tab, form feed and carriage return are text; the other C0
    controls are not.
    """
    found = _BINARY.search(text)
    if found is None:
        return
    start = found.start()
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    raise InputError(
        f"binary data, not text ({_what(found.group())} at line {line}, column {column})", where
    )


def one_line(value: str | None) -> str | None:
    """A metadata value on one line: breaks made spaces, controls dropped; None when empty."""
    if value is None:
        return None
    value = _SURROGATES.sub("\ufffd", _CONTROLS.sub("", _BREAKS.sub(" ", value))).strip()
    return value or None


def _long_line(text: str) -> int | None:
    """The number of the first line longer than `MAX_LINE_CHARS`, or None."""
    if len(text) <= MAX_LINE_CHARS:
        return None
    start, number = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            return number
        start, number = end + 1, number + 1
    return None


def checked(article: Article, where: str) -> Article | Problem:
    """The article with its metadata on one line each, or a Problem saying why it is refused."""
    text = article.text
    if len(text) > MAX_CHARS:
        return Problem(where, f"too large: {len(text)} characters of text (limit {MAX_CHARS}); "
                              "split it")
    if (line := _long_line(text)) is not None:
        return Problem(where, f"line {line} of its text is over {MAX_LINE_CHARS} characters: not "
                              "prose; break it into paragraphs")
    try:
        refuse_binary(text, where)
    except InputError as exc:
        return input_problem(exc, where)
    fields: dict[str, Any] = {name: one_line(getattr(article, name)) for name in _FIELDS}
    if all(fields[name] == getattr(article, name) for name in _FIELDS):
        return article
    return replace(article, **fields)
