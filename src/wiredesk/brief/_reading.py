"""What a cited span itself says, read from the stored article text and nothing else: its
words with their positions, numbers (digits and words), dates (written, or day words
resolved against the article's publication day), names, negations, hedges, and where a
verb of an event type stands. verify-brief compares a sentence with these readings.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from wiredesk.brief._words import MONTHS
from wiredesk.crosscheck import normalise
from wiredesk.extract.actors import registry
from wiredesk.extract.numbers._parse import find_numbers

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|n['’]t")
_MONTH = "|".join(MONTHS) + "|" + "|".join(m[:3] + r"\.?" for m in MONTHS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH})(?:,? (\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH}) (\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(
        (files("wiredesk") / "data" / name).read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words verify-brief reads spans with (data/brief.toml [verify], and the cue,
    status and event lexicons the extraction reads)."""

    negations: dict[str, str]
    strong_reporting: dict[str, frozenset[str]]
    speech: frozenset[str]
    hedges: frozenset[str]
    unverified: tuple[re.Pattern[str], ...]
    relative_days: dict[str, tuple[int, ...]]
    irregular: dict[str, str]
    passive_aux: frozenset[str]
    revision_words: frozenset[str]
    not_yet: frozenset[str]
    clause_starts: tuple[str, ...]
    object_tails: frozenset[str]
    event_words: dict[str, frozenset[str]]  # event type -> verb and noun lemmas


@cache
def lexicon() -> Lexicon:
    brief, cues, status, events = (_load(n) for n in (
        "brief.toml", "cues.toml", "status.toml", "events.toml"))
    v = brief["verify"]
    hedged = status["hedged"]
    return Lexicon(
        negations=dict(v["negations"]),
        strong_reporting={k: frozenset(x) for k, x in v["strong_reporting"].items()},
        speech=frozenset(cues["clause"]["speech"]) | {"according"},
        hedges=frozenset(v["hedges"]) | frozenset(hedged["adverbs"]) | frozenset(
            hedged["modals"]),
        unverified=tuple(re.compile(p, re.I) for p in status["unverified"]["patterns"]),
        relative_days={k: tuple(x) for k, x in v["relative_days"].items()},
        irregular=dict(v["irregular"]),
        passive_aux=frozenset(v["passive_aux"]),
        revision_words=frozenset(v["revision_words"]),
        not_yet=frozenset(v["not_yet"]),
        clause_starts=tuple(v["clause_starts"]),
        object_tails=frozenset(v["object_tails"]),
        event_words={k: frozenset(t.get("verbs", [])) | frozenset(t.get("nouns", []))
                     for k, t in events["types"].items()},
    )


def lemma(word: str) -> str:
    """A word's base form by its regular endings ("shelled" -> "shell"), loosely: good
    enough to ask whether a span holds some form of a listed verb."""
    w = word.casefold().replace("’", "'")
    return lexicon().irregular.get(w, w)


def any_form(word: str, bases: frozenset[str]) -> bool:
    """Whether `word` is a form of one of `bases`: one set lookup, however many bases."""
    return lemma(word) in _forms_of(bases)


@lru_cache(maxsize=4096)
def _forms(base: str) -> frozenset[str]:
    """`base` and the words its regular endings make of it."""
    stems = {base, base + base[-1]} | ({base[:-1]} if base.endswith("e") else set())
    if base.endswith("y"):
        stems.add(base[:-1] + "i")
    return frozenset({base} | {s + end for s in stems for end in ("s", "es", "ed", "d", "ing")})


@lru_cache(maxsize=256)
def _forms_of(bases: frozenset[str]) -> frozenset[str]:
    return frozenset(f for base in bases for f in _forms(base))


