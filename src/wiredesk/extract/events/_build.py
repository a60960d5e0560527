"""One event from one trigger: roles, evidence span, claim, mode, status, date and place."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.events._grammar import (
    ANCHORS,
    CLAUSES,
    NOMINAL,
    aimed_noun,
    asks,
    attribution_of,
    clause_range,
    event_noun,
    harm_told,
    harmed_in,
    harms,
    headline_end,
    holderless,
    lemma_of,
    located_noun,
    other_side,
    participants_of,
    patient_of,
    subject_of,
    told_happening,
)
from wiredesk.extract.events._harmful import harm_nouns, harmed_during
from wiredesk.extract.events._instrument import instrument_of, instrument_text, plover_mode
from wiredesk.extract.events._modes import mode_of, negated_itself, status_of
from wiredesk.extract.events._roles import (
    a_place_named,
    acting_body,
    actor_of,
    announced_by_authority,
    blast_site,
    can_act,
    is_hazard,
    is_people,
    is_press,
    is_weapon,
    noun_actor,
    object_actor,
    owner_of,
    passive_actor,
    run_into,
    speech_actor,
    target_of,
    voice_of,
)
from wiredesk.extract.events._trigger import Trigger
from wiredesk.extract.events._warnings import warner_of
from wiredesk.extract.events._where import governors, is_cue, path_to, place_of
from wiredesk.extract.events.types import event_types, lexicon, triggers
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import in_dateline, token_in_dateline
from wiredesk.nlp.index import kids_of, words_over
from wiredesk.records import Event, TimeExpr

EXTRACTOR = "events.v1"
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATED = re.compile(r"\d{4}")  # a calendar value, not "PAST_REF" or a week's "P1W"
_TIME_LINKS = ("pobj", "prep", "npadvmod", "advmod", "compound", "nummod", "amod", "appos")


def _doer_meanwhile(noun: Token) -> Token | None:
    """Who does the act of the clause that says when an event noun with nobody holding it
    happened: "The riot began when inmates set fire to mattresses" (the inmates rioted);
    "erupted after police shot a student" names who provoked it, not who rioted
    ([holderless] meanwhile)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    meanwhile = lexicon()["holderless"]["meanwhile"]
    for clause in kids_of(verb):
        marked = any(
            c.lower_ in meanwhile and c.dep_ in ("advmod", "mark") for c in kids_of(clause)
        )
        if clause.dep_ == "advcl" and marked and lemma_of(clause) in triggers()[0]:
            return subject_of(clause)
    return None


