"""Figures layer (placeholder until its stage lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage


@stage("figures", layer="figures")
def find_figures(doc: Doc, ctx: Context) -> tuple[()]:
    return ()
