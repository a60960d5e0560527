"""Briefings: stories told from stored records by templates, every sentence cited, and
their verification against the store.

    >>> b = brief(docs, crosscheck(docs), since="2025-08-11", until="2025-08-12")
    >>> b.to_markdown(); b.to_html(); b.to_json()
    >>> verify_briefing(b.to_markdown(), lookup)   # [] when every sentence holds

Pure functions over records: the CLI, a web page and a Spark job call them the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from wiredesk.brief._build import brief
from wiredesk.brief._parse import parse
from wiredesk.brief._verify import check
from wiredesk.records import Document

__all__ = ["brief", "verify_briefing"]


def verify_briefing(text: str, lookup: Callable[[str], Document | None]) -> list[str]:
    """Check a Markdown, HTML or JSON briefing against the text its citations point at;
    one line per failure (naming the unsupported element), none when it verifies.

    Args:
        text: the briefing as written by `Briefing.to_markdown()`, `.to_html()` or
            `.to_json()`.
        lookup: the stored document for an article id, or None.
    """
    parsed = parse(text)
    if not parsed.sentences:
        return ["no sentences found: not a wiredesk briefing?"]
    return check(parsed, lookup)
