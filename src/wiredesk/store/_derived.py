"""Columns the store derives from a document for querying and exporting: the registry
actor behind a speaker or an event's sides, an event's PLOVER code, its resolved place and
its fatalities. They are not read back into records (a round trip stays exact).
"""

from __future__ import annotations

import re
from typing import Any

from wiredesk.extract.actors import Actor, registry
from wiredesk.extract.events.types import event_types
from wiredesk.records import Attribution, Document, Event

Row = dict[str, Any]
_SLUG = re.compile(r"[^a-z0-9]+")


def plover() -> dict[str, dict[str, str]]:
    """Event type -> {"code": PLOVER code, "mode": PLOVER mode (when the type fixes one)},
    from the event types of data/events.toml."""
    return {name: {"code": t.plover, **({"mode": t.mode} if t.mode else {})}
            for name, t in event_types().items()}


def actor_id(actor: Actor) -> str:
    """A stable id from the canonical name: "Russian Defence Ministry" -> that, slugged."""
    return _SLUG.sub("-", actor.name.casefold()).strip("-")


def canonical(*names: str | None) -> Actor | None:
    """The registry actor the first of `names` that the registry knows names."""
    for name in names:
        found = registry().lookup(name) if name else None
        if found is not None:
            return found
    return None


def actor_row(actor: Actor) -> Row:
    return {"id": actor_id(actor), "name": actor.name, "type": actor.type,
            "country": actor.country}


def speaker_actor(att: Attribution) -> Actor | None:
    """Who the speaker is: by its settled name, else by the words naming it here."""
    mention = att.speaker.mention.text if att.speaker.mention else None
    return canonical(att.speaker.name, mention)


def _line(text: str, at: int) -> tuple[int, int]:
    """The bounds of the line (a news paragraph) holding offset `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _place_ordinal(doc: Document, event: Event) -> int | None:
    """The resolved place an event names: the one of its words nearest the event."""
    if not event.place:
        return None
    named = [(abs(p.span[0] - event.span[0]), i) for i, p in enumerate(doc.places)
             if p.lat is not None and not p.demonym and event.place in (p.text, p.name)]
    return min(named)[1] if named else None


def fatalities(doc: Document, event: Event) -> int | None:
    """For an assault: the largest count of killed in the event's paragraph."""
    if plover().get(event.type, {}).get("code") != "ASSAULT":
        return None
    start, end = _line(doc.article.text, event.span[0])
    killed = [f.value for f in doc.figures
              if f.category == "killed" and start <= f.span[0] < end and f.unit is None]
    return int(max(killed)) if killed else None


def event_columns(doc: Document, event: Event) -> tuple[Row, list[Actor]]:
    """The derived columns of one event row, and the registry actors they point at."""
    code = plover().get(event.type, {})
    sides = [canonical(event.actor), canonical(event.target)]
    row = {
        "plover_code": code.get("code"),
        "plover_mode": code.get("mode"),
        "actor_id": actor_id(sides[0]) if sides[0] else None,
        "target_id": actor_id(sides[1]) if sides[1] else None,
        "place_ordinal": _place_ordinal(doc, event),
        "fatalities": fatalities(doc, event),
    }
    return row, [a for a in sides if a is not None]


def derived(doc: Document) -> tuple[dict[str, list[Row]], list[Actor]]:
    """The derived columns of every attribution and event row of `doc`, in layer order,
    and the registry actors they point at."""
    actors: list[Actor] = []
    claims = []
    for att in doc.attributions:
        found = speaker_actor(att)
        claims.append({"canonical_id": actor_id(found) if found else None})
        actors.extend([found] if found else [])
    events = []
    for event in doc.events:
        row, sides = event_columns(doc, event)
        events.append(row)
        actors.extend(sides)
    return {"attributions": claims, "events": events}, actors
