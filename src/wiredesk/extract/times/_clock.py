"""Clock times ("04:30 local time", "3 p.m.", "noon") and live-blog entry stamps, put on
the day their sentence names or, failing that, the publication day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import alternation, lexicon
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_ON_AFTER = re.compile(r"\s+on\s")
_DOTTED_CLOCK_LEAD = re.compile(
    r"\b" + alternation(lexicon()["grammar"]["dotted_clock_leads"]) + r"\s+$", re.IGNORECASE
)
_STORY_DAYS = 3  # how far before publication a report's day may lie
_LEAD_DAYS = 7  # how far before publication the lead's event day may lie for a bare clock
_MORNING_END = "12:00"  # a clock before it, told after a night, is the next morning


def clock(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    h, mi = int(m["h"]), int(m["min"] or 0)
    if m["ampm"].lower().startswith("p") and h < 12:
        h += 12
    elif m["ampm"].lower().startswith("a") and h == 12:
        h = 0
    return _time_of_day(s, c, f"{h:02d}:{mi:02d}")


def clock24(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    before = m.string[max(0, c.start - 20) : m.start("h")]
    if (
        m["sep"] == "."
        and m["tz"].lower() in ("hours", "hrs")
        and not _DOTTED_CLOCK_LEAD.search(before)
    ):
        return None  # "11.25 hours" is a span, not a clock; "at 10.40 hrs" is one
    return _time_of_day(s, c, f"{int(m['h']):02d}:{m['min']}")


def clock_bare(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "as of 08:00", and military "0600 on 10 March": four digits only with a leading zero
    and before a day, which no count has."""
    return _time_of_day(s, c, f"{int(m['h'] or m['h4']):02d}:{m['min'] or m['min4']}")


def stamp(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """A live blog's entry stamp, or the time a story was updated: a clock of the day it was
    published, whatever day the text around it tells."""
    what = "update stamp" if c.rule == "update_stamp" else "live-blog entry stamp"
    if s.dct is None:
        return Timex(f"XXXX-XX-XXT{int(m['h']):02d}:{m['min']}", type="time", why=what)
    value = f"{cal.day(s.dct)}T{int(m['h']):02d}:{m['min']}"
    return Timex(value, type="time", why=f"{what}, on the publication day",
                 anchor=s.dct_iso())  # fmt: skip


def noon(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """Noon at 12:00; midnight as TimeML writes the end of its day (T24: "expires at midnight
    Friday"), or, after a lead that starts from it, at 00:00 of the day it opens ("shortly
    after midnight on August 16"; after a night told, the next day's)."""
    if m["rd"].lower() != "midnight":
        return _time_of_day(s, c, "12:00")
    starts = (m["pre"] or "").lower() in lexicon()["grammar"]["midnight_start_leads"]
    return _time_of_day(s, c, "00:00" if starts else "24")


def _time_of_day(s: ReadingState, c: Candidate, clock: str) -> Timex:
    """On the day named before it in its sentence or the one before ("attacked the post late
    on Saturday. ... opened fire at around 11 p.m."), else the publication day; the small
    hours of a night told fall on the day after it. A clock told "on" a day ("until 06:00 on
    Sunday") waits for that day instead."""
    if _alone_on_line(c):  # "12:20 Kyiv time" heading a live-blog entry: a stamp
        day = cal.day(s.dct) if s.dct else "XXXX-XX-XX"
        why = "clock alone on its line, a live-blog stamp"
        return Timex(f"{day}T{clock}", type="time", why=why, anchor=s.dct_iso())
    same = s.last_day and s.clues.sentence(c.start) == s.day_sentence
    # a clock of a past event is on an event's day: "told a briefing today that the riot began
    # at 9 p.m." passes over the briefing's day for the last event's, "began at 1 a.m." over a
    # team expected on Wednesday for the lead's
    past = s.tense(c) == "past"
    lead = s.lead_day_within(_LEAD_DAYS) if past else None
    told = s.event_day_in_passage(c)
    if told is None and past and s.report_day_in_passage(c):
        told = s.event_day_within(_LEAD_DAYS)
    told = s.on_its_side(c, told or s.day_in_passage(c) or _story_day(s) or lead, _LEAD_DAYS)
    base = told or s.dct
    if told and s.night_of(told) and clock < _MORNING_END:
        base = told + timedelta(days=1)
    day_part = cal.day(base) if base else "XXXX-XX-XX"
    # a day named later in the sentence takes the clock only when no event's day came before:
    # "deployed on Monday. Troops set up checkpoints at 4 a.m. ..., where the soldier was
    # killed on Sunday" keeps Monday
    settled = same or (told is not None and told == s.event_day_in_passage(c))
    waits = not settled or _ON_AFTER.match(c.match.string, c.end) is not None
    return Timex(f"{day_part}T{clock}", type="time", why="clock time on the day in context",
                 anchor=base.isoformat() if base else None, day_unknown=waits)  # fmt: skip


def _story_day(s: ReadingState) -> date | None:
    """The day of an event last told, when it lies in the few days before publication: a
    report's clock times tell its event ("the firing stopped at about 21:00"), not the day it
    is filed."""
    for d in (s.event_day, s.last_day):
        if d and s.dct and 0 < (s.dct - d).days <= _STORY_DAYS:
            return d
    return None


def _alone_on_line(c: Candidate) -> bool:
    text = c.match.string
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    after = text[c.end : len(text) if line_end < 0 else line_end]
    return not text[line_start : c.start].strip() and not after.strip()


RULES: dict[str, Rule] = {
    "clock": clock,
    "clock24": clock24,
    "clock_bare": clock_bare,
    "stamp": stamp,
    "update_stamp": stamp,
    "noon": noon,
}
