"""Times layer (placeholder until its stage lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage


@stage("times", layer="times")
def find_times(doc: Doc, ctx: Context) -> tuple[()]:
    return ()
