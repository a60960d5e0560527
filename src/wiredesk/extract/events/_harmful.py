"""Recognizer "harmful": a noun that tells a violent event only when people are harmed in it
(events.toml [harm] nouns): "a police operation left eight people dead", "an encounter in
which two militants were killed"; "a rescue operation" or "a chance encounter" tell none."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from wiredesk.extract.events._grammar import harm_told, harms, lemma_of, nominal, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.records import EventKind


def harm_nouns() -> dict[str, str]:
    """Nouns violent only with harm, and the type each tells ([harm] nouns)."""
    return cast(dict[str, str], lexicon()["harm"]["nouns"])


def _candidate(tok: Token) -> bool:
    return nominal(tok) and tok.lemma_.lower() in harm_nouns()


@recognizer("harmful", _candidate, lambda: harm_nouns())
def _validate(noun: Token, places: Places) -> Trigger | None:
    kind = cast(EventKind, harm_nouns()[noun.lemma_.lower()])
    verb = noun.head
    if noun.dep_ == "nsubj" and harms(verb) and subject_of(verb) == noun:
        told = lemma_of(verb) in triggers()[0]  # "the operation killed 120": the verb's own
        return None if told else Trigger(kind, noun, verb)  # "left eight people dead"
    if harm_told(noun) is not None:
        return Trigger(kind, noun, noun)  # "an encounter in which two were killed"
    if harmed_during(noun) is not None:
        return Trigger(kind, noun, noun)  # "two gunmen were killed during an operation"
    return None


def harmed_during(noun: Token) -> Token | None:
    """The verb of harm whose victims were harmed in such a noun: "Two armed men were killed
    on Wednesday during a counter-terrorism operation" ([harm] prepositions); "killed in a car
    crash" names no such noun."""
    conf = lexicon()["harm"]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in conf["prepositions"]:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and lemma_of(verb) in conf["people"] else None
