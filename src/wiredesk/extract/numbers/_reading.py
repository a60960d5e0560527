"""Read the words glued to a number: its qualifier ("more than"), unit ("km", "%"), rate
("a day"), a restatement in brackets ("(six miles)"), and the marks that it names
something ("Resolution 2231") or is an age, a time or a duration ("56-year-old", "four days").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wiredesk.extract.numbers._parse import Number, find_numbers, lexicon

LOOK = 40  # characters read around a number: qualifiers and units are short


@dataclass(frozen=True, slots=True)
class Reading:
    """What the surrounding characters say about one number."""

    start: int  # the figure's start, with its qualifier
    end: int  # the figure's end, with unit, rate and bracketed restatement
    qualifier: str
    unit: str | None = None
    unit_category: str | None = None
    rate: str | None = None
    alt: tuple[float, str] | None = None  # "(six miles)" -> (6.0, "mi")
    total: bool = False  # "a total of 340", "340 in all"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    units = [u for u in lex["units"] if u[0].isalpha()]
    unit_words = rf"(?:{_alternation(units)})(?:e?s)?\b|%"
    return {
        "qualifier": re.compile(
            rf"(?<![\w-])(?:({_alternation(lex['negated_qualifiers']['words'])})\s+)?"
            rf"({_alternation(list(lex['qualifiers']))})\s+$",
            re.I,
        ),
        "trailing": re.compile(rf"^\s*({_alternation(list(lex['trailing_qualifiers']))})\b", re.I),
        "unit": re.compile(rf"^(?:\s|[-–](?=[a-z]))?({unit_words})", re.I),
        "rate": re.compile(rf"^\s*({_alternation(list(lex['rates']))})\b"
                           rf"(?!\s+(?:{_alternation(lex['rate_ends']['relative'])})\b)", re.I),
        "bracket": re.compile(r"^\s*\(([^()]{1,40})\)"),
        "total_before": re.compile(rf"\b({_alternation(lex['totals']['before'])})\s+$", re.I),
        "total_after": re.compile(r"^\s*(in total|in all|altogether|combined|overall)\b", re.I),
        "designator": re.compile(rf"\b({_alternation(lex['skip']['designators'])})\s*$", re.I),
        "age_before": re.compile(r"[A-Za-z],\s$"),  # "Bo Nagar, 38, commands": an age
        "age_of": re.compile(rf"\b(?:{_alternation(lex['skip']['ages_before'])})\s+"
                             rf"(?:\d+\s*(?:{_alternation(lex['skip']['age_joins'])})\s*)*$",
                             re.I),
        "ratio": re.compile(r"\b(?:one|\d+)\s+(?:in|out of)\s+$", re.I),  # "one in three"
        # "(?!\w)", not "\b": "a.m." ends on a stop ("at about 6 a.m. He said ...")
        "after": re.compile(rf"^\s?-?({_alternation(lex['skip']['after'])})(?!\w)", re.I),
        # "500-pound bombs (227 kg)": the brackets restate a measure glued to its noun
        "restated": re.compile(rf"\d-(?:{unit_words})(?:\s+[a-z]+){{0,2}}\s*\($", re.I),
        # "444 Brigade": a capitalised unit word right after makes it a name
        "named_unit": re.compile(rf"^\s(?:{_alternation(lex['skip']['named_units'])})\b"),
    }


def _unit(word: str) -> tuple[str, str] | None:
    """("km", "distance") for "kilometres", "km", "%"; None for other words."""
    units = lexicon()["units"]
    w = word.lower().strip()
    for key in (w, w[:-1], w[:-2]):
        if key in units:
            unit, category, _ = units[key]
            return unit, category
    return None


def is_name_or_date(text: str, number: Number) -> bool:
    """True for "Resolution 2231", "444 Brigade", "a 56-year-old", "four days", "3 pm",
    "one in three", and the "(227 kg)" of "500-pound bombs (227 kg)"."""
    pats = _patterns()
    before = text[max(0, number.start - LOOK) : number.start]
    after = text[number.end : number.end + LOOK]
    age = (
        not number.spelled
        and number.value < 110
        and after.startswith(",")
        and bool(pats["age_before"].search(before))
    )
    return age or bool(
        pats["designator"].search(before)
        or pats["age_of"].search(before)
        or pats["ratio"].search(before)
        or pats["after"].match(after)
        or pats["restated"].search(before)
        or (not number.spelled and pats["named_unit"].match(after))
    )


def _bound(words: str, negated: bool) -> str:
    """The qualifier of "more than", or of "not more than" (at most) when negated."""
    qualifier = str(lexicon()["qualifiers"][words.lower()])
    flipped = lexicon()["negated_qualifiers"]
    return str(flipped.get(qualifier, qualifier)) if negated else qualifier


def read(text: str, number: Number) -> Reading:
    """The qualifier, unit, rate and restatement around `number`."""
    pats = _patterns()
    lex = lexicon()
    start, end = number.start, number.end
    qualifier = "at_least" if number.vague else "exact"
    before = text[max(0, start - LOOK) : start]
    total = bool(pats["total_before"].search(before))
    if q := pats["qualifier"].search(before):
        qualifier = _bound(q.group(2), negated=q.group(1) is not None)
        start -= len(before) - q.start()
    if number.high is not None:
        qualifier = "at_least"
        if before.lower().endswith("between "):  # the range's own word is part of it
            start = number.start - len("between ")
    unit = unit_category = None
    alt = None
    if number.fraction:
        unit, unit_category = "fraction", "share"
    elif number.currency:
        unit, unit_category = number.currency, "money"
    elif u := pats["unit"].match(text[end : end + LOOK]):
        found = _unit(u.group(1))
        if found:
            unit, unit_category = found
            end += u.end()
            alt, end = _bracket(text, end)
    if t := pats["trailing"].match(text[end : end + LOOK]):
        qualifier = lex["trailing_qualifiers"][t.group(1).lower()]
        end += t.end()
    rate, end = rate_at(text, end)
    if pats["total_after"].match(text[end : end + LOOK]):
        total = True
    return Reading(start, end, qualifier, unit, unit_category, rate, alt, total)


def rate_at(text: str, end: int) -> tuple[str | None, int]:
    """A rate right at `end` ("a day", "per week") and where it stops."""
    if r := _patterns()["rate"].match(text[end : end + LOOK]):
        return lexicon()["rates"][r.group(1).lower()], end + r.end()
    return None, end


def _bracket(text: str, end: int) -> tuple[tuple[float, str] | None, int]:
    """A restatement in another unit right after a measure: "(six miles)", "(800 km)"."""
    b = _patterns()["bracket"].match(text[end : end + LOOK + 10])
    if not b:
        return None, end
    inside = b.group(1)
    numbers = list(find_numbers(inside))
    if len(numbers) != 1:
        return None, end
    found = _unit(inside[numbers[0].end :].strip(" -–"))
    if not found:
        return None, end
    return (numbers[0].value, found[0]), end + b.end()
