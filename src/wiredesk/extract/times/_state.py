"""What a reader remembers while reading an article in order: the publication date, and the
last day, month, year and quarter resolved, for anaphors ("on the same day", "that year")
and for the financial "a year earlier" that means the quarter under discussion a year back.
Every resolver module reads it; only `remember` writes the memory."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times._clues import Clues
from wiredesk.extract.times._grammar import Candidate


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
    night_open: bool = False  # an "overnight" put before publication for want of a day told
    # two spans in one phrase ("between eight and 15 years"): where the first ends, where the
    # second starts, and the second's value
    split: tuple[int, int, str] | None = None


class ReadingState:
    """The publication date, the parse, and the dates read so far."""

    def __init__(self, anchor: date | None, clues: Clues) -> None:
        self.dct = anchor
        self.clues = clues
        self.last_day: date | None = None
        self.night_told = False  # the last day was told as its night ("late on Saturday night")
        self.last_unit = ""  # the unit of the date last told: "day", "month", "quarter", "year"
        self.last_month: tuple[int, int] | None = None
        self.last_year: int | None = None
        self.last_quarter: tuple[int, int] | None = None
        self.reported_quarter: tuple[int, int] | None = None  # the last one over at publication
        self.quarter_sentence = -10
        self.day_sentence = -10
        self.event_day: date | None = None  # the last day told of an event, not of a report
        self.event_night = False  # that day was told as its night ("attacked overnight")
        self.event_sentence = -10
        self.story_day: tuple[date, int] | None = None  # a yearless date weeks before publication
        self.year_sentence = -10  # the sentence that last named a year, month or day
        self.day_reported = False  # the last day was told of a report ("said on Tuesday")
        self.lead_day: date | None = None  # the first day told of an event before publication
        self.year_told = (-1, -1)  # where the last bare year stands ("in 2003")

    def remember(self, c: Candidate, value: str) -> None:
        if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
            self.last_day = cal.valid_day(int(m[1]), int(m[2]), int(m[3])) or self.last_day
            self.day_sentence = self.clues.sentence(c.start)
            self.day_reported = self.clues.reported(c.start, c.end)
            if not self.day_reported:
                self.event_day, self.event_sentence = self.last_day, self.day_sentence
                self.event_night = value.endswith("TNI")
                day, dct = self.last_day, self.dct
                first = self.lead_day is None and day and dct and day < dct
                if first and self.clues.narrated(c.start, c.end):  # not a heading's "2-8 Nov"
                    self.lead_day = day
            self.night_told = value.endswith("TNI")
            self.last_unit = "day"
            self.last_month, self.last_year = (int(m[1]), int(m[2])), int(m[1])
        elif m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            self.last_month, self.last_year = (int(m[1]), int(m[2])), int(m[1])
            self.last_unit = "month"
        elif m := re.fullmatch(r"(\d{4})-Q(\d)", value):
            self.last_quarter, self.last_year = (int(m[1]), int(m[2])), int(m[1])
            if self.dct is None or self.last_quarter < (self.dct.year, cal.quarter_of(self.dct)):
                self.reported_quarter = self.last_quarter
            self.quarter_sentence = self.clues.sentence(c.start)
            self.last_unit = "quarter"
        elif m := re.fullmatch(r"(\d{4})", value):
            self.last_year, self.last_unit = int(m[1]), "year"
            self.year_told = (c.start, c.end)
        else:
            return
        self.year_sentence = self.clues.sentence(c.start)

    def looked_back(self, c: Candidate, value: str) -> None:
        """A reference back to the quarter a year before ("up from $4 million a year
        earlier") keeps the talk on quarters going, without changing the quarter under
        discussion: the next "a year earlier" still means that quarter."""
        if re.fullmatch(r"\d{4}-Q\d", value):
            self.quarter_sentence = self.clues.sentence(c.start)

    def year_in_passage(self, c: Candidate) -> int | None:
        """The year named in this sentence or the two before ("In 2022 ... On 24 February")."""
        return self.last_year if self.clues.sentence(c.start) - self.year_sentence <= 2 else None

    def compared_quarter(self) -> tuple[int, int] | None:
        """The quarter a "year-ago" or "latest" figure is set against: the last one named that
        was over at publication (results are reported, forecasts are not compared), else the
        last one named."""
        return self.reported_quarter or self.last_quarter

    def quarter_talk(self, c: Candidate) -> bool:
        """True when a quarter was named in this sentence or the one before."""
        return self.last_quarter is not None and (
            self.clues.sentence(c.start) - self.quarter_sentence <= 1
        )

    def day_in_passage(self, c: Candidate) -> date | None:
        """The day last named in this sentence or the one before."""
        near = self.clues.sentence(c.start) - self.day_sentence <= 1
        return self.last_day if near else None

    def event_day_in_passage(self, c: Candidate) -> date | None:
        """The day last told of an event in this sentence or the one before, passing over the
        days a report was made ("stormed the post on Sunday, sources told us on Tuesday. They
        came at dawn": Sunday's dawn)."""
        near = self.clues.sentence(c.start) - self.event_sentence <= 1
        return self.event_day if near else None

    def told_day(self, c: Candidate, within: int) -> date | None:
        """The day the story is about, for a time that names none: the day of an event told in
        this sentence or the one before, else the first event day told before publication
        (the lead's "attacked the post early on 4 November"), when at most `within` days
        back; a day told only of a report ("told a briefing this afternoon") is passed over."""
        return self.event_day_in_passage(c) or self.lead_day_within(within)

    def happening_day(self, c: Candidate, within: int) -> date | None:
        """The day of the happening the story tells, for a time that leans on it ("overnight",
        "the day before"): the event day of this sentence or the one before; the day last
        named there unless a report was made on it ("seized the town on Sunday, residents
        said on Tuesday": Sunday); else the lead's event day when at most `within` days back."""
        if told := self.event_day_in_passage(c):
            return told
        if not self.report_day_in_passage(c) and (told := self.day_in_passage(c)):
            return told
        return self.lead_day_within(within)

    def lead_day_within(self, within: int) -> date | None:
        """The first event day told before publication, when at most `within` days back."""
        return self._within(self.lead_day, within)

    def event_day_within(self, within: int) -> date | None:
        """The last event day told, when before publication and at most `within` days back."""
        return self._within(self.event_day, within)

    def on_its_side(self, c: Candidate, day: date | None, within: int) -> date | None:
        """`day`, unless it lies on the other side of publication from the tense of the words:
        a past clock after it ("a team is expected on Thursday. The attack began at 1 a.m.")
        takes the lead's event day, else the publication day; a clock to come before it
        ("fighters overran the post on Saturday ... the next briefing will be at 15:00") the
        publication day."""
        if not (day and self.dct) or day == self.dct:
            return day
        tense = self.tense(c)
        if day > self.dct and tense == "past":
            return self.lead_day_within(within) or self.dct
        if day < self.dct and tense == "future":
            return self.dct
        return day

    def _within(self, day: date | None, within: int) -> date | None:
        if day is not None and self.dct is not None and 0 < (self.dct - day).days <= within:
            return day
        return None

    def report_day_in_passage(self, c: Candidate) -> bool:
        """True when the day last named in this sentence or the one before was a report's."""
        return self.day_reported and self.day_in_passage(c) is not None

    def night_of(self, day: date) -> bool:
        """True when `day` was last told as its night, as the last day or the last event's."""
        return (day == self.last_day and self.night_told) or (
            day == self.event_day and self.event_night
        )

    def tense(self, c: Candidate) -> str | None:
        return self.clues.tense(c.start, c.end)

    def dct_iso(self) -> str | None:
        return self.dct.isoformat() if self.dct else None


Rule = Callable[[ReadingState, Candidate, "re.Match[str]"], Timex | None]
