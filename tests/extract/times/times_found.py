"""What the times tests ask of a text: each time expression's words and its TIMEX3 value."""

from __future__ import annotations

from collections.abc import Callable

from wiredesk.records import Document

Extract = Callable[..., Document]
TUE = "2025-08-12"


def times_found(extract: Extract, text: str, published: str | None = TUE) -> dict[str, str | None]:
    return {t.text: t.value for t in extract(text, published=published).times}
