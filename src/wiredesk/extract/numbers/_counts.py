"""What a figure counts, read once from its own words and its clause, and kept on the record.

"Russia launched 41 drones" counts launches, "shot down 35" interceptions, "19 lives" the
killed, "Of the injured, 26 ..." a part of another count. Reports that give different
outcomes count different things, so the cross-check compares figures only within one
outcome; it reads these fields instead of the text. The words are data ([counted] and
[outcomes] in data/figures.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from wiredesk.extract.numbers._parse import lexicon
from wiredesk.records import Figure, Span

_CLAUSE_MARK = re.compile(r"[,;:.!?()\n—–]|\s-\s")
_SENTENCE_MARK = re.compile(r"[.!?;\n]")
_WINDOW = 160  # characters either side of a figure that its clause may reach


def _alternatives(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@dataclass(frozen=True, slots=True)
class CountWords:
    """The words that say what a count counts (data/figures.toml)."""

    outcomes: dict[str, str]  # phrase next to a figure -> the outcome it counts
    generic: frozenset[str]  # categories that only count ("19 lives", "32 persons")
    generic_outcomes: frozenset[str]  # the harms such a count may take from its words
    rises: re.Pattern[str]  # "has risen to": a revised total of a harm named earlier
    before_gap: int  # characters an outcome word may stand before a bare count
    after_count_only: frozenset[str]  # outcome words never right before a count ("lives")
    part_before: re.Pattern[str]  # "Of the injured, 26", "including 3"
    part_after: re.Pattern[str]  # "four of them", "525 from each side"
    part_within: re.Pattern[str]  # "31 of the Ukrainians"
    phrases: re.Pattern[str]  # any outcome phrase
    joins: re.Pattern[str]  # a word joining two counts ("and")

    @property
    def outcome_names(self) -> frozenset[str]:
        return frozenset(self.outcomes.values())


def _part_before(words: list[str], determiners: list[str]) -> re.Pattern[str]:
    """Words ending the text before a part ("including 3", "Of the injured, 26"); those
    ending in a determiner only with words and a comma between (else the figure is the
    whole they name: "the bills of the 32 people")."""
    between = r"(?:\s+[\w-]+){1,2},"
    bare = [w for w in words if w not in determiners]
    return re.compile(
        r"\b(?:(?:" + _alternatives(bare) + r")(?:" + between + r")?|(?:"
        + _alternatives([w for w in words if w in determiners]) + r")" + between + r")\s*\Z",
        re.IGNORECASE,
    )


@cache
def count_words() -> CountWords:
    data = lexicon()
    counted, outcomes = data["counted"], data["outcomes"]
    phrases = {p.casefold(): name for name, words in outcomes.items() for p in words}
    return CountWords(
        outcomes=phrases,
        generic=frozenset(counted["generic"]),
        generic_outcomes=frozenset(counted["generic_outcomes"]),
        rises=re.compile(r"\b(?:" + _alternatives(counted["rises"]) + r")\s*\Z", re.IGNORECASE),
        before_gap=int(counted["before_gap"]),
        after_count_only=frozenset(counted["after_count_only"]),
        part_before=_part_before(counted["part_before"], counted["part_before_determiners"]),
        part_after=re.compile(
            r"\A\s*(?:[\w-]+\s+){0,2}?(?:" + _alternatives(counted["part_after"]) + r")\b",
            re.IGNORECASE,
        ),
        part_within=re.compile(
            r"\b(?:" + _alternatives(counted["part_within"]) + r")\b", re.IGNORECASE
        ),
        joins=re.compile(r"\b(?:" + _alternatives(counted["joins"]) + r")\b", re.IGNORECASE),
        phrases=re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
            + r")\b",
            re.IGNORECASE,
        ),
    )


def with_counts(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures with `clause`, `harm`, `outcome` and `part` read from `text`."""
    return [_counted(text, fig) for fig in figures]


