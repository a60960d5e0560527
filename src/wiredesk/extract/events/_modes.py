"""Mode (happened, planned, hypothetical, denied) and status (asserted, hedged, unverified)
of an event, from the words around its trigger and the claim that carries it."""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract._registry import Context
from wiredesk.extract.events._grammar import (
    FINITE,
    SUBJECTS,
    apart,
    governors,
    lemma_of,
)
from wiredesk.extract.events._trigger import Trigger
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of
from wiredesk.records import EventMode, EventStatus


def mode_of(trigger: Trigger, reported: bool = False) -> EventMode:
    """happened, planned, hypothetical or denied, from the words around the trigger.

    "would" in a reported claim with no condition is the future of the past ("said it would
    deploy 2,000 troops"): planned, not hypothetical.
    """
    if trigger.refusal:
        return "happened"
    modes = lexicon()["modes"]
    head = trigger.head
    chain = governors(head)
    words = {lemma_of(c) for t in (head, trigger.word) for c in kids_of(t)}
    words |= {c.lower_ for t in (head, trigger.word) for c in kids_of(t)}
    words |= {
        m.lower_ for c in kids_of(head) if c.dep_ == "advcl" for m in kids_of(c) if m.dep_ == "mark"
    }  # "would retaliate if the strikes continued"
    above = [lemma_of(t) for t in chain[1:]]
    if negated_itself(trigger) or _denied_above(head):
        return "denied"
    hypothetical = words & set(modes["hypothetical_aux"])
    if reported and hypothetical <= set(modes["reported_future"]):
        hypothetical = set()
    if words & set(modes["hypothetical_marks"]) or hypothetical:
        return "hypothetical"
    if trigger.planned or words & set(modes["planned_aux"]) or words & set(modes["planned_words"]):
        return "planned"
    if reported and words & set(modes["reported_future"]):
        return "planned"
    if set(above[:2]) & set(modes["planned_heads"]):
        return "planned"
    if head.dep_ == "xcomp" and head.head.lemma_ == "be":  # "is to hold"
        return "planned"
    return "happened"


def _denied_above(head: Token) -> bool:
    """Whether a denial governs the clause through its complements ("denied that any post had
    been attacked"), not through a reason or a manner ("rejected the claim, saying warships had
    scattered mines"): a clause joined to another is governed as that one is, a verb joined to
    the denial itself is not, and a nearer plan or threat governs before it."""
    deps = lexicon()["modes"]["denied_through"]
    denials, plans = lexicon()["modes"]["denial_heads"], lexicon()["modes"]["planned_heads"]
    tok = head
    for _ in range(4):
        if tok.dep_ not in deps or tok.head == tok:
            return False
        if (tok.dep_ == "conj" and tok.tag_ in FINITE) or apart(tok):
            return False  # "denied the charges, and the court ruled": a clause of its own
        joined = tok.dep_ == "conj"
        tok = tok.head
        if lemma_of(tok) in denials:
            return not joined  # "denied all charges and would appeal": a second act, no content
        if lemma_of(tok) in plans:
            return False  # "threatened to attack": the nearest head says what it is
    return False


def negated_itself(trigger: Trigger) -> bool:
    """ "did not strike", "no drone struck", "does not attribute the attack": negated in its
    own clause (not "Statement No. 31" read as a subject)."""
    head = trigger.head
    doers = [c for t in (head, trigger.word) for c in kids_of(t) if c.dep_ in SUBJECTS]
    negated = {
        c.lower_
        for t in (head, trigger.word, *doers)
        for c in kids_of(t)
        if c.dep_ in ("neg", "det")
    }
    return bool(negated & set(lexicon()["modes"]["negations"]))


def status_of(trigger: Trigger, ctx: Context, attribution: int | None) -> EventStatus:
    hedges = set(lexicon()["modes"]["hedges"])
    near = {
        lemma_of(c)
        for t in (trigger.head, trigger.word)
        for c in kids_of(t)
        if c.dep_ in ("aux", "advmod", "auxpass")
    }
    near |= {lemma_of(t) for t in list(trigger.head.ancestors)[:2]}
    claimed = ctx.attributions[attribution].status if attribution is not None else None
    if claimed == "hedged" or claimed == "unverified":
        return claimed
    return "hedged" if near & hedges else "asserted"
