"""Events layer: what happened, is planned, could happen or is denied, PLOVER-style.

A trigger is a verb of the lexicon (data/events.toml: "updated", "hit", "sent troops") or an
event noun that a light verb carries ("hold talks", "made a thrust", "signed a statement")
or whose participants are named ("the meeting between Putin and Trump"). The parse gives
actor and target; the other layers give place (ctx.places), date (ctx.times, else when
it was said) and the claim that carries it (ctx.attributions), whose status it inherits.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.actors import registry
from wiredesk.extract.numbers._whose import (
    capital,
    demonym,
    entity_of,
    group_name,
    in_dateline,
    name_of,
)
from wiredesk.extract.numbers._whose import owner as owner_of_noun
from wiredesk.nlp import doc_text
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
    refusal: bool = False  # a negated "accept": the negation is the event, not its denial


@stage("events", layer="events", requires=("times", "places", "attributions"))
def find_events(doc: Doc, ctx: Context) -> tuple[Event, ...]:
    """Every event `doc` reports, with actor, target, place, date, mode and status."""
    places = {p.span[0]: p.kind for p in ctx.places}
    found: list[Event] = []
    nouns: set[tuple[int, str]] = set()  # event nouns that told an event, with its type
    for trigger in _find_triggers(doc, places):
        if _told_by_its_noun(trigger, nouns):
            continue
        if (event := _event(doc, ctx, trigger, places)) is not None:
            found.append(event)
            if trigger.word.pos_ == "NOUN":
                nouns.add((trigger.word.i, trigger.kind))
    return tuple(_denied_later(doc, ctx, found))


DENIAL_REACH = 400  # characters after a claim within which another side's denial answers it


def _denied_later(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """A claim another side denies in the lines after it is denied: "JNIM said it seized the
    post. The General Staff denied that the post had fallen"; "ISPR said its troops destroyed
    five Indian posts. The Indian Army denied losing any soldiers or posts"."""
    if not _denial_words().search(doc_text(doc)):
        return events
    heads = lexicon()["modes"]["denial_heads"]
    denials = [
        (verb, subject)
        for verb in doc
        if verb.pos_ == "VERB"
        and lemma_of(verb) in heads
        and (subject := _subject(verb)) is not None
    ]
    if not denials:
        return events
    out = list(events)
    for verb, subject in denials:
        denier = _actor(subject, ctx, doc)
        words = {lemma_of(t) for c in verb.children if c.dep_ in DENIED for t in c.subtree}
        claim = _bare_claim(verb)  # "denied the claim", not "denied reports of a curfew"
        before = doc[verb.sent.start - 1].sent.start_char if verb.sent.start else 0
        for i, event in enumerate(out):
            near = 0 < verb.idx - event.span[1] <= DENIAL_REACH
            if not near or event.mode != "happened" or event.attribution is None:
                continue
            claimant = ctx.attributions[event.attribution].speaker.name
            if _same_side(denier, claimant) or _same_side(denier, event.actor):
                continue
            told = doc.char_span(*event.span, alignment_mode="expand")
            nouns = {lemma_of(t) for t in told or () if t.pos_ == "NOUN"}
            if nouns & words or (claim and event.span[0] >= before):
                out[i] = replace(
                    event,
                    mode="denied",
                    explanation=event.explanation + f"; denied by {denier or subject.text!r}",
                )
    return out


DENIED = ("ccomp", "xcomp", "dobj", "pcomp", "advcl")
SUBJECTS = ("nsubj", "nsubjpass")


def _bare_claim(verb: Token) -> bool:
    """True when a denial names only "the claim" or "the reports", saying nothing of what
    they told: then it answers the claim just before it."""
    claims = lexicon()["modes"]["denied_claims"]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if lemma_of(obj) in claims:
            return not any(c.dep_ in ("prep", "acl", "ccomp", "relcl") for c in obj.children)
    return False


@cache
def _denial_words() -> re.Pattern[str]:
    """The stems of the denial verbs ("den" of denied, "reject"): a cheap test of a text."""
    stems = [
        h[:-1] if h.endswith("y") else h.rstrip("e") for h in lexicon()["modes"]["denial_heads"]
    ]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, stems))})", re.I)


