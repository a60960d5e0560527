"""Recognizer "verbs": a trigger verb (events.toml [types] verbs) with a subject, and the
object or subject some verbs need (need_object, avoid_object, need_subject, [own_subject]);
a verb that only says what a request wants done is left to the request ("urged both sides
to withdraw")."""

from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Token

from wiredesk.extract.events._grammar import (
    ANCHORS,
    FINITE,
    OBJECTS,
    elided_passive,
    event_noun,
    is_place,
    is_time,
    lemma_of,
    nominal,
    object_words,
    passive_types,
    patient_of,
    phrase_of,
    retyped,
    subject_of,
)
from wiredesk.extract.events._trigger import Places, Trigger, recognizer
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.nlp.index import kids_of
from wiredesk.records import EventKind


def trigger_verb(tok: Token) -> bool:
    """A verb of the lexicon that is no request's wish: offered to "verbs" and "warnings"."""
    return (
        tok.pos_ == "VERB"
        and not nominal(tok)
        and lemma_of(tok) in triggers()[0]
        and not _asked_for(tok)
    )


@recognizer("verbs", trigger_verb, lambda: triggers()[0])
def _validate(tok: Token, places: Places) -> Trigger | None:
    kind = retyped(tok, triggers()[0][lemma_of(tok)])  # checked as the type it tells
    if not _verb_ok(tok, kind, places) or _commanded(tok) is not None:
        return None
    return Trigger(_attempted(tok, kind), tok, tok)


def _commanded(verb: Token) -> Token | None:
    """The act of the lexicon a command verb orders ([types.request] commands): "ordered 500
    soldiers to deploy" tells the deployment, which stands for the order."""
    if lemma_of(verb) not in lexicon()["types"]["request"].get("commands", ()):
        return None
    speech = lexicon()["speech"]["types"]
    verbs = triggers()[0]
    return next(
        (c for c in kids_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"
         and verbs.get(lemma_of(c)) not in (None, *speech)),
        None,
    )


def _attempted(verb: Token, kind: str) -> EventKind:
    """The type of an act the clause only attempts ([attempts]): "tried to retake positions"
    is an assault."""
    conf = lexicon()["attempts"]
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in conf["heads"]:
        return cast(EventKind, conf["types"].get(kind, kind))
    return cast(EventKind, kind)


def _asked_for(verb: Token) -> bool:
    """True for a verb that only says what a request wants done: "urged both sides to
    withdraw", "demanded that the M23 halt its offensive and that forces withdraw". The
    request is the event; a request of its own ("... and demands the withdrawal") still is
    one, and a threatened act is found: violence stays a planned act ("threatened to target
    warships"), anything else is folded into its threat (_contents)."""
    request = lexicon()["types"]["request"]
    commands = request.get("commands", ())
    asking = [v for v in request["verbs"] if v not in commands]  # an order's act is told
    if verb.pos_ != "VERB" or lemma_of(verb) in request["verbs"]:
        return False
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ == "VERB":
        if verb.dep_ == "xcomp" and lemma_of(verb.head) in asking:
            return True  # "called on the public to keep cooperating"
        verb = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp") and lemma_of(verb.head) in asking
        and verb.i > verb.head.i  # "gunmen attacked barracks; the government called it a
    )  # coup attempt": a clause before the verb is no wish it asks for


def _asks_to(verb: Token, entry: dict[str, Any]) -> bool:
    """ "asked the national government to send equipment": someone asked to do something."""
    deps = {c.dep_ for c in kids_of(verb)}
    return lemma_of(verb) in entry.get("to_infinitive", ()) and {"dobj", "xcomp"} <= deps


def _moves_casualties(verb: Token) -> bool:
    """True when what a verb moves is people harmed: "the injured officers were airlifted"."""
    hurt = lexicon()["targets"]["casualties"]
    moved = [c for c in kids_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lower_ in hurt for m in moved for c in m.lefts)


def _clausal(verb: Token, entry: dict[str, Any]) -> bool:
    """ "denied that the post had fallen", "denied shelling civilians": a clause for object,
    also when the parser read the gerund as the object's adjective ("deny attacking
    civilians" with "attacking" an amod of "civilians")."""
    return lemma_of(verb) in entry.get("clausal", ()) and any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ in ("dobj", "pcomp") and c.tag_ == "VBG")
        or (c.dep_ == "dobj" and c.left_edge.tag_ == "VBG" and c.left_edge.dep_ == "amod")
        for c in kids_of(verb)
    )


def _party_warned(verb: Token) -> bool:
    """ "We warn the oil companies that ...": a party for direct object, none of the people a
    warning only protects ([agents] victims), and no violent act in its clause, which the
    "warnings" recognizer tells as the threat."""
    party = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if party is None or party.pos_ == "PRON" or lemma_of(party) in lexicon()["agents"]["victims"]:
        return False
    violent = lexicon()["threats"]["violent"]
    verbs = triggers()[0]
    return not any(
        verbs.get(lemma_of(t)) in violent and t.pos_ == "VERB"
        for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree
    )


