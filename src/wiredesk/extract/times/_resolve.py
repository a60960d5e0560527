"""Turn pattern matches into TIMEX3 values, in reading order, against the publication date.

Each rule of `_grammar` has its resolver in the module of its concern (explicit dates,
days near publication, periods, years, counted units, anaphora, clocks, named days); they
share what the reader remembers (`_state`). Without a publication date, relative
expressions get no value, never today's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from wiredesk.extract.times import (
    _anaphora,
    _clock,
    _counts,
    _dates,
    _days,
    _named,
    _periods,
    _years,
)
from wiredesk.extract.times._clues import Clues
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import alternation, lexicon
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?")  # "2025-08-12", "2025-08-12TNI"
_CLOCKS = frozenset({"clock", "clock24", "clock_bare", "noon"})
_EVENING, _NOON = "18:00", "12:00"  # an evening clock then a morning one: midnight passed
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")
_JOIN_LEADS = frozenset(lexicon()["grammar"]["clock_join_leads"])
# what may stand between a clock and its day: a comma or a joining word, on one line
_JOINT = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:"
    + alternation(lexicon()["grammar"]["clock_day_joints"])
    + r"[^\S\n]+)?|[^\S\n]+"
    + alternation(lexicon()["grammar"]["day_clock_joints"])
    + r"[^\S\n]+",
    re.IGNORECASE,
)
# what joins "overnight" to the day its night runs into: "overnight into Friday"
_NIGHT_INTO = re.compile(
    r"[^\S\n]+" + alternation(lexicon()["grammar"]["night_into_joints"]) + r"[^\S\n]+",
    re.IGNORECASE,
)
_RULES: dict[str, Rule] = {
    **_dates.RULES,
    **_days.RULES,
    **_periods.RULES,
    **_years.RULES,
    **_counts.RULES,
    **_anaphora.RULES,
    **_clock.RULES,
    **_named.RULES,
}


class Resolver:
    """Resolve candidates in reading order, keeping the context anaphors need."""

    def __init__(self, anchor: date | None, clues: Clues) -> None:
        self.state = ReadingState(anchor, clues)

    def resolve_all(self, cands: list[Candidate]) -> list[tuple[Candidate, Timex]]:
        """Resolve in reading order; a clock time takes a day named later in its sentence
        ("at 04:30 local time on Tuesday"), and one written against its day ("10 p.m.
        Wednesday", "tomorrow at 9 a.m.") is a time on that day, the day its own date."""
        out: list[tuple[Candidate, Timex]] = []
        waiting: list[int] = []
        beside: set[int] = set()  # clocks that took the day written against them
        sentence_of = self.state.clues.sentence
        for c in cands:
            timex = self.resolve(c)
            if timex is None:
                continue
            sentence = sentence_of(c.start)
            waiting = [i for i in waiting if sentence_of(out[i][0].start) == sentence]
            joined = _joined(out[-1], (c, timex)) if out else None
            if joined is not None:
                waiting = [i for i in waiting if i != len(out) - 1]
                out[-1], (c, timex) = joined
                beside.add(len(out) - (out[-1][0].rule in _CLOCKS))
            if timex.day_unknown:
                waiting.append(len(out))
            elif waiting and timex.value and (joined or _DAY_OR_PART.fullmatch(timex.value)):
                day = timex.value[:10]
                for i in waiting:
                    held, clock = out[i][1], (out[i][1].value or "").partition("T")[2]
                    out[i] = (
                        out[i][0],
                        replace(
                            held,
                            value=f"{day}T{clock}",
                            why="clock time on the day named after it",
                            anchor=day,
                            day_unknown=False,
                        ),
                    )
                waiting = []
            out.extend(_split(c, timex) if joined is None else [(c, timex)])
        for i, (c, timex) in enumerate(out):
            if c.rule in _CLOCKS and i not in beside:
                out[i] = (c, _past_midnight(out[:i], c, timex, sentence_of))
            elif timex.night_open:
                out[i] = (c, self._night_ended(out[i + 1 :], c, timex))
        return out

    def _night_ended(
        self, after: list[tuple[Candidate, Timex]], c: Candidate, timex: Timex
    ) -> Timex:
        """An "overnight" of no day told is the night before the day told next in its sentence
        when that day ends it ("overnight into Friday") or is the day it was reported ("killed
        overnight, officials said on Sunday"), a day of the last week; else as it was."""
        s = self.state
        for cand, told in after[:3]:
            if s.clues.sentence(cand.start) != s.clues.sentence(c.start):
                break
            day = _DAY_OR_PART.fullmatch(told.value or "")
            if day is None or s.dct is None:
                continue
            d = date.fromisoformat(told.value[:10])  # type: ignore[index]
            into = _NIGHT_INTO.fullmatch(c.match.string, c.end, cand.start) is not None
            if 0 <= (s.dct - d).days <= 7 and (into or s.clues.reported(cand.start, cand.end)):
                night = d - timedelta(days=1)
                why = "the night before the day told after it"
                value = f"{night.isoformat()}TNI"
                return replace(timex, value=value, anchor=d.isoformat(), why=why, night_open=False)
            break
        return timex

    def resolve(self, c: Candidate) -> Timex | None:
        try:
            out = _RULES[c.rule](self.state, c, c.match)
        except OverflowError:  # counted past year 9999 or before year 1: no calendar date
            return None
        if out is not None and out.value and not out.day_unknown:
            if out.context:
                self.state.remember(c, out.value)
            else:
                self.state.looked_back(c, out.value)
        return out


def _split(c: Candidate, timex: Timex) -> list[tuple[Candidate, Timex]]:
    """One expression, or the two a phrase holds: two counts ("between eight and 15 years":
    "eight", then "15 years"), a date stamped with its clock ("8 May 2026, 14:20")."""
    if timex.split is None:
        return [(c, timex)]
    first_end, second_start, second = timex.split
    return [
        (replace(c, end=first_end), replace(timex, split=None)),
        (
            replace(c, start=second_start),
            replace(
                timex,
                value=second,
                split=None,
                type="time" if _CLOCK_VALUE.fullmatch(second) else timex.type,
            ),
        ),
    ]


def _joined(
    before: tuple[Candidate, Timex], after: tuple[Candidate, Timex]
) -> tuple[tuple[Candidate, Timex], tuple[Candidate, Timex]] | None:
    """A clock time and the day written right against it ("noon Thursday", "5 p.m. EST,
    Nov. 6", "tomorrow at 9 a.m.", "9 p.m. tonight"): the clock as a time on that day, the
    day kept as its own date (news annotation marks the date a reader scores apart from the
    clock: "at about 1 a.m. on Sunday" holds "1 a.m." and "Sunday"), in text order; else
    None."""
    (c1, t1), (c2, t2) = before, after
    if not _JOINT.fullmatch(c1.match.string, c1.end, c2.start):
        return None
    if c1.rule in _CLOCKS and c2.rule not in _CLOCKS:
        clock, day = t1, t2
    elif c2.rule in _CLOCKS and c1.rule not in _CLOCKS and _point_lead(c2):
        clock, day = t2, t1
    else:
        return None
    if not (day.value and _DAY_OR_PART.fullmatch(day.value) and clock.value):
        return None
    value = f"{day.value[:10]}T{clock.value.partition('T')[2]}"
    timed = replace(clock, value=value, type="time", why="clock time on the day beside it",
                    anchor=day.value[:10], day_unknown=False)  # fmt: skip
    return ((c1, timed), (c2, t2)) if clock is t1 else ((c1, t1), (c2, timed))


def _point_lead(c: Candidate) -> bool:
    """True for a clock time told as a point after its day ("Tuesday at 5 p.m.", "Friday
    3 p.m."), not as one end of a span ("on 10 August from 06:00")."""
    groups = c.match.groupdict()
    lead = groups["pre"] if "pre" in groups else c.match.group(0).split()[0]
    return lead is None or lead[0].isdigit() or " ".join(lead.lower().split()) in _JOIN_LEADS


def _past_midnight(
    out: list[tuple[Candidate, Timex]],
    c: Candidate,
    timex: Timex,
    sentence_of: Callable[[int], int],
) -> Timex:
    """A morning clock time told on the day of an evening one just before it in the passage
    is the next morning ("began at 10:30 p.m. on Wednesday and was brought under control
    after 4 a.m.", "a curfew from 10 p.m. to 5 a.m.")."""
    now = _CLOCK_VALUE.fullmatch(timex.value or "")
    if now is None or now[2] >= _NOON:
        return timex
    for cand, told in reversed(out):
        if sentence_of(c.start) - sentence_of(cand.start) > 1:
            break
        before = _CLOCK_VALUE.fullmatch(told.value or "")
        if before is None:
            continue
        if before[1] != now[1] or before[2] < _EVENING:
            return timex
        day = (date.fromisoformat(now[1]) + timedelta(days=1)).isoformat()
        why = "clock time after midnight, on the day after the evening told before it"
        return replace(timex, value=f"{day}T{now[2]}", why=why, anchor=day)
    return timex
