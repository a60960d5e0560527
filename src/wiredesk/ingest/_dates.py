"""Publication dates as ISO 8601, whatever form a feed, page, crawl or header gives them in."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime

_FORMATS = ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%b. %d, %Y", "%Y/%m/%d")


def iso_date(value: str | None) -> str | None:
    """`value` as "YYYY-MM-DD" or an ISO datetime keeping its offset; None when unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        pass
    else:
        return parsed.date().isoformat() if len(value) <= 10 else parsed.isoformat()
    try:
        return parsedate_to_datetime(value).isoformat()  # RSS: "Tue, 03 Mar 2026 08:15:00 +0200"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None
