"""Where a story says it was filed: its datelines, found once a text for every stage.

"KYIV, Ukraine, March 3 (Reuters) -", "Pyongyang, November 3 (KCNA) --", "QUETTA:",
"SKADOVSK, July 8. /TASS/.", "Bunia, 8 June 2025 (ACP).-", "YEREVAN, SEPTEMBER 15,
ARMENPRESS.": a place, maybe its region or a date after commas, maybe the agency in
brackets, then a dash or a colon; or a press release's "Windhoek, 4 August 2026", a place
and a whole date alone on their line. A dateline opens a line (a live blog opens every entry
with one) or, in copy whose line breaks were lost, follows a sentence's end. Its place is
where the report was filed, not where anything happened; its words are never a speaker
or an actor; the agency it names is the story's origin.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from spacy.tokens import Token

from wiredesk.nlp.pipeline import doc_text

# "NEW DELHI", "CAIRO/GAZA", "U.N.", "DÜSSELDORF": letters, told capitals by `str.isupper`
# a letter after a word's first: an apostrophe only before two more ("N'DJAMENA", not "KYIV'S")
_NEXT = r"(?:[^\W\d_'’.]|['’](?=[^\W\d_]{2}))"
_WORDS = tomllib.loads((files("wiredesk") / "data" / "datelines.toml").read_text("utf-8"))
# an abbreviated first word and its full stop ("ST. LOUIS", "FT. WORTH"), then the words
_FIRST = "|".join(re.escape(w.upper()) for w in _WORDS["first_words"])
# a saint's town named in the possessive ("ST JOHN'S", "ST. GEORGE'S"), not "KYIV'S"
_SAINT = "|".join(re.escape(w.upper()) for w in _WORDS["saints"])
_CAPS = (rf"(?:(?:{_SAINT})\.?[^\S\n][^\W\d_]{_NEXT}+['’]S(?![^\W\d_])"
         rf"|(?:(?:{_FIRST})\.[^\S\n])?[^\W\d_]{_NEXT}+(?:[ /-][^\W\d_]{_NEXT}*){{0,3}})")
_TITLE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"  # "Bunia", "Port Sudan"
# ", Calif." or ", Ukraine", then maybe more after a comma (", March 3")
_AFTER = (r"(?:,[^\S\n]*(?P<region>[A-Z][A-Za-z.]*(?:[^\S\n][A-Z][A-Za-z.]*)?))?"
          r"(?:,[^\n()]{0,50}?)?")
_AGENCY = r"[^\S\n]*\((?P<agency>[^()\n]{1,40})\)"
_DASH = r"[^\S\n]*(?:--|[–—]|-(?=[\s(]))"  # a dash, not the hyphen of "al-Qaeda"
# "May 12", "4 March"
_DAY = r"(?:[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}|\d{1,2}[^\S\n]+[A-Z][a-z]{2,8})"
# a whole date with its year, maybe after a weekday: "4 August 2026", "Tuesday, May 12, 2026"
_DATE = (r"(?:[A-Z][a-z]{5,8},?[^\S\n]+)?"
         r"(?:\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?)"
         r"[^\S\n]+\d{4}")
_PATTERNS = (
    # a place in capitals, opening a line or after a sentence's end: a dash or a colon ends
    # it, or "/TASS/.", or ", ARMENPRESS."
    re.compile(
        rf"(?:(?<=\A)|(?<=\n)|(?<=[.!?][^\S\n]))[^\S\n]*(?P<place>{_CAPS}){_AFTER}"
        rf"(?:(?:{_AGENCY})?\.?{_DASH}|:|\.[^\S\n]*/(?P<slash>[A-Z]+)/\."
        r"|,[^\S\n]*(?P<tail>[A-Z][A-Z-]{2,})\.)[^\S\n]*"),
    # a place in title case, opening a line: the agency in brackets, or a long dash alone,
    # or a day and a colon ("Kupwara, May 12:", "Jos, 4 March:")
    re.compile(
        rf"(?:(?<=\A)|(?<=\n))[^\S\n]*(?P<place>{_TITLE})(?:{_AFTER}"
        rf"(?:{_AGENCY}\.?{_DASH}|[^\S\n]+[—–])|,[^\S\n]+{_DAY}:)[^\S\n]*"),
    # a place in title case and a whole date with its year, alone on their line or closed
    # by a full stop, opening a line or after a sentence's end: a press release's or a
    # translated statement's "Windhoek, 4 August 2026", "... Monitor. Taraz, 19 May 2026."
    re.compile(
        rf"(?:(?<=\A)|(?<=\n)|(?<=[.!?][^\S\n]))[^\S\n]*(?P<place>{_TITLE}),[^\S\n]+{_DATE}"
        r"(?:[^\S\n]*(?=\n|\Z)|\.(?=\s|\Z)[^\S\n]*)"),
)
_WEEKDAYS = frozenset(calendar.day_name)
# words in capitals opening a line before a colon, maybe a name in brackets between them:
# "SPOKESPERSON (Jane Roe):", "TUILAGI:"
_TURN = re.compile(r"^[^\S\n]*(?P<label>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*)"
                   r"(?P<named>[^\S\n]*\([^()\n]{1,40}\))?:", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Dateline:
    """One dateline: its whole span (dash included), the place's span, and the agency."""

    span: tuple[int, int]
    place: tuple[int, int]  # "FREMONT" of "FREMONT, Calif. --"
    region: tuple[int, int] | None  # "Calif.": the state or country after a comma
    agency: str | None  # "Reuters" of "(Reuters)", "TASS" of "/TASS/."
    colon: bool = False  # "QUETTA:": a colon, not a dash, ends it (the places layer still
    # asks the gazetteer: a transcript's "PESKOV: Our position ..." may look the same)