def words_of(text: str) -> list[tuple[str, int]]:
    """(word casefolded, start) for every word of `text`."""
    return [(m[0].casefold().replace("’", "'"), m.start()) for m in _WORD.finditer(text)]


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Evidence:
    """One cited span as the store holds it, with its article's outlet and day."""

    text: str
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    _words: list[tuple[str, int]] | None = field(default=None, repr=False)

    @property
    def words(self) -> list[tuple[str, int]]:
        if self._words is None:
            self._words = words_of(self.text)
        return self._words

    def numbers(self) -> set[float]:
        out = set()
        for n in find_numbers(self.text):
            out.add(n.value)
            if n.high is not None:
                out.add(n.high)
        for raw in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", self.text):
            out.add(float(raw.replace(",", "")))  # years, clock times, parts of ranges
        return out

    def dates(self) -> set[str]:
        """ISO days ("2026-03-03") and months ("2026-03"); a day without its year is
        "--03-03", matched by any year."""
        year = (self.published or "")[:4]
        out: set[str] = set()

        def add(y: str | None, month: int, day: int | None) -> None:
            key = f"{y or '-'}-{month:02d}" + (f"-{day:02d}" if day else "")
            out.add(key)
            if day:
                out.add(f"--{month:02d}-{day:02d}")
            if not y and year:
                out.add(f"{year}-{month:02d}" + (f"-{day:02d}" if day else ""))

        for m in _DAY_MONTH.finditer(self.text):
            add(m[3], _month(m[2]), int(m[1]))
        for m in _MONTH_DAY.finditer(self.text):
            add(m[3], _month(m[1]), int(m[2]))
        for m in _MONTH_YEAR.finditer(self.text):
            add(m[2], _month(m[1]), None)
        for m in _ISO.finditer(self.text):
            add(m[1], int(m[2]), int(m[3]))
        for day in self._relative_days():
            add(str(day.year), day.month, day.day)
        return out

    def _relative_days(self) -> list[date]:
        try:
            anchor = date.fromisoformat((self.published or "")[:10])
        except ValueError:
            return []
        low = " " + " ".join(w for w, _ in self.words) + " "
        out = []
        for phrase, shifts in lexicon().relative_days.items():
            if f" {phrase} " in low:
                out += [anchor + timedelta(days=s) for s in shifts]
        for i, name in enumerate(_WEEKDAYS):
            if f" {name} " in low:
                back = (anchor.weekday() - i) % 7
                out += [anchor - timedelta(days=back), anchor + timedelta(days=(7 - back) % 7)]
        return out

    def marks(self, skip: list[str]) -> Counter[str]:
        """The negation marks of the span outside the stretches in `skip` (the quotations
        a sentence repeats word for word) and outside its hedges of verification."""
        text = self.text
        for part in skip:
            at = text.casefold().find(part.casefold())
            if at >= 0:
                text = text[:at] + " " + text[at + len(part):]
        return negation_marks(text)

    def hedged(self) -> bool:
        lex = lexicon()
        if any(p.search(self.text) for p in lex.unverified):
            return True
        return any(w in lex.hedges for w, _ in self.words)


def negation_marks(text: str) -> Counter[str]:
    """How many times `text` denies and negates ("denied that ... did not" is two)."""
    lex = lexicon()
    for p in lex.unverified:
        text = p.sub(" ", text)  # "could not be independently confirmed" is a hedge
    return Counter(lex.negations[w] for w, _ in words_of(text) if w in lex.negations)


def _month(name: str) -> int:
    key = name.casefold().rstrip(".")[:3]
    return [m[:3].casefold() for m in MONTHS].index(key) + 1


@lru_cache(maxsize=1 << 16)
def canon(text: str) -> str:
    """A text compared by name: normalised, each demonym read as its country ("Russian
    shelling" -> "russia shelling"); remembered, as a story n outlets tell repeats its
    names n times and the registry is read once a process."""
    reg = registry()
    out = []
    for w in re.findall(r"[\w’'.-]+", text):
        core = w.strip(".")
        country = reg.demonym(core) if core[:1].isupper() else None
        out.append(country or core)
    return normalise(" ".join(out))


def name_keys(evidence: list[Evidence]) -> str:
    """Every way the spans name someone, for substring tests: their words (demonyms read as
    countries) and their articles' outlets."""
    parts = [canon(e.text) for e in evidence] + [normalise(e.outlet) for e in evidence
                                                 if e.outlet]
    return " " + " | ".join(parts) + " "


def name_supported(name: str, keys: str) -> bool:
    """A name is supported when the spans write it, or write another name of the same actor
    (an alias in the registry, a demonym of the country)."""
    key = canon(name)
    if not key or f" {key} " in keys:
        return True
    found = registry().lookup(name)
    names = [found.name, *found.aliases] if found is not None else []
    return any(f" {canon(n)} " in keys for n in names if canon(n))
