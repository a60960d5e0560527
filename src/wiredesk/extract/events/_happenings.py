"""From events told to happenings: the tolls told of each (from the figures layer), one event
per happening (a later telling merged into the first), no event without actor or target,
and the report's main event flagged."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.actors import registry
from wiredesk.extract.events._build import DAY, offset_told
from wiredesk.extract.events._grammar import (
    agent_of,
    claimed_by,
    headline_end,
    lemma_of,
    subject_of,
    told_happening,
)
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of
from wiredesk.records import Event, Figure, Place


@dataclass(frozen=True, slots=True)
class Told:
    """An event and the word that told it."""

    event: Event
    word: Token


def with_figures(doc: Doc, ctx: Context, told: list[Told]) -> list[Told]:
    """Each killed or wounded figure goes to the violent event told nearest it in its own
    sentence, else, when its sentence tells no event ("Two workers were killed, he said"),
    to the last violent event shortly before it."""
    conf = lexicon()["figures"]
    categories = {c: field for field in ("killed", "wounded") for c in conf[field]}
    violent = [i for i, t in enumerate(told) if t.event.type in conf["violent"]]
    if not violent:
        return told
    linked: dict[int, list[int]] = {}
    for fi, fig in enumerate(ctx.figures):
        if fig.category not in categories or (sent := _sentence(doc, fig.span[0])) is None:
            continue
        same = [i for i in violent if sent.start <= told[i].word.i < sent.end]
        same = [i for i in same if not _describes(doc, fig, told[i].word)] or same
        if same:
            best = min(same, key=lambda i: abs(told[i].word.idx - fig.span[0]))
        elif not any(sent.start <= t.word.i < sent.end for t in told):
            reach = conf["reach"]
            if _own_doer(doc, fig.span):
                continue  # "The conflict has killed more than 6,000": its own doer's toll
            before = [i for i in violent if 0 < fig.span[0] - told[i].event.span[1] <= reach]
            if not before:
                continue
            best = max(before, key=lambda i: told[i].event.span[1])
        else:
            continue
        linked.setdefault(best, []).append(fi)
    out = list(told)
    for i, figs in linked.items():
        out[i] = Told(_tolls(out[i].event, figs, ctx.figures, categories), out[i].word)
    return out


def _describes(doc: Doc, fig: Figure, word: Token) -> bool:
    """True for an event word inside the phrase of the people a figure counts: "Two men
    suspected of an attack ... were killed during an operation" did not die in the attack."""
    span = doc.char_span(*fig.span, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("nummod", "quantmod", "compound") and head.head != head:
        head = head.head  # the figure's number, up to the noun it counts
    return head.left_edge.i <= word.i <= head.right_edge.i and word.i not in range(
        span.start, span.end)


def alone_tolls(told: list[Told], tolls: set[int], published: str | None) -> list[Told]:
    """Passive tolls ("two smugglers were killed") told alone: one is the toll of an event
    of its type (violent ones all alike) told in its sentence or near it ([figures] reach)
    on a near day (an undated one's is the report's) and at no other place, and goes; one
    told apart ("ten militants were killed in Jiribam in November last year") is a
    happening of its own."""
    violent = lexicon()["figures"]["violent"]
    kept: list[Told] = []
    headline = headline_end(told[0].word.doc) if told else 0
    for i, t in enumerate(told):
        alike = {*violent, t.event.type} if t.event.type in violent else {t.event.type}
        others = [
            u for j, u in enumerate(told)
            if u.event.type in alike and (j not in tolls or (j < i and u in kept))
            and (u.word.idx >= headline or t.word.idx < headline)
        ]  # "student shot dead" heads the report: the body's "the student who was killed"
        # tells it in full, no toll of it
        if i in tolls and any(_toll_of(u, t, published) for u in others if u is not t):
            continue
        kept.append(t)
    return kept


def _toll_of(event: Told, toll: Told, published: str | None) -> bool:
    """Whether `toll` counts the victims of `event`: in its sentence, or near it on a near
    day and at no other place; an arrest only in its sentence."""
    if event.word.sent == toll.word.sent:
        return True
    x, y = event.event, toll.event
    if y.type in lexicon()["passive"]["unanchored"]:
        return False  # "Twenty-seven people were detained overnight" after "a blogger
        # detained the day before": other people held, not the count of that arrest
    gap = max(y.span[0] - x.span[1], x.span[0] - y.span[1])
    day = x.date or published
    near = not y.date or not day or day.startswith(y.date) or _near_days(day, y.date)
    return (
        gap <= lexicon()["figures"]["reach"] and near
        and not (x.place and y.place and x.place != y.place)
    )


def _own_doer(doc: Doc, span: tuple[int, int]) -> bool:
    """True for a toll whose verb of harm names who did it ("The conflict has killed 6,000"),
    not a passive toll of the event told before ("Two employees were killed", "Of the dead,
    five were children, the ministry said")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    harm = lexicon()["harm"]["verbs"]
    verb = next((a for a in words.root.ancestors if a.lemma_.lower() in harm), None)
    return verb is not None and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" and words.root not in c.subtree
        for c in kids_of(verb)
    )


def _tolls(event: Event, figs: list[int], figures: tuple[Figure, ...],
           categories: dict[str, str]) -> Event:
    values: dict[str, float] = {}
    for fi in figs:
        name = categories[figures[fi].category]
        values[name] = max(values.get(name, 0.0), figures[fi].value)
    return replace(event, figures=tuple(sorted({*event.figures, *figs})),
                   killed=values.get("killed", event.killed),
                   wounded=values.get("wounded", event.wounded))


def _sentence(doc: Doc, at: int) -> Span | None:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def one_per_happening(told: list[Told], published: str | None = None) -> list[Told]:
    """A later event that tells a happening already told is merged into the first telling:
    same type and mode, no actor or date that differ, and the same place or target, or a
    "the" pointing back ("the strike in Tyre", "The missile struck the vessel's stern"). A
    headline's event is the one the report's first alike event tells in full; a claimed "the
    attack" is the violent event told before it, or else the next alike one. An undated
    telling is of the report's days: one dated long before them is another happening."""
    kept: list[Told] = []
    headline = headline_end(told[0].word.doc) if told else 0
    bare: set[int] = set()  # kept events told only in the headline so far
    claims: set[int] = set()  # kept events told only as claimed ("X claimed the attack")
    words: dict[int, int] = {}  # every trigger word merged so far -> the kept event it tells
    for t in told:
        if (aim := _aim_of(kept, words, t)) is not None:
            words[t.word.i] = aim  # "gathered to demand the release of a blogger": the
            continue  # protest's aim, no request of its own
        chained = _chained(kept, words, t)
        if chained is None:
            chained = _setting(kept, words, t)
        if chained is None:
            chained = _set_in(kept, words, t)
        if chained is not None:  # "struck ... and set fire to two vehicles": one raid
            kept[chained] = Told(_merged(kept[chained].event, t.event), kept[chained].word)
            words[t.word.i] = chained
            continue
        probe = _as_told_before(t)
        earlier = [
            k for k in reversed(range(len(kept)))
            if _alike(kept[k].event, probe, published)
            or (_guessed(kept[k]) and _alike(replace(kept[k].event, actor=None), probe, published))
        ]
        first = next(
            (k for k in earlier if _same(kept[k].event, t.event, told=_at_its_target(kept[k], t))),
            None,
        )
        named = [k for k in earlier if sided(kept[k].event)]  # not a bare toll told between
        if first is None and named and _points_back(t) and _undated(t, kept[named[0]]):
            first = _told_again(kept, named[:1], t)
        if first is None:  # a headline tells one happening, however many words it uses
            first = _told_again(kept, _headlines(kept, bare, t, published), t)
        violent = [k for k in reversed(range(len(kept))) if _violent_alike(kept[k], t)]
        if first is None and _claimed_back(t):
            first = _told_again(kept, violent, t)  # "... JNIM claimed the attack"
        if first is None:  # "X claimed the attack. ..."
            first = _told_again(kept, [k for k in violent if k in claims], t)
        if first is None and _told_doers(t):  # "The attackers ... fought the garrison"
            near = [
                k for k in violent
                if _near_days(kept[k].event.date, t.event.date) and sided(kept[k].event)
            ]  # not a bare toll ("14 people killed"): the attackers did what was told of them
            first = _told_again(kept, near, t)
        if first is None and _called_false(t):  # '"This is pure fiction," he said'
            near = [k for k in _of_type(kept, t) if _one_paragraph(kept[k].word, t.word)]
            first = _told_again(kept, near[:1], t)
        if first is None and _moved_again(t):  # "The first troops are expected to land"
            first = _told_again(kept, _of_type(kept, t), t)
        if first is None and _answers(t):  # "The patrol returned fire": the exchange told
            first = _told_again(kept, [k for k in violent if sided(kept[k].event)], t)
        words[t.word.i] = len(kept) if first is None else first
        if first is None:
            if t.word.idx < headline:
                bare.add(len(kept))
            if _claimed_back(t):  # told in full further on
                claims.add(len(kept))
            kept.append(t)
        elif first in bare and t.word.idx < headline:
            kept[first] = Told(_merged(kept[first].event, t.event), kept[first].word)
        elif first in bare or first in claims:  # the body's telling says more
            bare.discard(first)
            claims.discard(first)
            kept[first] = Told(_merged(t.event, kept[first].event), t.word)
        else:
            kept[first] = Told(_merged(kept[first].event, t.event), kept[first].word)
    return kept


def _as_told_before(t: Told) -> Event:
    """ "The raid was planned for weeks": "the" points at the raid told before, as it
    happened; the planning is said of it, no planned raid of its own."""
    if t.event.mode == "planned" and t.word.pos_ == "NOUN" and _back(t.word):
        return replace(t.event, mode="happened")
    return t.event


def _guessed(t: Told) -> bool:
    """True for an event told in the passive with no "by" ("a man was arrested on Thursday"):
    its actor is a guess (the side announcing it), which sets no later telling apart ("The
    suspect was taken into custody by sheriff's deputies")."""
    verb = verb_of(t.word)
    return any(c.dep_ == "auxpass" for c in kids_of(verb)) and agent_of(verb) is None


def _at_its_target(kept: Told, t: Told) -> bool:
    """ "attacked a fishing camp ... set fire to huts at the camp": an act told at "the"
    place the kept event struck is that happening told again."""
    if not kept.event.target:
        return False
    head = _stems(kept.event.target.split()[-1])
    return any(
        o.dep_ == "pobj" and _back(o) and _stems(o.text) == head
        for p in kids_of(verb_of(t.word)) if p.dep_ == "prep"
        for o in kids_of(p)
    )


def _chained(kept: list[Told], words: dict[int, int], t: Told) -> int | None:
    """The kept event a violent verb is coordinated with in its sentence, or done for, with one
    doer ("struck and set fire to two vehicles", "stormed a rival wing and killed 17", "fired
    tear gas to disperse the crowd"): one happening, unless the later verb puts it at another
    place."""
    word = verb_of(t.word)
    violent = t.event.type in lexicon()["figures"]["violent"]
    if word.pos_ != "VERB":
        return None
    # any other act is one with the act of its own kind it is done for ("300 soldiers arrived
    # in the town to reinforce patrols") or joined to with its subject ("officers are being
    # flown in and will arrive on Thursday": one deployment, whatever the tense)
    shared = (
        not violent and word.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(word))
        and any(c.dep_ == "nsubjpass" for c in kids_of(word.head))
    )  # not "called for calm and urged both sides to talk": two requests
    while ((violent and word.dep_ == "conj") or shared or _purpose_of(word)) and word.head != word:
        word = word.head
        shared = False
        k = words.get(word.i)
        if k is None:
            continue
        event = kept[k].event
        alike = _kin(event.type, t.event.type) if violent else event.type == t.event.type
        if (
            alike and (event.mode == t.event.mode or not violent)
            and _agree(event.actor, t.event.actor)
            and not (t.event.place and event.place and t.event.place != event.place)
            and _same(event, t.event, told=True)
        ):
            return k
        return None
    return None


