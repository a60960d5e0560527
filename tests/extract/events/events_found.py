"""What the events tests ask of a sentence: its events of one type, and the first of them
with the actor and target expected (a part of each name; None for none)."""

from __future__ import annotations


def events_of(extract, text: str, kind: str, published: str = "2026-03-10") -> list:
    return [e for e in extract(text, published=published).events if e.type == kind]


def assert_found(extract, text: str, kind: str, actor: str | None, target: str | None) -> None:
    found = events_of(extract, text, kind)
    assert found, extract(text, published="2026-03-10").events
    event = found[0]
    assert (actor is None) == (event.actor is None), event
    assert (actor or "") in (event.actor or ""), event
    assert (target or "") in (event.target or ""), event