def build_event(
    doc: Doc, ctx: Context, trigger: Trigger, places: dict[int, str | None]
) -> Event | None:
    if (warner := warner_of(trigger)) is not None:
        return build_threat(doc, ctx, trigger, warner)
    gerund = trigger.head == trigger.word and trigger.word.dep_ in NOMINAL  # "Fighting between"
    carried = trigger.head != trigger.word or (trigger.word.pos_ == "VERB" and not gerund)
    subject = subject_of(trigger.head) if carried else noun_actor(trigger.word)
    if subject is not None and subject == trigger.word:
        subject = noun_actor(trigger.word)  # "a similar shooting damaged ...": who shot
    if subject is None and harmed_in(trigger.word) is not None:
        subject = other_side(trigger.word)  # "killed in clashes with X": X fought them
    if trigger.doer is not None:
        subject = trigger.doer  # "accused the RSF of shelling"
    sufferer = subject_of(trigger.head) if trigger.suffered else None
    if trigger.suffered:
        subject = noun_actor(trigger.word) or _suffered_from(trigger)
        # "came under Russian shelling": Russia shelled; "under fire from militants"
    if (
        subject is not None
        and subject.tag_ in ("WP", "WDT")
        and subject.head == trigger.head
        and trigger.head.dep_ == "relcl"
        and not asks(trigger.head)
    ):
        subject = trigger.head.head  # "air assets, which carried out two strikes"
    if trigger.kind in lexicon()["figures"]["violent"] and is_hazard(subject, trigger.head):
        return None  # "an earthquake struck western Nepal": a disaster, no attack
    hit = run_into(trigger, subject)
    if hit is not None:
        subject, sufferer = None, hit  # "a vehicle struck an IED": the vehicle was hit
    agent = can_act(subject, ctx, trigger.kind)
    actor = actor_of(subject, ctx, doc) if agent else None
    if actor is not None and subject is not None and _held_violence(subject, trigger, ctx, doc):
        holder = noun_actor(subject)  # "Russian shelling hit": who shelled; "Monday's" nobody
        actor = actor_of(holder, ctx, doc) if can_act(holder, ctx, trigger.kind) else None
    actor = speech_actor(trigger, subject, ctx) or actor
    if trigger.recognizer == "falsity" and trigger.head == trigger.word.head:
        actor, agent = voice_of(trigger.word, ctx), False  # "Rumours ... are simply wrong",
        # in one's own turn: its speaker rejects; the rumour is none
    attribution = attribution_of(ctx, *clause_range(trigger))
    headline = trigger.word.idx < headline_end(doc)  # "Two villagers detained": the body says who
    announced = False  # "52 people had been arrested", the minister said: his forces did
    if subject is None and carried and patient_of(trigger.head) is not None and not headline:
        word = trigger.word  # a clause reaching into the dateline is still the claim's
        said = attribution_of(ctx, word.idx, word.idx + len(word))
        said = attribution if attribution is not None else said
        actor = passive_actor(trigger, ctx, doc, said)
        announced = announced_by_authority(trigger, ctx, said)
    if actor is None and subject is None and trigger.kind not in lexicon()["figures"]["violent"]:
        side = _setting_side(trigger.head)  # "three others arrested in a gunfight with police"
        actor = actor_of(side, ctx, doc) if side is not None else None
    if actor is None and subject is None and trigger.word.pos_ == "NOUN":
        doer = _doer_meanwhile(trigger.word)  # "The riot began when inmates set fire to ..."
        actor = actor_of(doer, ctx, doc) if can_act(doer, ctx, trigger.kind) else None
    if actor is None and subject is None and trigger.recognizer == "harmful":
        actor = _announcing_force(ctx, trigger)  # "killed in an operation", the army said
    if subject is not None and subject.tag_ in ("WP", "WDT") and subject.dep_ == "nsubj":
        return None  # "Who carried out that strike?" asks; it does not report
    if _a_question(trigger.head):
        return None  # "How were they wounded?" asks too
    if trigger.head.dep_ == "relcl" and trigger.head.head.lower_ in lexicon()["modes"][
        "generic_doers"
    ]:
        return None  # "Those who fire on the forces of order will be pursued": anyone
    if actor is not None and a_place_named(actor, ctx, doc):
        actor = None  # "shots were fired from the bank of the Narva River": from where
    if actor is not None and is_press(actor):
        written = subject is not None and (
            subject.pos_ != "PRON" or subject.morph.get("Person", []) == ["1"]
        )  # the reporter's own "I spoke to", not a "he" read as the host
        if written and trigger.kind in lexicon()["agents"]["press_acts"]:
            return None  # "Our correspondent spoke to a local official": reporting, no event
        actor = None  # "the forces were deployed", Reuters said: Reuters deployed nobody
    if (
        subject is not None and subject.lower_ == "i" and trigger.kind in press_acts()
        and attribution_of(ctx, subject.idx, subject.idx + 1) is None
    ):
        return None  # "two witnesses I spoke to": the reporter's own "I", outside any claim
    if any(c.lower_ in lexicon()["modes"]["habitual"] for c in kids_of(trigger.head)):
        return None  # "has been targeted repeatedly": a pattern, not one happening
    if trigger.word.pos_ == "NOUN" and any(
        c.lower_ in lexicon()["modes"]["kinds"] for c in trigger.word.lefts
    ):
        return None  # "blamed such ambushes on insurgents": a kind, not one happening
    if actor is None and not carried and not holds_itself(trigger.word, places):
        return None  # "the summit with Trump": an event noun nobody holds says too little
    patient = patient_of(trigger.head)
    agentless = (
        trigger.kind in lexicon()["passive"]["agentless"]
        and (not _harms_people(trigger, patient) or _armed_act(trigger))
    ) or passive_toll(trigger) or (patient is not None and is_weapon(patient))
    # "a clinic was looted", "two rockets were launched": violence, its doer unknown; "four
    # attackers were shot dead" too, kept only when told alone (_happenings.alone_tolls)
    if actor is None and subject is None and patient is not None and not (agentless or announced):
        return None  # "a fifth was arrested": a passive with nobody behind it
    site = blast_site(trigger, subject)
    if sufferer is None and site is not None:
        sufferer = site  # "a car bomb exploded outside the police headquarters"
    if sufferer is None and trigger.word.lemma_.lower() in harm_nouns() and (
        during := harmed_during(trigger.word)
    ) is not None:
        sufferer = patient_of(during)  # "two gunmen were killed during an operation in X"
    target = (
        object_actor(trigger, sufferer, ctx, doc)
        if sufferer is not None
        else target_of(trigger, subject, ctx, doc)
    )
    if target is None and hit is not None:
        target = hit.text  # "a vehicle": what the blast hit, however plain
    if target is None and (harmed := _harmed_by(trigger.word)) is not None:
        target = object_actor(trigger, harmed, ctx, doc) or harmed.text
    if target is not None and trigger.kind in press_acts() and is_press(target):
        return None  # "Speaking to Reuters, a spokesman said": telling the press, no talks
    span = evidence_span(trigger, subject)
    attribution = attribution_of(ctx, *span)
    mode = mode_of(trigger, attribution is not None)
    if unsaid(trigger):
        return None
    status = status_of(trigger, ctx, attribution)
    date = date_of(doc, ctx, trigger) or (
        ctx.attributions[attribution].said_on
        if attribution is not None
        else None
    )
    place = place_of(doc, ctx, trigger)
    if target is None and actor is None and place is not None and _of_place(trigger.word):
        target = place.name  # "the shelling of Adigrat": the town was shelled
    weapon = instrument_of(trigger, subject)
    kind = event_types()[trigger.kind]
    if weapon is not None and plover_mode(trigger, weapon) not in kind.modes:
        weapon = None  # "supplied drones": the drones are the aid, not what it was done with
    return Event(
        article_id=ctx.article_id,
        type=trigger.kind,
        text=doc_text(doc)[span[0] : span[1]],
        span=span,
        actor=actor,
        target=target,
        place=place.name if place else None,
        actor_text=(
            subject.text
            if subject is not None and agent and actor is None and not is_weapon(subject)
            else None
        ),  # "it", kept as written; a weapon names nobody
        date=date,
        mode=mode,
        status=status,
        attribution=attribution,
        extractor=EXTRACTOR,
        explanation=f"[{trigger.recognizer}] {trigger.kind} triggered by {trigger.word.text!r}"
        + (f" carried by {trigger.head.text!r}" if trigger.head != trigger.word else ""),
        plover=kind.plover,
        plover_mode=plover_mode(trigger, weapon),
        instrument=instrument_text(weapon) if weapon is not None else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geonameid=place.geonameid if place else None,
    )


