"""CSV cells a spreadsheet shows as text and never runs: the one rule every CSV writer applies.

A cell of article text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
read by Excel, LibreOffice and Google Sheets as a formula (`=HYPERLINK(...)`, `@SUM(...)`),
so such a text cell is written with a leading `'`, which spreadsheets show as text. Numbers
stay numbers: a negative longitude is not text from an article.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """`value`, with a `'` before a string a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: dict[str, Any]) -> dict[str, Any]:
    """Every cell of a row made safe (`safe_cell`)."""
    return {key: safe_cell(value) for key, value in row.items()}
