"""Events layer (placeholder until its stage lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage


@stage("events", layer="events")
def find_events(doc: Doc, ctx: Context) -> tuple[()]:
    return ()
