"""Instrument and PLOVER mode: what an event was done with ("Russian drones hit" -> drones,
"fired an anti-ship ballistic missile" -> anti-ship ballistic missile, "a drone strike" ->
drone) and the mode it gives (events.toml [instrument]), else the type's own mode."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import lemma_of
from wiredesk.extract.events._trigger import Trigger
from wiredesk.extract.events.types import event_types, lexicon
from wiredesk.nlp.index import kids_of

MODIFIERS = ("compound", "amod")  # words that stay with the weapon: "anti-ship ballistic"


def instrument_of(trigger: Trigger, subject: Token | None) -> Token | None:
    """The weapon word of an event: its subject, its object, its "with", or its noun's
    compound; None when the text names none."""
    weapons = lexicon()["instrument"]["modes"]
    own = (trigger.word, trigger.head)
    seen = [subject] if subject is not None else []
    seen += [c for w in own for c in kids_of(w) if c.dep_ in ("dobj", "nsubjpass")]
    seen += [
        o for w in own for p in kids_of(w) if p.lower_ == "with" or p.dep_ == "agent"
        for o in kids_of(p)
    ]  # "struck with drones", "hit by artillery fire"
    # "a drone strike", "an Israeli air strike hit", "artillery fire"
    seen += [c for o in [*seen, trigger.word] for c in o.lefts if c.dep_ == "compound"]
    return next((t for t in seen if lemma_of(t) in weapons), None)


def instrument_text(tok: Token) -> str:
    """The weapon with the words that make it one kind ("anti-ship ballistic missile"), or
    with the noun it qualifies ("air strike", "drone strike")."""
    sides = set(lexicon()["instruments"]["nouns"]) - set(lexicon()["instrument"]["modes"])
    start = tok.i
    for c in reversed(list(tok.lefts)):  # nearest first, while they still name the weapon
        if c.dep_ not in MODIFIERS or c.ent_type_ or lemma_of(c) in sides or c.i != start - 1:
            break
        start = c.left_edge.i
    end = tok.head.i if tok.dep_ == "compound" and tok.head.i > tok.i else tok.i
    return tok.doc[start : end + 1].text


def plover_mode(trigger: Trigger, instrument: Token | None) -> str | None:
    """The mode the weapon says, else the trigger word says, else the type's own."""
    conf = lexicon()["instrument"]
    if instrument is not None:
        return str(conf["modes"][lemma_of(instrument)])
    if (mode := conf["triggers"].get(lemma_of(trigger.word))) is not None:
        return str(mode)
    fired = (conf["fired"].get(lemma_of(c)) for c in kids_of(trigger.head) if c.dep_ == "dobj")
    if (mode := next((m for m in fired if m), None)) is not None:
        return str(mode)  # "fired more than 80 shots": what was fired says the weapon
    if trigger.head != trigger.word and (mode := conf["carriers"].get(lemma_of(trigger.head))):
        return str(mode)  # "set fire to the houses"
    return event_types()[trigger.kind].mode
