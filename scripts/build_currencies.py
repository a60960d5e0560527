"""Write src/wiredesk/data/currencies.toml: every currency in use, its ISO 4217 code, its English
names and the territories (ISO 3166 alpha-2) whose legal tender it is, from the Unicode CLDR
as the babel package ships it.

Build-time only: the runtime reads the TOML. The figures layer reads money told by name ("at
least two million guilders", "50 Australian dollars") through it; data/figures.toml's own
[units] and [shared_currencies] win where they name a word too.

    .venv/bin/python scripts/build_currencies.py
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

OUT = Path(__file__).resolve().parents[1] / "src" / "wiredesk" / "data" / "currencies.toml"
IN_USE_ON = datetime.date(2026, 1, 1)  # tender on this day; fixed, so a rebuild is the same


def _territories() -> dict[str, list[str]]:
    """Currency code -> the territories whose tender it is on IN_USE_ON."""
    english = Locale("en")
    out: dict[str, list[str]] = {}
    for territory in sorted(english.territories):
        if len(territory) != 2 or not territory.isalpha():
            continue  # regions ("001", "150") and no country
        for code in get_territory_currencies(territory, start_date=IN_USE_ON, tender=True):
            out.setdefault(code, []).append(territory)
    return out


def _row(code: str, territories: list[str]) -> str:
    names = sorted({get_currency_name(code, locale="en").lower(),
                    get_currency_name(code, count=2, locale="en").lower()})
    return (f"{code} = {{ names = {json.dumps(names, ensure_ascii=False)}, "
            f"territories = {json.dumps(territories)} }}")


if __name__ == "__main__":
    rows = sorted(_territories().items())
    lines = [
        "# Currencies in use: ISO 4217 code -> English names (one, many) and the territories",
        "# (ISO 3166 alpha-2) whose legal tender it is. From the Unicode CLDR (Unicode licence)",
        "# via babel; written by scripts/build_currencies.py: rebuild, do not edit by hand.",
        "[currencies]",
    ]
    lines += [_row(code, territories) for code, territories in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(OUT, len(rows))
