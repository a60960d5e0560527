"""The words of the times layer, read once from data/times.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """Month, weekday, season, number, unit, mod and vague-reference words (data/times.toml)."""
    raw = resources.files("wiredesk").joinpath("data", "times.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@cache
def table(name: str) -> dict[str, Any]:
    """One section of the lexicon with lower-cased keys, for lookups (built once a name)."""
    return {k.lower(): v for k, v in lexicon()[name].items()}


def alternation(words: list[str], abbreviations: bool = False) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace.

    With `abbreviations`, a word that shortens another ("Aug" of "August") may carry a full
    stop ("Aug."); "July." at the end of a sentence keeps its stop out.
    """
    parts = []
    for w in sorted(words, key=len, reverse=True):
        body = r"\s+".join(re.escape(p) for p in w.split())
        shortens = any(o != w and o.startswith(w) for o in words)
        if abbreviations and shortens and w.isalpha():
            parts.append(body + r"(?:\.|\b)")
        else:
            parts.append(body + (r"\b" if w[-1].isalnum() else ""))
    return "(?:" + "|".join(parts) + ")"
