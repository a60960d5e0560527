"""The briefing templates' words, read once from ``data/brief.toml`` (event wording from
``data/events.toml``, the one list of event types), and date wording."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from wiredesk.errors import ConfigError
from wiredesk.extract.events.types import Wording, event_types

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


Verb = Wording  # how one event type is told (data/events.toml, each type's `brief`)


@dataclass(frozen=True, slots=True)
class Words:
    events: dict[str, Verb]
    figures: dict[str, str]
    outcomes: dict[str, str]
    outcome_needed: frozenset[str]
    pronouns: frozenset[str]
    not_speakers: frozenset[str]
    takes_the: frozenset[str]
    no_article: frozenset[str]
    plurals: frozenset[str]
    postpositive: frozenset[str]
    determiners: frozenset[str]
    generic_actors: frozenset[str]
    weapons: frozenset[str]
    not_say_cues: frozenset[str]
    nested_cues: tuple[str, ...]
    directives: tuple[str, ...]
    denial_min_words: int
    increments: frozenset[str]
    min_words: int
    not_openers: frozenset[str]
    hedges: frozenset[str]
    object_determiners: frozenset[str]
    quotes_per_story: int
    names_per_side: int
    title_words: int
    title_breaks: frozenset[str]
    dangling: frozenset[str]
    template_words: frozenset[str]
    same_kind: dict[str, str]


def _set(values: list[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


@cache
def words() -> Words:
    """The packaged template words (loaded once per process)."""
    path = files("wiredesk") / "data" / "brief.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        speakers, content, outcomes = data["speakers"], data["content"], data["figure_outcomes"]
        return Words(
            events={k: t.wording for k, t in event_types().items() if t.told},
            figures=dict(data["figures"]),
            outcomes={k: v for k, v in outcomes.items() if isinstance(v, str)},
            outcome_needed=frozenset(outcomes["outcome_needed"]),
            pronouns=_set(speakers["pronouns"]),
            not_speakers=_set(speakers["not_speakers"]),
            takes_the=_set(speakers["takes_the"]),
            no_article=_set(speakers["no_article"]),
            plurals=_set(speakers["plurals"]),
            postpositive=_set(speakers["postpositive"]),
            determiners=_set(speakers["determiners"]),
            generic_actors=_set(data["actors"]["generic"]),
            weapons=_set(data["actors"]["weapons"]),
            not_say_cues=_set(content["not_say_cues"]),
            nested_cues=tuple(content["nested_cues"]),
            directives=tuple(content["directives"]),
            denial_min_words=int(content["denial_min_words"]),
            increments=_set(content["increments"]),
            min_words=int(content["min_words"]),
            not_openers=_set(content["not_openers"]),
            hedges=_set(content["hedges"]),
            object_determiners=_set(content["object_determiners"]),
            quotes_per_story=int(data["limits"]["quotes_per_story"]),
            names_per_side=int(data["limits"]["names_per_side"]),
            title_words=int(data["headlines"]["title_words"]),
            title_breaks=_set(data["headlines"]["breaks"]),
            dangling=_set(data["headlines"]["dangling"]),
            template_words=frozenset(data["templates"]["words"]),
            same_kind=dict(data["stories"]["same_kind"]),
        )
    except (OSError, KeyError, IndexError, TypeError, ValueError,
            tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: bad briefing templates: {exc}") from exc


def written_date(value: str | None, year: str | None = None) -> str | None:
    """A TIMEX3 value as a reader writes it: "on 12 August 2025", "in August 2025"; the
    year is left out when it is `year` (the briefing's own)."""
    if not value:
        return None
    if m := _DAY.match(value):
        month = int(m[2])
        if not 1 <= month <= 12:
            return None
        return f"on {int(m[3])} {MONTHS[month - 1]}" + ("" if m[1] == year else f" {m[1]}")
    if m := _MONTH.match(value):
        month = int(m[2])
        if not 1 <= month <= 12:
            return None
        return f"in {MONTHS[month - 1]}" + ("" if m[1] == year else f" {m[1]}")
    return None


def counted(n: int) -> str:
    """A small count in words ("three"), so a template adds no digit to check."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else "many"
