"""Turn one pattern match into a TIMEX3 value, against the publication date and context.

The resolver walks an article in reading order and remembers the last day, month, year
and quarter it resolved, for anaphors ("on the same day", "that year") and for the
financial "a year earlier" that means the quarter under discussion a year back.
Without a publication date, relative expressions get no value, never today's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from wiredesk.extract import _timex_calendar as cal
from wiredesk.extract import _timex_feasts as feasts
from wiredesk.extract._timex_clues import Clues
from wiredesk.extract._timex_grammar import Candidate
from wiredesk.extract._timex_lexicon import table

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_IN = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|dozen|once|twice|times|percent)\b)"
    r"\S*(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|through|of|from|to|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|each|every)\s*-?$",
    re.IGNORECASE,
)
_UNIT_LETTER = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
}  # fmt: skip
_CLOCK_UNITS = {"second", "minute", "hour"}


@dataclass(frozen=True, slots=True)
class Timex:
    """A resolved expression: TIMEX3 value, type and mod, and how it was reached."""

    value: str | None
    type: str = "date"
    mod: str | None = None
    why: str = ""
    anchor: str | None = None
    context: bool = True  # False for "a year back" references: not the period under discussion
    day_unknown: bool = False  # a clock time put on the publication day for want of its own


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    return "centurie" if w == "centurie" else w


def _number(word: str | None) -> int | str | None:
    """An int, "X" for a vague count ("several"), or None when not a number."""
    if word is None:
        return None
    w = " ".join(word.lower().replace(",", "").split())
    if re.fullmatch(r"\d+", w):
        return int(w)
    if re.fullmatch(r"\d+\.\d+", w):
        return None
    nums = table("numbers")
    if w in nums:
        return nums[w]
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        a, b = nums[parts[0]], nums[parts[1]]
        if isinstance(a, int) and isinstance(b, int):
            return a + b
    return None


def year_value(text: str) -> int:
    """1996 from "1996", "nineteen ninety-six", "two thousand and five"."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "the", "year")]
    nums = table("numbers")
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(int(nums[w]) for w in words[2:])
    century = int(nums[words[0]]) * 100
    rest = words[1:]
    if rest == ["hundred"]:
        return century
    return century + sum(int(nums[w]) for w in rest)


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    return table("mods").get(" ".join(word.lower().split()).rstrip("-"))


