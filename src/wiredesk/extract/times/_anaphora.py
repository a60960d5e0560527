"""References that lean on something else: vague ones ("in recent weeks", "now") and
anaphoric ones ("on the same day", "the following year"), read against the date last
mentioned.
"""

from __future__ import annotations

import re
from datetime import date

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times import _units as units
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import table
from wiredesk.extract.times._state import ReadingState, Rule, Timex


def vague(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    words = " ".join(m[0].lower().split())
    value = table("vague")[words]
    last = words.split()[-1]
    if last in ("future", "past", "present") and not s.clues.noun_use(c.start, c.end):
        return None
    if words == "soon" and c.match.string[max(0, c.start - 3) : c.start].lower() == "as ":
        return None
    return Timex(value, why="vague reference")


def vague_adjective(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "the current crisis", "a recent raid": a time only as an adjective before its noun."""
    if not s.clues.qualifies_noun(c.start, c.end):
        return None  # "the current is strong", "it is recent"
    value = table("vague_adjectives")[" ".join(m["adj"].lower().split())]
    return Timex(value, why="adjective placing its noun in time")


def anaphor(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    words = m["ana"].lower().split()
    unit = words[-1] if words[-1] in ("day", "week", "month", "year") else "day"
    shift = 0
    if any(w in words for w in ("previous", "preceding", "before", "earlier")):
        shift = -1
    elif any(w in words for w in ("next", "following", "after")):
        shift = 1
    base = s.last_day
    if s.report_day_in_passage(c) and (happened := s.event_day_in_passage(c)):
        # "seized the port on Saturday, the army said on Wednesday. The following day ...":
        # the day of the happening, not the day it was reported
        base = happened
    if shift and s.clues.takes_object(c.start, c.end) and s.lead_day:
        # "moved to a school the day before the strike": the story's event, not the date last
        # told; a step beside it that moves no memory
        value = cal.shifted(s.lead_day, units.UNIT_LETTER[unit], shift)
        return Timex(value, why="the day beside the story's event", anchor=s.lead_day.isoformat(),
                     context=False)  # fmt: skip
    # "seized power in 2022 and ... the following year": the year told last, not an older day
    coarser = {"year": ("month", "quarter", "year"), "month": ("month",)}.get(unit, ())
    if base is None or s.last_unit in coarser:
        if unit == "year" and s.last_year:
            return Timex(str(s.last_year + shift), why="the year last mentioned")
        if unit == "month" and s.last_month:
            y, mo = s.last_month
            d = cal.shift_months(date(y, mo, 1), shift)
            return Timex(cal.month(d), why="the month last mentioned")
    if base is None:
        if shift == 0:
            return Timex(None, why="anaphor with no date before it")
        base = s.dct
    if base is None:
        return Timex(None, why="anaphor with no date before it")
    value = cal.shifted(base, units.UNIT_LETTER[unit], shift)
    # a step back ("the previous day") looks behind the story's day without moving it
    return Timex(value, why="the date last mentioned", anchor=base.isoformat(), context=shift >= 0)


RULES: dict[str, Rule] = {
    "vague": vague,
    "vague_adjective": vague_adjective,
    "anaphor": anaphor,
}
