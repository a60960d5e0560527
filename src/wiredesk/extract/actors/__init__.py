"""Actor registry: canonical names for the people and bodies conflict news quotes.

Stages that name a speaker or an event actor ask one shared registry, so "Zelensky",
"Zelenskiy" and "Ukraine's leader" all become "Volodymyr Zelenskyy", and "the Kremlin"
becomes "Kremlin". The facts live in reviewable data files (``data/actors.toml``,
``data/demonyms.tsv``); this module only indexes them. Every lookup is a few dict hits on
a normalised key: case, a leading "the", a possessive 's, dots, hyphens and diacritics
are ignored, so "António Guterres" == "Antonio Guterres" and "U.S." == "US".
"""

from __future__ import annotations

import copy
import csv
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["Actor", "ActorRegistry", "Role", "normalise", "registry"]


@dataclass(frozen=True, slots=True)
class Role:
    """An office held: `title` of `of` from `start` (inclusive) to `end` (exclusive, ISO)."""

    title: str
    of: str | None = None
    start: str | None = None
    end: str | None = None

    def holds_on(self, on: str | None) -> bool:
        """True when the role is held on `on` (ISO date); `None` means today: no end yet."""
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A speaker or event actor under its canonical name."""

    name: str
    type: str  # person, organization, government, country, media, document, group
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2
    roles: tuple[Role, ...] = ()


_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
# Dots and apostrophes go ("U.S." == "US"); dashes, slashes and commas separate words.
_PUNCT = str.maketrans({**dict.fromkeys(".'’‘`"), **dict.fromkeys("-‐‑–—_/,", " ")})
_ROMAN = re.compile(r"^[ivx]+$")
_LOOKUPS_KEPT = 100_000  # names whose `lookup` answer a registry keeps
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az) (?=\w)")  # Arabic article: "al-Assad"


def normalise(text: str) -> str:
    """The lookup key of a mention: lower case, no diacritics, dots, possessive or "the"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    words = _POSSESSIVE.sub("", text.casefold()).translate(_PUNCT).split()
    if words and words[0] == "the":
        del words[0]
    return " ".join(words)


