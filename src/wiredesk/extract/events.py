"""Events layer: what happened, is planned, could happen or is denied, PLOVER-style.

A trigger is a verb of the lexicon (data/events.toml: "updated", "hit", "sent troops") or an
event noun that a light verb carries ("hold talks", "made a thrust", "signed a statement")
or whose participants are named ("the meeting between Putin and Trump"). The parse gives
actor and target; the other layers give place (ctx.places), date (ctx.times, else when
it was said) and the claim that carries it (ctx.attributions), whose status it inherits.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Token

from wiredesk.extract._numbers_whose import _registry, entity_of, group_name, name_of
from wiredesk.extract._registry import Context, stage
from wiredesk.records import Event

EXTRACTOR = "events.v1"
CLAUSES = ("ccomp", "advcl", "parataxis", "relcl", "conj", "xcomp", "csubj")


@cache
def lexicon() -> dict[str, Any]:
    """The events lexicon (data/events.toml), read once per process."""
    text = files("wiredesk.data").joinpath("events.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _triggers() -> tuple[dict[str, str], dict[str, str]]:
    """Verb lemma -> type and noun lemma -> type."""
    verbs, nouns = {}, {}
    for kind, entry in lexicon()["types"].items():
        verbs.update({v: kind for v in entry["verbs"]})
        nouns.update({n: kind for n in entry["nouns"]})
    return verbs, nouns


@dataclass(frozen=True, slots=True)
class _Trigger:
    kind: str
    word: Token  # the verb or event noun
    head: Token  # the clause's verb: the trigger itself or the light verb carrying it
    planned: bool = False  # carried by "plan", "prepare" ...


@stage("events", layer="events", requires=("times", "places", "attributions"))
def find_events(doc: Doc, ctx: Context) -> tuple[Event, ...]:
    """Every event `doc` reports, with actor, target, place, date, mode and status."""
    return tuple(e for t in _find_triggers(doc) if (e := _event(doc, ctx, t)) is not None)


def _find_triggers(doc: Doc) -> Iterator[_Trigger]:
    verbs, nouns = _triggers()
    light = lexicon()["light_verbs"]
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in verbs and _verb_ok(tok, verbs[lemma]):
            yield _Trigger(verbs[lemma], tok, tok)
        elif tok.pos_ == "NOUN" and (lemma in nouns or tok.lower_ in nouns):
            kind = nouns.get(lemma) or nouns[tok.lower_]
            carrier = tok.head
            carried = lemma_of(carrier) in light["happened"] + light["planned"]
            if tok.dep_ == "dobj" and carrier.pos_ == "VERB" and carried:
                yield _Trigger(kind, tok, carrier, lemma_of(carrier) in light["planned"])
            elif _participants(tok):
                yield _Trigger(kind, tok, tok)


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


def _verb_ok(verb: Token, kind: str) -> bool:
    """A verb is a trigger when it has a subject, and the object some verbs need."""
    entry = lexicon()["types"][kind]
    need = entry.get("need_object", {}).get(lemma_of(verb))
    avoid = entry.get("avoid_object", {}).get(lemma_of(verb))
    if need is not None or avoid is not None:
        objects = [t for t in verb.children if t.dep_ in ("dobj", "prep", "prt", "dative")]
        words = {lemma_of(t) for o in objects for t in o.subtree}
        if need is not None and not words & set(need):
            return False
        if avoid is not None and words & set(avoid):
            return False
    own = lexicon()["own_subject"]
    if lemma_of(verb) in own["verbs"]:
        subject = _subject(verb)
        direct = subject is not None and (subject.head == verb or subject.head.head == verb)
        return direct and subject is not None and lemma_of(subject) not in own["abstract"]
    return _subject(verb) is not None or verb.dep_ in ("xcomp", "conj", "advcl")


def _participants(noun: Token) -> list[Token]:
    """Names after an event noun's "between", "with", "to": "between Putin and Trump"."""
    preps = set(lexicon()["participants"]["target"])
    near = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    out = []
    for word in near:
        for prep in word.children:
            if prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and _is_named(obj):
                        out += [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return out


def _is_named(tok: Token) -> bool:
    """A name, or a noun a name qualifies: "Putin", "European leaders"."""
    names = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
    if tok.ent_type_:
        return tok.ent_type_ in names
    return tok.pos_ == "PROPN" or any(c.ent_type_ in names for c in tok.lefts)


def _noun_actor(noun: Token) -> Token | None:
    """Who holds an event noun: "his talks", "US sanctions", "between Putin and Trump"."""
    for c in noun.lefts:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_):
            return c
    for word in [noun, *(c for c in noun.children if c.dep_ == "acl")]:
        for prep in word.children:
            if prep.lower_ == "between":
                return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, through "is to hold", "wants to meet", and the passive's "by"."""
    for t in [verb, *verb.ancestors]:
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
            if c.dep_ == "agent":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
        if t.dep_ not in ("xcomp", "conj", "aux"):
            return None
    return None


