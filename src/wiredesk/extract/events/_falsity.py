"""Recognizer "falsity": a speaker who calls what was reported false rejects it (events.toml
[falsity]): "the ministry said reports abroad were fabrications", "police said rumours of
foreign fighters were not true". The one who rejects is the subject of the cue the words
hang on, or, for words said in one's own voice ("MINISTER: Rumours that ten prisoners
escaped are simply wrong."), the speaker of the claim or turn they stand in; what is
rejected, a report or a rumour, is no actor."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from wiredesk.extract.events._grammar import lemma_of, subject_of
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of


@cache
def _words() -> frozenset[str]:
    """The words a report is called when rejected, read once: the candidate test asks for
    every trigger word of every document."""
    conf = lexicon()["falsity"]
    return frozenset((*conf["false"], *conf["true"]))


def _candidate(tok: Token) -> bool:
    return tok.dep_ in ("acomp", "attr") and lemma_of(tok) in _words()


@recognizer("falsity", _candidate, _words)
def _validate(word: Token, places: Places) -> Trigger | None:
    conf = lexicon()["falsity"]
    copula = word.head
    negated = any(c.dep_ == "neg" for c in (*kids_of(copula), *kids_of(word)))
    if negated != (lemma_of(word) in conf["true"]):
        return None  # "the report was not false"; "the report was true"
    called = next((c for c in kids_of(copula) if c.dep_ == "nsubj"), None)
    if called is None or lemma_of(called) not in conf["claims"]:
        return None  # "the vote was false": no report called so
    clause = copula
    while clause.dep_ == "conj":  # "said that there had been no arrests and that reports
        clause = clause.head  # were fabrications": the second reported clause
    if clause.dep_ == "ROOT":
        return Trigger("reject", word, copula, refusal=negated)  # said in one's own voice
    before = clause.head.i < copula.i or not _quoted(clause)
    cue = clause.head if clause.dep_ == "ccomp" and before else None
    # words quoted before their cue ('"That is false," he said') most often repeat a denial
    # told just before ("He dismissed claims ..."): only a cue's reported clause tells one,
    # or one reported unquoted ahead of its cue ("The claims are untrue, the ministry said")
    if cue is None or cue.pos_ != "VERB" or subject_of(cue) is None:
        return None
    return Trigger("reject", word, cue, refusal=negated)  # carried by the cue, whose subject
    # rejects; "not true": the negation is the rejection, no denied rejection


def _quoted(clause: Token) -> bool:
    """True for a clause that opens inside quotation marks: '"That is false," he said'."""
    start = clause.left_edge.i
    doc = clause.doc
    marks = ("``", "''")
    return doc[start].tag_ in marks or (start > 0 and doc[start - 1].tag_ in marks)