def _aim_of(kept: list[Told], words: dict[int, int], t: Told) -> int | None:
    """The kept event whose aim an act told as its purpose is ([happenings] aims): "gathered
    outside the building to demand the release of a blogger", "occupied the square,
    demanding that 43 colleagues be taken back" make one protest, no request."""
    verb = verb_of(t.word)
    aims = lexicon()["happenings"]["aims"]
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids_of(verb)
    )
    if not (_purpose_of(verb) or participle) or verb.head == verb:
        return None
    k = words.get(verb.head.i)
    if k is None or t.event.type not in aims.get(kept[k].event.type, ()):
        return None
    return k


def _purpose_of(verb: Token) -> bool:
    """An infinitive saying what its head was done for, by the same doer: "fired tear gas to
    disperse the crowd", "shelled the ridge to drive the rebels out" (one act, told twice)."""
    return (
        verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB"
        and any(c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _setting(kept: list[Told], words: dict[int, int], t: Told) -> int | None:
    """The kept violent event whose verb a violent event noun is the setting of: "Gunmen
    killed nine civilians in an attack on the market town", "killed 11 Maoists in a
    gunfight": one happening, told once by its verb and once by its noun."""
    violent = lexicon()["figures"]["violent"]
    word = t.word
    if word.pos_ != "NOUN" or word.dep_ != "pobj" or t.event.type not in violent:
        return None
    prep = word.head
    if prep.lower_ not in lexicon()["harm"]["prepositions"] or prep.head == prep:
        return None
    k = words.get(prep.head.i)
    if k is None or kept[k].event.type not in violent or kept[k].event.mode != t.event.mode:
        return None
    return k if _agree(kept[k].event.actor, t.event.actor) else None


def _kin(a: str, b: str) -> bool:
    """One type, or two violent ones: "stormed a rival wing and killed 17" is one raid."""
    violent = lexicon()["figures"]["violent"]
    return a == b or (a in violent and b in violent)


def _told_again(kept: list[Told], candidates: list[int], t: Told) -> int | None:
    """The first of the kept events the telling points back at that it may be: "The
    attackers ... abducted three staff" points at the raid, yet an abduction is its own."""
    return next((k for k in candidates if _same(kept[k].event, t.event, told=True)), None)


def _same(x: Event, y: Event, told: bool) -> bool:
    """Whether `y` tells the happening `x` told, weighed over the evidence (events.toml
    [happenings.same]): what the telling says (`told`: coordinated, "the attack", a
    headline), the same place, the same target, and PLOVER modes that keep them apart."""
    w = lexicon()["happenings"]["same"]
    violent = x.type in lexicon()["figures"]["violent"]
    score = w["told"] if told else 0.0
    if x.place and x.place == y.place:
        score += w["place"]["violent" if violent else "other"]
    if x.target and y.target and _same_target(_norm(x.target), _norm(y.target)):
        side = _a_side(x.target)  # "RSF artillery", "an RSF convoy": the war's other side
        score += w["side_target"] if side else w["target"]  # in a single happening or not
    apart = set(w["apart_modes"])
    if (x.plover_mode in apart) != (y.plover_mode in apart):
        score += w["apart"]
    return bool(score >= w["threshold"])


def _a_side(name: str) -> bool:
    """A target that is one of a war's sides (a group, force or country the actor registry
    knows), which any number of its happenings strike."""
    actor = registry().lookup(name)
    return actor is not None and actor.type in lexicon()["happenings"]["sides"]


def _same_target(a: str, b: str) -> bool:
    """One name, or a name of two words or more held in the other: "health centre" and
    "Kirumya Health Centre III"; one word ("vessel") says too little."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short.split()) >= 2 and f" {short} " in f" {long} ")


def sided(event: Event) -> bool:
    return event.actor is not None or event.target is not None or bool(event.actor_text)


def _told_doers(t: Told) -> bool:
    """True when an event's doers are those of an act told before: "The attackers ...",
    "the assailants" ("the" and a noun that names only doers)."""
    doer = subject_of(verb_of(t.word))
    doers = set(lexicon()["happenings"]["doers"])
    return doer is not None and _back(doer) and _stems(doer.text) <= doers


def _of_type(kept: list[Told], t: Told) -> list[int]:
    """The kept events of a telling's type, the nearest first."""
    return [k for k in reversed(range(len(kept))) if kept[k].event.type == t.event.type]


def _called_false(t: Told) -> bool:
    """True for a rejection told by what a report is called ("This is pure fiction"): after
    the same speaker's denial it says that denial again."""
    return t.event.type == "reject" and t.word.dep_ in ("acomp", "attr")


def _one_paragraph(a: Token, b: Token) -> bool:
    """True when no blank line stands between two words."""
    return "\n\n" not in doc_text(a.doc)[min(a.idx, b.idx) : max(a.idx, b.idx)]


def _moved_again(t: Told) -> bool:
    """True when an event's doers are "the" forces a movement told before moved ([happenings]
    moved): "The first troops are expected to land" carries on that deployment."""
    forces = lexicon()["happenings"]["moved"].get(t.event.type)
    doer = subject_of(verb_of(t.word))
    return forces is not None and doer is not None and _back(doer) and lemma_of(doer) in forces


def _answers(t: Told) -> bool:
    """True when an event answers violence told before ([happenings] answers: "returned
    fire"): the other side of that exchange, no happening of its own."""
    return lemma_of(verb_of(t.word)) in lexicon()["happenings"]["answers"]


def verb_of(word: Token) -> Token:
    """The verb that tells an event: the trigger, or the light verb carrying its noun
    ("opened fire", "set fire to")."""
    if word.pos_ != "VERB" and word.dep_ in ("dobj", "pobj") and word.head.pos_ == "VERB":
        return word.head
    if word.dep_ == "pobj" and word.head.head.pos_ == "VERB":
        return word.head.head
    return word


def in_series(told: list[Told]) -> list[Told]:
    """ "A second salvo hit a petrol station", "another drone struck": a weapon told as the
    next of a series is fired by whoever fired the first, the last alike event's actor."""
    out = list(told)
    for i, t in enumerate(out):
        if t.event.actor is not None or not _next_weapon(t.word):
            continue
        before = [u for u in out[:i] if u.event.type == t.event.type and u.event.actor]
        if before:
            event = replace(t.event, actor=before[-1].event.actor,
                            explanation=t.event.explanation + "; actor of the series")
            out[i] = Told(event, t.word)
    return out


def dated_by_context(
    told: list[Told], days: list[tuple[int, int, str]], published: str | None = None
) -> list[Told]:
    """An event with no date of its own or of its claim happened on the day told last before
    it: the day of the event told before it in its paragraph ("On 31 July, forces fired
    rockets ... A second salvo hit a petrol station"), or a day the report told before it of
    no event ("On the night of 16 to 17 June, migrants tried to force the fence ... They threw
    stones at the officers"; `days`, from `_build.told_days`, with where their sentences
    start). Only a day of the report's own days reaches past its sentence: "In May 2015,
    eight officers were killed ..." dates no act of a later sentence. A denial or a request
    is dated when it was said, which dates no act told after it, nor does an act date it;
    nor is a thing planned or feared, nor one told a stretch
    after or before another ("a day after a drone attack on a depot"), dated by what was told
    (a denied one is: "police denied firing tear gas" that day)."""
    out = list(told)
    text = doc_text(told[0].word.doc) if told else ""
    said = lexicon()["speech"]["types"]
    unsure = ("planned", "hypothetical")
    for i, t in enumerate(out):
        event = t.event
        if event.date is not None or event.type in said or event.mode in unsure or (
                offset_told(t.word)):
            continue  # "a day after a drone attack on a depot": another day's, untold
        sentence = t.word.sent.start_char
        before = [
            (u.event.span[0], u.word.sent.start_char, u.event.date) for u in out[:i]
            if u.event.date and u.event.type not in said
            and "\n\n" not in text[u.event.span[1]:event.span[0]]
        ] + [d for d in days if d[0] < event.span[0]]
        reach = [
            (at, day) for at, start, day in before
            if (start == sentence and day[:1].isdigit())
            or (DAY.match(day) and _same_period(day, None, published))
        ]
        if reach:
            out[i] = Told(replace(event, date=max(reach)[1],
                                  explanation=f"{event.explanation}; day told before"), t.word)
    return out


def placed_by_context(
    told: list[Told], places: list[tuple[int, int, Place]], published: str | None = None
) -> list[Told]:
    """An event with no place of its own happened at the place told last before it in its
    paragraph, the most specific one of the nearest sentence that tells one: the place of
    the event told before it, or a place the report told something happening at
    (`places`, from `_where.told_places`: "Gunmen stormed a checkpoint near Ndola. They
    killed two guards"), unless its own phrase names one ("Saturday's attack on the
    checkpoint near X"); in its own sentence, only in its clause or a clause it belongs to
    (`_within`). A denial or a request is placed
    where it was said, which it does not tell, and places no act; an act long before the
    report's days is no act of the scene it is told in."""
    out = list(told)
    text = doc_text(told[0].word.doc) if told else ""
    said = lexicon()["speech"]["types"]
    kinds = lexicon()["places"]["carried_kinds"]
    away = lexicon()["targets"]["destination"]
    for i, t in enumerate(out):
        event = t.event
        if (event.place is not None or event.type in said or event.type in away
                or event.mode != "happened" or background(event, published)):
            continue  # "troops were sent" is no act at the place told before
        left, right = t.word.left_edge, t.word.right_edge
        named = [p for _, _, p in places  # "Saturday's attack on the checkpoint near X"
                 if left.idx <= p.span[0] < right.idx + len(right)]
        if named:
            spot = min(named, key=lambda p: _kind_rank(p, kinds))
            out[i] = Told(replace(event, place=spot.name, lat=spot.lat, lon=spot.lon,
                                  geonameid=spot.geonameid,
                                  explanation=f"{event.explanation}; place in its phrase"),
                          t.word)
            continue
        at = t.word.idx
        before: list[tuple[int, int, Event | Place]] = [
            (u.event.span[0], u.word.sent.start_char, u.event) for u in out[:i]
            if u.event.place is not None and u.event.type not in said
        ]
        before += [(p.span[0], sent, p) for _, sent, p in places if p.span[0] < at]
        before = [b for b in before if "\n\n" not in text[b[0]:at]]
        nearest = max((sent for _, sent, _ in before), default=None)
        own = nearest == t.word.sent.start_char
        before = [b for b in before if b[1] == nearest and (not own or _within(t.word, b[0]))]
        if not before:
            continue  # "set fire to shops in X, and a clinic was looted": not at X
        best = min(before, key=lambda b: (_kind_rank(b[2], kinds), -b[0]))[2]
        name = best.place if isinstance(best, Event) else best.name
        out[i] = Told(replace(event, place=name, lat=best.lat, lon=best.lon,
                              geonameid=best.geonameid,
                              explanation=f"{event.explanation}; place told before"), t.word)
    return out


def _within(word: Token, at: int) -> bool:
    """True for a character of the clause of `word` or of a clause it belongs to ("detainees
    in the prison at X refused to return and overpowered two guards"; "Witnesses in X said a
    crowd had set fire"); not of a clause coordinated with its own subject ("set fire to
    shops in X, and a clinic was looted")."""
    node = word
    while True:
        last = node.right_edge
        if node.left_edge.idx <= at < last.idx + len(last):
            return True
        if node.head == node or (node.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(node))):
            return False
        node = node.head


def _kind_rank(item: Event | Place, kinds: list[str]) -> int:
    """Which place an act told after it is at, first: a town, then a district ([places]
    carried_kinds); an event's place counts as a town's."""
    if isinstance(item, Event):
        return 0
    return kinds.index(item.kind) if item.kind in kinds else len(kinds)


def _next_weapon(word: Token) -> bool:
    new = lexicon()["happenings"]["series"]
    weapons = lexicon()["instrument"]["modes"]
    return any(
        s.dep_ == "nsubj" and (s.lemma_ in weapons or s.lemma_ in new)
        and any(c.ent_type_ == "ORDINAL" or c.lower_ in new for c in s.lefts)
        for s in kids_of(word)
    )


def _alike(x: Event, y: Event, published: str | None = None) -> bool:
    """One type and mode, and no actor or day that differ ("overnight" may be either day)."""
    return (
        x.type == y.type and x.mode == y.mode and _agree(x.actor, y.actor)
        and _near_days(x.date, y.date) and _same_period(x.date, y.date, published)
    )


def _told_in_back(t: Told) -> Token | None:
    """ "30 houses had been torched in the arson": the event noun told before that a verb is
    set in."""
    preps = lexicon()["harm"]["prepositions"]
    return next((
        o for p in kids_of(t.word) if p.dep_ == "prep" and p.lower_ in preps
        for o in kids_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN" and _back(o)
    ), None)


def _set_in(kept: list[Told], words: dict[int, int], t: Told) -> int | None:
    """The kept violent event a violent verb says it happened in: "30 houses had been
    torched in the arson" tells the arson told before."""
    noun = _told_in_back(t)
    if noun is None:
        return None
    named = [j for j, u in enumerate(kept) if u.word.lemma_ == noun.lemma_]  # told by name
    k = words.get(noun.i, named[-1] if named else None)
    if k is None or not _kin(kept[k].event.type, t.event.type):
        return None
    return k if _agree(kept[k].event.actor, t.event.actor) else None


def _headlines(kept: list[Told], bare: set[int], t: Told, published: str | None) -> list[int]:
    """The kept events told only in the headline that a body telling may tell in full: of
    its type, or violent both ("gang attack kills 17" is the body's "stormed ... killed")."""
    return [
        k for k in reversed(range(len(kept)))
        if k in bare and _kin(kept[k].event.type, t.event.type)
        and _alike(replace(kept[k].event, type=t.event.type, mode=t.event.mode), t.event,
                   published)
    ]


def _same_period(a: str | None, b: str | None, published: str | None) -> bool:
    """An undated telling is of the days the report covers: a telling dated long before
    them ("the same ranch had been attacked on New Year's Day", "riots in November 2021")
    is another happening ([happenings] background_days)."""
    known = a or b
    if not known or (a and b) or not published or published.startswith(known):
        return True  # both dated, neither, or "in January" reported in January
    try:
        year, month, day = ([*map(int, known[:10].split("-")), 1, 1])[:3]
        gap = (date.fromisoformat(published[:10]) - date(year, month, day)).days
    except ValueError:
        return True  # a season, a decade: no day to weigh
    return gap <= int(lexicon()["happenings"]["background_days"])


def _points_back(t: Told) -> bool:
    """ "the strike in Tyre", "the attack was carried out by", "They killed him", "The
    missile struck the vessel's stern": the event, its doer or its weapon taken as known."""
    conf = lexicon()["happenings"]
    weapons = {*lexicon()["instrument"]["modes"], *lexicon()["instruments"]["weapons"]}
    weapons -= set(triggers()[1])  # "the strikes" are events of their own, no weapon told
    subject = subject_of(t.word) if t.word.pos_ == "VERB" else None  # "damaged ... and injured"
    subjects = [
        c for c in {*(c for c in kids_of(t.word) if c.dep_ == "nsubj"), subject}
        if c is not None and c.lemma_ in weapons
    ]
    words = [t.word, *subjects]
    if any(c.ent_type_ == "ORDINAL" or c.lower_ in conf["new"] for w in words for c in w.lefts):
        return False  # "The second missile struck the vessel" is another one
    if _back(t.word):
        return True  # "the attack": named or not, the one told
    if any(c.dep_ == "nsubjpass" and _back(c) for c in kids_of(t.word)):
        return True  # "the herders were killed on Saturday": the victims told before
    if _told_doers(t):
        return True  # "The attackers ... struck": those who did what was told
    told = subject_of(verb_of(t.word))
    if told is not None and told.lemma_ in triggers()[1] and _back(told):
        return True  # "The strike set fire to the upper floors": the strike told, again
    if t.event.actor is not None:
        return False
    if t.event.actor_text and _pronoun(t):
        return True  # "They killed him"
    return any(_back(w) for w in subjects)


def _claimed_back(t: Told) -> bool:
    """ "JNIM claimed responsibility for the attack": the claim names who did the act told
    before, whoever the story first said did it."""
    return t.word.pos_ == "NOUN" and _back(t.word) and claimed_by(t.word) is not None


def _violent_alike(kept: Told, t: Told) -> bool:
    violent = lexicon()["figures"]["violent"]
    both = kept.event.type in violent and t.event.type in violent
    return both and kept.event.mode == t.event.mode


def _undated(t: Told, before: Told) -> bool:
    """A named doer's "the attack" is the one told before unless it says another day ("the
    Hamas-led attack on October 7, 2023")."""
    return (
        t.event.actor is None or _stems(t.event.actor) <= set(lexicon()["happenings"]["doers"])
        or t.event.date in (None, before.event.date)
    )  # "The attackers ... struck" names nobody new


def _back(word: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ in lexicon()["happenings"]["back"]
               for d in kids_of(word))


def _pronoun(t: Told) -> bool:
    """A pronoun doer inside a quote ("They killed him", the brother said): the happening
    the story told; outside one, an unresolved "it" may well do something new."""
    text = doc_text(t.word.doc)
    start = text.rfind("\n", 0, t.word.idx) + 1
    before = text[start : t.word.idx]
    quoted = before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    return quoted and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids_of(t.word))


