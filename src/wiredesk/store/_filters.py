"""The values a query filter accepts, checked before any SQL runs.

A filter that matches nothing because it was mistyped ("--since yesterday", "--status
bogus") would look like an empty store; each check raises `ConfigError` naming what is
accepted instead.
"""

from __future__ import annotations

from datetime import date, datetime

from wiredesk.errors import ConfigError
from wiredesk.extract.events import types

# How sure the text is of a claim (wiredesk.records.Attribution.status).
STATUSES = ("asserted", "hedged", "unverified", "denied", "confirmed")


def iso_date(value: str, what: str = "") -> str:
    """`value` when it is an ISO 8601 date (YYYY-MM-DD) or date and time, else ConfigError."""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        elif len(value) > 10 and value[10] == "T":
            datetime.fromisoformat(value)
        else:
            raise ValueError(value)
    except ValueError:
        raise ConfigError(
            f"{what}{' ' if what else ''}{value!r} is not an ISO date: write YYYY-MM-DD "
            "(or YYYY-MM-DDTHH:MM[:SS][+HH:MM])") from None
    return value


def dates(since: str | None, until: str | None) -> None:
    """Check a published-between pair."""
    for what, value in (("since", since), ("until", until)):
        if value is not None:
            iso_date(value, what)


def event_types() -> tuple[str, ...]:
    """The event types the events lexicon (data/events.toml) can produce."""
    return tuple(sorted(types.event_types()))


def one_of(value: str | None, accepted: tuple[str, ...] | list[str], what: str) -> str | None:
    """`value` (lower-cased) when `accepted` holds it, else ConfigError listing them."""
    if value is None:
        return None
    if value.lower() not in accepted:
        raise ConfigError(f"unknown {what} {value!r}; accepted: {', '.join(accepted)}")
    return value.lower()
