"""Recognizer "place_objects": a verb that is an event only when its subject does it to a
place the places layer found (events.toml [place_objects]): "the M23 took Goma", not "took
two hours"."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import is_place, lemma_of, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of


def _candidate(tok: Token) -> bool:
    return tok.pos_ == "VERB" and lemma_of(tok) in lexicon()["place_objects"]


@recognizer("place_objects", _candidate, lambda: lexicon()["place_objects"])
def _validate(verb: Token, places: Places) -> Trigger | None:
    kind = lexicon()["place_objects"][lemma_of(verb)]
    if subject_of(verb) is None:
        return None
    objects = (c for c in kids_of(verb) if c.dep_ == "dobj")
    return Trigger(kind, verb, verb) if any(is_place(o, places) for o in objects) else None