def _counted(text: str, fig: Figure) -> Figure:
    words = count_words()
    harm = _harm(text, fig)
    category = harm or fig.category
    outcome = (
        category if category in words.outcome_names
        else fig.category if fig.category in words.outcome_names
        else None if fig.unit
        else _own_outcome(text, fig.span) or _outcome(text, fig.span)
    )
    part = fig.part or bool(words.part_within.search(fig.text)) or _is_part(text, fig.span)
    return replace(fig, clause=clause(text, fig.span), harm=harm, outcome=outcome or None,
                   part=part)


def clause(text: str, span: Span) -> Span:
    """The clause around `span`: from the last clause mark before it to the next one."""
    before = text[max(0, span[0] - _WINDOW) : span[0]]
    marks = list(_CLAUSE_MARK.finditer(before))
    start = span[0] - len(before) + marks[-1].end() if marks else span[0] - len(before)
    after = _CLAUSE_MARK.search(text, span[1], span[1] + _WINDOW)
    return start, after.start() if after else min(len(text), span[1] + _WINDOW)


def _harm(text: str, fig: Figure) -> str | None:
    """The harm a bare count ("19 lives", "32 persons injured") takes from its own words or
    the words after or before it, so it meets the tolls other reports give as such."""
    words = count_words()
    if fig.category not in words.generic or fig.unit:
        return None
    harm = (
        _own_outcome(text, fig.span)
        or _outcome(text, fig.span, after_only=True)
        or _harm_before(text, fig.span)
    )
    return harm if harm in words.generic_outcomes else None


def _own_outcome(text: str, span: Span) -> str:
    """The outcome the figure's own words name ("19 lives", "35 wounded"), "" when none."""
    words = count_words()
    m = words.phrases.search(text, span[0], span[1])
    return words.outcomes[m[0].casefold()] if m else ""


def _outcome(text: str, span: Span, after_only: bool = False) -> str:
    """The outcome named nearest the figure in its clause ("launched", "shot_down"), ""
    when unsaid (`after_only`: only words after it, "32 persons injured", not "who lives
    two streets away")."""
    words = count_words()
    start, end = clause(text, span)
    best: tuple[int, int, str] | None = None
    for m in words.phrases.finditer(text, start, end):
        if m.start() < span[1] and span[0] < m.end():
            continue  # the figure's own words ("death toll of 18") are its category
        after = m.start() >= span[1]
        if after_only and not after:
            continue
        gap = m.start() - span[1] if after else span[0] - m.end()
        if not after and words.joins.search(text, m.end(), span[0]):
            gap += _WINDOW  # the earlier count's, unless nothing else is said
        key = (gap, 0 if after else 1, words.outcomes[m[0].casefold()])
        best = key if best is None or key < best else best
    return best[2] if best else ""


def _harm_before(text: str, span: Span) -> str:
    """The outcome a bare count takes from words before it: right before it ("the bodies
    of seven people"), or named earlier in a sentence that says a total rose to it ("the
    number of people killed ... has risen to seven"); "" when neither."""
    words = count_words()
    marks = list(_SENTENCE_MARK.finditer(text, max(0, span[0] - 2 * _WINDOW), span[0]))
    start = marks[-1].end() if marks else max(0, span[0] - 2 * _WINDOW)
    found = [
        (m.end(), words.outcomes[m[0].casefold()])
        for m in words.phrases.finditer(text, start, span[0])
        if not (m[0].casefold() in words.after_count_only and not text[m.end() : span[0]].strip())
    ]
    if found and span[0] - found[-1][0] <= words.before_gap:
        return found[-1][1]
    if words.rises.search(text, start, span[0]):
        return next((h for _, h in reversed(found) if h in words.generic_outcomes), "")
    return ""


def _is_part(text: str, span: Span) -> bool:
    """True when the words around a figure make it a part of another count: "Of the
    injured, 26 ...", "22 wounded, four of them children", "1,050, 525 from each side"."""
    words = count_words()
    marks = list(_SENTENCE_MARK.finditer(text, max(0, span[0] - _WINDOW), span[0]))
    start = marks[-1].end() if marks else max(0, span[0] - _WINDOW)
    return bool(
        words.part_before.search(text[start : span[0]])
        or words.part_after.match(text[span[1] : span[1] + 40])
    )
