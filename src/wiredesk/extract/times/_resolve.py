"""Turn pattern matches into TIMEX3 values, in reading order, against the publication date.

Each rule of `_grammar` has its resolver in the module of its concern (explicit dates,
days near publication, periods, years, counted units, anaphora, clocks, named days); they
share what the reader remembers (`_state`). Without a publication date, relative
expressions get no value, never today's date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

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
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
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
        ("at 04:30 local time on Tuesday")."""
        out: list[tuple[Candidate, Timex]] = []
        waiting: list[int] = []
        sentence_of = self.state.clues.sentence
        for c in cands:
            timex = self.resolve(c)
            if timex is None:
                continue
            sentence = sentence_of(c.start)
            waiting = [i for i in waiting if sentence_of(out[i][0].start) == sentence]
            if timex.day_unknown:
                waiting.append(len(out))
            elif waiting and timex.value and _DAY.fullmatch(timex.value):
                for i in waiting:
                    held, clock = out[i][1], (out[i][1].value or "").partition("T")[2]
                    out[i] = (
                        out[i][0],
                        replace(
                            held,
                            value=f"{timex.value}T{clock}",
                            why="clock time on the day named after it",
                            anchor=timex.value,
                            day_unknown=False,
                        ),
                    )
                waiting = []
            out.append((c, timex))
        return out

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
