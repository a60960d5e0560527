"""Recognizer "refusals": a negated acceptance with a subject is a rejection (events.toml
[refusals]): "Moscow would not accept restrictions"."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import lemma_of, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of


def _candidate(tok: Token) -> bool:
    return tok.pos_ == "VERB" and lemma_of(tok) in lexicon()["refusals"]["verbs"]


@recognizer("refusals", _candidate, lambda: lexicon()["refusals"]["verbs"])
def _validate(verb: Token, places: Places) -> Trigger | None:
    negated = any(c.dep_ == "neg" for c in kids_of(verb))
    if not negated or subject_of(verb) is None:
        return None
    return Trigger("reject", verb, verb, refusal=True)
