"""Publication dates as ISO 8601, whatever form a feed, page, crawl or header gives them in."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from htmldate import find_date
from lxml.html import HtmlElement

_FORMATS = ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%b. %d, %Y", "%Y/%m/%d")
_FOOTERS = (
    "//footer | //*[contains(concat(' ', normalize-space(@class), ' '), ' footer ')]"
    " | //*[@id='footer'] | //*[@role='contentinfo']"
)


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


def drop_footers(tree: HtmlElement) -> None:
    """Remove a page's footers, whose dates (copyright, "updated") are not the page's."""
    for footer in tree.xpath(_FOOTERS):
        footer.drop_tree()


def text_date(tree: HtmlElement) -> str | None:
    """The page's date found by htmldate in its text (offline, original date), or None.

    For pages whose metadata states none: a dateline or a "Published 3 March 2026" line.
    Give it a tree without footers (`drop_footers`). A bare year is refused (htmldate gives
    it as 1 January: a copyright year, or any year the text mentions) unless the text names
    that 1 January.
    """
    found = find_date(tree, extensive_search=True, original_date=True)
    if found is None or not found.endswith("-01-01"):
        return found
    year = found[:4]
    said = re.compile(rf"\b(?:1(?:st)?\s+January,?\s+{year}|January\s+1(?:st)?,?\s+{year})\b")
    return found if said.search(" ".join(tree.itertext())) else None