def _actor(tok: Token | None, ctx: Context, doc: Doc) -> str | None:
    """The canonical actor a subject or object names."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        return _pronoun(tok, ctx, doc)
    lex = lexicon()
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if lemma_of(tok) in lex["instruments"]["nouns"] and owner is not None:
        return _actor(owner, ctx, doc)
    named = _named(tok)
    if named is not None:
        return named
    reg = _registry()
    if reg is not None and tok.pos_ == "NOUN":
        phrase = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
        found = reg.describe(phrase, ctx.article.published)
        if found is not None:
            return str(found.name)
    if tok.pos_ in ("NOUN", "PROPN"):
        return group_name(tok)
    return None


def _named(tok: Token) -> str | None:
    """A name in the phrase: the token's entity, else a named compound ("SBU agency")."""
    if lemma_of(tok) in lexicon()["groups"]["nouns"]:
        return None
    if entity_of(tok) is not None and (found := name_of(tok)):
        ent = entity_of(tok)
        if ent is not None and ent.label_ == "NORP" and tok.pos_ == "NOUN":
            return None  # "Russian forces" stays a group
        return found
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "PERSON"):
            return name_of(c)
    reg = _registry()
    if reg is not None and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
        found = reg.lookup(tok.text)
        if found is not None:
            return str(found.name)
    return None


def _pronoun(pronoun: Token, ctx: Context, doc: Doc) -> str | None:
    """The subject named earlier in the sentence, else the speaker of a reported claim.

    In a direct quote "he" is someone other than the speaker, so it stays unresolved.
    """
    for t in pronoun.sent:
        if t.i >= pronoun.i:
            break
        if t.dep_ == "nsubj" and t.pos_ != "PRON" and (found := _named(t)):
            return found
    att = _attribution_of(ctx, pronoun.idx, pronoun.idx + len(pronoun))
    if att is None:
        return None
    claim = ctx.attributions[att]
    if claim.kind != "indirect" and pronoun.lower_ not in ("i", "we", "my", "our", "me", "us"):
        return None
    return claim.speaker.name


