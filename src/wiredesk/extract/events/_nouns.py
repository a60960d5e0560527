"""Recognizer "nouns": an event noun (events.toml [types] nouns) that a light verb carries
("hold talks", "launched a series of raids": [light_verbs], [quantities]), or whose sides,
holder or place are named ("the meeting between Putin and Trump", "the shelling of Adigrat").
"""

from __future__ import annotations

from spacy.tokens import Token

from wiredesk.extract.events._grammar import (
    aimed_noun,
    blamed_on,
    by_whom,
    claimed_by,
    event_noun,
    harm_told,
    harmed_in,
    harming,
    held_by,
    holderless,
    lemma_of,
    located_noun,
    nominal,
    participants_of,
    retyped,
    told_happening,
)
from wiredesk.extract.events._trigger import Places, Trigger, hyphened, recognizer
from wiredesk.extract.events._verdicts import judged
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of
from wiredesk.records import EventKind


def _candidate(tok: Token) -> bool:
    joined = hyphened(tok) in triggers()[1]  # "a sit-in", its last part tagged no noun
    return (nominal(tok) or joined) and event_noun(tok)


@recognizer("nouns", _candidate, lambda: triggers()[1])
def _validate(tok: Token, places: Places) -> Trigger | None:
    nouns = triggers()[1]
    kind = nouns.get(tok.lower_) or nouns.get(hyphened(tok)) or nouns[lemma_of(tok)]
    if not _has_needed_of(tok, kind):
        return None
    holderless = lexicon()["holderless"]
    if lemma_of(tok) in holderless["lasting"]:  # "the war between A and B"
        sides = any(c.lower_ in holderless["lasting_sides"] for c in kids_of(tok))
        told = (sides and bool(participants_of(tok))) or harm_told(tok) is not None
        return Trigger(kind, tok, tok) if told else None
    return _noun_trigger(tok, retyped(tok, kind), places)


def _has_needed_of(noun: Token, kind: EventKind) -> bool:
    """A noun that says little alone needs what its "of" names (events.toml need_of): "an
    exchange of fire" is a fight, "a prisoner exchange" none."""
    need = lexicon()["types"][kind].get("need_of", {}).get(lemma_of(noun))
    if need is None:
        return True
    return any(
        lemma_of(o) in need
        for p in kids_of(noun) if p.lower_ == "of"
        for o in kids_of(p) if o.dep_ == "pobj"
    )


