"""Recognizer "negations": a speaker saying a violent act did not happen denies it (events.toml
[negations]): "The army said its soldiers had not fired on civilians", "the ministry insisted
that no protesters had been killed" are the army's and the ministry's REJECT, beside the act
in mode "denied", as "denied that ..." is."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import SUBJECTS, lemma_of, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.nlp.index import kids_of


def _candidate(tok: Token) -> bool:
    return tok.pos_ == "VERB" and lemma_of(tok) in lexicon()["negations"]["cues"]


@recognizer("negations", _candidate, lambda: lexicon()["negations"]["cues"])
def _validate(verb: Token, places: Places) -> Trigger | None:
    if subject_of(verb) is None or any(c.dep_ == "neg" for c in kids_of(verb)):
        return None  # "did not say": nothing said
    if verb.dep_ == "conj" and triggers()[0].get(lemma_of(verb.head)) == "reject":
        return None  # "rejected the statement and said its units had not fired": one denial
    said = [c for c in kids_of(verb) if c.dep_ == "ccomp"]
    return Trigger("reject", verb, verb, refusal=True) if any(map(_negated_act, said)) else None


def _negated_act(clause: Token) -> bool:
    """A violent act of the lexicon negated in its own clause: "had not fired", "no
    protesters had been killed", "never attacked"."""
    acts = lexicon()["negations"]["acts"]
    kind = triggers()[0].get(lemma_of(clause))
    if clause.pos_ != "VERB" or kind not in acts:
        return False
    words = set(lexicon()["modes"]["negations"])
    doers = [c for c in kids_of(clause) if c.dep_ in SUBJECTS]
    wants = lexicon()["types"][kind].get("need_subject", {}).get(lemma_of(clause))
    if wants is not None and not any(lemma_of(t) in wants for d in doers for t in d.subtree):
        return False  # "it would not go unanswered": no bomb went off
    return any(
        c.lower_ in words and c.dep_ in ("neg", "det")
        for t in (clause, *doers) for c in kids_of(t)
    )
