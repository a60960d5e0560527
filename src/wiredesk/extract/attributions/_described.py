"""What the text tells about a speaker next to their name, read once here so that the
cross-check reads records, not text: the office an article gives a person ("Viktor
Hnatenko, head of the Poltava Regional Military Administration, said"), the ministries it
names before a speaker called only "the ministry", and the agency whose story it carries
("KADUGLI, Sudan (AFP) —", a closing "(AFP)"). The words are data/speakers.toml
[descriptions]."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from wiredesk.nlp.datelines import dateline_end

_DESCRIPTION = 100  # characters a description next to a name may take
_SIGNATURE = 60  # characters at the end of a story its sign-off stands in
_PARENS = re.compile(r"\(([^()\n]{2,40})\)")
_NOT_WORD = re.compile(r"[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s\b")


@dataclass(frozen=True, slots=True)
class _Patterns:
    offices: frozenset[str]
    after: re.Pattern[str]  # ", the regional governor," after a name
    before: re.Pattern[str]  # "The Governor of Borno State, " before a name
    ministry: re.Pattern[str]  # "Costa Rica's Ministry of Public Security"
    signed: re.Pattern[str]  # "(AFP)", "- AFP", "with AFP" ending a story
    bare: frozenset[str]  # a body's kind alone: "ministry"
    articles: frozenset[str]  # "the" of "the ministry", casefolded


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@cache
def _patterns() -> _Patterns:
    raw = tomllib.loads(resources.files("wiredesk").joinpath("data", "speakers.toml")
                        .read_text("utf-8"))["descriptions"]
    words = r"[^,.;:\n\"“”]"
    cap, gap = r"[A-Z][\w’'-]*", r"[^\S\n]+"
    arts = rf"(?:(?:{_alt(raw['topic_articles'])}){gap})?"
    topic = (rf"(?:{gap}(?:(?:{_alt(raw['topic_joins'])}){gap}|(?:{_alt(raw['topic_of'])})"
             rf"{gap}{arts})?{cap})*")
    return _Patterns(
        offices=frozenset(raw["offices"]),
        after=re.compile(rf",\s+({words}{{3,100}}?)\s*(?:,|\.|\s+(?:{_alt(raw['verbs_after'])}))"),
        before=re.compile(rf"(?:^|[.,;:\n]\s*|\b(?:{_alt(raw['articles'])})\s+)([A-Z]{words}{{3,100}}),"
                          r"\s*\Z"),
        ministry=re.compile(rf"(?:{cap}{gap}){{0,3}}{re.escape(raw['ministry'])}"
                            rf"(?:{gap}(?:{_alt(raw['ministry_joins'])}){gap}{arts}{cap}{topic})?"),
        signed=re.compile(rf"(?:\(|[-–—]\s*|\b(?:{_alt(raw['signed_with'])})\s+)"
                          r"([A-Z][\w .-]{1,30}?)\)?\s*\Z"),
        bare=frozenset(raw["bare"]),
        articles=frozenset(a.casefold() for a in raw["articles"]),
    )


def office_words() -> frozenset[str]:
    """The titles that make a description an office its holder speaks for ("governor")."""
    return _patterns().offices


def _words(text: str) -> list[str]:
    """Words compared loosely: case, accents, possessives and dots ignored."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return _NOT_WORD.sub(" ", _POSSESSIVE.sub("", plain).replace(".", "")).split()


def has_office(description: str) -> bool:
    """True when a description holds an office's title, one word or two ("press officer")."""
    words = _words(description)
    offices = office_words()
    return any(w in offices or f"{w} {n}" in offices
               for w, n in zip(words, [*words[1:], ""], strict=True))


def described(text: str, name: str | None) -> str | None:
    """The office the article gives a person next to their name, wherever it names them:
    "Viktor Hnatenko, head of the ... Administration," or "The Governor of Borno State,
    Babagana Zulum,"; None when it gives none."""
    if not name:
        return None
    p = _patterns()
    for m in re.finditer(re.escape(name), text):
        after = p.after.match(text, m.end(), m.end() + _DESCRIPTION + 20)
        if after and has_office(after[1]):
            return after[1]
        before = p.before.search(text, max(0, m.start() - _DESCRIPTION - 10), m.start())
        if before and has_office(before[1]):
            return before[1]
    return None


def person_name(name: str) -> str:
    """A speaker's name as one line of single spaces (a misread may carry a line before it)."""
    return " ".join(name.strip().split("\n")[-1].split())


def is_bare_body(name: str | None) -> bool:
    """True for a speaker named by a body's kind alone, maybe with an article before and a
    verb a misread left after ("the ministry", "The Ministry rejects")."""
    p = _patterns()
    words = person_name(name or "").split()
    if words and words[0].casefold() in p.articles:
        words = words[1:]
    return bool(words) and words[0].casefold() in p.bare and all(w.islower() for w in words[1:])


def ministries_before(text: str, end: int) -> tuple[str, ...]:
    """The ministries the text names before `end`, each once, in the order of their last
    naming (the last one is the one "the ministry" after them stands for)."""
    found = [m[0] for m in _patterns().ministry.finditer(text, 0, end)]
    last = {name: i for i, name in enumerate(found)}
    return tuple(sorted(last, key=last.__getitem__))


def credits(text: str) -> tuple[str, ...]:
    """The names a story credits as its own: the brackets of its dateline ("(AFP)") and its
    sign-off ("... (AFP)", "- AFP", "with AFP"), in that order."""
    head = text[:dateline_end(text)]
    return (*_PARENS.findall(head), *_patterns().signed.findall(text[-_SIGNATURE:]))
