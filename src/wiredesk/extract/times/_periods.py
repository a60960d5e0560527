"""Periods named relative to publication or to the talk: "last week", "this year", "the
weekend", "next spring", "the third quarter", "the year-ago period", "the first half".

Financial news names quarters and periods against the quarter under discussion, not the
publication date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times import _units as units
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import table
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_YEAR_IN = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


def relunit(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    unit, rel, mod = m["unit"].lower(), " ".join(m["rel"].lower().split()), units.mod_of(m["mod"])
    if unit == "weekend":
        return weekend(s, c, m)
    if rel in ("the latest",) and unit not in ("quarter", "year"):
        return None
    letter = units.UNIT_LETTER[unit]
    if (
        unit == "quarter"
        and (compared := s.compared_quarter())
        and rel in ("the latest", "this")
        and s.quarter_talk(c)
    ):  # "the current quarter" stays the one running at publication
        y, q = compared
        return Timex(f"{y}-Q{q}", mod=mod, why="the quarter under discussion")
    same_sentence = s.clues.sentence(c.start) == s.quarter_sentence
    if unit == "year" and rel == "last" and same_sentence and (compared := s.compared_quarter()):
        y, q = compared
        return Timex(f"{y - 1}-Q{q}", why="the quarter under discussion, last year", context=False)
    if s.dct is None:
        return Timex(None, mod=mod, why=f"{rel} {unit}, no publication date")
    n = {"last": -1, "the past": -1, "the previous": -1, "this past": -1, "next": 1,
         "the coming": 1, "this coming": 1}.get(rel, 0)  # fmt: skip
    if rel == "the latest":
        n = -1  # "sales in the latest fiscal year": the last one closed
    told = s.day_in_passage(c) if rel == "the previous" else None
    if told:  # "the week to 9 March ... up from the previous week": the week before that one
        return Timex(cal.shifted(told, letter, n), mod=mod, why=f"the {unit} before the day told",
                     anchor=told.isoformat())  # fmt: skip
    return Timex(
        cal.shifted(s.dct, letter, n),
        mod=mod,
        why=f"{rel} {unit} from publication",
        anchor=s.dct_iso(),
    )


def part_of(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    if m["unit"].lower() == "day" and units.mod_of(m["mod"]) != "START":
        return None  # "at the end of the day" is an idiom; "since the start of the day" a time
    if s.dct is None:
        return Timex(
            None, mod=units.mod_of(m["mod"]), why="part of this period, no publication date"
        )
    letter = units.UNIT_LETTER[m["unit"].lower()]
    value = cal.shifted(s.dct, letter, 0)
    return Timex(
        value, mod=units.mod_of(m["mod"]), why="part of the current period", anchor=s.dct_iso()
    )


def weekend(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    if s.dct is None:
        return Timex("XXXX-WXX-WE", why="weekend, no publication date")
    words = m[0].lower().split()
    rel = words[-2] if len(words) >= 2 else "the"
    if rel == "next" or (rel != "last" and s.tense(c) == "future") or s.dct.isoweekday() >= 6:
        base = s.dct + timedelta(days=7 if rel == "next" and s.dct.isoweekday() >= 6 else 0)
    else:
        base = s.dct - timedelta(days=7)
    return Timex(cal.week(base) + "-WE", why=f"{rel} weekend from publication", anchor=s.dct_iso())


def season(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    code = table("seasons")[m["season"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    mod = units.mod_of(m["mod"])
    if m["year"]:
        return Timex(f"{units.year_value(m['year'])}-{code}", mod=mod, why="season and year")
    if not rel and (m["mod"] or m[0][:4].lower() == "the "):
        rel = "the"
    if not rel or (rel == "the" and code == "FA" and not m["mod"]):
        return None  # "summer" alone, "the fall of ..." are too often not times
    if rel == "the" and (
        c.match.string[c.end : c.end + 4].lower() == " of " or s.clues.modifies_next(c.start, c.end)
    ):
        return None  # "the summer of ...", "the spring offensive"
    if s.dct is None:
        return Timex(f"XXXX-{code}", mod=mod, why="season, no publication date")
    y = s.dct.year
    if rel in ("last", "this past"):
        season_end = {"SP": 5, "SU": 8, "FA": 11}.get(code, 13)
        y -= 0 if s.dct.month > season_end else 1
    elif rel == "next":
        y += s.dct.month >= _SEASON_START[code]  # the first such season to begin after publication
    elif code == "WI" and s.dct.month <= 2:
        y -= 1  # a winter is the year it begins in: January is still last year's winter
    elif (
        (rel == "the" or (rel == "this" and code == "WI"))
        and s.dct.month < _SEASON_START[code]
        and s.tense(c) == "past"
    ):
        y -= 1  # "blackouts all through the winter", "the rains failed this winter", told in
        # March: the winter just gone
    return Timex(
        f"{y}-{code}",
        mod=mod,
        why=f"{rel or 'the'} season from publication",
        anchor=s.dct_iso(),
    )


def _quarter_year(s: ReadingState, q: int) -> int | None:
    if s.dct is None:
        return None
    dq = cal.quarter_of(s.dct)
    return s.dct.year if q <= dq + 1 else s.dct.year - 1


def quarter(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(m["ord"].lower(), 4)
    pre = (m["pre"] or "").lower()
    yrel = (m["yrel"] or m["yrel2"] or "").lower()
    if m["year"] or _YEAR_IN.search(pre):
        year: int | None = units.year_value(m["year"] or _YEAR_IN.search(pre)[1])  # type: ignore[index]
        why = "quarter of a named year"
    elif yrel and s.dct:
        year, why = (
            s.dct.year + {"this": 0, "last": -1, "next": 1}[yrel],
            f"quarter of {yrel} year",
        )
    else:
        year, why = _quarter_year(s, q), "quarter of the year under discussion"
    back = any(w in pre for w in ("year-ago", "year-earlier", "comparable"))
    if year is None:
        return Timex(f"XXXX-Q{q}", why="quarter, year unknown")
    return Timex(f"{year - back}-Q{q}", why=why, anchor=s.dct_iso(), context=not back)


def qcode(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    if m["q"][0] in "Hh":  # "H1 2025"; a bare "H1" is as often a visa or a gene
        return (
            Timex(f"{units.year_value(m['year'])}-H{m['q'][1]}", why="H-number half")
            if m["year"]
            else None
        )
    q = int(m["q"][1])
    year = units.year_value(m["year"]) if m["year"] else _quarter_year(s, q)
    return Timex(f"{year}-Q{q}" if year else f"XXXX-Q{q}", why="Q-number quarter")


def period(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    which, what, det = (m["which"] or "").lower(), m["what"].lower(), (m["det"] or "").lower()
    if named := _YEAR_IN.search(which):
        if s.quarter_talk(c) and s.last_quarter:
            return Timex(f"{named[1]}-Q{s.last_quarter[1]}", why="quarter under discussion")
        return Timex(named[1], why="period of a named year")
    back = (
        any(w in which for w in ("year-ago", "year-earlier", "comparable", "corresponding", "last"))
        or m["ly"]
    )
    if what == "period" and not (back or "latest" in which or "current" in which):
        return None
    if not det and not which:
        return None
    if back and what == "period" and not s.last_quarter and s.dct:
        return Timex(str(s.dct.year - 1), why="a period a year back, no quarter named")
    if (compared := s.compared_quarter()) and (s.quarter_talk(c) or back):
        y, q = compared  # "the year-ago period": the quarter reported, a year back
    elif "current" in which and s.dct:
        y, q = s.dct.year, cal.quarter_of(s.dct)
    elif s.dct and (what == "quarter" or "latest" in which):
        y, q = cal.shift_quarter(s.dct.year, cal.quarter_of(s.dct), -1)
    else:
        return None
    if back:
        y -= 1
    why = "the quarter under discussion" + (", a year back" if back else "")
    return Timex(f"{y}-Q{q}", why=why, context=not back)


def yearago(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    if s.quarter_talk(c) and (compared := s.compared_quarter()):
        y, q = compared
        return Timex(
            f"{y - 1}-Q{q}", why="the quarter under discussion, a year back", context=False
        )
    if s.dct is None:
        return None
    return Timex(str(s.dct.year - 1), why="a year before publication", anchor=s.dct_iso())


def half(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["year"]:
        return Timex(f"{units.year_value(m['year'])}-H{h}", why="half of a named year")
    if s.dct is None:
        return None
    y = s.dct.year + {"this": 0, "the": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    return Timex(f"{y}-H{h}", why="half of a relative year", anchor=s.dct_iso())


RULES: dict[str, Rule] = {
    "relunit": relunit,
    "part_of": part_of,
    "weekend": weekend,
    "season": season,
    "quarter": quarter,
    "qcode": qcode,
    "period": period,
    "yearago": yearago,
    "half": half,
}
