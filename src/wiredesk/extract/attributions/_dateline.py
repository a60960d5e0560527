"""The state news agency a story's dateline names: "Pyongyang, November 3 (KCNA) --".

Such a story is the agency's report, so the agency ends the reporting chain of every claim
in it, and "the report added" is the agency speaking (data/speakers.toml, [datelines]).
"""

from __future__ import annotations

import re

from wiredesk.extract.attributions._speakers import speaker_words

# a place (and a date) then the agency in brackets and a dash, at a line's start
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w .,'’/-]{1,60}?\(([^()\n]{2,30})\)[ \t]*(?:--|[-–—])", re.MULTILINE
)
_HEAD = 400  # a dateline stands in the first lines: a headline may come before it


def dateline_agency(text: str) -> str | None:
    """The state agency of the story's dateline, under its listed name, else None."""
    m = _DATELINE.search(text, 0, _HEAD)
    if m is None:
        return None
    wanted = m.group(1).strip().casefold()
    return next((a for a in speaker_words().agencies if a.casefold() == wanted), None)
