"""The briefing templates' words, read once from ``data/brief.toml``, and date wording."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from wiredesk.errors import ConfigError

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class Words:
    events: dict[str, tuple[str, str]]
    figures: dict[str, str]
    template_words: frozenset[str]


@cache
def words() -> Words:
    """The packaged template words (loaded once per process)."""
    path = files("wiredesk") / "data" / "brief.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Words(
            events={k: (v[0], v[1]) for k, v in data["events"].items()},
            figures=dict(data["figures"]),
            template_words=frozenset(data["templates"]["words"]),
        )
    except (OSError, KeyError, IndexError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: bad briefing templates: {exc}") from exc


def written_date(value: str | None) -> str | None:
    """A TIMEX3 value as a reader writes it: "on 12 August 2025", "in August 2025"."""
    if not value:
        return None
    if m := _DAY.match(value):
        month = int(m[2])
        return f"on {int(m[3])} {MONTHS[month - 1]} {m[1]}" if 1 <= month <= 12 else None
    if m := _MONTH.match(value):
        month = int(m[2])
        return f"in {MONTHS[month - 1]} {m[1]}" if 1 <= month <= 12 else None
    return None
