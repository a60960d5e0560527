"""Places layer (placeholder until its stage lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage


@stage("places", layer="places")
def find_places(doc: Doc, ctx: Context) -> tuple[()]:
    return ()