class Resolver:
    """Resolve candidates in reading order, keeping the context anaphors need."""

    def __init__(self, anchor: date | None, clues: Clues) -> None:
        self.dct = anchor
        self.clues = clues
        self.last_day: date | None = None
        self.last_month: tuple[int, int] | None = None
        self.last_year: int | None = None
        self.last_quarter: tuple[int, int] | None = None
        self.quarter_sentence = -10
        self.day_sentence = -10
        self.story_day: tuple[date, int] | None = None  # a yearless date weeks before publication

    def resolve_all(self, cands: list[Candidate]) -> list[tuple[Candidate, Timex]]:
        """Resolve in reading order; a clock time takes a day named later in its sentence
        ("at 04:30 local time on Tuesday")."""
        out: list[tuple[Candidate, Timex]] = []
        waiting: list[int] = []
        for c in cands:
            timex = self.resolve(c)
            if timex is None:
                continue
            sentence = self.clues.sentence(c.start)
            waiting = [i for i in waiting if self.clues.sentence(out[i][0].start) == sentence]
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
        method = getattr(self, "_" + c.rule)
        out: Timex | None = method(c, c.match)
        if out is not None and out.value and out.context and not out.day_unknown:
            self._remember(c, out.value)
        return out

    # ---------------------------------------------------------------- context
    def _remember(self, c: Candidate, value: str) -> None:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
            self.last_day = cal.valid_day(int(m[1]), int(m[2]), int(m[3])) or self.last_day
            self.day_sentence = self.clues.sentence(c.start)
            self.last_month, self.last_year = (int(m[1]), int(m[2])), int(m[1])
        elif m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            self.last_month, self.last_year = (int(m[1]), int(m[2])), int(m[1])
        elif m := re.fullmatch(r"(\d{4})-Q(\d)", value):
            self.last_quarter, self.last_year = (int(m[1]), int(m[2])), int(m[1])
            self.quarter_sentence = self.clues.sentence(c.start)
        elif m := re.fullmatch(r"(\d{4})", value):
            self.last_year = int(m[1])

    def _quarter_talk(self, c: Candidate) -> bool:
        """True when a quarter was named in this sentence or the one before."""
        return self.last_quarter is not None and (
            self.clues.sentence(c.start) - self.quarter_sentence <= 1
        )

    def _tense(self, c: Candidate) -> str | None:
        return self.clues.tense(c.start, c.end)

    def _dct(self) -> str | None:
        return self.dct.isoformat() if self.dct else None

    # ---------------------------------------------------------------- explicit dates
    def _iso(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        d = cal.valid_day(int(m["year"]), int(m["mon"]), int(m["day"]))
        return Timex(cal.day(d), why="ISO date") if d else None

    def _numeric(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        year += 2000 if year < 100 else 0
        dmy, mdy = cal.valid_day(year, b, a), cal.valid_day(year, a, b)
        if dmy and mdy and dmy != mdy:
            if self.dct is None:
                return None
            pick = min((dmy, mdy), key=lambda d: abs((d - self.dct).days))  # type: ignore[operator]
            return Timex(cal.day(pick), why="numeric date, reading nearest the publication date")
        d = dmy or mdy
        return Timex(cal.day(d), why="numeric date, one reading only") if d else None

    def _month_number(self, word: str) -> int:
        return int(table("months")[word.rstrip(".").lower()])

    def _year_for_month(self, mon: int, c: Candidate, rel: str | None) -> tuple[int | None, str]:
        if self.dct is None:
            return None, "no publication date"
        y = self.dct.year
        rel = " ".join((rel or "").lower().split())
        if rel in ("last", "this past", "the past", "the previous"):
            return (y if mon < self.dct.month else y - 1), "the last such month before publication"
        if rel in ("next", "this coming", "the coming", "the following"):
            return (y if mon > self.dct.month else y + 1), "the next such month after publication"
        if rel in ("this", "the current", "the latest"):
            return y, "this year's month"
        tense, gap = self._tense(c), mon - self.dct.month
        if tense == "past" and gap > 1:
            return y - 1, "past tense: last year's month"
        if tense == "future" and gap < -1:
            return y + 1, "future tense: next year's month"
        if tense is None and abs(gap) > 6:
            return y - (gap > 0) + (gap < 0), "the nearest such month"
        return y, "month of the publication year"

    def _monthday(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        mon, dd = self._month_number(m["month"]), int(re.sub(r"\D", "", m["day"]))
        mod = _mod(m["mod"])
        if m["year"]:
            d = cal.valid_day(year_value(m["year"]), mon, dd)
            return Timex(cal.day(d), mod=mod, why="full date") if d else None
        if self.dct is None:
            d = cal.valid_day(self.last_year, mon, dd) if self.last_year else None
            if d:
                return Timex(cal.day(d), mod=mod, why="day and month in the year last named")
            return Timex(f"XXXX-{mon:02d}-{dd:02d}", mod=mod, why="day and month, year unknown")
        year = self.dct.year
        d = cal.valid_day(year, mon, dd)
        if d is None:
            return None
        tense = self._tense(c)
        if tense != "future" and (d - self.dct).days > 60:
            d = cal.valid_day(year - 1, mon, dd) or d
        elif tense == "future" and (self.dct - d).days > 60:
            d = cal.valid_day(year + 1, mon, dd) or d
        if 7 < (self.dct - d).days <= 120:
            self.story_day = (d, self.clues.sentence(c.start))
        return Timex(
            cal.day(d), mod=mod, why="day and month in the publication year", anchor=self._dct()
        )

    _daymonth = _monthday

    def _monthyear(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        mon = self._month_number(m["month"])
        if m["year"]:
            year: int | None = year_value(m["year"])
            why = "month and year"
        else:
            if self.dct is None:
                return Timex(None, why="month of a relative year, no publication date")
            year = self.dct.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
            why = f"month of {m['yrel'].lower()} year"
        return Timex(f"{year}-{mon:02d}", mod=_mod(m["mod"]), why=why, anchor=self._dct())

    def _month(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        mon = self._month_number(m["month"])
        rel, mod = m["rel"], _mod(m["mod"])
        if mon in (3, 5) and not rel and not mod:
            before = c.match.string[max(0, c.start - 12) : c.start]
            if before.lower().endswith("the "):
                return None
            if not _CUE_BEFORE.search(before) and not self.clues.date_entity(c.start, c.end):
                return None  # "May" the verb, "March" the walk
        year, why = self._year_for_month(
            mon, c, rel or ("the following" if "following" in c.match[0].lower() else None)
        )
        if year is None:
            return Timex(f"XXXX-{mon:02d}", mod=mod, why="month, year unknown")
        return Timex(f"{year}-{mon:02d}", mod=mod, why=why, anchor=self._dct())

    # ---------------------------------------------------------------- weekdays and days
    def _weekday(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        wd = int(table("weekdays")[m["wd"].lower()])
        part = table("day_parts").get((m["part"] or "").lower())
        if m["plural"]:
            return Timex(
                f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""),
                type="set",
                why="every such weekday",
            )
        rel = " ".join((m["rel"] or "").lower().split())
        mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(rel)
        if self.dct is None:
            return Timex(f"XXXX-WXX-{wd}", mod=mod, why="weekday, no publication date")
        if rel in ("last", "this past", "the previous"):
            d = cal.weekday_near(self.dct - timedelta(days=1), wd, future=False)
            why = "the last such weekday before publication"
        elif rel in ("next", "this coming", "the following"):
            d = cal.weekday_near(self.dct + timedelta(days=1), wd, future=True)
            why = "the next such weekday after publication"
        elif rel == "this":
            d, why = cal.week_day(self.dct, wd), "the weekday of the publication week"
        else:
            future = self._tense(c) == "future"
            d = cal.weekday_near(self.dct, wd, future=future)
            why = "coming weekday (future cue)" if future else "past weekday (reported event)"
            if (
                not future
                and (story := self._story_day(c))
                and not self.clues.reported(c.start, c.end)
            ):
                d = story + timedelta(days=(wd - story.isoweekday()) % 7)
                why = "the weekday after a date weeks back in the same passage"
        value = cal.day(d) + (f"T{part}" if part else "")
        return Timex(value, type="time" if part else "date", mod=mod, why=why, anchor=self._dct())

    def _story_day(self, c: Candidate) -> date | None:
        """The yearless date weeks back that the sentence before narrates, when this one opens
        on the weekday ("began on June 1. On Wednesday they ambushed ..."), if any."""
        if self.story_day is None or not self.clues.opens_sentence(c.start):
            return None
        d, sentence = self.story_day
        return d if self.clues.sentence(c.start) - sentence == 1 else None

    def _relday(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        rd = m["rd"].lower()
        part = table("day_parts").get((m["part"] or "").lower()) or table("day_parts").get(rd)
        shift = {"yesterday": -1, "tomorrow": 1}.get(rd, 0)
        if rd == "overnight":
            shift = -1
        mod = _mod(m["mod"])
        if self.dct is None:
            return Timex(
                None, type="time" if part else "date", mod=mod, why=f"{rd}, no publication date"
            )
        base, why = self.dct + timedelta(days=shift), f"{rd} from publication"
        told = self._day_in_passage(c) if rd == "overnight" else None
        if told and 0 < (base - told).days <= 31:
            base, why = told, "the night after the day the passage tells"
        value = cal.day(base) + (f"T{part}" if part else "")
        return Timex(
            value, type="time" if part else "date", mod=mod, why=why, anchor=base.isoformat()
        )

    def _day_in_passage(self, c: Candidate) -> date | None:
        """The day last named in this sentence or the one before."""
        near = self.clues.sentence(c.start) - self.day_sentence <= 1
        return self.last_day if near else None

    def _daypart(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        part = table("day_parts")[m["part"].lower()]
        rd = m["rd"].lower()
        if rd == "the" and part != "MO":
            return None
        base = self.last_day if rd in ("the", "that") and self.last_day else self.dct
        if rd == "that" and self.last_day is None:
            return Timex(None, type="time", why="that part of a day, no day named before")
        if base is None:
            return Timex(None, type="time", why="part of a day, no publication date")
        if rd == "last":
            base -= timedelta(days=1)
        return Timex(
            cal.day(base) + f"T{part}", type="time", why=f"{rd} {part}", anchor=base.isoformat()
        )

    # ---------------------------------------------------------------- units relative to now
    def _relunit(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        unit, rel, mod = m["unit"].lower(), " ".join(m["rel"].lower().split()), _mod(m["mod"])
        if unit == "weekend":
            return self._weekend(c, m)
        if rel in ("the latest",) and unit != "quarter":
            return None
        letter = _UNIT_LETTER[unit]
        if (
            unit == "quarter"
            and self.last_quarter
            and rel in ("the latest", "the current")
            and self._quarter_talk(c)
        ):
            y, q = self.last_quarter
            return Timex(f"{y}-Q{q}", mod=mod, why="the quarter under discussion")
        same_sentence = self.clues.sentence(c.start) == self.quarter_sentence
        if unit == "year" and rel == "last" and same_sentence and self.last_quarter:
            y, q = self.last_quarter
            return Timex(
                f"{y - 1}-Q{q}", why="the quarter under discussion, last year", context=False
            )
        if self.dct is None:
            return Timex(None, mod=mod, why=f"{rel} {unit}, no publication date")
        n = {"last": -1, "the past": -1, "the previous": -1, "this past": -1, "next": 1,
             "the coming": 1, "this coming": 1}.get(rel, 0)  # fmt: skip
        if unit == "quarter" and rel == "the latest":
            n = -1
        return Timex(
            cal.shifted(self.dct, letter, n),
            mod=mod,
            why=f"{rel} {unit} from publication",
            anchor=self._dct(),
        )

    def _part_of(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if self.dct is None:
            return Timex(None, mod=_mod(m["mod"]), why="part of this period, no publication date")
        letter = _UNIT_LETTER[m["unit"].lower()]
        value = cal.shifted(self.dct, letter, 0)
        return Timex(
            value, mod=_mod(m["mod"]), why="part of the current period", anchor=self._dct()
        )

    def _weekend(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if self.dct is None:
            return Timex("XXXX-WXX-WE", why="weekend, no publication date")
        words = m[0].lower().split()
        rel = words[-2] if len(words) >= 2 else "the"
        if (
            rel == "next"
            or (rel != "last" and self._tense(c) == "future")
            or self.dct.isoweekday() >= 6
        ):
            base = self.dct + timedelta(
                days=7 if rel == "next" and self.dct.isoweekday() >= 6 else 0
            )
        else:
            base = self.dct - timedelta(days=7)
        return Timex(
            cal.week(base) + "-WE", why=f"{rel} weekend from publication", anchor=self._dct()
        )

    def _season(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        code = table("seasons")[m["season"].lower()]
        rel = " ".join((m["rel"] or "").lower().split())
        mod = _mod(m["mod"])
        if m["year"]:
            return Timex(f"{year_value(m['year'])}-{code}", mod=mod, why="season and year")
        if m["mod"] and not rel:
            rel = "the"
        if not rel or (rel == "the" and code == "FA" and not m["mod"]):
            return None  # "summer" alone, "the fall of ..." are too often not times
        if rel == "the" and c.match.string[c.end : c.end + 4].lower() == " of ":
            return None
        if self.dct is None:
            return Timex(f"XXXX-{code}", mod=mod, why="season, no publication date")
        y = self.dct.year
        if rel in ("last", "this past"):
            season_end = {"SP": 5, "SU": 8, "FA": 11}.get(code, 13)
            y -= 0 if self.dct.month > season_end else 1
        elif rel == "next":
            y += 1
        return Timex(
            f"{y}-{code}",
            mod=mod,
            why=f"{rel or 'the'} season from publication",
            anchor=self._dct(),
        )

    # ---------------------------------------------------------------- quarters and halves
    def _quarter_year(self, q: int) -> int | None:
        if self.dct is None:
            return None
        dq = cal.quarter_of(self.dct)
        return self.dct.year if q <= dq + 1 else self.dct.year - 1

    def _quarter(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(
            m["ord"].lower(), 4
        )
        pre = (m["pre"] or "").lower()
        yrel = (m["yrel"] or m["yrel2"] or "").lower()
        if m["year"] or _YEAR_IN.search(pre):
            year: int | None = year_value(m["year"] or _YEAR_IN.search(pre)[1])  # type: ignore[index]
            why = "quarter of a named year"
        elif yrel and self.dct:
            year, why = (
                self.dct.year + {"this": 0, "last": -1, "next": 1}[yrel],
                f"quarter of {yrel} year",
            )
        else:
            year, why = self._quarter_year(q), "quarter of the year under discussion"
        back = any(w in pre for w in ("year-ago", "year-earlier", "comparable"))
        if year is None:
            return Timex(f"XXXX-Q{q}", why="quarter, year unknown")
        return Timex(f"{year - back}-Q{q}", why=why, anchor=self._dct(), context=not back)

    def _qcode(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        q = int(m["q"][1])
        year = year_value(m["year"]) if m["year"] else self._quarter_year(q)
        return Timex(f"{year}-Q{q}" if year else f"XXXX-Q{q}", why="Q-number quarter")

    def _period(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        which, what, det = (m["which"] or "").lower(), m["what"].lower(), (m["det"] or "").lower()
        if named := _YEAR_IN.search(which):
            if self._quarter_talk(c) and self.last_quarter:
                return Timex(f"{named[1]}-Q{self.last_quarter[1]}", why="quarter under discussion")
            return Timex(named[1], why="period of a named year")
        back = (
            any(w in which for w in ("year-ago", "year-earlier", "comparable", "corresponding"))
            or m["ly"]
        )
        if what == "period" and not (back or "latest" in which or "current" in which):
            return None
        if not det and not which:
            return None
        if self.last_quarter and self._quarter_talk(c):
            y, q = self.last_quarter
        elif "current" in which and self.dct:
            y, q = self.dct.year, cal.quarter_of(self.dct)
        elif self.dct and (what == "quarter" or "latest" in which):
            y, q = cal.shift_quarter(self.dct.year, cal.quarter_of(self.dct), -1)
        else:
            return None
        if back:
            y -= 1
        why = "the quarter under discussion" + (", a year back" if back else "")
        return Timex(f"{y}-Q{q}", why=why, context=not back)

    def _yearago(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if self._quarter_talk(c) and self.last_quarter:
            y, q = self.last_quarter
            return Timex(
                f"{y - 1}-Q{q}", why="the quarter under discussion, a year back", context=False
            )
        if self.dct is None:
            return None
        return Timex(str(self.dct.year - 1), why="a year before publication", anchor=self._dct())

    def _half(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        h = 1 if m["h"].lower() == "first" else 2
        if m["year"]:
            return Timex(f"{year_value(m['year'])}-H{h}", why="half of a named year")
        if self.dct is None:
            return None
        y = self.dct.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        return Timex(f"{y}-H{h}", why="half of a relative year", anchor=self._dct())

    # ---------------------------------------------------------------- years, decades, centuries
    def _year(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if not m["fiscal"] and not m["mod"] and not self.clues.year_like(c.start, c.end):
            return None
        opened = (m["open"] or "").lower()
        mod = _mod(m["mod"])
        if "later" in opened or "after" in opened or "beyond" in opened:
            mod = "ON_OR_AFTER"
        elif opened:
            mod = "ON_OR_BEFORE"
        return Timex(str(year_value(m["year"])), mod=mod, why="year")

    def _decade(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        mod = _mod(m["mod"])
        if m["c"]:
            return Timex(m["c"] + m["d"], mod=mod, why="decade")
        if m["dw"]:
            d = table("decade_words")[m["dw"].lower()]
            century = self.dct.year // 100 if self.dct else 19
            return Timex(f"{century}{d}", mod=mod, why="decade in words, this century")
        base = self.dct.year if self.dct else 1999
        d = int(m["d2"])
        century = base // 100 if d * 10 <= base % 100 else base // 100 - 1
        return Timex(f"{century}{d}", mod=mod, why="abbreviated decade")

    def _century(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        word = m["ord"].lower()
        n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(table("ordinals")[word])
        return Timex(f"{n - 1:02d}", why="century")

    # ---------------------------------------------------------------- counted units
    def _ago(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        n, unit = _number(m["num"]), _unit(m["unit"])
        direction = " ".join(m["dir"].lower().split())
        mod = _mod(m["approx"])
        if n is None or (unit == "second" and m["num"].lower() in ("a", "an")):
            return None
        letter = _UNIT_LETTER[unit]
        if direction in ("before", "after"):
            return Timex(
                _duration(n, unit), type="duration", mod=mod, why="span before or after an event"
            )
        if n == "X":
            if direction == "ago":
                return Timex("PAST_REF", why="vague count back")
            return None
        assert isinstance(n, int)
        sign = 1 if direction in ("later", "from now", "hence") else -1
        if unit in _CLOCK_UNITS and direction == "ago":
            return Timex("PAST_REF", why="hours back from an unknown clock of publication")
        if unit in _CLOCK_UNITS:
            return Timex(_duration(n, unit), type="duration", mod=mod, why="clock span")
        if unit == "year" and self._quarter_talk(c) and self.last_quarter:
            y, q = self.last_quarter
            why = "the quarter under discussion, years back"
            return Timex(f"{y + sign * n}-Q{q}", mod=mod, why=why, context=False)
        base = self.dct
        if direction in ("earlier", "later"):
            base = self.last_day if unit in ("day", "week") and self.last_day else self.dct
        if base is None:
            return Timex(None, mod=mod, why="counted back, no anchor")
        return Timex(
            cal.shifted(base, letter, sign * n),
            mod=mod,
            why=f"{n} {unit}(s) {direction}",
            anchor=base.isoformat(),
        )

    def _vague_ago(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        return Timex("PAST_REF", why="vague count back")

    def _duration(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        n, unit = _number(m["num"]), _unit(m["unit"])
        num = m["num"].lower()
        if n is None or (unit == "second" and num in ("a", "an")):
            return None
        if unit == "quarter" and re.search(r"\w-quarters\b", m[0], re.IGNORECASE):
            return None  # "three-quarters of the town": a fraction
        if num in ("a", "an") and not m["pre"] and not m["approx"]:
            before = c.match.string[max(0, c.start - 30) : c.start]
            if _AMOUNT_BEFORE.search(before):
                return Timex(_duration(1, unit), type="set", why="so many a unit: a rate")
        if m["num2"]:
            n = "X"
        value = _duration(n, unit)
        if m["half"] and isinstance(n, int):
            value = _duration_half(n, unit)
        return Timex(value, type="duration", mod=_mod(m["approx"]), why="counted span")

    def _plural_span(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        return Timex(_duration("X", _unit(m["unit"])), type="duration", why="uncounted span")

    def _set(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        every, unit = m["every"].lower(), m["unit"]
        n = _number(m["num"]) if m["num"] else 1
        if every in ("a", "an"):
            return None  # handled as a rate by _duration
        if unit.lower().rstrip("s") in table("weekdays"):
            wd = table("weekdays")[unit.lower().rstrip("s")]
            return Timex(f"XXXX-WXX-{wd}", type="set", why="every such weekday")
        if part := table("day_parts").get(unit.lower()):
            return Timex(f"XXXX-XX-XXT{part}", type="set", why="every such part of a day")
        u = _unit(unit)
        if n is None or (u == "second" and n == 1):
            return None
        return Timex(_duration(n, u), type="set", why=f"{every} {unit}")

    def _set_adverb(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        adv = m["adv"].lower()
        if adv != "annually" and not self._adverb(c):  # "a daily ration", "the Daily Mail"
            return None
        unit = {"annually": "Y", "yearly": "Y", "daily": "D", "weekly": "W", "monthly": "M",
                "hourly": "TH", "nightly": "D"}[adv]  # fmt: skip
        return Timex(f"P1{unit}" if unit != "TH" else "PT1H", type="set", why="frequency adverb")

    def _adverb(self, c: Candidate) -> bool:
        span = self.clues._span(c.start, c.end)
        return span is not None and span[0].pos_ == "ADV"

    # ---------------------------------------------------------------- vague and anaphoric
    def _vague(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        words = " ".join(m[0].lower().split())
        value = table("vague")[words]
        last = words.split()[-1]
        if last in ("future", "past", "present") and not self.clues.noun_use(c.start, c.end):
            return None
        if words == "soon" and c.match.string[max(0, c.start - 3) : c.start].lower() == "as ":
            return None
        return Timex(value, why="vague reference")

    def _anaphor(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        words = m["ana"].lower().split()
        unit = words[-1] if words[-1] in ("day", "week", "month", "year") else "day"
        shift = 0
        if any(w in words for w in ("previous", "preceding", "before", "earlier")):
            shift = -1
        elif any(w in words for w in ("next", "following", "after")):
            shift = 1
        base = self.last_day
        if unit in ("month", "year") and base is None:
            if unit == "year" and self.last_year:
                return Timex(str(self.last_year + shift), why="the year last mentioned")
            if unit == "month" and self.last_month:
                y, mo = self.last_month
                d = cal.shift_months(date(y, mo, 1), shift)
                return Timex(cal.month(d), why="the month last mentioned")
        if base is None:
            if shift == 0:
                return Timex(None, why="anaphor with no date before it")
            base = self.dct
        if base is None:
            return Timex(None, why="anaphor with no date before it")
        value = cal.shifted(base, _UNIT_LETTER[unit], shift)
        # a step back ("the previous day") looks behind the story's day without moving it
        return Timex(
            value, why="the date last mentioned", anchor=base.isoformat(), context=shift >= 0
        )

    # ---------------------------------------------------------------- clock times
    def _clock(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        h, mi = int(m["h"]), int(m["min"] or 0)
        if m["ampm"].lower().startswith("p") and h < 12:
            h += 12
        elif m["ampm"].lower().startswith("a") and h == 12:
            h = 0
        return self._time_of_day(c, f"{h:02d}:{mi:02d}")

    def _clock24(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if m["sep"] == "." and m["tz"].lower() in ("hours", "hrs"):
            return None  # "11.25 hours" is a span, not a clock
        return self._time_of_day(c, f"{int(m['h']):02d}:{m['min']}")

    def _stamp(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if self.dct is None:
            return Timex(f"XXXX-XX-XXT{int(m['h']):02d}:{m['min']}", type="time", why="entry stamp")
        value = f"{cal.day(self.dct)}T{int(m['h']):02d}:{m['min']}"
        return Timex(value, type="time", why="live-blog entry stamp, on the publication day",
                     anchor=self._dct())  # fmt: skip

    def _noon(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        return self._time_of_day(c, {"midnight": "24"}.get(m["rd"].lower(), "12:00"))

    def _time_of_day(self, c: Candidate, clock: str) -> Timex:
        same = self.last_day and self.clues.sentence(c.start) == self.day_sentence
        base = self.last_day if same else self.dct
        day_part = cal.day(base) if base else "XXXX-XX-XX"
        return Timex(f"{day_part}T{clock}", type="time", why="clock time on the day in context",
                     anchor=base.isoformat() if base else None, day_unknown=not same)  # fmt: skip

    def _the_day(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        base = self._day_in_passage(c) or self.dct
        if base is None:
            return Timex(None, why="the day in context, none named")
        return Timex(cal.day(base), why="the day the passage tells", anchor=base.isoformat())

    def _numeric_dm(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        a, b = int(m["a"]), int(m["b"])
        readings = {(mon, dd) for mon, dd in ((b, a), (a, b)) if cal.valid_day(2000, mon, dd)}
        if len(readings) != 1:
            return Timex(None, why="day/month or month/day: both read, left open")
        ((mon, dd),) = readings
        if self.dct is None:
            return Timex(f"XXXX-{mon:02d}-{dd:02d}", why="numeric day and month, year unknown")
        d = cal.valid_day(self.dct.year, mon, dd) or cal.valid_day(self.dct.year - 1, mon, dd)
        if d and (d - self.dct).days > 60:
            d = cal.valid_day(self.dct.year - 1, mon, dd)
        return Timex(cal.day(d) if d else None, why="numeric day and month, one reading only",
                     anchor=self._dct())  # fmt: skip

    def _new_year(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        if self.dct is None:
            return Timex(None, why="the new year, no publication date")
        late = self.dct.month >= 10 or (self.dct.month > 3 and self._tense(c) == "future")
        year = self.dct.year + late
        return Timex(str(year), why="the year about to begin" if late else "the year just begun",
                     anchor=self._dct())  # fmt: skip

    def _running(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        word = m["ord"].lower()
        n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else int(table("ordinals")[word])
        unit = (m["u1"] or m["u2"]).lower()
        return Timex(_duration(n, "day" if unit == "night" else unit), type="duration",
                     why="the nth unit in a row: a run of n units")  # fmt: skip

    def _feast(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        feast = feasts.named(m["feast"])
        rel = (m["rel"] or "").lower()
        if m["year"]:
            year: int | None = year_value(m["year"])
        elif self.dct:
            year = feasts.year_of(feast, self.dct, rel, self._tense(c))
        else:
            year = self.last_year
        value = feasts.value(feast, year) if year else None
        return Timex(value, why=f"{feast.key} in {year or 'an unknown year'}", anchor=self._dct())

    def _holiday(self, c: Candidate, m: re.Match[str]) -> Timex | None:
        mmdd = table("holidays")[" ".join(m["hol"].lower().split())]
        if self.dct is None:
            return Timex(f"XXXX-{mmdd}", why="holiday, year unknown")
        rel = (m["rel"] or "").lower()
        d = date.fromisoformat(f"{self.dct.year}-{mmdd}")
        if rel == "last" and d >= self.dct:
            d = d.replace(year=d.year - 1)
        elif rel == "next" and d <= self.dct:
            d = d.replace(year=d.year + 1)
        return Timex(cal.day(d), why="fixed-date holiday", anchor=self._dct())


def _duration(n: int | str, unit: str) -> str:
    letter = _UNIT_LETTER[unit]
    if unit == "quarter":
        n, letter = (n * 3 if isinstance(n, int) else n), "M"
    if unit == "decade" and isinstance(n, int):
        n, letter = n * 10, "Y"
    if unit in ("century", "centurie") and isinstance(n, int):
        n, letter = n * 100, "Y"
    return f"P{'T' if unit in _CLOCK_UNITS else ''}{n}{letter}"


def _duration_half(n: int, unit: str) -> str:
    """ "two and a half years" -> P2Y6M; units without a named half keep the whole count."""
    half = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}.get(unit)
    return _duration(n, unit) + (half or "")
