"""What the cross-check still reads off the stored article text, for want of a field on
the records: a second speaker inside one content ("..., while Y said B"); a place named as
an area ("Djugu territory"). What a figure counts and whose it is ("the toll of 12
announced by the army") are read by extract (numbers/) and kept on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wiredesk.crosscheck._rules import rules

# "..., while a rebel coalition said ...": a second speaker's claim inside one attribution
_OTHER_SIDE = re.compile(
    r"[,;]?\s+(?:while|whereas|but|although)\s+((?:[\w’'-]+\s+){1,8}?)"
    r"(said|says|claimed|claims|insisted|insists|maintained|countered|alleged"
    r"|denied|denies|rejected|rejects|dismissed|disputed"
    r"|told(?:\s+[A-Z][\w’'-]*){0,3})\b(?:\s+that\b)?\s*")
_CLAIM_WORDS = 3  # a second claim is a clause, not "said nothing"


@dataclass(frozen=True, slots=True)
class TwoSides:
    """A reported content holding a second speaker's claim: "X said A, while Y said B"."""

    first: tuple[int, int]  # A
    speaker: str  # Y, as written
    second: tuple[int, int]  # B
    denied: bool = False  # "..., while Y denied B"


def two_sides(text: str, span: tuple[int, int]) -> TwoSides | None:
    """The two claims of a content that contrasts a second speaker's, None when it has one."""
    m = _OTHER_SIDE.search(text, span[0], span[1])
    if not m or m.start() <= span[0] or len(text[m.end():span[1]].split()) < _CLAIM_WORDS:
        return None
    verb = m[2].split()[0].casefold()
    return TwoSides((span[0], m.start()), m[1].strip(), (m.end(), span[1]),
                    verb in rules().denial_cues)


@cache
def _area_words() -> re.Pattern[str]:
    words = sorted(rules().areas, key=len, reverse=True)
    return re.compile(r"[^\S\n]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")\b", re.IGNORECASE)


def named_as_area(text: str, end: int) -> bool:
    """True when the words after a place name at `end` make it an area ("Djugu
    territory", "Mastung district"), whatever the gazetteer's namesake is."""
    return bool(_area_words().match(text, end))
