"""Dates as day intervals from TIMEX3 values, and whether two places are the same place."""

from __future__ import annotations

import re
from datetime import date, timedelta

from wiredesk.crosscheck._text import normalise
from wiredesk.extract.places import distance_km
from wiredesk.records import Place

Interval = tuple[date, date]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def interval(value: str | None) -> Interval | None:
    """The days a TIMEX3 value covers; None for unknown or unanchored values (PAST_REF, P4D)."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            start = date(int(m[1]), int(m[2]), 1)
            following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            return start, following - timedelta(days=1)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def is_day(value: str | None) -> bool:
    """True for a value precise to the day."""
    return bool(value and _DAY.match(value))


def gap_days(a: Interval, b: Interval) -> int:
    """Days between two intervals; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def own_point(place: Place) -> bool:
    """True when the place's coordinates are its own: a name the gazetteer lacks has none, or
    the story town's as a guess (`guessed_at`), near enough to call it the same place but no
    evidence of how far it is from another."""
    return place.lat is not None and place.lon is not None and place.guessed_at is None


def km(a: Place, b: Place) -> float | None:
    """Great-circle distance, or None when either place has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _contains(outer: Place, inner: Place) -> bool:
    """A country or first-level region holding the other place."""
    if outer.kind == "country":
        return bool(outer.country) and outer.country == inner.country
    if outer.kind == "admin1":
        same_country = not outer.country or outer.country == inner.country
        return same_country and normalise(outer.admin1 or outer.name) == normalise(inner.admin1)
    return False


def may_hold(region: Place, town: Place, region_km: float) -> bool:
    """A named region the gazetteer gives only a centre for (Sinai, Donbas) may hold a town
    of its country near that centre: "near Bir al-Abd in North Sinai" is one place."""
    if region.kind != "region" or town.kind == "region" or region.country != town.country:
        return False
    distance = km(region, town)
    return distance is not None and distance <= region_km


def same_place(a: Place, b: Place, max_km: float) -> bool:
    """Within `max_km`, in the same first-level region, or one holds the other."""
    if a.name and normalise(a.name) == normalise(b.name):
        return True
    if a.admin1 and a.admin1 == b.admin1 and a.country == b.country:
        return True
    if _contains(a, b) or _contains(b, a):
        return True
    distance = km(a, b)
    return distance is not None and distance <= max_km


def far_apart(a: Place, b: Place, max_km: float) -> bool:
    """Two resolved places that cannot be the same place (the opposite needs evidence)."""
    if not (own_point(a) and own_point(b)):
        return False
    distance = km(a, b)
    return distance is not None and not same_place(a, b, max_km)
