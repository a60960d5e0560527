"""Years, decades and centuries: "1996", "fiscal 2025", "the 1990s", "the '80s", "the 19th
century", "the new year".
"""

from __future__ import annotations

import re

from wiredesk.extract.times import _units as units
from wiredesk.extract.times._dates import since
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import table
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_NEAR_YEARS = 2  # a number this close to the publication year, read as a date, is a year


def year(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    if not m["fiscal"] and not m["mod"] and not s.clues.year_like(c.start, c.end):
        near = s.dct is not None and abs(units.year_value(m["year"]) - s.dct.year) <= _NEAR_YEARS
        if not (near and s.clues.date_entity(c.start, c.end)):
            return None  # "2000 troops"; but "its 1989 results" in a 1989 story is the year
    opened = (m["open"] or "").lower()
    mod = units.mod_of(m["mod"])
    if "later" in opened or "after" in opened or "beyond" in opened:
        mod = "ON_OR_AFTER"
    elif opened:
        mod = "ON_OR_BEFORE"
    return Timex(str(units.year_value(m["year"])), mod=mod, why="year")


def fiscal_short(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "FY25": a fiscal year by its last two digits, this century's."""
    return Timex(str(2000 + int(m["yy"])), why="fiscal year, two digits")


def decade(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    mod = units.mod_of(m["mod"])
    if m["c"]:
        return Timex(m["c"] + m["d"], mod=mod, why="decade")
    if m["dw"]:
        d = table("decade_words")[m["dw"].lower()]
        century = s.dct.year // 100 if s.dct else 19
        return Timex(f"{century}{d}", mod=mod, why="decade in words, this century")
    base = s.dct.year if s.dct else 1999
    d = int(m["d2"])
    century = base // 100 if d * 10 <= base % 100 else base // 100 - 1
    return Timex(f"{century}{d}", mod=mod, why="abbreviated decade")


def century(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    word = m["ord"].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(table("ordinals")[word])
    return Timex(f"{n - 1:02d}", why="century")


def new_year(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    if s.dct is None:
        return Timex(None, why="the new year, no publication date")
    late = s.dct.month >= 10 or (s.dct.month > 3 and s.tense(c) == "future")
    year = s.dct.year + late
    return Timex(str(year), why="the year about to begin" if late else "the year just begun",
                 anchor=s.dct_iso())  # fmt: skip


def the_year(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "For the full year" is the publication year; "the year ended March 31" a year's span."""
    if m["ended"]:
        return Timex("P1Y", type="duration", why="a year ending on a day")
    if s.dct is None:
        return Timex(None, why="the year, no publication date")
    return Timex(str(s.dct.year), why="the year of publication", anchor=s.dct_iso())


def year_end(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "At year's end", "by the year end": the end of the publication year (TIMEX3 mod END);
    "by year-end", the compound, is its last day as TimeML writes it ("1989-12-31"), and
    "since year-end" the one before publication."""
    shift = {"next": 1, "last": -1}.get((m["rel"] or "").lower(), 0)
    if "-" not in m.group(0):
        if s.dct is None:
            return Timex(None, mod="END", why="the year's end, no publication date")
        return Timex(str(s.dct.year + shift), mod="END", why="the end of the year of publication",
                     anchor=s.dct_iso())  # fmt: skip
    if s.dct is None:
        return Timex("XXXX-12-31", why="the year's last day, no publication date")
    if not m["rel"] and since(c):
        shift = -1  # "the change is since year-end": the year's end already passed
    return Timex(f"{s.dct.year + shift}-12-31", why="the last day of the year of publication",
                 anchor=s.dct_iso())  # fmt: skip


RULES: dict[str, Rule] = {
    "year": year,
    "the_year": the_year,
    "year_end": year_end,
    "fiscal_short": fiscal_short,
    "decade": decade,
    "century": century,
    "new_year": new_year,
}
