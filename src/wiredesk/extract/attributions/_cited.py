"""Whom a reporting verb goes on to cite: "..., Al Jazeera reported, citing the Gaza Health
Ministry" (cues.toml [citing]); the cross-check makes it the origin of what the speaker
relays."""

from __future__ import annotations

import re
from functools import cache

from wiredesk.extract.attributions._lexicon import read_toml
from wiredesk.records import Attribution


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _citing() -> re.Pattern[str]:
    """", citing (the) <Capitalised name>" up to punctuation or a word ending the name."""
    words = read_toml("cues.toml")["citing"]
    return re.compile(
        rf",?[^\S\n]+(?:{_alternatives(words['verbs'])})[^\S\n]+"
        rf"(?:(?:{_alternatives(words['articles'])})[^\S\n]+)?"
        r"([A-Z][^,.;:\n\"“”()]{1,60}?)"
        rf"(?=[,.;:\n]|[^\S\n]+(?:{_alternatives(words['ends'])})\b|\Z)")


def cited(text: str, att: Attribution) -> str | None:
    """The name cited right after the attribution's cue or speaker, None when none is."""
    ends = [m.span[1] for m in (att.cue, att.speaker.mention) if m is not None]
    if not ends:
        return None
    m = _citing().match(text, max(ends))
    return m[1].strip() if m else None