@lru_cache(maxsize=64)
def datelines(text: str) -> tuple[Dateline, ...]:
    """Every dateline of `text`, in order (cached: each stage asks for the same text)."""
    found: list[Dateline] = []
    for pattern in _PATTERNS:
        at = 0
        while (m := pattern.search(text, at)) is not None:
            at = m.end()
            groups = m.groupdict()
            agency = groups.get("agency") or groups.get("slash") or groups.get("tail")
            region = m.span("region") if groups.get("region") else None
            if pattern is _PATTERNS[0] and not m["place"].isupper():
                # "Ukraine war latest - ...": a headline, not a place in capitals; the
                # dateline it ran on into is looked for after its first word ("Floods
                # destroy crops. BEIRUT: ...")
                at = m.start() + 1
                continue
            if pattern is _PATTERNS[2] and m["place"].split()[-1] in _WEEKDAYS:
                continue  # "On Monday, 4 August 2026.": a day, not a place
            colon = text[m.end("place") : m.end()].strip() == ":"
            if colon and (_label(m["place"]) or _speech_follows(text, m.end())
                          or m["place"] in _turn_labels(text)):
                continue  # "PRESENTER:", "UPDATE:", "PESKOV: We ...": a label, not a place
            if not any(d.span[0] < m.end() and m.start() < d.span[1] for d in found):
                found.append(Dateline(m.span(), m.span("place"), region,
                                      agency.strip() if agency else None, colon))
    return tuple(sorted(found, key=lambda d: d.span))


@lru_cache(maxsize=8)
def _turn_labels(text: str) -> frozenset[str]:
    """The labels of a transcript's turns: words in capitals that open two lines or more
    before a colon, or one line with a name in brackets or with speech after the colon
    ("SPOKESPERSON (Jane Roe): Good morning" ... "SPOKESPERSON: That is false"). A story is
    filed from its place once; a label found as a turn anywhere is no dateline elsewhere."""
    seen: dict[str, int] = {}
    for m in _TURN.finditer(text):
        label = m["label"].strip()
        if not label.isupper():
            continue
        sure = bool(m["named"]) or _speech_follows(text, m.end())
        seen[label] = seen.get(label, 0) + (2 if sure else 1)
    return frozenset(label for label, weight in seen.items() if weight >= 2)


@cache
def _words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in _WORDS.items()}


def _label(word: str) -> bool:
    return word.casefold() in _words()["labels"]


def _speech_follows(text: str, at: int) -> bool:
    """Whether a colon opens someone's words: a quotation mark or a first word of speech."""
    rest = text[at : at + 40].split()
    if not rest:
        return True
    first = rest[0].casefold().strip(",.!?")
    return rest[0][:1] in "\"“‘'" or first in _words()["speech_openers"]


def dateline_end(text: str) -> int:
    """Where the dateline opening `text` ends (0 when it opens with none)."""
    first = datelines(text)[:1]
    return first[0].span[1] if first and not text[: first[0].span[0]].strip() else 0


def in_dateline(text: str, at: int) -> bool:
    """True when the character at `at` stands inside a dateline's words."""
    return any(d.span[0] <= at < d.span[1] for d in datelines(text))


def token_in_dateline(token: Token) -> bool:
    """True for a word of a dateline: a place heading the story, never a speaker or actor."""
    return in_dateline(doc_text(token.doc), token.idx)


def story_dateline(text: str, head: int = 400) -> Dateline | None:
    """The dateline of the story, in its first lines (a headline may come before it)."""
    return next((d for d in datelines(text) if d.span[0] < head), None)
