"""Counts, units and modifiers read into TIMEX3 pieces: "two and a half years" -> P2Y6M,
"nineteen ninety-six" -> 1996, "late" -> END. Shared by every resolver module."""

from __future__ import annotations

import re

from wiredesk.extract.times._lexicon import table

UNIT_LETTER = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
}  # fmt: skip
CLOCK_UNITS = {"second", "minute", "hour"}


def unit_of(word: str) -> str:
    w = word.lower().rstrip("s")
    return "centurie" if w == "centurie" else w


def number(word: str | None) -> int | str | None:
    """An int, "X" for a vague count ("several"), or None when not a number."""
    if word is None:
        return None
    w = " ".join(word.lower().replace(",", "").split())
    if re.fullmatch(r"\d+", w):
        return int(w)
    if re.fullmatch(r"\d+\.\d+", w):
        return None
    nums = table("numbers")
    if w in nums:
        return nums[w]
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        a, b = nums[parts[0]], nums[parts[1]]
        if isinstance(a, int) and isinstance(b, int):
            return a + b
    return None


def year_value(text: str) -> int:
    """1996 from "1996", "nineteen ninety-six", "two thousand and five"."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "the", "year")]
    nums = table("numbers")
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(int(nums[w]) for w in words[2:])
    century = int(nums[words[0]]) * 100
    rest = words[1:]
    if rest == ["hundred"]:
        return century
    return century + sum(int(nums[w]) for w in rest)


def mod_of(word: str | None) -> str | None:
    """The TIMEX3 mod of a modifier word ("late" -> END), None when it has none."""
    if not word:
        return None
    return table("mods").get(" ".join(word.lower().split()).rstrip("-"))


def duration(n: int | str, unit: str) -> str:
    letter = UNIT_LETTER[unit]
    if unit == "quarter":
        n, letter = (n * 3 if isinstance(n, int) else n), "M"
    if unit == "fortnight" and isinstance(n, int):
        n *= 2
    if unit == "decade" and isinstance(n, int):
        n, letter = n * 10, "Y"
    if unit in ("century", "centurie") and isinstance(n, int):
        n, letter = n * 100, "Y"
    return f"P{'T' if unit in CLOCK_UNITS else ''}{n}{letter}"


def duration_half(n: int, unit: str) -> str:
    """ "two and a half years" -> P2Y6M; units without a named half keep the whole count."""
    half = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}.get(unit)
    return duration(n, unit) + (half or "")
