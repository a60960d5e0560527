"""What a figure's own words say about it, read from the stored text around its span.

The store keeps no parse, so two things are read off the article text: the outcome a
figure counts (the outcome phrase nearest the number inside its clause: "Russia launched
41 drones" counts launches, "shot down 35" interceptions) and the dateline ("KYIV
(Reuters) -"), which says where the report was filed, not where anything happened.
"""

from __future__ import annotations

import re
from functools import cache

from wiredesk.crosscheck._rules import rules

_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Z .'’-]{2,}(?:,[^\n()]{0,30}?)?(?:\s*\([^)\n]{1,40}\))?"
    r"\s*(?:--|[-–—]|\.\s*/[A-Z]+/\.)")
_CLAUSE_MARK = re.compile(r"[,;:.!?()\n—–]|\s-\s")
_WINDOW = 160  # characters either side of a figure that its clause may reach


def dateline_end(text: str) -> int:
    """Where the dateline ends (0 when the article has none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


@cache
def _outcome_phrases() -> re.Pattern[str]:
    phrases = sorted(rules().outcomes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b",
                      re.IGNORECASE)


def _clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    before = text[max(0, span[0] - _WINDOW):span[0]]
    marks = list(_CLAUSE_MARK.finditer(before))
    start = span[0] - len(before) + marks[-1].end() if marks else span[0] - len(before)
    after = _CLAUSE_MARK.search(text, span[1], span[1] + _WINDOW)
    return start, after.start() if after else min(len(text), span[1] + _WINDOW)


def outcome(text: str, span: tuple[int, int]) -> str:
    """The outcome the figure at `span` counts ("launched", "shot_down"), "" when unsaid."""
    start, end = _clause(text, span)
    best: tuple[int, int, str] | None = None
    for m in _outcome_phrases().finditer(text, start, end):
        if m.start() < span[1] and span[0] < m.end():
            continue  # the figure's own words ("death toll of 18") are its category
        after = m.start() >= span[1]
        gap = m.start() - span[1] if after else span[0] - m.end()
        key = (gap, 0 if after else 1, rules().outcomes[m[0].casefold()])
        best = key if best is None or key < best else best
    return best[2] if best else ""
