"""Checks layer (placeholder until its stage lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from wiredesk.extract._registry import Context, stage


@stage("checks", layer="checks")
def find_checks(doc: Doc, ctx: Context) -> tuple[()]:
    return ()
