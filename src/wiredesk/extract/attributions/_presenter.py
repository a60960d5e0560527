"""A broadcast transcript's presenter ("PRESENTER: ... the regional governor, Volodymyr
Artiukh, said eight people had died"): the outlet's own staff, no source; the person their
turn quotes is (cues.toml [presenters])."""

from __future__ import annotations

import re
from functools import cache

from wiredesk.extract.actors import normalise
from wiredesk.extract.attributions._holder import without_rank
from wiredesk.extract.attributions._lexicon import read_toml
from wiredesk.records import Attribution

_LABEL = ":"  # the cue of a transcript's turn


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    """The presenters' labels, and "<Name>, said" with the verbs of data."""
    raw = read_toml("cues.toml")["presenters"]
    verbs = "|".join(re.escape(v) for v in sorted(raw["verbs"], key=len, reverse=True))
    quoted = re.compile(r"\b((?:[A-Z][\w’'.-]*[^\S\n]+){0,4}[A-Z][\w’'-]+),?[^\S\n]+"
                        rf"(?:{verbs})\b")
    return frozenset(raw["labels"]), quoted


def presenter_quotes(text: str, att: Attribution) -> str | None:
    """For a presenter's turn, the person it quotes without rank ("" when none: the
    outlet's own words); None when the speaker is no presenter."""
    labels, quoted = _words()
    if att.cue is None or att.cue.text != _LABEL or normalise(att.speaker.name or "") not in labels:
        return None
    m = quoted.search(text, *att.content.span)
    return without_rank(m[1]) if m else ""