def build_threat(doc: Doc, ctx: Context, trigger: Trigger, warner: Token) -> Event:
    """A threat made by whoever warned, against whom the act would be aimed."""
    said = Trigger("threaten", warner, warner)
    who = subject_of(warner)
    actor = actor_of(who, ctx, doc)
    patient = patient_of(trigger.head)
    target = object_actor(trigger, patient, ctx, doc) if patient is not None else None
    start, end = evidence_span(trigger, None)
    span = (min(warner.idx, start), end)
    attribution = attribution_of(ctx, *span)
    place = place_of(doc, ctx, trigger)
    kind = event_types()["threaten"]
    return Event(
        article_id=ctx.article_id,
        type="threaten",
        text=doc_text(doc)[span[0] : span[1]],
        span=span,
        actor=actor,
        actor_text=who.text if actor is None and who is not None else None,  # "He", as written
        target=target or target_of(trigger, None, ctx, doc),
        place=place.name if place else None,
        date=date_of(doc, ctx, said),
        mode="planned" if mode_of(said, attribution is not None) == "planned" else "happened",
        status=status_of(said, ctx, attribution),
        attribution=attribution,
        extractor=EXTRACTOR,
        explanation=f"[{trigger.recognizer}] threat: {trigger.kind} {trigger.word.text!r}"
        f" announced by {warner.text!r}",
        plover=kind.plover,
        plover_mode=kind.mode,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geonameid=place.geonameid if place else None,
    )


def press_acts() -> list[str]:
    """The types that are the press's own reporting when the press does them ([agents])."""
    return list(lexicon()["agents"]["press_acts"])


