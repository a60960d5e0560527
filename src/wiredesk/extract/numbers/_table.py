"""Rows of a losses table, as daily military updates print them:

    tanks - 11,182 (+12)
    armoured combat vehicles - 23,274 (+8)

Each row is a label, a running total and, in brackets, what the last day added. A run of at
least `LEAST` such lines is a table; a lone "Kyiv - 3" line in prose is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEAST = 3  # rows in a run before it is read as a table

ROW = re.compile(
    r"^[ \t]*(?P<label>[A-Za-z][A-Za-z /'’()-]{1,60}?)[ \t]*[-–—:][ \t]*"
    r"(?:(?:about|approximately|around|~)[ \t]*)?(?P<total>\d[\d,.]*)"
    r"(?:[ \t]*(?:persons|people|units)?[ \t]*\((?P<added>[+]\d[\d,.]*)\))?[ \t]*[;.,]?[ \t]*$",
    re.M,
)
# Whose losses the table counts: "Russian losses", "losses of the Russian army".
OWNER = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:combat\s+)?loss(?:es)?\b|\bloss(?:es)?\s+of\s+(?:the\s+)?([A-Z][a-z]+)"
)


@dataclass(frozen=True, slots=True)
class Row:
    """One table row: its label, and where its total and its daily increment stand."""

    label: tuple[int, int]
    total: tuple[int, int]
    added: tuple[int, int] | None
    owner_words: tuple[str, ...]  # capitalised words naming whose losses, nearest first


def table_rows(text: str) -> list[Row]:
    """The rows of every losses table in `text`."""
    rows: list[Row] = []
    run: list[re.Match[str]] = []
    for match in ROW.finditer(text):
        if run and text[run[-1].end() : match.start()].strip():
            rows += _rows(text, run)
            run = []
        run.append(match)
    return rows + _rows(text, run)


def _rows(text: str, run: list[re.Match[str]]) -> list[Row]:
    if len(run) < LEAST:
        return []
    intro = text[max(0, run[0].start() - 400) : run[0].start()]
    words = tuple(w for m in reversed(list(OWNER.finditer(intro))) for w in m.groups() if w)
    return [
        Row(
            label=m.span("label"),
            total=m.span("total"),
            added=m.span("added") if m.group("added") else None,
            owner_words=words,
        )
        for m in run
    ]
