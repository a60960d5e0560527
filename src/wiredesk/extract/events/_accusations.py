"""Recognizer "accusations": the violent act an accusation or a blame names is an event whose
doer is the one accused: "accused the RSF of shelling a displacement camp". Its claim (the
accusation's speaker) and its mode come from the sentence as for any other event."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import lemma_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.nlp.index import kids_of


def _candidate(tok: Token) -> bool:
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and lemma_of(tok) in triggers()[0]


@recognizer("accusations", _candidate, lambda: triggers()[0])
def _validate(tok: Token, places: Places) -> Trigger | None:
    conf = lexicon()["accusations"]
    kind = triggers()[0][lemma_of(tok)]
    prep, accusing = tok.head, tok.head.head
    if kind not in conf["types"] or prep.lower_ not in conf["prepositions"]:
        return None
    if lemma_of(accusing) not in conf["verbs"]:
        return None
    accused = next((c for c in kids_of(accusing) if c.dep_ == "dobj"), None)
    return Trigger(kind, tok, tok, doer=accused) if accused is not None else None