def passive_toll(trigger: Trigger) -> bool:
    """People harmed in a passive with nobody behind it: "five soldiers were shot dead near
    Kidal". Most such tolls count the victims of an event told beside them; one told alone
    is a happening of its own, when its clause says when or where. Harm in a mishap
    ("killed in a car crash") is none."""
    verb = trigger.word
    patient = patient_of(verb)
    if verb.pos_ != "VERB" or patient is None or not _harms_people(trigger, patient):
        return False
    if trigger.kind not in lexicon()["passive"]["alone"] or subject_of(verb) is not None:
        return False
    if any(t.lower_ in lexicon()["harm"]["tallies"] for t in _own_words(verb)):
        return False  # "a total of 12 civilians have been killed since Thursday": a tally
    more = lexicon()["passive"]["continued"]
    unanchored = trigger.kind in lexicon()["passive"]["unanchored"] or (
        lemma_of(verb) in lexicon()["passive"]["unanchored_verbs"]
    )
    if any(t.ent_type_ == "ORDINAL" or t.lower_ in more for t in (*kids_of(verb), *patient.lefts)):
        # "A fifth suspect was arrested", "two jawans were also killed": more of one told; an
        # arrest with its own day or place ("A third suspect was detained this morning in
        # Trelleborg") is one of its own
        return unanchored and any(t.ent_type_ in ANCHORS for t in _own_words(verb))
    if unanchored:
        return True  # "Eleven suspects were apprehended": an arrest, no toll of a killing
    if any(
        t.tag_ in ("NN", "NNS", "VBG") and t.dep_ != "appos" and holderless(t, "sided")
        for t in verb.sent
    ):
        return False  # "As a result of enemy shelling of the market, 7 were killed": its toll;
        # "..., a killing that took years to reach a verdict" names the same one again
    if not any(t.ent_type_ in ANCHORS for t in verb.subtree):
        return False  # "Five soldiers were killed and eight wounded": when or where, untold
    mishaps = set(lexicon()["harm"]["mishaps"]) | set(lexicon()["agents"]["hazards"])
    causes = [
        o for p in kids_of(verb) if p.lower_ in lexicon()["harm"]["prepositions"]
        for o in kids_of(p) if o.dep_ == "pobj"
    ]
    return not any(lemma_of(o) in mishaps for o in causes)


def _announcing_force(ctx: Context, trigger: Trigger) -> str | None:
    """The force whose own voice tells an operation it names no doer of ([harm] own_acts):
    "12 jihadists were killed in an operation near Mopti, army spokesman X said" -> the army.
    A ministry or a witness telling it says nothing of who acted."""
    word = trigger.word
    if lemma_of(word) not in lexicon()["harm"]["own_acts"]:
        return None
    said = attribution_of(ctx, word.idx, word.idx + len(word))
    body = acting_body(ctx.attributions[said].speaker) if said is not None else None
    forces = lexicon()["families"]["forces"]
    if body is None or not body.split() or _bare_word(body.split()[-1]) not in forces:
        return None
    return body


def _bare_word(word: str) -> str:
    word = word.lower().strip(",.;:")
    return word[:-1] if word.endswith("s") and word[:-1] else word


def _setting_side(verb: Token) -> Token | None:
    """The named side of the fight a passive happened in: "three others arrested in a
    gunfight with security forces" were arrested by the forces."""
    preps = lexicon()["harm"]["prepositions"]
    for prep in (c for c in kids_of(verb) if c.dep_ == "prep" and c.lower_ in preps):
        for noun in (o for o in kids_of(prep) if o.dep_ == "pobj" and holderless(o, "sided")):
            if (side := other_side(noun)) is not None:
                return side
    return None


def _own_words(verb: Token) -> list[Token]:
    """The words of a verb's clause without the clauses that describe one of its nouns: in
    "a man, wanted since March for murder, was arrested" the "since" is the man's."""
    described = {
        w.i for t in verb.subtree if t != verb and (
            t.dep_ in ("appos", "acl", "relcl")
            or (t.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in kids_of(t)))
        )  # a clause of its own subject, not "..., bringing the total since May to 40"
        for w in t.subtree
    }
    return [t for t in verb.subtree if t.i not in described]