def _same_side(a: str | None, b: str | None) -> bool:
    """True when two names are one side: "Indian Army" and "India", "ISPR" and itself."""
    if not a or not b:
        return False
    low_a, low_b = a.lower(), b.lower()
    return low_a in low_b or low_b in low_a or _side(a) == _side(b)


def _side(name: str) -> str:
    """The country a name's first word is the demonym of ("Indian Army"), else the name."""
    return (demonym(name.split()[0]) or name).lower()


def _told_by_its_noun(trigger: _Trigger, nouns: set[tuple[int, str]]) -> bool:
    """ "A drone strike on a busy market killed 28": the strike, an event already, is the
    subject of its own verb, which tells no second one."""
    if trigger.word.pos_ != "VERB":
        return False
    subject = _subject(trigger.head)
    if subject is None or (subject.i, trigger.kind) not in nouns:
        return False
    return "\n" not in doc_text(subject.doc)[subject.idx : trigger.head.idx]  # not a headline


def _find_triggers(doc: Doc, places: dict[int, str | None]) -> Iterator[_Trigger]:
    verbs, nouns = _triggers()
    for tok in doc:
        lemma = tok.lemma_.lower()
        nominal = tok.pos_ == "NOUN" or (tok.tag_ == "VBG" and tok.dep_ in NOMINAL)
        if nominal and (lemma in nouns or tok.lower_ in nouns):
            trigger = _noun_trigger(tok, nouns.get(tok.lower_) or nouns[lemma], places)
            if trigger is not None:
                yield trigger
        elif tok.pos_ == "VERB" and lemma in verbs and _asked_for(tok):
            continue  # "asked the Council to condemn", "threatened to hit Beirut": not done
        elif tok.pos_ == "VERB" and lemma in verbs and _verb_ok(tok, verbs[lemma]):
            yield _Trigger(verbs[lemma], tok, tok)
        elif tok.pos_ == "VERB" and (kind := _takes_place(tok, places)) is not None:
            yield _Trigger(kind, tok, tok)  # "the M23 took Goma"
        elif tok.pos_ == "VERB" and _is_refusal(tok):
            yield _Trigger("reject", tok, tok, refusal=True)
        elif tok.pos_ == "VERB" and lemma in verbs and _warner(_Trigger(verbs[lemma], tok, tok)):
            yield _Trigger(verbs[lemma], tok, tok)  # "warned that Goma would be shelled"


def _asked_for(verb: Token) -> bool:
    """True for a verb that only says what a request wants done: "urged both sides to
    withdraw", "demanded that the M23 halt its offensive and that forces withdraw". The
    request is the event; a request of its own ("... and demands the withdrawal") still is
    one, and a threatened act stays a planned one ("threatened to target warships")."""
    asking = lexicon()["types"]["request"]["verbs"]
    if verb.pos_ != "VERB" or lemma_of(verb) in asking:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and lemma_of(verb.head) in asking


def _takes_place(verb: Token, places: dict[int, str | None]) -> str | None:
    """The type of a verb that is an event when a subject does it to a place: "took Goma"."""
    kind = lexicon()["place_objects"].get(lemma_of(verb))
    if kind is None or _subject(verb) is None:
        return None
    objects = (c for c in verb.children if c.dep_ == "dobj")
    return kind if any(_is_place(o, places) for o in objects) else None


def _is_refusal(verb: Token) -> bool:
    """ "Moscow would not accept restrictions": a negated acceptance with a subject."""
    return (
        lemma_of(verb) in lexicon()["refusals"]["verbs"]
        and any(c.dep_ == "neg" for c in verb.children)
        and _subject(verb) is not None
    )


NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj")  # "Fighting between X and Y killed 19"


