"""Explicit dates: ISO and numeric dates, "12 August", "August 2025", "in March".

A day or month without its year takes the publication year, unless the tense or the
distance from publication says the year before or after is meant.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times import _units as units
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import alternation, lexicon, table
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}
# A yearless day this many days ahead of publication is last year's, or this many days back
# next year's, by the tense of its verb: told as past, it is never ahead by much; as future,
# never back; with no tense, the nearer of the two.
_YEAR_TURN: dict[str | None, tuple[int, int]] = {
    "past": (60, 10**6), "future": (10**6, 60), None: (182, 182),
}  # fmt: skip
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    rf"\b(?:{alternation(lexicon()['grammar']['deadline_leads'])})\s+"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)?\s+)?$",  # "until 6 a.m. on Tuesday"
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|through|of|from|to|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|each|every)\s*-?$",
    re.IGNORECASE,
)


def iso(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    d = cal.valid_day(int(m["year"]), int(m["mon"]), int(m["day"]))
    if d and m["hh"]:
        return Timex(f"{cal.day(d)}T{m['hh']}:{m['mm']}", type="time", why="ISO date and time")
    return Timex(cal.day(d), why="ISO date") if d else None


def numeric(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    a, b, year = int(m["a"]), int(m["b"] or m["b2"]), int(m["year"] or m["year2"])
    year += 2000 if year < 100 else 0
    dmy, mdy = cal.valid_day(year, b, a), cal.valid_day(year, a, b)
    if dmy and mdy and dmy != mdy:
        if s.dct is None:
            return None
        pick = min((dmy, mdy), key=lambda d: abs((d - s.dct).days))  # type: ignore[operator]
        return Timex(cal.day(pick), why="numeric date, reading nearest the publication date")
    d = dmy or mdy
    return Timex(cal.day(d), why="numeric date, one reading only") if d else None


def numeric_dm(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    a, b = int(m["a"]), int(m["b"])
    readings = {(mon, dd) for mon, dd in ((b, a), (a, b)) if cal.valid_day(2000, mon, dd)}
    if len(readings) != 1:
        return Timex(None, why="day/month or month/day: both read, left open")
    ((mon, dd),) = readings
    if s.dct is None:
        return Timex(f"XXXX-{mon:02d}-{dd:02d}", why="numeric day and month, year unknown")
    d = cal.valid_day(s.dct.year, mon, dd) or cal.valid_day(s.dct.year - 1, mon, dd)
    if d and (d - s.dct).days > 60:
        d = cal.valid_day(s.dct.year - 1, mon, dd)
    return Timex(cal.day(d) if d else None, why="numeric day and month, one reading only",
                 anchor=s.dct_iso())  # fmt: skip


def _month_number(word: str) -> int:
    return int(table("months")[word.rstrip(".").lower()])


def since(c: Candidate) -> bool:
    """True after "since" a few words back ("since the cuts in March"): a date not to come."""
    return _SINCE_BEFORE.search(c.match.string, max(0, c.start - 40), c.start) is not None


def deadline(c: Candidate) -> bool:
    """True for a deadline ("gave them until mid-November"), which a past verb can set ahead."""
    return _DEADLINE_BEFORE.search(c.match.string, max(0, c.start - 32), c.start) is not None


def _year_for_month(
    s: ReadingState, mon: int, c: Candidate, rel: str | None
) -> tuple[int | None, str]:
    if s.dct is None:
        return None, "no publication date"
    y = s.dct.year
    rel = " ".join((rel or "").lower().split())
    if rel == "last":  # the month just before publication is "last month": a year back
        return (y if mon < s.dct.month - 1 else y - 1), "the last such month a year back"
    if rel in ("this past", "the past", "the previous"):
        return (y if mon < s.dct.month else y - 1), "the last such month before publication"
    if rel in ("next", "this coming", "the coming", "the following"):
        return (y if mon > s.dct.month else y + 1), "the next such month after publication"
    if rel in ("this", "the current", "the latest"):
        return y, "this year's month"
    tense, gap = s.tense(c), mon - s.dct.month
    if not rel and _year_of_sentence(s, c) and s.last_year:
        return s.last_year, "the year its sentence names"  # "in 2003, ... in February and April"
    if since(c):
        return y - (gap > 0), "since: the last such month before publication"
    if tense == "past" and gap > 0 and not deadline(c):
        return y - 1, "past tense: last year's month"
    if (tense == "future" and gap < -1) or (deadline(c) and gap < -6):
        return y + 1, "future tense or a deadline: next year's month"
    if tense is None and abs(gap) > 6:
        return y - (gap > 0) + (gap < 0), "the nearest such month"
    return y, "month of the publication year"


def _year_of_sentence(s: ReadingState, c: Candidate) -> bool:
    """True when the last time told was a year before publication's, named in this sentence
    ("attacks in 2003, when 22 were killed in February"): a bare month of it is of that year."""
    return (
        s.last_unit in ("year", "month")
        and s.last_year is not None
        and s.dct is not None
        and s.last_year < s.dct.year
        and s.year_sentence == s.clues.sentence(c.start)
        and s.year_told[0] >= 0
        and s.clues.sentence(s.year_told[0]) == s.year_sentence
        and not since(c)
        and s.clues.same_clause(s.year_told, (c.start, c.end))
    )


def monthday(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """A day and month; "the morning of 24 February" is that day's morning, a time."""
    out = _monthday(s, c, m)
    told = (m.groupdict().get("dpart") or "").lower()
    if told == "week" and out is not None and out.value:  # "the week of March 16": its week
        return replace(out, value=cal.week(date.fromisoformat(out.value)))
    if out is not None and out.value and m.groupdict().get("hh"):
        # a stamp, "8 May 2026, 14:20": the date, then the clock on it, two expressions
        clock = f"{out.value}T{int(m['hh']):02d}:{m['mm']}"
        return replace(out, split=(m.end("year"), m.start("hh"), clock))
    part = table("day_parts").get(told)
    if out is None or not part or not out.value:
        return out
    return replace(out, value=f"{out.value}T{part}", type="time")