def _noun_trigger(tok: Token, kind: EventKind, places: Places) -> Trigger | None:
    """An event noun a light verb carries, or whose participants or place are named.

    "launched a series of raids" reaches the noun through its quantity word; "called on
    them and proposed talks", where the parser hangs the noun on the first verb with its
    own verb as a modifier, is carried by that modifier.
    """
    light = lexicon()["light_verbs"]
    carriers = light["happened"] + light["planned"]
    slot = tok
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and (lemma_of(tok.head.head) in lexicon()["quantities"]["nouns"])
    ):
        slot = tok.head.head
    only = lexicon()["types"][kind].get("need_carrier", {}).get(lemma_of(tok))
    if only is not None:  # "took control of the barracks", never "border control"
        carried = slot.dep_ in ("dobj", "nsubjpass") and lemma_of(slot.head) in only
        # "declared a state of emergency", "a state of emergency was declared"
        return Trigger(kind, tok, slot.head) if carried else None
    if _of_event(tok) and lemma_of(tok) not in lexicon()["types"][kind].get("need_of", {}):
        return None  # "a package of sanctions": the sanctions tell the event
    if tok.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.pos_ in ("PRON", "DET") for c in kids_of(tok.head)
    ):
        return None  # "It is the third attack on security forces this month": a recap
    if _in_title(tok):
        return None  # "Live: Israeli strikes on southern Lebanon" names the story's topic
    carrier = slot.head
    particle = any(c.dep_ == "prt" and c.lower_ in light["particles"] for c in kids_of(carrier))
    if (
        slot.dep_ in ("dobj", "nsubjpass")  # "the attack was carried out by the front"
        and carrier.pos_ == "VERB"
        and lemma_of(carrier) in carriers
        and (not particle or slot.dep_ == "nsubjpass")
        and kind in light["carries"].get(lemma_of(carrier), [kind])
        and not judged(carrier)  # "called the strike a violation" judges it
    ):
        return Trigger(kind, tok, carrier, lemma_of(carrier) in light["planned"])
    if (sufferer := _suffered_by(tok)) is not None:
        return Trigger(kind, tok, sufferer, suffered=True)  # "the convoy came under fire"
    if (became := _became(tok)) is not None:
        return Trigger(kind, tok, became)  # "a gathering turned into clashes"
    if (harm := harming(tok)) is not None:
        return Trigger(kind, tok, harm)  # "a similar shooting damaged a recruiting centre"
    if (happened := told_happening(tok, places)) is not None:  # "Clashes broke out in X"
        own = happened == tok.head and tok.dep_ == "nsubj"
        return Trigger(kind, tok, happened if own else tok)
    if tok.dep_ == "conj" and carrier.pos_ == "VERB":
        mod = next((c for c in tok.lefts if c.dep_ == "amod" and lemma_of(c) in carriers), None)
        if mod is not None:
            return Trigger(kind, tok, carrier, lemma_of(mod) in light["planned"])
    by = holderless(tok, "located") and by_whom(tok) is not None  # "an attack by armed groups"
    if participants_of(tok) or located_noun(tok, places) or by or harmed_in(tok) is not None:
        return Trigger(kind, tok, tok)
    if claimed_by(tok) is not None or blamed_on(tok) is not None:
        return Trigger(kind, tok, tok)  # "JNIM claimed the ambush", "an attack blamed on X"
    held = held_by(tok)
    told = (tok.dep_ in ("nsubj", "nsubjpass") and _tells_it(tok.head, kind)) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "by"
    )  # its own verb tells the event: "Israeli strikes killed 34"
    if held is not None and not told and places.get(held.idx, "country") == "country":
        return Trigger(kind, tok, tok)  # "the Pretoria agreement" is no city's
    if aimed_noun(tok) and not told:
        return Trigger(kind, tok, tok)  # "an ambush on a supply convoy"
    return None


def _suffered_by(noun: Token) -> Token | None:
    """The verb whose subject suffers an event noun: "came under fire", "suffered an attack"
    (events.toml [light_verbs] suffered, each with the preposition it needs, if any)."""
    suffered = lexicon()["light_verbs"]["suffered"]
    if noun.dep_ == "dobj" and suffered.get(lemma_of(noun.head)) == []:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in suffered.get(lemma_of(prep.head), ()):
        return prep.head
    return None


def _became(noun: Token) -> Token | None:
    """The verb whose subject became an event noun ([light_verbs] became): "a gathering of oil
    workers turned into clashes", "the protest escalated into a riot"; its subject acts."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head == prep:
        return None
    became = lexicon()["light_verbs"]["became"]
    return prep.head if prep.lower_ in became.get(lemma_of(prep.head), ()) else None


def _tells_it(verb: Token, kind: EventKind) -> bool:
    """True for a verb that tells its subject noun's event itself: a trigger of its type or a
    verb of harm ("Israeli strikes killed 34"); "the Houthi-led attack was condemned" tells
    a condemnation, and the attack is an event of its own."""
    if verb.pos_ != "VERB":
        return False
    lemma = lemma_of(verb)
    told = triggers()[0].get(lemma)
    return told is None or told == kind or lemma in lexicon()["harm"]["verbs"]


def _in_title(tok: Token) -> bool:
    """True for a word on a line without a verb: a title or a heading, not a report. Headline
    verbs the parser takes for nouns ("Israeli strikes on Gaza kill 12") still count."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = tok.doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    verbs = triggers()[0]
    return line is not None and not any(
        t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or (t != tok and lemma_of(t) in verbs)
        for t in line
    )


def _of_event(noun: Token) -> bool:
    """True for a noun whose "of" names another event noun: "package of sanctions"."""
    nouns = triggers()[1]
    return any(
        o.dep_ == "pobj" and (lemma_of(o) in nouns or o.lower_ in nouns)
        for p in kids_of(noun)
        if p.lower_ == "of"
        for o in kids_of(p)
    )
