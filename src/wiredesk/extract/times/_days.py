"""Days near publication: weekdays ("on Tuesday"), "yesterday", "overnight", "this
morning", "the day".

News reads a bare weekday in the week of publication: the past one for reported events,
the coming one for scheduled ones.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from wiredesk.extract.times import _calendar as cal
from wiredesk.extract.times import _units as units
from wiredesk.extract.times._dates import deadline
from wiredesk.extract.times._grammar import Candidate
from wiredesk.extract.times._lexicon import alternation, lexicon, table
from wiredesk.extract.times._state import ReadingState, Rule, Timex

_ON_AFTER = re.compile(r"\s+on\s")
_CLAUSE_AFTER = re.compile(
    r"\s+" + alternation(list(lexicon()["grammar"]["the_part_not_before"])) + r"\b", re.IGNORECASE
)
_DAY_MARK_LEADS = frozenset(lexicon()["grammar"]["day_mark_leads"])
_NTH_DAY_LEAD = re.compile(
    r"\b" + alternation(list(lexicon()["grammar"]["nth_day_leads"])) + r"\s+$", re.IGNORECASE
)


_LEAD_DAYS = 7  # how far before publication the lead's event day may lie for "that night"


def weekday(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    wd = int(table("weekdays")[m["wd"].lower()])
    part = table("day_parts").get((m["part"] or m["parts"] or "").lower().removesuffix("s"))
    if m["plural"] or m["parts"]:  # "on Fridays", "Tuesday nights": every such day
        return Timex(
            f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""),
            type="set",
            why="every such weekday",
        )
    rel = " ".join((m["rel"] or "").lower().split())
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(rel)
    if s.dct is None:
        return Timex(f"XXXX-WXX-{wd}", mod=mod, why="weekday, no publication date")
    anaphoric = rel in ("the previous", "the following")  # counted from the day last told
    told = (s.day_in_passage(c) or s.last_day) if anaphoric else None
    if told:  # "closed at 2082, down from the previous Friday": the one before the day told
        step = 1 if rel == "the following" else -1
        d = cal.weekday_near(told + timedelta(days=step), wd, future=step > 0)
        why = f"{rel} such weekday from the day last told"
    elif rel in ("last", "this past", "the previous"):
        # "last Tuesday" said on a Wednesday is a week back: the day before is "on Tuesday"
        d = cal.weekday_near(s.dct - timedelta(days=2 if rel == "last" else 1), wd, future=False)
        why = "the last such weekday before publication"
    elif rel in ("next", "this coming", "the following"):
        d = cal.weekday_near(s.dct + timedelta(days=1), wd, future=True)
        why = "the next such weekday after publication"
    elif rel == "this":
        d, why = cal.week_day(s.dct, wd), "the weekday of the publication week"
    else:
        d, why = _bare_weekday(s, c, wd)
    value = cal.day(d) + (f"T{part}" if part else "")
    return Timex(value, type="time" if part else "date", mod=mod, why=why, anchor=s.dct_iso())


def _bare_weekday(s: ReadingState, c: Candidate, wd: int) -> tuple[date, str]:
    """The weekday of a week near publication that the tense points to, or the one after a
    date weeks back that the passage narrates."""
    assert s.dct is not None
    tense = s.tense(c)
    future = (
        tense == "future"
        or (tense is None and s.clues.scheduled_present(c.start, c.end))
        or s.clues.ahead(c.start, c.end)
    )
    if not future and deadline(c) and s.clues.sets_deadline(c.start, c.end):
        d = cal.weekday_near(s.dct + timedelta(days=1), wd, future=True)
        return d, "a deadline set on a weekday still to come"
    d = cal.weekday_near(s.dct, wd, future=future)
    why = "coming weekday (future cue)" if future else "past weekday (reported event)"
    if not future and (story := _story_day(s, c)) and not s.clues.reported(c.start, c.end):
        d = story + timedelta(days=(wd - story.isoweekday()) % 7)
        why = "the weekday after a date weeks back in the same passage"
    return d, why


def night_between(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "In the night from Wednesday to Thursday": the night of the first day."""
    wd = int(table("weekdays")[m["wd"].lower()])
    part = table("day_parts")[m["part"].lower()]
    if s.dct is None:
        return Timex(f"XXXX-WXX-{wd}T{part}", type="time", why="night of a weekday, no date")
    d, why = _bare_weekday(s, c, wd)
    return Timex(f"{cal.day(d)}T{part}", type="time", why=f"the {part} that starts on a {why}",
                 anchor=s.dct_iso())  # fmt: skip


def _story_day(s: ReadingState, c: Candidate) -> date | None:
    """The yearless date weeks back that the sentence before narrates, when this one opens
    on the weekday ("began on June 1. On Wednesday they ambushed ..."), if any."""
    if s.story_day is None or not s.clues.opens_sentence(c.start):
        return None
    d, sentence = s.story_day
    return d if s.clues.sentence(c.start) - sentence == 1 else None


