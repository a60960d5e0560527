"""Calendar arithmetic and TIMEX3 spelling: days, ISO weeks, months, quarters, years."""

from __future__ import annotations

import re
from datetime import date, timedelta

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_anchor(published: str | None) -> date | None:
    """The publication day of an ISO date or datetime string, or None when absent or bad."""
    if not published:
        return None
    m = _ISO_DATE.match(published.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def week(d: date) -> str:
    year, num, _ = d.isocalendar()
    return f"{year}-W{num:02d}"


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_months(d: date, months: int) -> date:
    """`d` moved by whole months, the day clipped to the target month's length."""
    total = d.year * 12 + d.month - 1 + months
    year, mon = divmod(total, 12)
    for dd in (d.day, 30, 29, 28):
        try:
            return date(year, mon + 1, dd)
        except ValueError:
            continue
    return date(year, mon + 1, 28)


def shift_quarter(year: int, q: int, by: int) -> tuple[int, int]:
    idx = year * 4 + q - 1 + by
    return idx // 4, idx % 4 + 1


def weekday_near(anchor: date, weekday: int, future: bool) -> date:
    """The `weekday` (1 = Monday) on or before `anchor`, or on or after it when `future`."""
    delta = weekday - anchor.isoweekday()
    if future:
        return anchor + timedelta(days=delta % 7)
    return anchor - timedelta(days=(-delta) % 7)


def week_day(anchor: date, weekday: int) -> date:
    """The `weekday` of the ISO week that holds `anchor`."""
    return anchor + timedelta(days=weekday - anchor.isoweekday())


def nth_weekday(year: int, mon: int, weekday: int, nth: int) -> date:
    """The `nth` `weekday` (1 = Monday) of a month; nth -1 is the last."""
    if nth > 0:
        first = date(year, mon, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = shift_months(date(year, mon, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def valid_day(year: int, mon: int, dd: int) -> date | None:
    try:
        return date(year, mon, dd)
    except ValueError:
        return None


def shifted(anchor: date, unit: str, n: int) -> str:
    """TIMEX3 value of `anchor` moved `n` units, at the granularity of the unit."""
    if unit == "D":
        return day(anchor + timedelta(days=n))
    if unit == "W":
        return week(anchor + timedelta(weeks=n))
    if unit == "M":
        return month(shift_months(anchor, n))
    if unit == "Q":
        y, q = shift_quarter(anchor.year, quarter_of(anchor), n)
        return f"{y}-Q{q}"
    if unit == "DE":
        return str((anchor.year + 10 * n) // 10)
    if unit == "CE":
        return str((anchor.year + 100 * n) // 100)
    return str(anchor.year + n)