def _target(trigger: _Trigger, actor: Token | None, ctx: Context, doc: Doc) -> str | None:
    word = trigger.word
    participants = [t for t in _participants(word) if actor is None or t.i != actor.i]
    if participants:
        return _actor(participants[0], ctx, doc)
    if trigger.kind not in lexicon()["targets"]["destination"]:
        for t in (word, trigger.head):
            obj = next((c for c in t.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and obj.i != word.i:
                return _actor(obj, ctx, doc)
    for t in word.subtree:
        if t.ent_type_ in ("GPE", "ORG", "PERSON") and t.i > word.i and (n := name_of(t)):
            return n
    return None


def _event(doc: Doc, ctx: Context, trigger: _Trigger) -> Event | None:
    carried = trigger.head != trigger.word or trigger.word.pos_ == "VERB"
    subject = _subject(trigger.head) if carried else _noun_actor(trigger.word)
    actor = _actor(subject, ctx, doc)
    if actor is None and not carried:
        return None  # "the summit with Trump": an event noun nobody holds says too little
    target = _target(trigger, subject, ctx, doc)
    span = _evidence(trigger, subject)
    attribution = _attribution_of(ctx, *span)
    mode = _mode(trigger)
    status = _status(trigger, ctx, attribution)
    date = _date(doc, ctx, trigger) or (
        ctx.attributions[attribution].said_on if attribution is not None else None
    )
    return Event(
        article_id=ctx.article_id,
        type=trigger.kind,
        text=doc.text[span[0] : span[1]],
        span=span,
        actor=actor,
        target=target,
        place=_place(doc, ctx, trigger),
        date=date,
        mode=mode,
        status=status,
        attribution=attribution,
        extractor=EXTRACTOR,
        explanation=f"{trigger.kind} triggered by {trigger.word.text!r}"
        + (f" carried by {trigger.head.text!r}" if trigger.head != trigger.word else ""),
    )


def _evidence(trigger: _Trigger, subject: Token | None) -> tuple[int, int]:
    """From the subject to the end of the trigger's object, stopping at clauses and commas."""
    word = trigger.word
    tokens = [word, trigger.head]
    direct = subject is not None and subject.head == trigger.head
    if subject is not None and direct and trigger.head.i - 6 <= subject.i < word.i:
        tokens += [t for t in subject.subtree if not t.is_space]
    core = word if word.pos_ == "NOUN" else next(
        (c for c in word.children if c.dep_ in ("dobj", "dative")), word
    )
    for t in core.subtree:
        if t.i > word.i and ((t.is_punct and t.text in ",;:()–—") or t.dep_ in CLAUSES[:3]):
            break
        tokens.append(t)
    start = min(t.idx for t in tokens)
    last = max(tokens, key=lambda t: t.i)
    while last.is_punct and last.i > start:
        last = last.doc[last.i - 1]
    return start, last.idx + len(last)


def _mode(trigger: _Trigger) -> str:
    modes = lexicon()["modes"]
    head = trigger.head
    chain = [head, *head.ancestors][:4]
    words = {lemma_of(c) for t in (head, trigger.word) for c in t.children}
    words |= {c.lower_ for t in (head, trigger.word) for c in t.children}
    above = [lemma_of(t) for t in chain[1:]]
    if words & set(modes["negations"]) or set(above) & set(modes["denial_heads"]):
        return "denied"
    if words & set(modes["hypothetical_marks"]) or words & set(modes["hypothetical_aux"]):
        return "hypothetical"
    if trigger.planned or words & set(modes["planned_aux"]) or words & set(modes["planned_words"]):
        return "planned"
    if set(above[:2]) & set(modes["planned_heads"]):
        return "planned"
    if head.dep_ == "xcomp" and head.head.lemma_ == "be":  # "is to hold"
        return "planned"
    return "happened"


def _status(trigger: _Trigger, ctx: Context, attribution: int | None) -> str:
    hedges = set(lexicon()["modes"]["hedges"])
    near = {lemma_of(c) for t in (trigger.head, trigger.word) for c in t.children
            if c.dep_ in ("aux", "advmod", "auxpass")}
    near |= {lemma_of(t) for t in list(trigger.head.ancestors)[:2]}
    if attribution is not None and ctx.attributions[attribution].status in ("hedged", "unverified"):
        return str(ctx.attributions[attribution].status)
    return "hedged" if near & hedges else "asserted"


def _attribution_of(ctx: Context, start: int, end: int) -> int | None:
    best: tuple[int, int] | None = None
    for i, att in enumerate(ctx.attributions):
        a, b = att.content.span
        if a <= start and end <= b and (best is None or b - a < best[1]):
            best = (i, b - a)
    return best[0] if best else None


def _clause_range(trigger: _Trigger) -> tuple[int, int]:
    sub = list(trigger.head.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1])


def _date(doc: Doc, ctx: Context, trigger: _Trigger) -> str | None:
    a, b = _clause_range(trigger)
    at = trigger.word.idx
    found = [t for t in ctx.times if a <= t.span[0] < b and t.type == "date" and t.value]
    best = min(found, key=lambda t: abs(t.span[0] - at), default=None)
    return str(best.value) if best else None


def _place(doc: Doc, ctx: Context, trigger: _Trigger) -> str | None:
    a, b = _clause_range(trigger)
    at = trigger.word.idx
    conf = lexicon()["places"]
    kinds = conf["kinds"]
    found = [p for p in ctx.places if a <= p.span[0] < b and p.name and _located(doc, p.span)]
    best = min(
        found,
        key=lambda p: (kinds.index(p.kind) if p.kind in kinds else len(kinds), abs(p.span[0] - at)),
        default=None,
    )
    return str(best.name) if best else None


def _located(doc: Doc, span: tuple[int, int]) -> bool:
    """True for "near Dobropillia", "in Russia's Tatarstan region"; False for "US president"."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    tok = words.root
    while tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the town of Dobropillia"
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in lexicon()["places"]["prepositions"]