def _harms_people(trigger: Trigger, patient: Token | None) -> bool:
    """People done to: named as such ("31 terrorists"), or by a verb or type done only to
    people ([harm] people: "four others wounded"; [passive] to_people: "an associate was
    arrested")."""
    if patient is None:
        return False
    harm, kinds = lexicon()["harm"]["people"], lexicon()["passive"]["to_people"]
    return is_people(patient) or lemma_of(trigger.word) in harm or trigger.kind in kinds


def _armed_act(trigger: Trigger) -> bool:
    """Violence done with something named, by a verb that is no toll's ("they were punched and
    struck with sticks", unlike "two were killed"): an assault told, its doer unknown."""
    return lemma_of(trigger.word) not in lexicon()["harm"]["people"] and (
        instrument_of(trigger, None) is not None
    )


def _a_question(verb: Token) -> bool:
    """True for a verb whose own clause asks ("How were they wounded?", "Did troops fire?"):
    it opens with a question word or an auxiliary and ends in a question mark."""
    first = verb.left_edge
    return asks(verb) and (first.tag_ in ("WRB", "WP", "WDT") or first.dep_ in ("aux", "auxpass"))


def unsaid(trigger: Trigger) -> bool:
    """A speech act its own clause negates ("HAA does not attribute the attack to any party",
    "did not call for talks") was not made: no accusation or request to code, unlike a
    denied strike. A refusal ("would not accept") is the act itself."""
    said = lexicon()["speech"]["types"]
    return trigger.kind in said and not trigger.refusal and negated_itself(trigger)


def _of_place(noun: Token) -> bool:
    """An event noun whose "of" names what it was done to: "the shelling of Adigrat"."""
    return noun.pos_ == "NOUN" and any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in kids_of(p))
        for p in kids_of(noun)
    )


def _harmed_by(noun: Token) -> Token | None:
    """Whom an event noun's own verb of harm names: "The attack in Jordan killed three U.S.
    soldiers" was aimed at the soldiers."""
    if (told := harm_told(noun)) is not None:
        return patient_of(told)  # "an encounter in which two terrorists were killed"
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or not harms(verb):
        return None
    return next((c for c in kids_of(verb) if c.dep_ == "dobj"), None)


def _suffered_from(trigger: Trigger) -> Token | None:
    """Who did what a subject suffered: "came under fire from a group of militants"."""
    preps = lexicon()["light_verbs"]["suffered_from"]
    for word in (trigger.word, trigger.head):
        for prep in (c for c in kids_of(word) if c.dep_ == "prep" and c.lower_ in preps):
            doer = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
            if doer is not None and doer.lower_ not in lexicon()["places"]["directions"]:
                return doer  # not "from the north": where from, not who
    return None


def _held_violence(subject: Token, trigger: Trigger, ctx: Context, doc: Doc) -> bool:
    """A violent event noun as subject ("Russian shelling", "the offensive") that names no
    owner the way a weapon does: it acts for whoever holds it, and is no actor itself."""
    if subject == trigger.word or owner_of(subject, ctx, doc) is not None:
        return False
    nouns = {**harm_nouns(), **triggers()[1]}  # "a police operation killed 120": the police
    kind = nouns.get(subject.lower_) or nouns.get(lemma_of(subject))
    return kind in lexicon()["figures"]["violent"]


def holds_itself(noun: Token, places: dict[int, str | None]) -> bool:
    """A violent event noun with its sides, its place or its patient named, or people harmed
    in it, needs no holder."""
    sided = holderless(noun, "sided") and bool(participants_of(noun))
    return (
        sided or located_noun(noun, places) or harmed_in(noun) is not None or aimed_noun(noun)
        or harm_told(noun) is not None or told_happening(noun, places) is not None
        or (noun.lemma_.lower() in harm_nouns() and harmed_during(noun) is not None)
    )


