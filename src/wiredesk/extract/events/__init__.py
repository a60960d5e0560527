"""Events layer: what happened, is planned, could happen or is denied, PLOVER-style.

Recognizers (one small module each, configured in data/events.toml [recognizers]) find the
words that tell an event: a trigger verb ("struck", "sent troops"), an event noun a light verb
carries or whose sides are named ("held talks", "the meeting between Putin and Trump"), a verb
done to a place ("took Goma"), a refusal, a warning, an accusation's act. The parse gives actor
and target; the other layers give place (ctx.places), date (ctx.times, else when it was
said), the claim that carries it (ctx.attributions), whose status it inherits, and the tolls
told of it (ctx.figures). Types, PLOVER codes and wording live in data/events.toml (types.py).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.events import (  # noqa: F401  (imported to register the recognizers)
    _accusations,
    _consequences,
    _falsity,
    _harmful,
    _negations,
    _nouns,
    _place_objects,
    _refusals,
    _verbs,
    _verdicts,
    _warnings,
)
from wiredesk.extract.events._build import EXTRACTOR, build_event, passive_toll, told_days
from wiredesk.extract.events._contents import folded_contents
from wiredesk.extract.events._denials import denied_later
from wiredesk.extract.events._grammar import subject_of
from wiredesk.extract.events._happenings import (
    Told,
    alone_tolls,
    dated_by_context,
    in_series,
    one_per_happening,
    placed_by_context,
    with_figures,
    with_sides,
)
from wiredesk.extract.events._main import with_main
from wiredesk.extract.events._trigger import Trigger, find_triggers
from wiredesk.extract.events._where import told_places
from wiredesk.nlp import doc_text
from wiredesk.records import Event

__all__ = ["EXTRACTOR", "find_events"]


@stage("events", layer="events", requires=("times", "places", "attributions", "figures"))
def find_events(doc: Doc, ctx: Context) -> tuple[Event, ...]:
    """Every event `doc` reports, with actor, target, place, date, mode and status."""
    ctx = dataclasses.replace(ctx, places=tuple(p for p in ctx.places if not p.demonym))
    places = {p.span[0]: p.kind for p in ctx.places}
    found: list[Event] = []
    words: list[Token] = []
    nouns: set[tuple[int, str]] = set()  # event nouns that told an event, with its type
    tolls: set[int] = set()  # passive tolls, events only when told alone
    for trigger in find_triggers(doc, places):
        if _told_by_its_noun(trigger, nouns):
            continue
        if (event := build_event(doc, ctx, trigger, places)) is not None:
            if event.actor is None and passive_toll(trigger):
                tolls.add(len(found))
            found.append(event)
            words.append(trigger.word)
            if trigger.word.pos_ == "NOUN":
                nouns.add((trigger.word.i, trigger.kind))
    told = [Told(e, w) for e, w in zip(denied_later(doc, ctx, found), words, strict=True)]
    told = folded_contents(alone_tolls(told, tolls, ctx.article.published))
    told = one_per_happening(with_figures(doc, ctx, told), ctx.article.published)
    told = with_sides(in_series(told), ctx.article.published, places)
    told = placed_by_context(told, told_places(doc, ctx), ctx.article.published)
    told = dated_by_context(told, told_days(doc, ctx), ctx.article.published)
    return tuple(with_main(told, ctx.article.published))


def _told_by_its_noun(trigger: Trigger, nouns: set[tuple[int, str]]) -> bool:
    """ "A drone strike on a busy market killed 28": the strike, an event already, is the
    subject of its own verb, which tells no second one."""
    if trigger.word.pos_ != "VERB":
        return False
    subject = subject_of(trigger.head)
    if subject is None or (subject.i, trigger.kind) not in nouns:
        return False
    return "\n" not in doc_text(subject.doc)[subject.idx : trigger.head.idx]  # not a headline
