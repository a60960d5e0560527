"""Named days: feasts that move from year to year (Ramadan, Eid, Easter) and fixed
holidays (Christmas, New Year's Day), in the year the sentence means.
"""

from __future__ import annotations

import re
from datetime import date

from wiredesk.extract import _timex_calendar as cal
from wiredesk.extract import _timex_feasts as feasts
from wiredesk.extract import _timex_units as units
from wiredesk.extract._timex_grammar import Candidate
from wiredesk.extract._timex_lexicon import table
from wiredesk.extract._timex_state import ReadingState, Rule, Timex


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
    mmdd = table("holidays")[" ".join(m["hol"].lower().split())]
    if s.dct is None:
        return Timex(f"XXXX-{mmdd}", why="holiday, year unknown")
    rel = (m["rel"] or "").lower()
    d = date.fromisoformat(f"{s.dct.year}-{mmdd}")
    if rel == "last" and d >= s.dct:
        d = d.replace(year=d.year - 1)
    elif rel == "next" and d <= s.dct:
        d = d.replace(year=d.year + 1)
    return Timex(cal.day(d), why="fixed-date holiday", anchor=s.dct_iso())


RULES: dict[str, Rule] = {
    "feast": feast,
    "holiday": holiday,
}
