"""Recognizer "verdicts": calling an act (an event noun) a crime condemns it (events.toml
[verdicts]): "the prime minister called the strike a violation of sovereignty", "described
the attack as a massacre", "regards these actions as a gross violation". The one who judges
is the actor, the act judged the target."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import event_noun, lemma_of, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of


def _candidate(tok: Token) -> bool:
    return tok.pos_ == "VERB" and lemma_of(tok) in lexicon()["verdicts"]["verbs"]


@recognizer("verdicts", _candidate, lambda: lexicon()["verdicts"]["verbs"])
def _validate(verb: Token, places: Places) -> Trigger | None:
    told = lexicon()["verdicts"]["acts"]
    acts = [
        c for c in kids_of(verb) if c.dep_ == "dobj" and (event_noun(c) or lemma_of(c) in told)
    ]
    if subject_of(verb) is None or not acts:
        return None  # "calling reports of the attack a provocation" judges no act
    return Trigger("accuse", verb, verb) if judged(verb) else None


def judged(verb: Token) -> bool:
    """True when `verb` names its object a wrong: "a violation", "as a massacre"."""
    wrongs = lexicon()["verdicts"]["wrongs"]
    said = [c for c in kids_of(verb) if c.dep_ == "oprd"]
    said += [o for p in kids_of(verb) if p.lower_ == "as" for o in kids_of(p) if o.dep_ == "pobj"]
    return any(lemma_of(w) in wrongs for w in said)