def _monthday(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    mon, dd = _month_number(m["month"]), int(re.sub(r"\D", "", m["day"]))
    mod = units.mod_of(m["mod"])
    if m["year"]:
        d = cal.valid_day(units.year_value(m["year"]), mon, dd)
        return Timex(cal.day(d), mod=mod, why="full date") if d else None
    if m.groupdict().get("yrel") and s.dct is not None:
        d = cal.valid_day(s.dct.year + _YEAR_SHIFT[m["yrel"].lower()], mon, dd)
        return Timex(cal.day(d), mod=mod, why="day and month of a year told from publication",
                     anchor=s.dct_iso()) if d else None  # fmt: skip
    if s.dct is None:
        d = cal.valid_day(s.last_year, mon, dd) if s.last_year else None
        if d:
            return Timex(cal.day(d), mod=mod, why="day and month in the year last named")
        return Timex(f"XXXX-{mon:02d}-{dd:02d}", mod=mod, why="day and month, year unknown")
    told = s.year_in_passage(c)
    told_day = cal.valid_day(told, mon, dd) if told and told < s.dct.year else None
    if told_day and s.clues.leads_sentence(c.start):
        why = "day and month in the year the passage tells"
        return Timex(cal.day(told_day), mod=mod, why=why)
    year = s.dct.year
    d = cal.valid_day(year, mon, dd)
    if d is None:
        return None
    tense, ahead = s.tense(c), (d - s.dct).days
    back, forth = _YEAR_TURN.get(tense, (60, 60))  # days before the year before or after is meant
    if since(c) and d > s.dct:
        d = cal.valid_day(year - 1, mon, dd) or d  # "since October 7", not yet this year
    elif ahead > back:
        d = cal.valid_day(year - 1, mon, dd) or d
    elif -ahead > forth:
        d = cal.valid_day(year + 1, mon, dd) or d
    if 7 < (s.dct - d).days <= 120:
        s.story_day = (d, s.clues.sentence(c.start))
    return Timex(
        cal.day(d), mod=mod, why="day and month in the publication year", anchor=s.dct_iso()
    )


def month_day(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "on the 14th": that day of the month under discussion, else of the publication month."""
    if s.clues.modifies_next(c.start, c.end):
        return None  # "by the 14th round"
    year, mon = s.last_month or ((s.dct.year, s.dct.month) if s.dct else (None, None))
    dd = int(m["day"])
    if year is None or mon is None:
        return Timex(None, why="day of an unknown month")
    d = cal.valid_day(year, mon, dd)
    return Timex(cal.day(d), why="day of the month under discussion") if d else None


def monthyear(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    mon = _month_number(m["month"])
    if m["year"]:
        year: int | None = units.year_value(m["year"])
        why = "month and year"
    else:
        if s.dct is None:
            return Timex(None, why="month of a relative year, no publication date")
        year = s.dct.year + _YEAR_SHIFT[m["yrel"].lower()]
        why = f"month of {m['yrel'].lower()} year"
    return Timex(f"{year}-{mon:02d}", mod=units.mod_of(m["mod"]), why=why, anchor=s.dct_iso())


def month(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    mon = _month_number(m["month"])
    rel, mod = m["rel"], units.mod_of(m["mod"])
    if mon in (3, 5) and not rel and not mod:
        before = c.match.string[max(0, c.start - 12) : c.start]
        if before.lower().endswith("the "):
            return None
        if not _CUE_BEFORE.search(before) and not s.clues.date_entity(c.start, c.end):
            return None  # "May" the verb, "March" the walk
    year, why = _year_for_month(
        s, mon, c, rel or ("the following" if "following" in c.match[0].lower() else None)
    )
    if year is None:
        return Timex(f"XXXX-{mon:02d}", mod=mod, why="month, year unknown")
    return Timex(f"{year}-{mon:02d}", mod=mod, why=why, anchor=s.dct_iso())


RULES: dict[str, Rule] = {
    "iso": iso,
    "numeric": numeric,
    "numeric_dm": numeric_dm,
    "monthday": monthday,
    "daymonth": monthday,
    "range_start": monthday,
    "night_span": monthday,
    "month_day": month_day,
    "monthyear": monthyear,
    "month": month,
}
