"""Denied later: a claim another side denies in the lines after it becomes a denied event."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.events._grammar import (
    lemma_of,
    subject_of,
)
from wiredesk.extract.events._roles import actor_of, cue_claim, cue_speaker
from wiredesk.extract.events.types import lexicon
from wiredesk.extract.numbers._whose import (
    demonym,
)
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of, tokens_among
from wiredesk.records import Event, Speaker

DENIAL_REACH = 400  # characters after a claim within which another side's denial answers it


def denied_later(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """A claim another side denies in the lines after it is denied: "JNIM said it seized the
    post. The General Staff denied that the post had fallen"; "ISPR said its troops destroyed
    five Indian posts. The Indian Army denied losing any soldiers or posts"."""
    if not _denial_words().search(doc_text(doc)):
        return events
    heads = lexicon()["modes"]["denial_heads"]
    denials = [
        (verb, subject)
        for verb in (doc[i] for i in tokens_among(doc, heads, "lemma"))
        if verb.pos_ == "VERB"
        and (subject := subject_of(verb)) is not None
    ]
    if not denials:
        return events
    out = list(events)
    for verb, subject in denials:
        denier = cue_speaker(verb, ctx) or actor_of(subject, ctx, doc)
        words = {lemma_of(t) for c in kids_of(verb) if c.dep_ in DENIED for t in c.subtree}
        claim = _bare_claim(verb)  # "denied the claim", not "denied reports of a curfew"
        before = doc[verb.sent.start - 1].sent.start_char if verb.sent.start else 0
        for i, event in enumerate(out):
            near = 0 < verb.idx - event.span[1] <= DENIAL_REACH
            if not near or event.mode != "happened" or event.attribution is None:
                continue
            if event.actor is None and event.actor_text is None:
                continue  # "the market was shelled": whoever denied doing it, it happened
            claimant = ctx.attributions[event.attribution].speaker
            if _same_side(denier, claimant.name) or _same_side(denier, event.actor) or (
                    _one_military(_words_of(claimant), _denier_words(verb, ctx))):
                continue
            told = doc.char_span(*event.span, alignment_mode="expand")
            nouns = {lemma_of(t) for t in told or () if t.pos_ == "NOUN"}
            if nouns & words or (claim and event.span[0] >= before):
                out[i] = replace(
                    event,
                    mode="denied",
                    denied_by=denier or subject.text,
                    explanation=event.explanation + f"; denied by {denier or subject.text!r}",
                )
    return out


DENIED = ("ccomp", "xcomp", "dobj", "pcomp", "advcl")


def _bare_claim(verb: Token) -> bool:
    """True when a denial names only "the claim" or "the reports", saying nothing of what
    they told: then it answers the claim just before it."""
    claims = lexicon()["modes"]["denied_claims"]
    for obj in (c for c in kids_of(verb) if c.dep_ == "dobj"):
        if lemma_of(obj) in claims:
            return not any(c.dep_ in ("prep", "acl", "ccomp", "relcl") for c in kids_of(obj))
    return False


@cache
def _denial_words() -> re.Pattern[str]:
    """The stems of the denial verbs ("den" of denied, "reject"): a cheap test of a text."""
    stems = [
        h[:-1] if h.endswith("y") else h.rstrip("e") for h in lexicon()["modes"]["denial_heads"]
    ]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, stems))})", re.I)


def _words_of(speaker: Speaker) -> str:
    """A speaker's name, role and the words that named them, in lower case."""
    told = speaker.mention.text if speaker.mention is not None else ""
    return " ".join(filter(None, (speaker.name, speaker.role, told))).lower()


def _denier_words(verb: Token, ctx: Context) -> str:
    claim = cue_claim(verb, ctx)
    return _words_of(claim.speaker) if claim is not None else ""


def _one_military(a: str, b: str) -> bool:
    """True for two speakers who are both a military's voice (its army, general staff ...)
    and name no two countries ("Pakistan's military media wing" and "the Indian Army" are
    two sides)."""
    voices = lexicon()["modes"]["military_voices"]
    if not all(any(re.search(rf"\b{re.escape(v)}\b", w) for v in voices) for w in (a, b)):
        return False
    countries = [{c for word in re.findall(r"[a-z]+", w) if (c := demonym(word.title()))}
                 for w in (a, b)]
    return not (countries[0] and countries[1] and not countries[0] & countries[1])


def _same_side(a: str | None, b: str | None) -> bool:
    """True when two names are one side: "Indian Army" and "India", "ISPR" and itself."""
    if not a or not b:
        return False
    low_a, low_b = a.lower(), b.lower()
    return low_a in low_b or low_b in low_a or _side(a) == _side(b)


def _side(name: str) -> str:
    """The country a name's first word is the demonym of ("Indian Army"), else the name."""
    return (demonym(name.split()[0]) or name).lower()
