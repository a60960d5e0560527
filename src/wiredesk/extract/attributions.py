"""Attributions layer (placeholder until its stage lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage


@stage("attributions", layer="attributions")
def find_attributions(doc: Doc, ctx: Context) -> tuple[()]:
    return ()