def _noun_trigger(tok: Token, kind: str, places: dict[int, str | None]) -> _Trigger | None:
    """An event noun a light verb carries, or whose participants or place are named.

    "launched a series of raids" reaches the noun through its quantity word; "called on
    them and proposed talks", where the parser hangs the noun on the first verb with its
    own verb as a modifier, is carried by that modifier.
    """
    light = lexicon()["light_verbs"]
    carriers = light["happened"] + light["planned"]
    if _of_event(tok):
        return None  # "a package of sanctions": the sanctions tell the event
    if tok.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.pos_ in ("PRON", "DET") for c in tok.head.children
    ):
        return None  # "It is the third attack on security forces this month": a recap
    if _in_title(tok):
        return None  # "Live: Israeli strikes on southern Lebanon" names the story's topic
    slot = tok
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and (lemma_of(tok.head.head) in lexicon()["quantities"]["nouns"])
    ):
        slot = tok.head.head
    carrier = slot.head
    particle = any(c.dep_ == "prt" and c.lower_ in light["particles"] for c in carrier.children)
    if (
        slot.dep_ == "dobj"
        and carrier.pos_ == "VERB"
        and lemma_of(carrier) in carriers
        and not particle
    ):
        return _Trigger(kind, tok, carrier, lemma_of(carrier) in light["planned"])
    if tok.dep_ == "conj" and carrier.pos_ == "VERB":
        mod = next((c for c in tok.lefts if c.dep_ == "amod" and lemma_of(c) in carriers), None)
        if mod is not None:
            return _Trigger(kind, tok, carrier, lemma_of(mod) in light["planned"])
    by = _holderless(tok, "located") and _by(tok) is not None  # "an attack by armed groups"
    if _participants(tok) or _located_noun(tok, places) or by:
        return _Trigger(kind, tok, tok)
    held = _held(tok)
    told = (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB") or (
        tok.dep_ == "pobj" and tok.head.lower_ == "by"
    )  # its own verb tells the event: "Israeli strikes killed 34"
    if held is not None and not told and places.get(held.idx, "country") == "country":
        return _Trigger(kind, tok, tok)  # "the Pretoria agreement" is no city's
    return None


def _in_title(tok: Token) -> bool:
    """True for a word on a line without a verb: a title or a heading, not a report. Headline
    verbs the parser takes for nouns ("Israeli strikes on Gaza kill 12") still count."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = tok.doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    verbs = _triggers()[0]
    return line is not None and not any(
        t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or (t != tok and lemma_of(t) in verbs)
        for t in line
    )


def _of_event(noun: Token) -> bool:
    """True for a noun whose "of" names another event noun: "package of sanctions"."""
    nouns = _triggers()[1]
    return any(
        o.dep_ == "pobj" and (lemma_of(o) in nouns or o.lower_ in nouns)
        for p in noun.children
        if p.lower_ == "of"
        for o in p.children
    )


def _held(noun: Token) -> Token | None:
    """The side an event noun's own phrase names: "a phased Israeli withdrawal", "the
    Hamas-led attack", "Pakistani shelling"; None for "the withdrawal", "his visit"."""
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG"):
            return c
        if c.dep_ == "amod" and lemma_of(c) in lexicon()["holders"]["led"]:
            led = next((g for g in c.children if g.ent_type_ in ("ORG", "NORP", "GPE")), None)
            if led is not None:
                return led
    return None


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


