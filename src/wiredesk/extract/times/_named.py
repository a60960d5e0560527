"""Named days: feasts that move from year to year (Ramadan, Eid, Easter) and fixed
holidays (Christmas, New Year's Day), in the year the sentence means.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times import _feasts as feasts
from wiredesk.extract.times import _units as units
from wiredesk.extract.times._dates import deadline
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import table
from wiredesk.extract.times._state import ReadingState, Rule, Timex


def feast(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    feast = feasts.named(m["feast"])
    rel = (m["rel"] or "").lower()
    if m["year"]:
        year: int | None = units.year_value(m["year"])
    elif s.dct:
        year = feasts.year_of(feast, s.dct, rel, s.tense(c))
    else:
        year = s.last_year
    value = feasts.value(feast, year) if year else None
    return Timex(value, why=f"{feast.key} in {year or 'an unknown year'}", anchor=s.dct_iso())


def holiday(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """A holiday in the year meant: "last Christmas" the one before publication, a bare one
    the publication year's unless the tense says it has not come yet (past, but not a
    deadline: "guards posted through Memorial Day") or is over; a national day is the
    story's country's; "the eve of" one is the day before it."""
    name = " ".join(m["hol"].lower().split())
    national = table("national_days").get((s.clues.country or "").lower(), {})
    fixed = {k.lower(): v for k, v in national.items()}.get(name) or table("holidays").get(name)
    if not fixed and name not in table("weekday_holidays"):
        return Timex(None, why="a national day of a country not told")
    if s.dct is None:
        return Timex(f"XXXX-{fixed}" if fixed else None, why="holiday, year unknown")
    rel, tense, year = (m["rel"] or "").lower(), s.tense(c), s.dct.year
    d = _holiday_day(name, year, fixed)
    if m["year"]:  # "Christmas Eve 2023"
        d = _holiday_day(name, units.year_value(m["year"]), fixed)
    elif (rel == "last" or (not rel and tense == "past" and not deadline(c))) and d > s.dct:
        d = _holiday_day(name, year - 1, fixed)
    elif (rel == "next" or (not rel and tense == "future")) and d < s.dct:
        d = _holiday_day(name, year + 1, fixed)
    if m["eve"]:
        d -= timedelta(days=1)
    return Timex(cal.day(d), why="holiday", anchor=s.dct_iso())


def _holiday_day(name: str, year: int, fixed: str | None) -> date:
    if fixed:
        return date.fromisoformat(f"{year}-{fixed}")
    mon, weekday, nth = table("weekday_holidays")[name]
    return cal.nth_weekday(year, mon, weekday, nth)


RULES: dict[str, Rule] = {
    "feast": feast,
    "holiday": holiday,
}
