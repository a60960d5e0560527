"""Query parameters read strictly: a bad value is a 400 that says what to write."""

from __future__ import annotations

from datetime import date

from starlette.exceptions import HTTPException
from starlette.requests import Request

PAGE_SIZE = 50
MAX_PAGE = 1000
MAX_TEXT = 200  # characters of any filter or search word list


def text(request: Request, name: str) -> str | None:
    """A free-text parameter, stripped; None when absent or empty."""
    value = request.query_params.get(name, "").strip()
    if len(value) > MAX_TEXT:
        raise HTTPException(400, f"{name} is longer than {MAX_TEXT} characters")
    return value or None


def day(request: Request, name: str) -> str | None:
    """A YYYY-MM-DD date parameter."""
    value = text(request, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name} must be a date written YYYY-MM-DD") from None


def page(request: Request) -> int:
    """The 1-based page number (pages hold `PAGE_SIZE` rows)."""
    value = request.query_params.get("page", "1")
    if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
        raise HTTPException(400, f"page must be a whole number from 1 to {MAX_PAGE}")
    return int(value)


def span(request: Request) -> tuple[int, int] | None:
    """`hl=START-END`, the characters to show highlighted."""
    value = request.query_params.get("hl")
    if not value:
        return None
    start, _, end = value.partition("-")
    if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
        raise HTTPException(400, "hl must be START-END, two character offsets")
    return int(start), int(end)


def filters(request: Request, *names: str) -> dict[str, str | None]:
    """Several parameters at once: `since`/`until` as dates, the rest as text."""
    return {name: day(request, name) if name in ("since", "until") else text(request, name)
            for name in names}
