"""Quotation marks: where quotations open and close, and which of them are speech.

Curly marks pair by direction; straight marks pair in turn within a paragraph. A quotation
left open at a paragraph's end closes there (news style reopens it in the next paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"''|``|[“”\"«»„]|\n\s*\n")
_OPENERS = {"“": "”", "«": "»", "„": "“", "``": "''", "''": "''"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…,:;–—-]\s*$")


@dataclass(frozen=True, slots=True)
class Quote:
    """The words between a pair of marks: `start`, `end` exclude the marks themselves."""

    start: int
    end: int
    closed: bool = True
    width: int = 1  # characters of each mark: 2 for '' and ``

    @property
    def outer(self) -> tuple[int, int]:
        """The span with its marks."""
        return (self.start - self.width, self.end + (self.width if self.closed else 0))


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in `text`, in order, nested ones left out."""
    out: list[Quote] = []
    open_at: int | None = None
    closer, width = "", 1
    for m in _MARK.finditer(text):
        mark = m.group()
        if mark[0] == "\n":  # paragraph break closes a quotation left open
            if open_at is not None and m.start() - open_at > 1:
                out.append(Quote(open_at, m.start(), closed=False, width=width))
            open_at = None
            continue
        if open_at is None:
            if mark in _OPENERS or mark == '"':
                open_at, closer, width = m.end(), _OPENERS.get(mark, '"'), len(mark)
        elif mark == closer or (closer == "”" and mark == '"'):
            if m.start() > open_at:
                out.append(Quote(open_at, m.start(), width=width))
            open_at = None
    if open_at is not None and len(text) - open_at > 1:
        out.append(Quote(open_at, len(text), closed=False, width=width))
    return tuple(out)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_speech(text: str, quote: Quote) -> bool:
    """A quotation that could be someone's words, not a title or a scare-quoted term.

    Speech runs to a clause: several words, or it ends with the punctuation that closes a
    clause inside the marks (“We will win,”).
    """
    inner = text[quote.start:quote.end]
    words = word_count(inner)
    return words >= 5 or (words >= 2 and bool(_SENTENCE_END.search(inner)))