def _near_days(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 1
    except ValueError:
        return False


def _agree(a: str | None, b: str | None) -> bool:
    """No two names that differ: one holds the other ("separatists", "separatist fighters"),
    or one is a bare doer told back ("the attackers") who did what the other did."""
    if a is None or b is None or _norm(a) in _norm(b) or _norm(b) in _norm(a):
        return True
    words_a, words_b = _stems(a), _stems(b)
    doers = set(lexicon()["happenings"]["doers"])
    return words_a <= words_b or words_b <= words_a or words_a <= doers or words_b <= doers


def _stems(name: str) -> set[str]:
    """A name's words without a plural's "s" ("separatists" -> "separatist")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _norm(name).split()}


def _norm(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def _merged(first: Event, again: Event) -> Event:
    """The first telling, with what the later one adds."""
    fill = {
        name: getattr(again, name)
        for name in ("actor", "target", "place", "date", "instrument", "plover_mode", "lat",
                     "lon", "geonameid", "killed", "wounded")
        if getattr(first, name) is None and getattr(again, name) is not None
    }
    return replace(
        first,
        **fill,
        figures=tuple(sorted({*first.figures, *again.figures})),
        explanation=f"{first.explanation}; told again at {list(again.span)}",
    )


def with_sides(
    told: list[Told], published: str | None = None, places: dict[int, str | None] | None = None
) -> list[Told]:
    """Only events that say who acted or at whom: an event with neither ("opened fire",
    "the shelling of Adigrat" with no target named) tells nothing a researcher can code,
    unless its actor is named but unresolved ("it", kept as written), it is a happening
    of its own long before the report, told with its toll ("similar killings in March 2022
    left at least 15 dead": no toll of the story's, whose sides the text told), or its clause
    tells it happened, when and where or whom it harmed ("Clashes broke out in Mohomou on 23
    August", `told_happening`)."""
    return [
        t for i, t in enumerate(told)
        if sided(t.event) or _background_toll(t.event, published)
        or _happened_anew(t, told[:i], places or {})
    ]


def _happened_anew(t: Told, before: list[Told], places: dict[int, str | None]) -> bool:
    """An event whose clause tells it happened (`told_happening`), unless "the" points it
    back at violence told before ("The raid happened early on Saturday", "since the attack
    began"): a telling again of that one, however its sides went unnamed."""
    if told_happening(t.word, places) is None:
        return False
    violent = lexicon()["figures"]["violent"]
    return not (_back(t.word) and any(b.event.type in violent for b in before))


def _background_toll(event: Event, published: str | None) -> bool:
    """A toll told of a day long before the report's ([happenings] background_days)."""
    return bool(event.killed or event.wounded) and background(event, published)


def background(event: Event, published: str | None) -> bool:
    """An event dated long before the report's days ([happenings] background_days)."""
    return event.date is not None and not _same_period(event.date, None, published)