def evidence_span(trigger: Trigger, subject: Token | None) -> tuple[int, int]:
    """From the subject (an event noun however long its phrase: "an ambush on a convoy
    outside X, some 150 km away, killed 37") to the end of the trigger's object, stopping at
    clauses and commas."""
    word = trigger.word
    tokens = [word, trigger.head]
    direct = subject is not None and subject.head == trigger.head
    near = subject is not None and (trigger.head.i - 6 <= subject.i or event_noun(subject))
    if subject is not None and direct and near and subject.i < word.i:
        tokens += [t for t in subject.subtree if not t.is_space and not token_in_dateline(t)]
    core = (
        word
        if word.pos_ == "NOUN"
        else next((c for c in kids_of(word) if c.dep_ in ("dobj", "dative")), word)
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


def date_of(doc: Doc, ctx: Context, trigger: Trigger) -> str | None:
    """The nearest date in the trigger's clause, else the day of its nearest time ("on
    Saturday morning"); never the dateline's, the day the story was filed."""
    a, b = clause_range(trigger)
    if trigger.head.dep_ == "conj":  # "crossed on Wednesday night and killed four": shared
        a = min(a, trigger.head.head.left_edge.idx)
    at = trigger.word.idx
    days = _days(doc, ctx)
    dates = [t for t in days if a <= t.span[0] < b
             and not (t.type == "date" and _dates_another(doc, t.span, trigger))]
    told = [a.content.span for a in ctx.attributions
            if a.content.span[0] <= at < a.content.span[1]]
    best = min(dates, key=lambda t: (_above(doc, t.span, trigger) or _framing(t.span, told),
                                     _an_end(doc, t.span), t.type != "date",
                                     abs(t.span[0] - at)), default=None)
    if best is None:
        return _when_date(doc, ctx, trigger) or _offset(
            ctx, trigger, _shared_date(doc, ctx, trigger, days))
    return _day(best)


def _offset(ctx: Context, trigger: Trigger, day: str | None) -> str | None:
    """The day of a clause told a stretch after or before the one it belongs to: "deployed
    on Wednesday night, two days after gunmen shot dead two men" (Monday), "working again
    this morning, a day after police broke up a blockade" (yesterday) ([dates] offsets)."""
    told = _offset_words(trigger.head) or _offset_words(trigger.word)
    if day is None or told is None or not DAY.fullmatch(day):
        return day
    way, mods = told
    for mod in mods:
        stretch = next((t for t in ctx.times if t.type == "duration"
                        and t.span[0] <= mod.idx < t.span[1]), None)
        if stretch is not None and (n := stretch.days()) is not None:
            return (dt.date.fromisoformat(day) + dt.timedelta(days=way * n)).isoformat()
    return day


def offset_told(word: Token) -> bool:
    """True for an event told a stretch after or before another ("a day after a drone attack
    on a depot", "two days after gunmen shot dead two men"): its day is not the day told
    before it."""
    found = _offset_words(word)
    return found is not None and bool(found[1])


def _offset_words(word: Token) -> tuple[int, list[Token]] | None:
    """Which way ([dates] offsets) and the words of the stretch ("two days") of a clause
    marked "after" or "before" ("two days after gunmen shot") or of an event noun after the
    preposition ("a day after a drone attack")."""
    ways = lexicon()["dates"]["offsets"]
    mark = next((c for c in kids_of(word) if c.dep_ == "mark" and c.lower_ in ways), None)
    if mark is not None:
        return ways[mark.lower_], [c for c in kids_of(word) if c.dep_ == "npadvmod"]
    if word.dep_ == "pobj" and word.head.lower_ in ways:
        prep = word.head
        return ways[prep.lower_], [c for c in kids_of(prep) if c.dep_ == "npadvmod"]
    return None


def _when_date(doc: Doc, ctx: Context, trigger: Trigger) -> str | None:
    """The time a relative "when" clause hangs on: "since March 2022, when gangs killed 62
    people", "the unrest of July 2022, when protests in Nukus left ..." ([dates] when_words)."""
    words = lexicon()["dates"]["when_words"]
    for node in (trigger.head, *governors(ctx, trigger)):
        if node.dep_ == "relcl" and any(c.lower_ in words for c in kids_of(node)):
            at, start = node.head.idx, node.left_edge.idx  # or the time just before the
            # clause, however the parse hung it ("unrest ... since June 2018, when police shot")
            text = doc_text(doc)
            return next((t.value for t in ctx.times if t.type == "date"
                         and _DATED.match(t.value or "") and (
                             t.span[0] <= at < t.span[1]
                             or (t.span[1] <= start and not text[t.span[1]:start].strip(", ")))
                         ), None)
    return None


def _days(doc: Doc, ctx: Context) -> list[TimeExpr]:
    """The times that give a day: dates, and times of a known day ("on Saturday morning");
    never the dateline's, the day the story was filed."""
    text = doc_text(doc)
    return [t for t in ctx.times if t.value and not in_dateline(text, t.span[0])
            and (t.type == "date" or (t.type == "time" and DAY.match(t.value)))]


def told_days(doc: Doc, ctx: Context) -> list[tuple[int, int, str]]:
    """The days a report tells, where it tells them and where their sentence starts, on which
    an undated act told after them may have happened ("On the night of 16 to 17 June, migrants
    tried to force the fence ... They threw stones at the officers"); never a bound of a
    stretch ("since Thursday"), the day something was said ("police said yesterday") or a
    vague one ("recently")."""
    bounds = lexicon()["dates"]["bounds"]
    out = []
    for time in _days(doc, ctx):
        words = words_over(doc, time.span[0], time.span[1])
        if words is None or not _DATED.match(time.value or "") or time.span[0] < headline_end(doc):
            continue
        before = doc[words.start - 1] if words.start else None
        if words[0].lower_ in bounds or (before is not None and before.lower_ in bounds):
            continue
        verb = words.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if not is_cue(ctx, verb):
            out.append((time.span[0], words.sent.start_char, _day(time)))
    return out


def _day(time: TimeExpr) -> str:
    """A date's value, or the day of a time's."""
    value = time.value or ""
    return value if time.type == "date" else value[:10]


def _shared_date(doc: Doc, ctx: Context, trigger: Trigger, days: list[TimeExpr]) -> str | None:
    """The date of the clause the trigger's clause belongs to ("restored order on Monday and
    arrested 46", "raided a house on Friday, arresting three"), never across a reporting verb."""
    for up in governors(ctx, trigger):
        found = [t for t in days if _dates_verb(doc, t.span, up)]
        if found:
            return _day(min(found, key=lambda t: (t.type != "date", abs(t.span[0] - up.idx))))
    return None


def _dates_verb(doc: Doc, span: tuple[int, int], verb: Token) -> bool:
    """True for a time told of `verb` itself: "on Monday", "last week", "early on Friday"."""
    words = words_over(doc, span[0], span[1])
    return words is not None and path_to(words.root, verb, _TIME_LINKS, 4) is not None


def _an_end(doc: Doc, span: tuple[int, int]) -> bool:
    """True for a time that ends what the act began ("remanded until September 3"), a day
    the act was not done on ([modes] ends)."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words) or words.start == 0:
        return False
    return doc[words.start - 1].lower_ in lexicon()["modes"]["ends"]


def _framing(span: tuple[int, int], told: list[tuple[int, int]]) -> bool:
    """True for a time outside the words a speaker is reported to have said of the event:
    the day of the saying ("..., the commander said on Thursday")."""
    return any(not (a <= span[0] < b) for a, b in told)


def _above(doc: Doc, span: tuple[int, int], trigger: Trigger) -> bool:
    """True for a time told of a verb above the trigger by a clause it reports or explains
    ("militants attacked late on Thursday, the ministry said on Friday" dates the saying);
    a verb the trigger is coordinated with shares its time ("crossed on Wednesday night and
    killed four")."""
    words = words_over(doc, span[0], span[1])
    if words is None:
        return False
    verb = words.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    node = trigger.head
    clausal = False
    while node != verb and node.head != node:
        clausal = clausal or node.dep_ != "conj"
        node = node.head
    return node == verb and clausal


def _dates_another(doc: Doc, span: tuple[int, int], trigger: Trigger) -> bool:
    """True for a date that qualifies another event noun of the clause: in "jails three chiefs
    over 1982 massacre" the year is the massacre's, not the jailing's ("Monday's strike" is the
    strike's own; a live blog's clock, however parsed, dates its entry)."""
    words = words_over(doc, span[0], span[1])
    if words is None or not len(words):
        return False
    root, nouns = words.root, triggers()[1]
    other = root.head
    kind = nouns.get(other.lower_) or nouns.get(lemma_of(other))
    return (
        root.dep_ in ("compound", "amod", "nummod", "nmod", "poss") and other.pos_ == "NOUN"
        and other not in (trigger.word, trigger.head) and kind not in (None, trigger.kind)
    )  # "under the February 2021 understanding, both had agreed": the agreement's own
