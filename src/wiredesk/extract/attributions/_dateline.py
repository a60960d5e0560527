"""The state news agency a story's dateline names: "Pyongyang, November 3 (KCNA) --".

Such a story is the agency's report, so the agency ends the reporting chain of every claim
in it, and "the report added" is the agency speaking (data/speakers.toml, [datelines]).
"""

from __future__ import annotations

from wiredesk.extract.attributions._speakers import speaker_words
from wiredesk.nlp.datelines import story_dateline


def dateline_agency(text: str) -> str | None:
    """The state agency of the story's dateline, under its listed name, else None."""
    dateline = story_dateline(text)
    if dateline is None or dateline.agency is None:
        return None
    wanted = dateline.agency.casefold()
    return next((a for a in speaker_words().agencies if a.casefold() == wanted), None)
