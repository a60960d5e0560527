"""Actor registry: canonical names for the people and bodies conflict news quotes.

Stages that name a speaker or an event actor ask one shared registry, so "Zelensky",
"Zelenskiy" and "Ukraine's leader" all become "Volodymyr Zelenskyy", and "the Kremlin"
becomes "Kremlin". The facts live in reviewable data files (``data/actors.toml``,
``data/demonyms.tsv``); this module only indexes them. Every lookup is a dict hit on a
normalised key: case, a leading "the", a possessive 's, dots, hyphens and diacritics
are ignored, so "António Guterres" == "Antonio Guterres" and "U.S." == "US".
"""

from __future__ import annotations

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


_PUNCT = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'", "`": "'"})
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_SEPARATORS = re.compile(r"[\s\-_/,]+")
_LEADING_THE = re.compile(r"^the ")
_ROMAN = re.compile(r"^[ivx]+$")


def normalise(text: str) -> str:
    """The lookup key of a mention: lower case, no diacritics, dots, possessive or "the"."""
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _POSSESSIVE.sub("", text).replace(".", "").replace("'", "")
    text = _SEPARATORS.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


def _is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("US", "IS", "AP") must not match the words "us", "is", "ap"."""
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4


class _Index:
    """Normalised key -> actors, keeping every candidate so ambiguity stays visible."""

    def __init__(self) -> None:
        self.keys: dict[str, tuple[Actor, ...]] = {}
        self.proper: set[str] = set()  # keys an all-lowercase mention must not hit

    def add(self, key: str, actor: Actor) -> None:
        found = self.keys.get(key, ())
        if actor not in found:
            self.keys[key] = (*found, actor)

    def get(self, key: str) -> tuple[Actor, ...]:
        return self.keys.get(key, ())


class ActorRegistry:
    """Lookups over a fixed set of actors; build a new one with `with_extra` to add people."""

    def __init__(
        self,
        actors: Iterable[Actor],
        countries: dict[str, tuple[str, str]],
        synonyms: dict[str, tuple[str, ...]],
        leaders: dict[str, tuple[str, ...]],
        surnames: dict[str, str],
        honorifics: frozenset[str],
        extra: Iterable[Actor] = (),
    ) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)
        self._extra: tuple[Actor, ...] = tuple(extra)
        self._countries = countries  # normalised word -> (country name, ISO2)
        self._synonyms = synonyms  # description word -> canonical titles
        self._leaders = leaders  # country -> titles "leader" means there
        self._surnames = surnames  # canonical name -> surname ("" = none)
        self._honorifics = honorifics
        # Tried in order: a document's own people first, full names before surnames.
        self._layers = (*self._indexes(self._extra), *self._indexes(self.actors))
        self._holders: dict[tuple[str, str], list[tuple[Role, Actor]]] = {}
        for actor in self.actors:
            for role in actor.roles:
                if role.of is not None:
                    self._holders.setdefault((role.title, role.of), []).append((role, actor))
        bodies = (n for a in self.actors if a.type != "person" for n in (a.name, *a.aliases))
        self._title_words = honorifics | {
            word
            for key in (*synonyms, *countries, *bodies, *(title for title, _ in self._holders))
            for word in normalise(key).split()
        }

    def _indexes(self, actors: Iterable[Actor]) -> tuple[_Index, _Index]:
        """Two indexes of `actors`: names and aliases, then derived surnames."""
        names, derived = _Index(), _Index()
        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                key = normalise(alias)
                if key:
                    names.add(key, actor)
                    if _is_acronym(alias) or actor.type == "country":
                        names.proper.add(key)
            key = self._surname_key(actor)
            if key:
                derived.add(key, actor)
                derived.proper.add(key)
        return names, derived

    def _surname_key(self, actor: Actor) -> str:
        if actor.type != "person":
            return ""
        surname = self._surnames.get(actor.name)
        if surname is None:
            last = actor.name.split()[-1]
            surname = "" if _ROMAN.match(last.lower()) else last
        key = normalise(surname)
        return "" if key == normalise(actor.name) or key in self._countries else key

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def lookup(self, mention: str) -> Actor | None:
        """The actor a name, alias, unambiguous surname or institution names; else None.

        Leading titles and descriptions are skipped when the rest is a known name:
        "Russian Foreign Minister Sergei Lavrov", "Mr Putin", "Kremlin spokesman Peskov".
        """
        capitalised = any(c.isupper() for c in mention)
        words = normalise(mention).split()
        for cut in range(len(words)):
            if cut and words[cut - 1] not in self._title_words:
                break
            found = self._find(" ".join(words[cut:]), capitalised)
            if found is not None:
                return found[0] if found else None
        return None

    def _find(self, key: str, capitalised: bool) -> tuple[Actor, ...] | None:
        """The one actor `key` names, () when it is ambiguous, None when it names nobody."""
        for index in self._layers:
            found = index.get(key)
            if found and (capitalised or key not in index.proper):
                return found if len(found) == 1 else ()
        return None

    def demonym(self, word: str) -> str | None:
        """The country a demonym, adjective or name stands for: "Ukrainian" -> "Ukraine"."""
        if not any(c.isupper() for c in word):
            return None  # "us", "chad", "turkey": country words are capitalised
        key = normalise(word)
        if key not in self._countries and key.endswith("s"):
            key = key[:-1]  # "Ukrainians"
        entry = self._countries.get(key)
        return entry[0] if entry else None

    def describe(self, phrase: str, on: str | None = None) -> Actor | None:
        """The one actor holding the role a description names on `on` (ISO date), else None.

        "Ukraine's leader", "the Ukrainian president", "president of Ukraine", "UN chief",
        "Kremlin spokesman". `on=None` means the current holder.
        """
        parsed = self._parse_description(normalise(phrase))
        if parsed is None:
            return None
        of, word = parsed
        titles = self._titles(word, of)
        for title in titles:
            holders = {a for r, a in self._holders.get((title, of), ()) if r.holds_on(on)}
            if len(holders) == 1:
                return holders.pop()
            if holders:
                return None
        return None

    def _titles(self, word: str, of: str) -> tuple[str, ...]:
        if word == "leader" and of in self._leaders:
            return self._leaders[of]
        return self._synonyms.get(word, (word,))

    def _parse_description(self, key: str) -> tuple[str, str] | None:
        """Split "ukraine leader" / "president of ukraine" into (holder body, title words)."""
        if " of " in key:
            title, _, body = key.partition(" of ")
            of = self._body(_LEADING_THE.sub("", body))
            if of is not None and title in self._synonyms:
                return of, title
        words = key.split()
        for cut in range(len(words) - 1, 0, -1):
            of = self._body(" ".join(words[:cut]))
            title = " ".join(words[cut:])
            if of is not None and title in self._synonyms:
                return of, title
        return None

    def _body(self, key: str) -> str | None:
        """The country or institution a description's first words name, as `Role.of` has it."""
        if key in self._countries:
            return self._countries[key][0]
        found = self._layers[-2].get(key)
        if len(found) == 1 and found[0].type != "person":
            return found[0].name
        return None

    def with_extra(self, actors: Iterable[Actor]) -> ActorRegistry:
        """A registry that also knows `actors` (people a document introduces)."""
        return ActorRegistry(
            self.actors,
            self._countries,
            self._synonyms,
            self._leaders,
            self._surnames,
            self._honorifics,
            extra=(*self._extra, *actors),
        )


def _role(table: dict[str, Any]) -> Role:
    return Role(table["title"], table.get("of"), table.get("start"), table.get("end"))


def _actor(table: dict[str, Any]) -> Actor:
    return Actor(
        name=table["name"],
        type=table["type"],
        aliases=tuple(table.get("aliases", ())),
        country=table.get("country"),
        roles=tuple(_role(r) for r in table.get("role", ())),
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
    return ActorRegistry(
        actors=[*actors, *_country_actors(rows, {a.name for a in actors})],
        countries={normalise(word): (country, code) for word, country, code, _ in rows},
        synonyms={normalise(k): tuple(v) for k, v in data["synonyms"].items()},
        leaders={k: tuple(v) for k, v in data["leaders"].items()},
        surnames={t["name"]: t["surname"] for t in data["actor"] if "surname" in t},
        honorifics=frozenset(normalise(w) for w in data["honorifics"]),
    )
