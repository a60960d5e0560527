"""When two figures for the same thing agree, given their qualifiers and rounding.

Each figure becomes the range of true values it allows: "about 1,000" is 900..1,100,
"more than 10,000" is (10,000, ∞), "at least 20" is [20, ∞), an exact round figure
(10,000) allows its own rounding, and an exact small one (18) only itself. Two figures
agree when their ranges meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wiredesk.crosscheck._rules import rules


@dataclass(frozen=True, slots=True)
class Range:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def meets(self, other: Range) -> bool:
        """True when some value lies in both ranges."""
        low = max(self.low, other.low)
        high = min(self.high, other.high)
        if low != high:
            return low < high
        low_open = (self.low == low and self.low_open) or (other.low == low and other.low_open)
        high_open = (self.high == high and self.high_open) or (
            other.high == high and other.high_open)
        return not (low_open or high_open)


def _trailing_zeros(value: float) -> int:
    if value <= 0 or value != int(value):
        return 0
    n, zeros = int(value), 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


def figure_range(value: float, qualifier: str | None) -> Range:
    """The values a figure allows (see the module docstring)."""
    r = rules()
    q = qualifier or "exact"
    if q == "more_than":
        return Range(value, math.inf, low_open=True)
    if q == "at_least":
        return Range(value, math.inf)
    if q == "less_than":
        return Range(0.0, value, high_open=True)
    if q in ("at_most", "up_to"):
        return Range(0.0, value)
    spread = 0.0
    if _trailing_zeros(value) >= r.round_min_zeros:
        spread = value * r.rounding
    if q == "about":
        spread = max(spread, value * r.about)
    return Range(value - spread, value + spread)


def agree(a: tuple[float, str | None], b: tuple[float, str | None]) -> bool:
    """Do two `(value, qualifier)` figures allow a common true value?"""
    return figure_range(*a).meets(figure_range(*b))


_WORDS = {
    "about": "about ", "more_than": "more than ", "at_least": "at least ",
    "less_than": "fewer than ", "at_most": "at most ", "up_to": "up to ",
}


def describe(value: float, qualifier: str | None) -> str:
    """A figure as people write it: "about 1,000", "more than 10,000", "18"."""
    words = _WORDS
    number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return words.get(qualifier or "exact", "") + number


def described(text: str | None) -> tuple[float, str | None] | None:
    """`describe` read back: "about 1,000" -> (1000.0, "about"); None when not one."""
    if not text:
        return None
    qualifier = "exact"
    for name, words in _WORDS.items():
        if text.startswith(words):
            qualifier, text = name, text[len(words):]
            break
    try:
        return float(text.replace(",", "")), qualifier
    except ValueError:
        return None
