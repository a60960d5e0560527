"""Find numbers in running text: digits ("1,300", "1.3 million", "$40bn") and words ("six",
"a dozen", "twenty-five", "hundreds of").

Works on characters, not tokens, so that a figure's value never depends on how the parser
split "10km" or "$1.3bn". Identifiers that only look like numbers are left out here: model
names ("S-400", "Su-34", "Shahed-136", "COVID-19", "G7") by the letters glued to them,
phone numbers and ISO dates by their shape, times of day by their colon.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: where it stands, its value, and how it was written."""

    start: int
    end: int
    value: float
    spelled: bool = False  # written in words ("six"), not digits
    vague: bool = False  # "hundreds of": the value is a lower bound
    currency: str | None = None  # "USD" for "$1.3 billion"
    high: float | None = None  # upper end of a range ("10-15", "10 to 15")


@cache
def lexicon() -> dict[str, Any]:
    """The figures lexicon (data/figures.toml), read once per process."""
    text = files("wiredesk.data").joinpath("figures.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon()["number_words"]
    ones, tens = _alternation(words["ones"]), _alternation(words["tens"])
    long_scales = _alternation([s for s in words["scales"] if len(s) > 2])
    word = rf"(?:{tens})(?:[-\s](?:{ones}))?|(?:{ones})|dozen"
    lead = rf"(?:(?:a|an|half\s+a)\s+(?=(?:dozen|{long_scales})\b))?"
    after_scale = "|".join(f"(?<={s})" for s in words["scales"] if len(s) > 2)
    joint = rf"(?:(?:{after_scale})\s+and\s+|[\s-]+)"  # "two hundred and fifty", not "5 and 6"
    spelled = rf"{lead}(?:{word}|{long_scales})(?:{joint}(?:{word}|{long_scales}))*"
    vague = _alternation(list(words["vague"]))
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    currency = _alternation(list(lexicon()["currencies"]))
    glued = r"(?:km|kms|mi|kg|lb|ft|m)"  # units written without a space: "10km"
    number = (
        rf"(?P<cur>{currency})?\s?(?P<num>{digits})"
        rf"(?:(?:\s+(?P<scale>{long_scales})\b)|(?P<short>bn|mn|m|k)\b)?"
        rf"(?:(?:[-–]|\s+to\s+)(?P<high>{digits})(?:\s+(?P<hscale>{long_scales})\b)?)?"
    )
    found = re.compile(
        rf"(?<![\w.,:/])(?<![A-Za-z][-–])(?:{number}(?:(?={glued}\b)|(?![\w]|[.,:/]\d|[-–]\w))"
        rf"|(?P<vague>(?:{vague}))\s+of\b"
        rf"|(?P<words>\b(?:{spelled})\b)(?![-–]\w))",
        re.IGNORECASE,
    )
    masked = re.compile(
        r"\+\d[\d\s().-]{6,}\d|\(\d{2,5}\)\s?\d[\d\s-]{4,}\d|\b\d{3}-\d{3,4}(?:-\d{4})?\b"
        r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
    )
    return found, masked


def _spelled_value(text: str) -> float:
    """The value of "two hundred and fifty", "a dozen", "half a million"."""
    words = lexicon()["number_words"]
    units = {w: i for i, w in enumerate(words["ones"])}
    units.update({w: 20 + 10 * i for i, w in enumerate(words["tens"])})
    scales = words["scales"]
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", text.lower()):
        if w == "half":
            current = 0.5
        elif w in ("a", "an"):
            current = current or 1.0
        elif w == "dozen":
            current = (current or 1.0) * words["dozen"]
        elif w in units:
            current += units[w]
        elif w in scales:
            current = (current or 1.0) * scales[w]
            if scales[w] >= 1000:
                total, current = total + current, 0.0
    return total + current

def _digits(text: str) -> float:
    return float(text.replace(",", ""))


def find_numbers(text: str) -> Iterator[Number]:
    """Every number in `text`, left to right, never overlapping."""
    found, masked = _patterns()
    hidden = [m.span() for m in masked.finditer(text)]
    scales = lexicon()["number_words"]["scales"]
    currencies = lexicon()["currencies"]
    for m in found.finditer(text):
        start, end = m.span()
        if any(a < end and start < b for a, b in hidden):
            continue
        if m.group("vague"):
            value = lexicon()["number_words"]["vague"][re.sub(r"\s+", " ", m["vague"].lower())]
            yield Number(start, m.end("vague"), float(value), spelled=True, vague=True)
            continue
        if m.group("words"):
            yield Number(start, end, _spelled_value(m["words"]), spelled=True)
            continue
        cur = m.group("cur")
        short = m.group("short")
        if short and short.lower() in ("m", "k") and not cur:
            end = m.end("num")  # "500m" without a currency is metres: the unit reads it
            short = None
        scale = m.group("scale") or short
        factor = scales[scale.lower()] if scale else 1
        value = _digits(m["num"]) * factor
        high = None
        if m.group("high"):
            hfactor = scales[m["hscale"].lower()] if m.group("hscale") else factor
            high = _digits(m["high"]) * hfactor
            if high <= value:  # "2022-23", "7-1": not a range of quantities
                end = m.end("num") if not scale else m.end("scale" if m.group("scale") else "short")
                high = None
        start = m.start("cur") if cur else m.start("num")
        currency = currencies.get(cur) or currencies.get(cur.upper()) if cur else None
        yield Number(start, end, value, currency=currency, high=high)