def _is_acronym(written: str) -> bool:
    """ "IDF", "U.S.", "AP": written in capitals, so "Who" or "Us" must not match them."""
    letters = [c for c in written if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


class _Index:
    """Normalised key -> actors, keeping every candidate so ambiguity stays visible."""

    def __init__(self) -> None:
        self.keys: dict[str, tuple[Actor, ...]] = {}
        self.acronyms: set[str] = set()  # keys only an acronym gives: they match capitals only
        self._plain: set[str] = set()

    def add(self, key: str, actor: Actor, written: str = "") -> None:
        found = self.keys.get(key, ())
        if actor not in found:
            self.keys[key] = (*found, actor)
        if _is_acronym(written) and key not in self._plain:
            self.acronyms.add(key)
        else:
            self._plain.add(key)
            self.acronyms.discard(key)

    def get(self, key: str, capitals: bool) -> tuple[Actor, ...]:
        if not capitals and key in self.acronyms:
            return ()
        return self.keys.get(key, ())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the registry knows besides actors: countries, titles and naming conventions."""

    countries: dict[str, tuple[str, str]]  # normalised word -> (country name, ISO2)
    country_acronyms: frozenset[str]  # "us", "uk": only when written in capitals
    synonyms: dict[str, tuple[str, ...]]  # description words -> canonical titles, in order
    leaders: dict[str, tuple[str, ...]]  # country -> the titles "leader" means there
    surnames: dict[str, str]  # canonical name -> surname when not the last word ("" = none)
    honorifics: frozenset[str]  # words that may stand before a name ("mr", "former")
    filler_words: frozenset[str]  # words a description may add: "Ukraine's wartime leader"
    past_words: frozenset[str]  # words that make it someone else: "the former president"
    ambiguous: dict[str, tuple[str, ...]]  # short form two countries share -> both names


class ActorRegistry:
    """Lookups over a fixed set of actors; build a new one with `with_extra` to add people."""

    def __init__(
        self, actors: Iterable[Actor], lexicon: Lexicon, extra: Iterable[Actor] = ()
    ) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)
        self.lexicon = lexicon
        words: dict[str, list[str]] = {}
        for key, (name, _) in lexicon.countries.items():
            words.setdefault(name, []).append(key)
        self._country_words = {k: tuple(v) for k, v in words.items()}
        self._extra: tuple[Actor, ...] = tuple(extra)
        self._looked_up: dict[str, Actor | None] = {}  # mention -> `lookup`'s answer
        # Tried in order: a document's own people first, full names before surnames.
        self._layers = (*self._indexes(self._extra), *self._indexes(self.actors))
        self._names = self._layers[-2]  # the shipped names, which `describe` reads
        self._holders: dict[tuple[str, str], list[tuple[Role, Actor]]] = {}
        for actor in self.actors:
            for role in actor.roles:
                if role.of is not None:
                    self._holders.setdefault((role.title, role.of), []).append((role, actor))
        # Words that may stand before a name: "Russian Foreign Minister", "Kremlin spokesman".
        # At least one of them must be a title or honorific ("New Jersey" is not "Jersey").
        titles = (title for title, _ in self._holders)
        self._descriptors = lexicon.honorifics | {
            word for key in (*lexicon.synonyms, *map(normalise, titles)) for word in key.split()
        }
        bodies = (
            k
            for index in self._layers[::2]
            for k, found in index.keys.items()
            if any(a.type != "person" for a in found)
        )
        self._title_words = self._descriptors | {
            word for key in (*lexicon.countries, *bodies) for word in key.split()
        }

    def _indexes(self, actors: Iterable[Actor]) -> tuple[_Index, _Index]:
        """Two indexes of `actors`: names and aliases, then derived surnames."""
        names, derived = _Index(), _Index()
        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                key = normalise(alias)
                if key:
                    names.add(key, actor, alias)
            for key in self._surname_keys(actor):
                derived.add(key, actor)
        return names, derived

    def _surname_keys(self, actor: Actor) -> tuple[str, ...]:
        """ "putin" for "Vladimir Putin"; "al assad" and "assad" for "Bashar al-Assad"."""
        if actor.type != "person":
            return ()
        surname = self.lexicon.surnames.get(actor.name)
        if surname is None:
            last = actor.name.split()[-1]
            surname = "" if _ROMAN.match(last.lower()) else last
        key = normalise(surname)
        keys = (key, _ARTICLE.sub("", key)) if _ARTICLE.match(key) else (key,)
        full = normalise(actor.name)
        return tuple(k for k in keys if k and k != full and k not in self.lexicon.countries)

    def __len__(self) -> int:
        return len(self.actors) + len(self._extra)

    def __iter__(self) -> Iterator[Actor]:
        yield from self._extra
        yield from self.actors

    def lookup(self, mention: str) -> Actor | None:
        """The actor a name, alias, unambiguous surname or institution names; else None.

        Leading titles and descriptions are skipped when the rest is a known name:
        "Russian Foreign Minister Sergei Lavrov", "Mr Putin", "Kremlin spokesman Peskov".
        A mention without a capital letter is a common phrase ("us", "may", "guardian").
        Answers are kept: every layer asks again for the same names, document after document.
        """
        if mention in self._looked_up:
            return self._looked_up[mention]
        if len(self._looked_up) >= _LOOKUPS_KEPT:  # a long ingest meets ever new names
            self._looked_up.clear()
        found = self._looked_up[mention] = self._lookup(mention)
        return found

    def _lookup(self, mention: str) -> Actor | None:
        if not any(c.isupper() for c in mention):
            return None
        written = mention.translate(_PUNCT).split()
        if written and written[0].casefold() == "the":
            del written[0]
        words = normalise(mention).split()
        described = False
        for cut in range(len(words)):
            if cut:
                if words[cut - 1] not in self._title_words:
                    break
                described = described or words[cut - 1] in self._descriptors
                if not described:
                    continue
            tail = " ".join(written[cut:]) if len(written) == len(words) else mention
            found = self._find(" ".join(words[cut:]), _is_acronym(tail))
            if found and cut and found[0].type == "country":
                return None  # "Ministry of Interior of Georgia" is the ministry, not Georgia
            if found is not None:
                return found[0] if found else None
        return None

    def _find(self, key: str, capitals: bool) -> tuple[Actor, ...] | None:
        """The one actor `key` names, () when it is ambiguous, None when it names nobody."""
        for index in self._layers:
            found = index.get(key, capitals)
            if found:
                return found if len(found) == 1 else ()
        return None

    def demonym(self, word: str) -> str | None:
        """The country a demonym, adjective or name stands for: "Ukrainian" -> "Ukraine"."""
        if not any(c.isupper() for c in word):
            return None  # "us", "chad", "turkey": country words are capitalised
        key = normalise(word)
        if key in self.lexicon.country_acronyms and not _is_acronym(word):
            return None  # "Us"
        if key not in self.lexicon.countries and key.endswith("s"):
            key = key[:-1]  # "Ukrainians"
        entry = self.lexicon.countries.get(key)
        return entry[0] if entry else None

    def describe(self, phrase: str, on: str | None = None) -> Actor | None:
        """The one actor holding the role a description names on `on` (ISO date), else None.

        "Ukraine's leader", "the Ukrainian president", "president of Ukraine", "UN chief",
        "Kremlin spokesman". `on=None` means the current holder. Titles are tried in the
        order `[synonyms]` gives; two holders of the first title held that day -> None, and
        so does a past holder ("the former president", "the late king").
        """
        words = normalise(phrase).split()
        if any(word in self.lexicon.past_words for word in words):
            return None  # "the former president": not the holder on that day
        kept = " ".join(word for word in words if word not in self.lexicon.filler_words)
        parsed = self._parse_description(kept)
        if parsed is None:
            return None
        of, word = parsed
        titles = self.lexicon.leaders.get(of) if word == "leader" else None
        for title in titles if titles is not None else self.lexicon.synonyms[word]:
            holders = {a for r, a in self._holders.get((title, of), ()) if r.holds_on(on)}
            if holders:
                return holders.pop() if len(holders) == 1 else None
        return None

    def _parse_description(self, key: str) -> tuple[str, str] | None:
        """Split "ukraine leader" / "president of ukraine" into (`Role.of`, title words)."""
        if " of " in key:
            title, _, body = key.rpartition(" of ")
            of = self._body(body.removeprefix("the "))
            if of is not None and title in self.lexicon.synonyms:
                return of, title
        words = key.split()
        for cut in range(len(words) - 1, 0, -1):
            title = " ".join(words[cut:])
            if title in self.lexicon.synonyms:
                of = self._body(" ".join(words[:cut]))
                if of is not None:
                    return of, title
        return None

    def _body(self, key: str) -> str | None:
        """The country or institution a description's first words name, as `Role.of` has it."""
        if key in self.lexicon.countries:
            return self.lexicon.countries[key][0]
        found = self._names.get(key, capitals=True)
        if len(found) == 1 and found[0].type != "person":
            return found[0].name
        return None

    def country_words(self, country: str) -> tuple[str, ...]:
        """The words that name `country` or its people: "Russian", "Russia"."""
        return self._country_words.get(country, ())

    def country_of(self, code: str) -> str | None:
        """The country name of an ISO 3166-1 alpha-2 code."""
        return next((n for n, c in self.lexicon.countries.values() if c == code), None)

    def with_extra(self, actors: Iterable[Actor]) -> ActorRegistry:
        """A registry that also knows `actors` (people a document introduces), ahead of ours.

        Cheap enough to call once per document: only the new actors are indexed. Their
        roles are not dated, so `describe` still answers from the shipped registry alone.
        """
        extended = copy.copy(self)
        extended._looked_up = {}
        extended._extra = (*self._extra, *actors)
        extended._layers = (*self._indexes(extended._extra), self._layers[-2], self._layers[-1])
        return extended


def _actor(table: dict[str, Any]) -> Actor:
    roles = (
        Role(r["title"], r.get("of"), r.get("start"), r.get("end")) for r in table.get("role", ())
    )
    return Actor(
        name=table["name"],
        type=table["type"],
        aliases=tuple(table.get("aliases", ())),
        country=table.get("country"),
        roles=tuple(roles),
    )


def _read_demonyms() -> list[tuple[str, str, str, str]]:
    """Rows of (word, country, ISO2, kind), kind "name" or "adjective"."""
    text = files("wiredesk").joinpath("data", "demonyms.tsv").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return [(w, c, iso, kind) for w, c, iso, kind in csv.reader(lines, delimiter="\t")]


def _country_actors(rows: list[tuple[str, str, str, str]], known: set[str]) -> list[Actor]:
    """One `country` actor per country the registry does not list itself ("Germany said")."""
    names: dict[tuple[str, str], list[str]] = {}
    for word, country, code, kind in rows:
        if kind == "name" and country not in known:
            names.setdefault((country, code), []).append(word)
    return [
        Actor(country, "country", tuple(w for w in words if w != country), code)
        for (country, code), words in names.items()
    ]


@cache
def registry() -> ActorRegistry:
    """The shipped registry, read once per process."""
    text = files("wiredesk").joinpath("data", "actors.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    actors = [_actor(t) for t in data["actor"]]
    rows = _read_demonyms()
    plain = {normalise(word) for word, *_ in rows if not _is_acronym(word)}
    lexicon = Lexicon(
        countries={normalise(word): (country, code) for word, country, code, _ in rows},
        country_acronyms=frozenset(normalise(w) for w, *_ in rows if _is_acronym(w)) - plain,
        synonyms={normalise(k): tuple(v) for k, v in data["synonyms"].items()},
        leaders={k: tuple(v) for k, v in data["leaders"].items()},
        surnames={t["name"]: t["surname"] for t in data["actor"] if "surname" in t},
        honorifics=frozenset(normalise(w) for w in data["honorifics"]),
        filler_words=frozenset(
            w for x in data["describe"]["fillers"] for w in normalise(x).split()
        ),
        past_words=frozenset(w for x in data["describe"]["past"] for w in normalise(x).split()),
        ambiguous={normalise(k): tuple(v) for k, v in data["ambiguous"].items()},
    )
    return ActorRegistry([*actors, *_country_actors(rows, {a.name for a in actors})], lexicon)