def _verb_ok(verb: Token, kind: str) -> bool:
    """A verb is a trigger when it has a subject, and the object some verbs need."""
    entry = lexicon()["types"][kind]
    if lemma_of(verb) in entry.get("intransitive", ()) and any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return False  # "call the Red Crescent on +249 ..." is no appeal
    deps = {c.dep_ for c in verb.children}
    states = lexicon()["states"]["progressive"]
    if verb.tag_ == "VBG" and "aux" in deps and lemma_of(verb) in states:
        return False  # "it was fighting the dissidents" tells a war, not one event
    if verb.tag_ == "VBN" and "nsubj" in deps and not deps & {"aux", "auxpass", "dobj"}:
        return False  # "31 terrorists neutralised": a passive without its "were"
    need = entry.get("need_object", {}).get(lemma_of(verb))
    avoid = entry.get("avoid_object", {}).get(lemma_of(verb))
    if need is not None or avoid is not None:
        objects = [t for t in verb.children if t.dep_ in OBJECTS and not _is_time(t)]
        words = {lemma_of(t) for o in objects for t in _phrase(o)}
        if need is not None and not words & set(need):
            return False
        if avoid is not None and words & set(avoid):
            return False
    own = lexicon()["own_subject"]
    if lemma_of(verb) in own["verbs"]:
        subject = _subject(verb)
        shared = verb.dep_ == "conj" and verb.tag_ in FINITE  # "repelled it and killed 15"
        direct = subject is not None and (
            subject.head == verb or subject.head.head == verb or shared
        )
        abstract = subject is not None and (
            lemma_of(subject) in own["abstract"] or subject.lower_ in own["abstract"]
        )
        return direct and not abstract
    if kind in lexicon()["passive"]["types"] and _patient(verb) is not None:
        return True  # "800 more troops would be sent", "five others were arrested"
    return _subject(verb) is not None or verb.dep_ in ("xcomp", "conj", "advcl")


OBJECTS = ("dobj", "prep", "prt", "dative", "nsubjpass", "advmod")  # "shot down" as advmod
FINITE = ("VBD", "VBZ", "VBP")


def _phrase(word: Token) -> Iterator[Token]:
    """`word` and the words of its phrase, without the clauses hung on it: in "six nationals
    it said had laundered $12 million" the money is no object of "sanctioned"."""
    yield word
    for child in word.children:
        if child.dep_ not in ("relcl", "acl", "ccomp", "advcl"):
            yield from _phrase(child)


