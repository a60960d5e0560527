"""Counted units: offsets ("two weeks ago", "three days later"), durations ("for 96
days"), runs ("the third day running") and sets ("every Friday", "1,000 a day", "daily").

A count of days back from publication is a date; a count standing alone is a span.
"""

from __future__ import annotations

import re
from datetime import date

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times import _units as units
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import lexicon, table
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|dozen|once|twice|times|percent)\b)"
    r"\S*(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)


def ago(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    n, unit = units.number(m["num"]), units.unit_of(m["unit"])
    direction = " ".join(m["dir"].lower().split())
    mod = units.mod_of(m["approx"])
    if n is None or (unit == "second" and m["num"].lower() in ("a", "an")):
        return None
    letter = units.UNIT_LETTER[unit]
    if direction in ("before", "after"):
        return Timex(
            units.duration(n, unit), type="duration", mod=mod, why="span before or after an event"
        )
    if n == "X":
        if direction == "ago":
            return Timex("PAST_REF", why="vague count back")
        return None
    assert isinstance(n, int)
    if unit == "fortnight":
        n, unit = 2 * n, "week"
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if unit in units.CLOCK_UNITS and direction == "ago":
        return Timex("PAST_REF", why="hours back from an unknown clock of publication")
    if unit in units.CLOCK_UNITS:
        return Timex(units.duration(n, unit), type="duration", mod=mod, why="clock span")
    if unit == "year" and s.quarter_talk(c) and (compared := s.compared_quarter()):
        y, q = compared
        why = "the quarter under discussion, years back"
        return Timex(f"{y + sign * n}-Q{q}", mod=mod, why=why, context=False)
    base = s.dct
    if direction in ("earlier", "later"):  # counted from the time told, not from publication
        base = s.last_day if unit in ("day", "week") and s.last_day else s.dct
        if unit == "year" and direction == "later" and s.last_year:
            base = date(s.last_year, 1, 1)  # "in 2019 ... two years later" (while "a year
            # earlier" compares with the period reported, so stays with publication)
        if unit == "month" and direction == "later" and s.last_month:
            base = date(*s.last_month, 1)  # "in June 2021 ... six months later": 2021-12
    if base is None:
        return Timex(None, mod=mod, why="counted back, no anchor")
    return Timex(
        cal.shifted(base, letter, sign * n),
        mod=mod,
        why=f"{n} {unit}(s) {direction}",
        anchor=base.isoformat(),
    )


def vague_ago(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    return Timex("PAST_REF", why="vague count back")


def counted_span(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    n, unit = units.number(m["num"]), units.unit_of(m["unit"])
    num = m["num"].lower()
    if n is None or (unit == "second" and num in ("a", "an")):
        return None
    if unit == "quarter" and re.search(r"\w-quarters\b", m[0], re.IGNORECASE):
        return None  # "three-quarters of the town": a fraction
    if num in ("a", "an") and not (m["pre"] or m["approx"] or m["half2"]):
        before = c.match.string[max(0, c.start - 30) : c.start]
        if _AMOUNT_BEFORE.search(before):
            return Timex(units.duration(1, unit), type="set", why="so many a unit: a rate")
    first = m["num2"] and m["range"].lower() in lexicon()["grammar"]["range_first_count"]
    if m["num2"] and not (first and isinstance(n, int)):
        n = "X"  # "10 to 14 days" is PXD; "between eight and 15 years" two spans, P8Y first
    if _ahead(s, c, m, n):  # "will be redeemed in five years": the year it comes to
        assert s.dct is not None and isinstance(n, int)
        letter = units.UNIT_LETTER[unit]
        return Timex(cal.shifted(s.dct, letter, n), why="a count of units ahead of a future verb",
                     anchor=s.dct_iso())  # fmt: skip
    value = units.duration(n, unit)
    if (m["half"] or m["half2"] or m["frac"]) and isinstance(n, int):
        value = units.duration_half(n, unit)
    split = None
    if first and isinstance(n, int) and isinstance(n2 := units.number(m["num2"]), int):
        # "between eight and 15 years": "eight" (P8Y) and "15 years" (P15Y), as TimeML marks them
        split = (m.end("num"), m.start("num2"), units.duration(n2, unit))
    return Timex(value, type="duration", mod=units.mod_of(m["approx"]), why="counted span",
                 split=split)  # fmt: skip


def _ahead(s: ReadingState, c: Candidate, m: re.Match[str], n: int | str) -> bool:
    """True for "in" a whole count of days, weeks, months or years on a future verb: a date
    that far ahead of publication, as TimeML writes it, not a span."""
    pre = " ".join((m["pre"] or "").lower().split())
    return (
        pre in lexicon()["grammar"]["ahead_leads"]
        and isinstance(n, int)
        and not m["approx"]
        and not m["half"]
        and units.unit_of(m["unit"]) in ("day", "week", "month", "year")
        and s.dct is not None
        and s.tense(c) == "future"
    )


def past_unit(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "over the past day", "the past hour", "the next fortnight": a one-unit span, not a date."""
    return Timex(units.duration(1, m["unit"] or m["unit2"]), type="duration", why="one-unit span")


def period_to(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "the week to 9 March": a span of one unit; the date closing it is read on its own."""
    return Timex(units.duration(1, m["unit"].lower()), type="duration", why="reporting period")


def plural_span(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    return Timex(
        units.duration("X", units.unit_of(m["unit"])), type="duration", why="uncounted span"
    )


def running(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    word = m["ord"].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(table("ordinals")[word])
    unit = (m["u1"] or m.groupdict().get("u2") or "").lower()
    return Timex(units.duration(n, "day" if unit == "night" else unit), type="duration",
                 why="the nth unit in a row: a run of n units")  # fmt: skip


def every_unit(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    every, unit = m["every"].lower(), m["unit"]
    num = m.groupdict().get("num")
    n = units.number(num) if num else 1
    if unit.lower().rstrip("s") in table("weekdays"):
        wd = table("weekdays")[unit.lower().rstrip("s")]
        return Timex(f"XXXX-WXX-{wd}", type="set", why="every such weekday")
    if part := table("day_parts").get(unit.lower()):
        return Timex(f"XXXX-XX-XXT{part}", type="set", why="every such part of a day")
    if mon := table("months").get(unit.lower()):
        return Timex(f"XXXX-{int(mon):02d}", type="set", why="every such month")
    if season := table("seasons").get(unit.lower()):
        return Timex(f"XXXX-{season}", type="set", why="every such season")
    u = units.unit_of(unit)
    if n is None or (u == "second" and n == 1):
        return None
    return Timex(units.duration(n, u), type="set", why=f"{every} {unit}")


def set_adverb(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    adv = m["adv"].lower()
    if adv != "annually" and not _adverb(s, c):  # "a daily ration", "the Daily Mail"
        return None
    return Timex(table("set_adverbs")[adv], type="set", why="frequency adverb")


def _adverb(s: ReadingState, c: Candidate) -> bool:
    span = s.clues._span(c.start, c.end)
    return span is not None and span[0].pos_ == "ADV"


RULES: dict[str, Rule] = {
    "ago": ago,
    "vague_ago": vague_ago,
    "duration": counted_span,
    "past_unit": past_unit,
    "period_to": period_to,
    "plural_span": plural_span,
    "running": running,
    "running_for": running,
    "set": every_unit,
    "set_named": every_unit,
    "set_adverb": set_adverb,
}
