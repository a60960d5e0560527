"""Recognizer "consequences": what will befall whoever does something, announced by someone
who can see to it, is a threat (events.toml [threats] whoever, announcers): "warned that
anyone who took part would face the full force of the law", "said that those who loot will
be found". The announcer threatens; "anyone who ..." names nobody, it says whom."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import governors, lemma_of, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of


def _whoever() -> list[str]:
    return list(lexicon()["threats"]["whoever"])


def _candidate(tok: Token) -> bool:
    """ "anyone who ...", "those who ...": a subject that names people by what they do."""
    return (
        tok.lower_ in _whoever()
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "relcl" for c in kids_of(tok))
    )


@recognizer("consequences", _candidate, _whoever)
def _validate(tok: Token, places: Places) -> Trigger | None:
    verb = tok.head
    modes = lexicon()["modes"]
    coming = {*modes["planned_aux"], *modes["hypothetical_aux"]}
    if verb.pos_ not in ("VERB", "AUX") or not any(c.lower_ in coming for c in kids_of(verb)):
        return None  # "those who fled have returned": nothing still to come
    announcers = lexicon()["threats"]["announcers"]
    said = next((t for t in governors(verb)[1:3] if lemma_of(t) in announcers), None)
    who = subject_of(said) if said is not None else None
    if who is None:
        return None  # a consequence nobody is told to have announced threatens nobody here
    return Trigger("threaten", verb, verb, doer=who)