def _verb_ok(verb: Token, kind: str, places: Places) -> bool:
    """A verb is a trigger when it has a subject, and the object some verbs need."""
    entry = lexicon()["types"][kind]
    if lemma_of(verb) in entry.get("intransitive", ()) and any(
        c.dep_ == "dobj" for c in kids_of(verb)
    ):
        return False  # "call the Red Crescent on +249 ..." is no appeal
    deps = {c.dep_ for c in kids_of(verb)}
    if lemma_of(verb) in entry.get("reporting", ()) and "ccomp" in deps:
        return False  # "informed the House that 120 officers were deployed": what was said
    states = lexicon()["states"]["progressive"]
    if verb.tag_ == "VBG" and "aux" in deps and lemma_of(verb) in states:
        return False  # "it was fighting the dissidents" tells a war, not one event
    if lemma_of(verb) in lexicon()["states"]["lasting"] and any(
        c.lower_ == "since" for c in kids_of(verb)
    ):
        return False  # "which has besieged the city since May" tells a state
    if (
        verb.tag_ == "VBN" and "nsubj" in deps and not deps & {"aux", "auxpass", "dobj"}
        and not elided_passive(verb) and lemma_of(verb) not in entry.get("need_subject", {})
    ):
        return False  # "31 terrorists neutralised": a passive without its "were"; a verb
        # whose subject must be its doer ("a crowd gathered", tagged a participle) is none
    if kind in lexicon()["targets"]["destination"] and _moves_casualties(verb):
        return False  # "The injured officers were airlifted to Nairobi": care, no deployment
    light = lexicon()["light_verbs"]["happened"]
    if lemma_of(verb) in light and any(c.dep_ == "dobj" and event_noun(c) for c in kids_of(verb)):
        return False  # "ordered a ceasefire": the ceasefire is the event its noun tells
    if lemma_of(verb) in entry.get("need_party", ()) and not _party_warned(verb):
        return False
    aimless = entry.get("aimless", {}).get(lemma_of(verb))
    if aimless is not None and object_words(verb) & set(aimless) and not any(
        c.lower_ in lexicon()["targets"]["aimed"].get(kind, ()) for c in kids_of(verb)
    ):
        return False  # "fired warning shots into the air": at nobody
    need = entry.get("need_object", {}).get(lemma_of(verb))
    avoid = entry.get("avoid_object", {}).get(lemma_of(verb))
    if need is not None or avoid is not None:
        objects = [t for t in kids_of(verb) if t.dep_ in OBJECTS and not is_time(t)]
        words = object_words(verb)
        placed = lemma_of(verb) in entry.get("object_place", ()) and any(
            is_place(o, places) for o in objects
        )  # "surrounded Soyapango": a town the places layer found is one
        if (
            need is not None and not words & set(need) and not _asks_to(verb, entry)
            and not _clausal(verb, entry) and not placed
        ):
            return False
        if avoid is not None and words & set(avoid):
            return False
    wants = entry.get("need_subject", {}).get(lemma_of(verb))
    if wants is not None:
        subject = subject_of(verb)
        return subject is not None and bool({lemma_of(t) for t in phrase_of(subject)} & set(wants))
    own = lexicon()["own_subject"]
    if lemma_of(verb) in own["verbs"]:
        subject = subject_of(verb)
        harm = lemma_of(verb) in lexicon()["harm"]["people"]
        if harm and subject is None and kind in passive_types() and patient_of(verb) is not None:
            return any(t.ent_type_ in ANCHORS for t in verb.subtree)  # "ten militants were
            # killed in Jiribam": a toll that may be told alone, when it says when or where
        shared = verb.dep_ == "conj" and verb.tag_ in FINITE  # "repelled it and killed 15"
        if subject is None and shared and kind in lexicon()["speech"]["types"]:
            return True  # "he said the deal would be reviewed and called on protesters to
            # go home": the speaker's own act, whose doer speech_actor names
        direct = subject is not None and (
            subject.head == verb or subject.head.head == verb or shared
            or subject == verb.head  # a verbless sentence's verb hung on its subject
        )
        abstract = subject is not None and (
            lemma_of(subject) in own["abstract"] or subject.lower_ in own["abstract"]
        )
        return direct and not abstract
    subject = subject_of(verb)
    if kind in lexicon()["judgements"]["types"] and subject is not None and event_noun(subject):
        return False  # "these attacks threaten freedom of navigation" judges, threatens nobody
    if kind in passive_types() and patient_of(verb) is not None:
        return True  # "800 more troops would be sent", "five others were arrested"
    return subject is not None or verb.dep_ in ("xcomp", "conj", "advcl")
