"""What a figure's own words say about it, read from the stored text around its span.

The store keeps no parse, so two things are read off the article text: the outcome a
figure counts (the outcome phrase nearest the number inside its clause: "Russia launched
41 drones" counts launches, "shot down 35" interceptions) and the dateline ("KYIV
(Reuters) -"), which says where the report was filed, not where anything happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wiredesk.crosscheck._rules import rules

_DATELINE = re.compile(
    # "KYIV (Reuters) -", "SKADOVSK, July 8. /TASS/."
    r"\A\s*(?:[A-Z][A-Z .'’-]{2,}(?:,[^\n()]{0,30}?)?(?:\s*\([^)\n]{1,40}\))?"
    r"\s*(?:--|[-–—]|\.\s*/[A-Z]+/\.)"
    # "Bunia, 8 June 2025 (ACP).-" (francophone agencies)
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,[^\S\n]+[^\n()]{3,30}?"
    r"\([A-Z][A-Za-z .-]{1,30}\)\.?[^\S\n]*[-–—]\s*"
    # "QUETTA:", "NEW DELHI:" (South Asian papers)
    r"|[A-Z][A-Z .'’-]{2,}:\s"
    # "YEREVAN, SEPTEMBER 15, ARMENPRESS."
    r"|[A-Z][A-Z .'’-]{2,},\s*[A-Z]+\s+\d{1,2}(?:,\s*\d{4})?,\s*[A-Z][A-Z-]{2,}\."
    # "Mogadishu (SONNA) -", "Jos —"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s*\([A-Z][A-Za-z .-]{1,30}\)\s*[-–—]|\s+[—–])\s)")
_CLAUSE_MARK = re.compile(r"[,;:.!?()\n—–]|\s-\s")
_WINDOW = 160  # characters either side of a figure that its clause may reach
_SENTENCE_MARK = re.compile(r"[.!?;\n]")
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


# "the toll of 12 announced by the army": a count the article gives as another's
_CITED_BY = re.compile(
    r"[^.;\n]{0,30}?\b(?:announced|given|reported|released|issued|put forward|cited)"
    r"[^\S\n]+by[^\S\n]+((?:the[^\S\n]+)?[\w’'-]+(?:[^\S\n]+[\w’'-]+){0,4}?)"
    r"(?=[,.;:)\n]|[^\S\n]+(?:on|in|at|is|was|were|and|but|which|who)\b|\Z)")


def cited_by(text: str, span: tuple[int, int]) -> str | None:
    """Whom the words right after a figure give it to ("... announced by the army"), None
    when they give it to no one."""
    m = _CITED_BY.match(text, span[1])
    return re.sub(r"^the\s+", "", m[1]) if m else None


def dateline_end(text: str) -> int:
    """Where the dateline ends (0 when the article has none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


@cache
def _outcome_phrases() -> re.Pattern[str]:
    phrases = sorted(rules().outcomes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b",
                      re.IGNORECASE)


def clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clause around `span`: from the last clause mark before it to the next one."""
    before = text[max(0, span[0] - _WINDOW):span[0]]
    marks = list(_CLAUSE_MARK.finditer(before))
    start = span[0] - len(before) + marks[-1].end() if marks else span[0] - len(before)
    after = _CLAUSE_MARK.search(text, span[1], span[1] + _WINDOW)
    return start, after.start() if after else min(len(text), span[1] + _WINDOW)


def own_outcome(text: str, span: tuple[int, int]) -> str:
    """The outcome the figure's own words name ("19 lives", "35 wounded"), "" when none."""
    m = _outcome_phrases().search(text, span[0], span[1])
    return rules().outcomes[m[0].casefold()] if m else ""


def outcome(text: str, span: tuple[int, int], after_only: bool = False) -> str:
    """The outcome the figure at `span` counts ("launched", "shot_down"), "" when unsaid
    (`after_only`: only words after it, "32 persons injured", not "who lives two streets
    away")."""
    start, end = clause(text, span)
    best: tuple[int, int, str] | None = None
    for m in _outcome_phrases().finditer(text, start, end):
        if m.start() < span[1] and span[0] < m.end():
            continue  # the figure's own words ("death toll of 18") are its category
        after = m.start() >= span[1]
        if after_only and not after:
            continue
        gap = m.start() - span[1] if after else span[0] - m.end()
        key = (gap, 0 if after else 1, rules().outcomes[m[0].casefold()])
        best = key if best is None or key < best else best
    return best[2] if best else ""


@cache
def _rise() -> re.Pattern[str]:
    phrases = sorted(rules().rises, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                      + r")\s*\Z", re.IGNORECASE)


def harm_before(text: str, span: tuple[int, int]) -> str:
    """The outcome a bare count takes from words before it: right before it ("the bodies
    of seven people"), or named earlier in a sentence that says a total rose to it ("the
    number of people killed ... has risen to seven"); "" when neither."""
    marks = list(_SENTENCE_MARK.finditer(text, max(0, span[0] - 2 * _WINDOW), span[0]))
    start = marks[-1].end() if marks else max(0, span[0] - 2 * _WINDOW)
    r = rules()
    found = [(m.end(), r.outcomes[m[0].casefold()])
             for m in _outcome_phrases().finditer(text, start, span[0])
             if not (m[0].casefold() in r.after_count_only and not text[m.end():span[0]].strip())]
    if found and span[0] - found[-1][0] <= r.before_gap:
        return found[-1][1]
    if _rise().search(text, start, span[0]):
        return next((harm for _, harm in reversed(found) if harm in r.generic_outcomes), "")
    return ""


@cache
def _part_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternatives(phrases: list[str]) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in
                        sorted(phrases, key=len, reverse=True))

    r = rules()
    # "including 3", "among them 31", "Of the injured, 26": words between need a comma
    before = re.compile(r"\b(?:" + alternatives(r.part_before) + r")(?:(?:\s+[\w-]+){1,2},)?\s*\Z",
                        re.IGNORECASE)
    after = re.compile(r"\A\s*(?:[\w-]+\s+){0,2}?(?:" + alternatives(r.part_after) + r")\b",
                       re.IGNORECASE)
    return before, after


def is_part(text: str, span: tuple[int, int]) -> bool:
    """True when the words around a figure make it a part of another count: "Of the
    injured, 26 ...", "22 wounded, four of them children", "1,050, 525 from each side"."""
    before, after = _part_patterns()
    marks = list(_SENTENCE_MARK.finditer(text, max(0, span[0] - _WINDOW), span[0]))
    start = marks[-1].end() if marks else max(0, span[0] - _WINDOW)
    head = text[start:span[0]]
    tail = text[span[1]:span[1] + 40]
    return bool(before.search(head) or after.match(tail))
