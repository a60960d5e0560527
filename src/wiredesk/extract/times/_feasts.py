"""Feasts that move from year to year (Ramadan, Eid, Easter): their days, read from the
[feasts] table of data/times.toml, and which year's feast a sentence means."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from wiredesk.extract.times._lexicon import lexicon

_MONTH_LONG = 29  # days of a month-long feast after its first


@dataclass(frozen=True, slots=True)
class Feast:
    key: str
    month_long: bool
    days: dict[int, date]  # year -> first day


@cache
def _feasts() -> dict[str, Feast]:
    """Every spelling of a feast's name, lower-cased, to its table."""
    out = {}
    for key, entry in lexicon()["feasts"].items():
        days = {int(y): date.fromisoformat(f"{y}-{mmdd}") for y, mmdd in entry["days"].items()}
        feast = Feast(key, bool(entry.get("month_long")), days)
        out.update({" ".join(name.lower().split()): feast for name in entry["names"]})
    return out


def named(words: str) -> Feast:
    return _feasts()[" ".join(words.lower().split())]


def year_of(feast: Feast, dct: date, rel: str, tense: str | None) -> int:
    """The year whose feast is meant: "last Ramadan" the one before publication, "next Eid"
    the one after; a bare name the publication year's, unless the tense says it has not
    come yet (past) or is over (future)."""
    first = feast.days.get(dct.year)
    if first is None:
        return dct.year
    last = first + timedelta(days=_MONTH_LONG if feast.month_long else 0)
    if rel == "last" or (tense == "past" and not rel):
        return dct.year - (first > dct)
    if rel == "next" or (tense == "future" and not rel):
        return dct.year + (last < dct)
    return dct.year


def value(feast: Feast, year: int) -> str | None:
    """The TIMEX3 value: the feast's day, or for a month-long feast the month holding most
    of its days; None outside the table's years."""
    first = feast.days.get(year)
    if first is None:
        return None
    if feast.month_long:
        middle = first + timedelta(days=_MONTH_LONG // 2)
        return f"{middle.year:04d}-{middle.month:02d}"
    return first.isoformat()