def _is_time(prep: Token) -> bool:
    """ "on Monday", "for a week": a preposition that only dates the verb."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _patient(verb: Token) -> Token | None:
    """The passive subject of a verb without an agent: "troops" in "troops were sent"."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _participants(noun: Token) -> list[Token]:
    """Names after an event noun's "between", "with", "to": "between Putin and Trump"."""
    preps = set(lexicon()["participants"]["target"])
    near = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    out = []
    for word in near:
        for prep in word.children:
            if prep.lower_ in preps:
                for obj in prep.children:  # "between" names its sides, named or not
                    if obj.dep_ == "pobj" and (_is_named(obj) or prep.lower_ == "between"):
                        out += [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return out


def _located_noun(noun: Token, places: dict[int, str | None]) -> bool:
    """A violent event noun put at a named place: "the shelling of Adigrat", "a strike on a
    market in Sarrin". Said by itself it still reports something that happened there."""
    if not _holderless(noun, "located"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in noun.lefts):
        return False  # "that strike" points back at one already told
    preps = lexicon()["places"]["noun_prepositions"]
    frontier = [noun]
    for _ in range(2):  # the noun's place, or its target's place
        objs = [
            o
            for w in frontier
            for p in w.children
            if p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(_is_place(o, places) for o in objs):
            return True
        frontier = objs
    return False


def _is_place(tok: Token, places: dict[int, str | None]) -> bool:
    """A word the places layer resolved, or the head of a name it starts."""
    return any(t.idx in places for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN")


def _holderless(noun: Token, how: str) -> bool:
    """True for an event noun that needs no holder when named `how` (sided or located)."""
    words = _holderless_nouns(how)
    return noun.lower_ in words or lemma_of(noun) in words


@cache
def _holderless_nouns(how: str) -> frozenset[str]:
    """Event nouns of the types events.toml [holderless] lists under `how`."""
    types = lexicon()["types"]
    nouns = (n for k in lexicon()["holderless"][how] for n in types[k]["nouns"])
    return frozenset(nouns) - {"fire"}  # "a fire in the engine room" is no attack


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
    if (held := _held(noun)) is not None:
        return held
    for word in [noun, *(c for c in noun.children if c.dep_ == "acl")]:
        for prep in word.children:
            if prep.lower_ == "between":
                return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return _by(noun)


def _asks(verb: Token) -> bool:
    """True when the clause of `verb` ends in a question mark: "Q: Who carried out that strike?"."""
    end = next((t for t in verb.doc[verb.i : verb.sent.end] if t.text in (".", "?", "!")), None)
    return end is not None and end.text == "?"


def _by(noun: Token) -> Token | None:
    """Who an event noun says did it: "the target of a complex attack by armed groups"."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, through "is to hold", "is due to visit", and the passive's "by".

    A dateline ("PESHAWAR, Aug 5 (Wire) -") the parser took for a subject is skipped.
    """
    for t in [verb, *verb.ancestors]:
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj") and not in_dateline(c) and not _is_label(c):
                return c
            if c.dep_ == "agent":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
        if t.dep_ not in ("xcomp", "conj", "aux", "acomp"):
            return None
    return None


def _is_label(tok: Token) -> bool:
    """A live blog's entry label the parser took for a subject: "Update, 1530 GMT: ..."."""
    return tok.lower_ in lexicon()["labels"]["words"]


def _actor(tok: Token | None, ctx: Context, doc: Doc) -> str | None:
    """The canonical actor a subject or object names."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        return _pronoun(tok, ctx, doc)
    if (owned := _owner_of(tok, ctx, doc)) is not None:
        return owned
    if _is_weapon(tok):
        return None  # "the drone struck", "a shell hit a house": whose, the text does not say
    if (group := _group_named_before(tok, ctx, doc)) is not None:
        return group
    if lemma_of(tok) in lexicon()["instruments"]["ownerless"]:
        claimed = [
            o
            for a in tok.children
            if a.dep_ == "acl"
            for g in a.children
            if g.dep_ == "agent"
            for o in g.children
            if o.dep_ == "pobj"
        ]
        return _actor(claimed[0], ctx, doc) if claimed else None  # "a roadside bomb killed"
    named = _named(tok)
    if named is not None:
        return named
    if tok.pos_ == "NOUN":
        phrase = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
        found = registry().describe(phrase, ctx.article.published)
        if found is not None:
            return str(found.name)
    if tok.pos_ in ("NOUN", "PROPN"):
        return group_name(tok)
    return None


def _is_weapon(tok: Token) -> bool:
    """An unowned weapon or strike ("drone strikes", "the missile"), never a named one."""
    weapons = lexicon()["instruments"]["weapons"]
    names = ("GPE", "NORP", "ORG", "PERSON")
    return lemma_of(tok) in weapons and not any(c.ent_type_ in names for c in tok.lefts)


def _group_named_before(tok: Token, ctx: Context, doc: Doc) -> str | None:
    """The armed group "the group" points back at: the last armed group the actor registry
    knows named in the sentences before it ("the Houthis ... the group")."""
    if lemma_of(tok) not in lexicon()["instruments"]["anaphors"] or not any(
        c.lower_ == "the" for c in tok.lefts
    ):
        return None
    if any(c.dep_ in ("compound", "amod", "poss") for c in tok.lefts):
        return None  # "the Wagner group", "the rebel group": named where it stands
    for ent in reversed([e for e in doc.ents if e.end <= tok.i and tok.i - e.end < 200]):
        found = registry().lookup(ent.text)
        if found is not None and found.type == "group":
            return str(found.name)
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
    if tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
        actor = registry().lookup(tok.text)
        if actor is not None:
            return actor.name
    return None


def _pronoun(pronoun: Token, ctx: Context, doc: Doc) -> str | None:
    """The subject named earlier in the sentence, else the speaker of a reported claim, else
    the subject of the sentence before ("He has ordered ...", "It appealed ...").

    In a direct quote "he" is someone other than the speaker, so it stays unresolved.
    """
    for t in pronoun.sent:
        if t.i >= pronoun.i:
            break
        named = t.dep_ == "nsubj" and t.pos_ != "PRON" and not in_dateline(t)
        if named and (found := _named(t) or _owner_of(t, ctx, doc)):
            return found
    att = _attribution_of(ctx, pronoun.idx, pronoun.idx + len(pronoun))
    if att is not None:
        claim = ctx.attributions[att]
        if claim.kind != "indirect" and pronoun.lower_ not in FIRST_PERSON:
            return None
        return _seat(claim.speaker.name)
    if pronoun.dep_ == "nsubj" and pronoun.i == pronoun.sent.start:
        return _previous_subject(pronoun, ctx, doc)
    return None


FIRST_PERSON = ("i", "we", "my", "our", "me", "us")


def _seat(name: str | None) -> str | None:
    """A speaking capital stands for its country: "Kyiv said it had sent ..." -> Ukraine."""
    return (capital(name) or name) if name else None


def _previous_subject(pronoun: Token, ctx: Context, doc: Doc) -> str | None:
    """The named subject of the sentence before, a person for "he"/"she", else not one."""
    start = pronoun.sent.start
    if start == 0:
        return None
    before = doc[start - 1].sent
    person = pronoun.lower_ in ("he", "she")
    for t in before:
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ != "PRON":
            if (t.ent_type_ == "PERSON") != person:
                return None
            return _named(t) or _owner_of(t, ctx, doc)
    return None


def _owner_of(tok: Token, ctx: Context, doc: Doc) -> str | None:
    """The actor an instrument acts for, or a holding belongs to: "Rwanda's defence force",
    "units of the Armenian armed forces", "positions of the Azerbaijan Army"."""
    conf = lexicon()["instruments"]
    if lemma_of(tok) not in conf["nouns"] and lemma_of(tok) not in conf["held"]:
        return None
    side = next(
        (d for c in tok.lefts if c.dep_ in ("amod", "compound") and (d := demonym(c.text))), None
    )
    if side is not None:
        return side  # "Ukrainian forces", "Ukrainian drones": the country they fight for
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next(
            (o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
            None,
        )
    return _actor(owner, ctx, doc) if owner is not None else None


def _target(trigger: _Trigger, actor: Token | None, ctx: Context, doc: Doc) -> str | None:
    word = trigger.word
    conf = lexicon()["targets"]
    participants = [t for t in _participants(word) if actor is None or t.i != actor.i]
    if participants:
        return _object_actor(trigger, participants[0], ctx, doc)
    aimed = _aimed(trigger.kind)  # "fired its water cannon at the ship"
    if aimed:
        objects = [c for c in trigger.head.children if c.dep_ == "dobj"]
        for t in (word, trigger.head, *objects):  # "fired its cannon at the ship"
            for prep in (c for c in t.children if c.lower_ in aimed):
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and not _is_time(prep):
                    return _object_actor(trigger, obj, ctx, doc)
    if trigger.kind not in conf["destination"]:
        for t in (word, trigger.head):
            obj = next((c for c in t.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and obj.i != word.i:
                return _object_actor(trigger, obj, ctx, doc)
    for t in word.subtree:
        if t.ent_type_ in ("GPE", "ORG", "PERSON") and t.i > word.i and (n := name_of(t)):
            return n
    return None


def _aimed(kind: str) -> list[str]:
    return list(lexicon()["targets"]["aimed"].get(kind, ()))


def _object_actor(trigger: _Trigger, obj: Token, ctx: Context, doc: Doc) -> str | None:
    """Whom an object names. A capital accused, urged or met stands for its country, and
    "the town of X" is X."""
    if obj.lower_ in lexicon()["places"]["town_nouns"]:
        named = [
            o
            for p in obj.children
            if p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")
        ]
        obj = named[0] if named else obj
    if trigger.kind in lexicon()["targets"]["political"] and (country := capital(obj.text)):
        return country
    return _actor(obj, ctx, doc)


def _event(
    doc: Doc, ctx: Context, trigger: _Trigger, places: dict[int, str | None]
) -> Event | None:
    if (warner := _warner(trigger)) is not None:
        return _threat(doc, ctx, trigger, warner)
    gerund = trigger.head == trigger.word and trigger.word.dep_ in NOMINAL  # "Fighting between"
    carried = trigger.head != trigger.word or (trigger.word.pos_ == "VERB" and not gerund)
    subject = _subject(trigger.head) if carried else _noun_actor(trigger.word)
    if (
        subject is not None
        and subject.tag_ in ("WP", "WDT")
        and subject.head == trigger.head
        and trigger.head.dep_ == "relcl"
        and not _asks(trigger.head)
    ):
        subject = trigger.head.head  # "air assets, which carried out two strikes"
    actor = _actor(subject, ctx, doc)
    attribution = _attribution_of(ctx, *_clause_range(trigger))
    if subject is None and carried and _patient(trigger.head) is not None:
        actor = _passive_actor(trigger, ctx, doc, attribution)
    if subject is not None and subject.tag_ in ("WP", "WDT") and subject.dep_ == "nsubj":
        return None  # "Who carried out that strike?" asks; it does not report
    if actor is None and not carried and not _holds_itself(trigger.word, places):
        return None  # "the summit with Trump": an event noun nobody holds says too little
    patient = _patient(trigger.head)
    if actor is None and subject is None and patient is not None and not _is_weapon(patient):
        return None  # "a fifth was arrested": a passive with nobody behind it; "two rockets
        # were launched" still tells an attack
    target = _target(trigger, subject, ctx, doc)
    span = _evidence(trigger, subject)
    attribution = _attribution_of(ctx, *span)
    mode = _mode(trigger, attribution is not None)
    status = _status(trigger, ctx, attribution)
    date = _date(doc, ctx, trigger) or (
        ctx.attributions[attribution].said_on if attribution is not None else None
    )
    return Event(
        article_id=ctx.article_id,
        type=trigger.kind,
        text=doc_text(doc)[span[0] : span[1]],
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


def _warner(trigger: _Trigger) -> Token | None:
    """The "warned" or "vowed" that makes a violent act still to come a threat: "warned that
    Beirut would be struck again", "vowed to retaliate"."""
    threats = lexicon()["threats"]
    if trigger.kind not in threats["violent"] or trigger.word.pos_ != "VERB":
        return None
    above = _governors(trigger.head)[1:3]
    warner = next((t for t in above if lemma_of(t) in threats["heads"]), None)
    if warner is None or _mode(trigger, True) not in ("planned", "hypothetical"):
        return None
    return warner


def _threat(doc: Doc, ctx: Context, trigger: _Trigger, warner: Token) -> Event:
    """A threat made by whoever warned, against whom the act would be aimed."""
    said = _Trigger("threaten", warner, warner)
    actor = _actor(_subject(warner), ctx, doc)
    patient = _patient(trigger.head)
    target = _object_actor(trigger, patient, ctx, doc) if patient is not None else None
    start, end = _evidence(trigger, None)
    span = (min(warner.idx, start), end)
    attribution = _attribution_of(ctx, *span)
    return Event(
        article_id=ctx.article_id,
        type="threaten",
        text=doc_text(doc)[span[0] : span[1]],
        span=span,
        actor=actor,
        target=target or _target(trigger, None, ctx, doc),
        place=_place(doc, ctx, trigger),
        date=_date(doc, ctx, said),
        mode="planned" if _mode(said, attribution is not None) == "planned" else "happened",
        status=_status(said, ctx, attribution),
        attribution=attribution,
        extractor=EXTRACTOR,
        explanation=f"threat: {trigger.kind} {trigger.word.text!r} announced by {warner.text!r}",
    )


def _holds_itself(noun: Token, places: dict[int, str | None]) -> bool:
    """A violent event noun with its sides or its place named needs no holder."""
    sided = _holderless(noun, "sided") and bool(_participants(noun))
    return sided or _located_noun(noun, places)


def _passive_actor(
    trigger: _Trigger, ctx: Context, doc: Doc, attribution: int | None
) -> str | None:
    """Who acts in a passive without "by": the subject of the clause it hangs on ("Forces
    killed 12, while five others were arrested"), else, for deployments and arrests, the
    side announcing them ("800 more troops would be sent", the minister said)."""
    head = trigger.head
    patient = _patient(head)
    if patient is not None and (owner := owner_of_noun(patient)):
        return owner  # "4,000 Rwandan soldiers are deployed"
    if head.dep_ in ("advcl", "conj") and (subject := _subject(head.head)) is not None:
        return _actor(subject, ctx, doc)
    if attribution is not None and trigger.kind in lexicon()["passive"]["speaker_acts"]:
        return _seat(ctx.attributions[attribution].speaker.name)
    return None


def _evidence(trigger: _Trigger, subject: Token | None) -> tuple[int, int]:
    """From the subject to the end of the trigger's object, stopping at clauses and commas."""
    word = trigger.word
    tokens = [word, trigger.head]
    direct = subject is not None and subject.head == trigger.head
    if subject is not None and direct and trigger.head.i - 6 <= subject.i < word.i:
        tokens += [t for t in subject.subtree if not t.is_space]
    core = (
        word
        if word.pos_ == "NOUN"
        else next((c for c in word.children if c.dep_ in ("dobj", "dative")), word)
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


def _mode(trigger: _Trigger, reported: bool = False) -> str:
    """happened, planned, hypothetical or denied, from the words around the trigger.

    "would" in a reported claim with no condition is the future of the past ("said it would
    deploy 2,000 troops"): planned, not hypothetical.
    """
    if trigger.refusal:
        return "happened"
    modes = lexicon()["modes"]
    head = trigger.head
    chain = _governors(head)
    words = {lemma_of(c) for t in (head, trigger.word) for c in t.children}
    words |= {c.lower_ for t in (head, trigger.word) for c in t.children}
    words |= {
        m.lower_ for c in head.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"
    }  # "would retaliate if the strikes continued"
    above = [lemma_of(t) for t in chain[1:]]
    # "did not strike", "no drone struck": not "Statement No. 31" read as a subject
    doers = [c for t in (head, trigger.word) for c in t.children if c.dep_ in SUBJECTS]
    negated = {
        c.lower_
        for t in (head, trigger.word, *doers)
        for c in t.children
        if c.dep_ in ("neg", "det")
    }
    if negated & set(modes["negations"]) or set(above) & set(modes["denial_heads"]):
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


def _governors(head: Token) -> list[Token]:
    """`head` and up to three words above it, stopping where a finite verb is coordinated:
    in "has promised to open crossings, and the EU pledged aid" the pledge is no promise."""
    chain = [head]
    t = head
    while len(chain) < 4 and t.head != t and not (t.dep_ == "conj" and t.tag_ in FINITE):
        t = t.head
        chain.append(t)
    return chain


def _status(trigger: _Trigger, ctx: Context, attribution: int | None) -> str:
    hedges = set(lexicon()["modes"]["hedges"])
    near = {
        lemma_of(c)
        for t in (trigger.head, trigger.word)
        for c in t.children
        if c.dep_ in ("aux", "advmod", "auxpass")
    }
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
    found = [
        p for p in ctx.places if a <= p.span[0] < b and p.name and _located(doc, p.span, trigger)
    ]
    best = min(
        found,
        key=lambda p: (kinds.index(p.kind) if p.kind in kinds else len(kinds), abs(p.span[0] - at)),
        default=None,
    )
    return str(best.name) if best else None


def _located(doc: Doc, span: tuple[int, int], trigger: _Trigger) -> bool:
    """True for "near Dobropillia", "in Russia's Tatarstan region", "south of the Litani",
    "sent troops to Alamata", "attacked the town of X"; False for "US president"."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    conf = lexicon()["places"]
    tok = words.root
    modifies = False  # "Iran's nuclear sites", "U.S. warships" are no place
    while tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head != tok:
        modifies, tok = True, tok.head
    for _ in range(3):  # "the town of X", "the outskirts of the town of X"
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            break
        tok = tok.head.head
        if tok.lower_ in conf["directions"]:  # "south of the Litani River"
            return True
    if tok.dep_ == "dobj" and tok.head == trigger.head:
        return trigger.kind in conf["object_types"] and not modifies  # "visit Kabul"
    preps = conf["prepositions"]
    if trigger.kind in lexicon()["targets"]["destination"]:
        preps = [*preps, "to"]
    if tok.head.head == trigger.head and tok.head.lower_ in _aimed(trigger.kind):
        return False  # "called on the United States": whom, not where
    return tok.dep_ == "pobj" and tok.head.lower_ in preps
