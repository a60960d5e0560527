"""Recognizer "warnings": a violent act still to come that "warned" or "vowed" announces is a
threat made by whoever warned (events.toml [threats]): "warned that Beirut would be struck",
"warned that attacks would continue" (an event noun, subject of the clause to come)."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import event_noun, governors, lemma_of, nominal
from wiredesk.extract.events._modes import mode_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events._verbs import trigger_verb
from wiredesk.extract.events.types import lexicon, triggers


def _candidate(tok: Token) -> bool:
    return trigger_verb(tok) or (
        nominal(tok) and event_noun(tok) and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"
    )


def _words() -> list[str]:
    verbs, nouns = triggers()[0], triggers()[1]
    return [*verbs, *nouns]


@recognizer("warnings", _candidate, _words)
def _validate(tok: Token, places: Places) -> Trigger | None:
    if tok.pos_ == "VERB":
        trigger = Trigger(triggers()[0][lemma_of(tok)], tok, tok)
    else:
        nouns = triggers()[1]
        trigger = Trigger(nouns.get(tok.lower_) or nouns[lemma_of(tok)], tok, tok.head)
    return trigger if warner_of(trigger) is not None else None


def warner_of(trigger: Trigger) -> Token | None:
    """The "warned" or "vowed" that makes a violent act still to come a threat: "warned that
    Beirut would be struck again", "vowed to retaliate"."""
    threats = lexicon()["threats"]
    if trigger.kind not in threats["violent"] or trigger.head.pos_ != "VERB":
        return None
    above = governors(trigger.head)[1:3]
    warner = next((t for t in above if lemma_of(t) in threats["heads"]), None)
    if warner is None or mode_of(trigger, True) not in ("planned", "hypothetical"):
        return None
    return warner
