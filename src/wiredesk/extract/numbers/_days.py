"""The day a figure counts: that of the event it counts, not the day it was told.

The times layer has resolved every date of the text; here a figure is linked to one by
grammar. First the date of its own clause; then that of an earlier event its clause names
again ("killed in the arson" after "the arson ... last month"); then the day heading its
paragraph (a live blog's "10:40 EST -"); then the story's day, the first date of a happening
in its lead. Only a past happening takes a day it does not name itself: "nearly 25 million
face hunger" is a state, "would need $12 million" a plan.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.numbers._parse import lexicon
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import datelines
from wiredesk.nlp.index import sentences, tokens_among
from wiredesk.records import TimeExpr

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # the day of a time: "2026-04-05TNI" counts 2026-04-05
PAST = ("VBD", "VBN")
PRESENT = ("VBP", "VBZ", "TO")


def _verbs_up(token: Token) -> list[Token]:
    """The verbs above `token` up to (not through) a reporting verb."""
    out = []
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            if t.lemma_.lower() in lexicon()["clauses"]["reporting"]:
                break
            out.append(t)
    return out


def _value(t: TimeExpr) -> str | None:
    """A date's value, a time's day; None for durations, sets and times of no known day."""
    day = DAY.match(t.value or "") if t.type in ("date", "time") else None
    if day:
        return day.group()
    return str(t.value) if t.type == "date" and t.value else None


def clause_day(doc: Doc, ctx: Context, head: Token) -> str | None:
    """The value of a time expression in the clause of `head`, the nearest clause first;
    not one that bounds a span ("since April 2023", "until the end of August"): a running
    count is not that day's."""
    mine = _verbs_up(head)
    sent = head.sent
    best: tuple[int, str] | None = None
    for t in ctx.times:
        if not (sent.start_char <= t.span[0] < sent.end_char) or (value := _value(t)) is None:
            continue
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None:
            continue
        theirs = set(_verbs_up(span.root))
        shared = [i for i, verb in enumerate(mine) if verb in theirs]
        if not shared or _bounds_span(span.root, mine[shared[0]], head):
            continue
        if best is None or (shared[0], -len(value)) < (best[0], -len(best[1])):
            best = (shared[0], value)  # the nearest clause, then the finer value
    return best[1] if best else None


def _bounds_span(token: Token, verb: Token, head: Token) -> bool:
    """True under a "since" or "until" the number is not under, below the verb they share:
    "have fled since the war began in April 2023" (but "since the shelling on Jan. 14 that
    killed nine")."""
    rules = lexicon()["provenance"]
    bounds = (*rules["span_starts"], *rules["span_ends"])
    mine = {head.i, *(t.i for t in head.ancestors)}
    for t in [token, *token.ancestors]:
        if t == verb:
            return False
        opens = [c for c in [t, *t.children] if c.lower_ in bounds and c.dep_ in ("mark", "prep")]
        if any(c.i not in mine for c in opens):
            return True
    return False


def told_as_past(head: Token) -> bool:
    """True when the clause of `head` tells a past happening ("were killed", "have fled"), not
    a state, a plan or a guess ("face hunger", "would need", "may have taken part")."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        verb = verb.head  # "struck the hospital, killing two": told as "struck" is
    if verb is None or verb.tag_ in PRESENT:
        return False
    auxes = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # not "would need", "are fleeing", "to rebuild"; "put the toll at" may be tagged bare
    return "MD" not in auxes and (verb.tag_ in PAST or not any(t in PRESENT for t in auxes))


def referred_day(doc: Doc, ctx: Context, head: Token) -> str | None:
    """The day of an earlier event the clause of `head` names again: "at least 30 houses had
    been torched in the arson" after "the arson at Lamtai Khunou last month", "admitted
    since the attack began" after "gunmen attacked the town overnight"."""
    named = tokens_among(doc, lexicon()["provenance"]["event_nouns"], "lemma")
    if not named:
        return None
    sent = head.sent
    here = [doc[i] for i in named if sent.start <= i < sent.end]
    if not here:
        return None
    mine = set(_verbs_up(head))
    for noun in here:
        if (
            noun.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ in _REFERRING for c in noun.children)
            or not mine & set(_verbs_up(noun))
        ):
            continue
        lemma = noun.lemma_.lower()
        for i in reversed([i for i in named if i < sent.start]):
            before = doc[i]
            if before.lemma_.lower() == lemma and before.pos_ in ("NOUN", "VERB"):
                day = clause_day(doc, ctx, before)
                if day is not None:
                    return day
    return None


_REFERRING = ("the", "that", "this")


def stamp_day(doc: Doc, ctx: Context, at: int) -> str | None:
    """The day of the time that heads the paragraph holding `at` ("10:40 EST - ...")."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, at) + 1
    while start < at and text[start] in " \t":
        start += 1
    stamp = next((t for t in ctx.times if t.span[0] == start and t.span[1] < at), None)
    return _value(stamp) if stamp is not None else None


def story_day(doc: Doc, ctx: Context) -> str | None:
    """The day of the story: the first date of a past happening in the first sentences of its
    body (after the headline, outside a dateline), no later than publication; else the
    first day something was said on there ("..., in the early hours of Saturday, the army
    reported", where the parse hangs the day on the telling)."""
    text = doc_text(doc)
    body = text.find("\n") + 1
    reach = int(lexicon()["provenance"]["lead_sentences"])
    lead = [(a, b) for a, b in sentences(doc) if a >= body][:reach]
    if not lead:
        return None
    end = lead[-1][1]
    published = ctx.article.published or "9999"
    lines = [d.span for d in datelines(text)]
    told: list[tuple[bool, str]] = []  # (said on that day, the day), in text order
    for t in ctx.times:
        value = _value(t)
        if not (body <= t.span[0] < end) or value is None or not DAY.match(value):
            continue
        if value > published[:10] or any(a <= t.span[0] < b for a, b in lines):
            continue
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None:
            continue
        verb = next((v for v in span.root.ancestors if v.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.tag_ not in PAST or _bounds_span(span.root, verb, verb):
            continue
        told.append((verb.lemma_.lower() in lexicon()["clauses"]["reporting"], value))
    return min(told, key=lambda pair: pair[0])[1] if told else None