def relday(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    rd = m["rd"].lower()
    named = (m["part"] or m["mark"] or "").lower()  # "today's morning", "at dawn today"
    part = table("day_parts").get(named) or table("day_parts").get(rd)
    shift = {"yesterday": -1, "tomorrow": 1}.get(rd, 0)
    if rd == "overnight":
        shift = -1
    if m["twice"]:  # "the day before yesterday", "the day after tomorrow"
        shift += {"before": -1, "after": 1}[m["twice"].lower()]
    mod = units.mod_of(m["mod"])
    if s.dct is None:
        return Timex(
            None, type="time" if part else "date", mod=mod, why=f"{rd}, no publication date"
        )
    base, why = s.dct + timedelta(days=shift), f"{rd} from publication"
    if rd == "overnight":
        base, why = _overnight(s, c, base, why)
    value = cal.day(base) + (f"T{part}" if part else "")
    return Timex(value, type="time" if part else "date", mod=mod, why=why, anchor=base.isoformat(),
                 night_open=rd == "overnight" and why.endswith("from publication"))  # fmt: skip


def _overnight(s: ReadingState, c: Candidate, base: date, why: str) -> tuple[date, str]:
    """The night a story's "overnight" means: the night after the day of the happening told
    before it (in the passage, else the lead's within a week), the night before that day on
    a verb in the past perfect ("the device had been planted overnight"), else the night
    before publication."""
    told = s.happening_day(c, _LEAD_DAYS)
    if told is None or not 0 <= (base - told).days <= 31:
        return base, why
    if s.clues.before_told(c.start, c.end):
        return told - timedelta(days=1), "the night before the day the story tells"
    return told, "the night after the day the story tells"


def daypart(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    part = table("day_parts")[m["part"].lower()]
    rd = "that" if m["same"] else m["rd"].lower()  # "the same night" is "that night"
    told = s.day_in_passage(c)
    if (
        rd == "the"
        and part != "MO"
        and (
            told is None
            or s.clues.modifies_next(c.start, c.end)
            or _CLAUSE_AFTER.match(c.match.string, c.end)
        )
    ):
        return None  # "the night" of no day told, "the night shift", "the night the plane fell"
    base = s.last_day if rd in ("the", "that") and s.last_day else s.dct
    if rd == "that" and base is not None and s.tense(c) == "past":
        base = s.told_day(c, _LEAD_DAYS) or base  # "were at a festival that night": the story's
    if rd == "that" and s.last_day is None:
        return Timex(None, type="time", why="that part of a day, no day named before")
    if base is None:
        return Timex(None, type="time", why="part of a day, no publication date")
    if rd == "last":
        base -= timedelta(days=1)
    return Timex(
        cal.day(base) + f"T{part}", type="time", why=f"{rd} {part}", anchor=base.isoformat()
    )


def daypart_shift(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "The next morning", "the previous night": that part of the day after or before the
    one the passage tells (its event's day first)."""
    part = table("day_parts")[m["part"].lower()]
    base = s.event_day_in_passage(c) or s.day_in_passage(c) or s.last_day
    if base is None:
        return Timex(None, type="time", why="a part of a day next to one not told")
    d = base + timedelta(days=int(table("day_part_shifts")[m["shift"].lower()]))
    return Timex(f"{cal.day(d)}T{part}", type="time", why="a part of the day next to the one told",
                 anchor=base.isoformat())  # fmt: skip


def day_mark(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "Shortly after dawn", "at dusk": that part of the day the passage tells, else of the
    publication day."""
    before = c.match.string[max(0, c.start - 12) : c.start].lower().split()
    if not before or before[-1] not in _DAY_MARK_LEADS:
        return None  # "the dawn of a new era"
    if _ON_AFTER.match(c.match.string, c.end):
        return None  # "before dawn on July 4": the day told after it is the date
    base = s.on_its_side(c, s.event_day_in_passage(c) or s.day_in_passage(c), _LEAD_DAYS) or s.dct
    part = table("day_parts")[m["mark"].lower()]
    if base is None:
        return Timex(None, type="time", why="a mark of the day, no publication date")
    return Timex(f"{cal.day(base)}T{part}", type="time", why="a mark of the day in context",
                 anchor=base.isoformat())  # fmt: skip


def the_day(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    base = s.day_in_passage(c) or s.dct
    if base is None:
        return Timex(None, why="the day in context, none named")
    return Timex(cal.day(base), why="the day the passage tells", anchor=base.isoformat())


def day_apposition(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "On 7 October, the day the raid began": the day just named, said again."""
    same = s.last_day and s.clues.sentence(c.start) == s.day_sentence
    if not same or s.last_day is None:
        return None
    return Timex(cal.day(s.last_day), why="the day just named, in apposition",
                 anchor=s.last_day.isoformat())  # fmt: skip


def nth_day(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "Today is the eighth day of the blockade": the day the sentence speaks from (the day
    it names, else publication); "the third day of talks" alone is no date."""
    before = c.match.string[max(0, c.start - 30) : c.start].lower()
    if not _NTH_DAY_LEAD.search(before):
        return None
    base = s.day_in_passage(c) if not before.rstrip().endswith(("is", "'s", "’s")) else None
    base = base or s.dct
    if base is None:
        return Timex(None, why="the nth day of an event, no publication date")
    return Timex(cal.day(base), why="the nth day of an event, told as the day it is said",
                 anchor=base.isoformat())  # fmt: skip


def the_week(s: ReadingState, c: Candidate, m: re.Match[str]) -> Timex | None:
    """ "For the week, the index fell": a week of the year in context that the text does not
    pin down (TIMEX3 "1989-WXX")."""
    base = s.day_in_passage(c) or s.dct
    if base is None:
        return Timex("XXXX-WXX", why="a week left open, no publication date")
    return Timex(f"{base.year}-WXX", why="a week the passage leaves open", anchor=base.isoformat())


RULES: dict[str, Rule] = {
    "weekday": weekday,
    "night_between": night_between,
    "relday": relday,
    "daypart": daypart,
    "daypart_shift": daypart_shift,
    "the_day": the_day,
    "day_mark": day_mark,
    "the_week": the_week,
    "nth_day": nth_day,
    "day_apposition": day_apposition,
}
