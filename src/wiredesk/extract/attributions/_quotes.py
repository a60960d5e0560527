"""Quotation marks: where quotations open and close, and which of them are speech.

Curly marks pair by direction; straight marks pair in turn within a paragraph. A quotation
left open at a paragraph's end closes there (news style reopens it in the next paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"''|``|[“”\"«»„]|\n\s*\n")
_OPENERS = {"“": "”", "«": "»", "„": "“", "``": "''", "''": "''"}
_LABEL = re.compile(r"[A-Z][\w.'’ -]{0,40}:\s")  # "WALLACE: ", "Sen. Jane Roe: "
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
    """Every quotation in `text`, in order, nested ones left out.

    A quotation left open at a paragraph's end goes on when the next paragraph reopens it
    with the same mark (news style for a speech over several paragraphs); otherwise the
    paragraph break closes it.
    """
    out: list[Quote] = []
    open_at: int | None = None
    opener, closer, width = "", "", 1
    reopened = -1  # where the mark that reopens a continued quotation stands
    for m in _MARK.finditer(text):
        mark = m.group()
        if m.start() == reopened:
            continue
        if mark[0] == "\n":
            if open_at is not None and _reopens(text, m.end(), opener):
                reopened = m.end()
                continue
            if open_at is not None and m.start() - open_at > 1:
                out.append(Quote(open_at, m.start(), closed=False, width=width))
            open_at = None
            continue
        if open_at is None:
            if mark in _OPENERS or mark == '"':
                open_at, opener, width = m.end(), mark, len(mark)
                closer = _OPENERS.get(mark, '"')
        elif _closes(text, m, closer):
            if m.start() > open_at:
                out.append(Quote(open_at, m.start(), width=width))
            open_at = None
    if open_at is not None and len(text) - open_at > 1:
        out.append(Quote(open_at, len(text), closed=False, width=width))
    return tuple(out)


def _reopens(text: str, at: int, opener: str) -> bool:
    """The paragraph at `at` reopens the quotation left open, and is not a transcript line
    of its own ('"PESKOV: ...')."""
    return text.startswith(opener, at) and not _LABEL.match(text, at + len(opener))


def starts_with_label(text: str, quote: Quote) -> bool:
    """The quotation opens with a transcript label: '"WALLACE: Let us start ...'."""
    return bool(_LABEL.match(text, quote.start))


def _closes(text: str, m: re.Match[str], closer: str) -> bool:
    """The expected closing mark, or a straight/curly or mis-turned one standing where a
    closing mark stands: after a word and before a space ('"more hours” before')."""
    mark = m.group()
    if mark == closer or (closer in '”"' and mark in '”"'):
        return True
    if closer == "”" and mark == "“":
        after = text[m.end() : m.end() + 1]
        glued = m.start() > 0 and not text[m.start() - 1].isspace()
        return glued and (not after or after.isspace())
    return False


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_speech(text: str, quote: Quote) -> bool:
    """A quotation that could be someone's words, not a title or a scare-quoted term.

    Speech runs to a clause: several words, or it ends with the punctuation that closes a
    clause inside the marks (“We will win,”).
    """
    inner = text[quote.start : quote.end]
    words = word_count(inner)
    return words >= 5 or (words >= 2 and bool(_SENTENCE_END.search(inner)))
