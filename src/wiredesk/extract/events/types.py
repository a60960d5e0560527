"""Event types, one source of truth: data/events.toml lists each type with its PLOVER code, its
modes, the lemmas that trigger it and the words a briefing tells it with. The events layer,
the store and the briefings all read it here, so a new type is one entry in one file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, get_args

from wiredesk.errors import ConfigError
from wiredesk.records import EventKind


@dataclass(frozen=True, slots=True)
class Wording:
    """How a briefing tells one type: "struck", "was struck", "striking", "strike", alone."""

    past: str
    participle: str
    gerund: str
    base: str
    alone: str


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type as events.toml defines it."""

    name: EventKind
    plover: str
    modes: tuple[str, ...]
    mode: str | None  # the PLOVER mode when nothing in the text says more
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    wording: Wording
    told: bool  # told as an event in briefings


def read_data(name: str, what: str) -> dict[str, Any]:
    """A TOML file of data/, or a ConfigError naming it as `what`."""
    path = files("wiredesk.data").joinpath(name)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: unreadable {what}: {exc}") from exc


@cache
def lexicon() -> dict[str, Any]:
    """The whole events lexicon (data/events.toml), read once per process."""
    raw = read_data("events.toml", "events lexicon")
    families = raw.get("families", {})
    return {k: v if k == "families" else _expanded(v, families) for k, v in raw.items()}


def _expanded(value: Any, families: dict[str, list[str]]) -> Any:
    """`value` with every "@family" in its lists replaced by that family's words
    (events.toml [families])."""
    if isinstance(value, dict):
        return {k: _expanded(v, families) for k, v in value.items()}
    if not isinstance(value, list):
        return value
    out: list[Any] = []
    for item in value:
        if isinstance(item, str) and item.startswith("@"):
            if item[1:] not in families:
                raise ConfigError(f"data/events.toml: unknown word family {item!r}")
            out += families[item[1:]]
        else:
            out.append(_expanded(item, families))
    return out


@cache
def event_types() -> dict[str, EventType]:
    """Every event type, checked against `records.EventKind`."""
    entries = lexicon()["types"]
    if set(entries) != set(get_args(EventKind)):
        raise ConfigError(
            "data/events.toml [types] and records.EventKind differ: "
            f"{sorted(set(entries) ^ set(get_args(EventKind)))}"
        )
    try:
        return {
            name: EventType(
                name=name,
                plover=str(e["plover"]),
                modes=tuple(e["modes"]),
                mode=e.get("mode"),
                verbs=tuple(e["verbs"]),
                nouns=tuple(e["nouns"]),
                wording=Wording(*e["brief"]),
                told=bool(e.get("told", True)),
            )
            for name, e in entries.items()
        }
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"data/events.toml: bad event type entry: {exc}") from exc


@cache
def triggers() -> tuple[dict[str, EventKind], dict[str, EventKind]]:
    """Verb lemma -> type and noun lemma -> type."""
    verbs: dict[str, EventKind] = {}
    nouns: dict[str, EventKind] = {}
    for kind in event_types().values():
        verbs.update(dict.fromkeys(kind.verbs, kind.name))
        nouns.update(dict.fromkeys(kind.nouns, kind.name))
    return verbs, nouns
