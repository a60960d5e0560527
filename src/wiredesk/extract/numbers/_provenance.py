"""Whose figure it is and which day it counts, settled once every figure is found.

A figure inside a claim is its speaker's ("It said" is the speaker named before it),
relayed by the outlet (`via`); one the outlet states itself is the outlet's, unless a
reporting verb's subject tells it ("..., police said"). A figure with no day in its own
clause counts the day of an earlier event its clause names again, else of the harm the
sentences before told ("killed on Sunday. Not less than 60 others were wounded"), else, when
it tells a past happening, the day heading its paragraph or the story's day (`_days`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.attributions._lexicon import cues, read_toml
from wiredesk.extract.numbers._days import (
    DAY,
    SENTENCE_ENDS,
    another_event,
    counted_by_event,
    day_within,
    deciding_verb,
    earlier_period,
    event_noun,
    first_day,
    is_stamp,
    newer_day,
    over_period,
    own_subject,
    paragraph_day,
    referred_day,
    stamp_day,
    story_day,
    taken,
    to_now,
    told_as_copula,
    told_as_past,
    told_as_past_perfect,
    told_as_perfect,
    told_as_present,
    told_on,
    within,
)
from wiredesk.extract.numbers._parse import lexicon
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of, sentences, tokens_among, words_over
from wiredesk.records import Attribution, Figure, Speaker


def provenance(doc: Doc, ctx: Context, figures: list[Figure]) -> list[Figure]:
    """The figures with `authority`, `via` and a carried-over `date` filled in."""
    rules = lexicon()["provenance"]
    outlet = ctx.article.source
    out: list[Figure] = []
    starts = [start for start, _ in sentences(doc)] if figures else []
    spans = tokens_among(doc, rules["span_starts"]) if figures else []  # "since ..."
    to_nows = [t.span[0] for t in ctx.times if to_now(t)] if figures else []  # "the past week"
    lead: dict[str, str | None] = {}
    author = _statement_author(doc) if figures else None  # "Statement of the Akimat of ..."
    quoted_author = _introduced_author(doc) if figures and author is None else None
    if author and outlet and (author.lower() in outlet.lower() or outlet.lower() in author.lower()):
        author = None  # the outlet's own statement: "Thai Ministry of Defence"
    text = doc_text(doc)
    counted = [f.span for f in figures]  # a speaker found on a figure's words is no one

    def story() -> str | None:  # found once, and only for a figure that needs it
        if "day" not in lead:
            lead["day"] = story_day(doc, ctx)
        return lead["day"]

    for fig in figures:
        head = _token(doc, fig)
        authority = _cited(ctx, fig, head, counted)
        given = head is not None and _giving_dated(doc, ctx, head)
        timeless = fig.category in rules["timeless"] or _population(head) \
            or _planned_part(doc, fig, head) or _describes_noun(fig, head)  # "some 150 km
        # to the west", "a town of about 150,000 people", "will be charged, nine of them with
        # hostage-taking", "a feud between two drug gangs": no day
        date = None if timeless else fig.date
        # the day a toll was given is not the day counted, its period is
        date = None if given and date is not None and DAY.match(date) else date
        running = head is not None and (
            _ranked(doc, fig)  # "A third young man has died": the dead since what happened
            or any(head.sent.start <= i < head.sent.end and not _beside(doc[i], head)
                   for i in spans)
            or any(head.sent.start_char <= at < head.sent.end_char for at in to_nows)
        )
        if date is None and head is not None and not timeless:
            date = _whole_day(doc, fig, head, out)  # "31 killed, ..., five of them gendarmes"
        held = head is not None and fig.category in rules["held_harm"] and _while_held(head)
        # "five of them had been assaulted in custody": a happening of its own, on no day told
        if date is None and head is not None and not timeless and not running and not held:
            date = (told_as_past_perfect(head) and _restated_day(fig, out)) \
                or _unstated_day(doc, ctx, fig, head, (starts, out), story)
            told = told_on(doc, ctx, head) if date is not None else None
            if told is not None and date is not None and earlier_period(told, date):
                date = told
        elif date is None and head is not None and not timeless:  # "since the attack began"
            date = referred_day(doc, ctx, head) or _since_clock(doc, ctx, head)
        if authority is None and head is not None and fig.category in rules["carried"]:
            authority = None if _own_time(ctx, head) else (
                _carried_source(doc, (starts, out), head) or _told_before(doc, ctx, starts, head))
        if authority is not None and authority.lower().split()[0] in rules["own_marks"]:
            authority = None  # "Our reporter ... counts at least four burning cars"
        authority = authority or author  # a statement's own words are its author's
        if authority is None and quoted_author and _in_quoted_paragraph(text, fig.span[0]):
            authority = quoted_author  # "Text of a note from the Ministry ...:" then its words
        relayed = authority is not None and not _same_body(authority, outlet) \
            and authority.lower() not in rules["own_staff"]  # "CORRESPONDENT:" is the outlet
        relay = _relay(ctx, fig, authority) or outlet
        out.append(replace(fig, authority=authority or outlet, via=relay if relayed else None,
                           date=date))
    out = _over_parts(doc_text(doc), out)
    out = _over_periods(doc, ctx, _own_phrase_days(doc, ctx, out))
    out = [replace(f, date=day) if f.date and (day := day_within(doc, ctx, f.span[1], f.date))
           else f for f in out]
    out = _noted(text, out, outlet)
    return _no_later(_finer_days(_headlines(doc_text(doc), out, outlet)), ctx.article.published)


@cache
def _note_pattern() -> re.Pattern[str]:
    rules = lexicon()["provenance"]
    labels = "|".join(re.escape(w) for w in sorted(rules["note_labels"], key=len, reverse=True))
    froms = "|".join(re.escape(w) for w in rules["note_from"])
    return re.compile(rf"^(?:{labels})\s*(?:\((?P<paren>[^()\n]+)\)|(?:{froms})\s+"
                      rf"(?P<named>[^(),:\n]+))[^:\n]*:", re.I | re.M)


def _words(name: str) -> set[str]:
    """The longer words of a name, for telling whether two names share one."""
    return {w.removesuffix("'s").removesuffix("’s") for w in name.lower().split() if len(w) > 3}


def _noted(text: str, figures: list[Figure], outlet: str | None) -> list[Figure]:
    """The figures of a note an outlet adds to a text it prints (data/figures.toml
    note_labels): the note's own words are the note's outlet's, and what it cites it relays,
    whoever wrote the text above it."""
    found = _note_pattern().search(text)
    if found is None:
        return figures
    name = (found["paren"] or found["named"]).strip()
    if outlet is not None and _words(name) & _words(outlet):
        return figures  # "Note from the ministry's press office" in the ministry's own text
    end = text.find("\n\n", found.end())
    end = len(text) if end < 0 else end
    out = []
    for fig in figures:
        if found.start() <= fig.span[0] < end:
            own = fig.authority is None or _same_body(fig.authority, outlet) \
                or _same_body(fig.authority, name)
            fig = replace(fig, authority=name, via=None) if own else replace(fig, via=name)
        out.append(fig)
    return out


def _population(head: Token | None) -> bool:
    """True for the people a place is "of" ("Apopa, a town of about 150,000 people"): how
    many live there, a state of no day."""
    if head is None:
        return False
    noun = head if head.pos_ in ("NOUN", "PROPN") else head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in lexicon()["provenance"]["population_of"]


def _while_held(head: Token) -> bool:
    """True when the verb telling `head` says it befell them where they were held ("had been
    assaulted in custody", "were beaten in detention"): harm of its own, apart from the
    happening the story dates."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    held = lexicon()["provenance"]["held_in"]
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in held for o in kids_of(p)) for p in kids_of(verb))


def _describes_noun(fig: Figure, head: Token | None) -> bool:
    """True for a generic count in a phrase a preposition other than "of" hangs on a noun of
    no happening ("shelters at two sites", "a feud between two drug gangs", "lawyers for
    three of the accused"): it tells what the noun is, and counts nothing that happened."""
    if head is None or fig.category not in lexicon()["counted"]["generic"] \
            or head.dep_ == "appos":
        return False  # "families from three villages, not fewer than 600 people": an
        # apposition restates the people of its clause, wherever the parse hangs it
    noun = head if head.dep_ == "pobj" else head.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.pos_ != "ADP" or prep is noun:
        return False
    owner = prep.head
    return prep.lower_ not in lexicon()["provenance"]["belonging"] \
        and owner.pos_ in ("NOUN", "PROPN") and not event_noun(owner)


def _ranked(doc: Doc, fig: Figure) -> bool:
    """A toll an ordinal brings to its rank ("A third young man has died"): a running count,
    of no one day its sentence names."""
    words = words_over(doc, fig.span[0], fig.span[1])
    ordinals = lexicon()["number_words"]["ordinals"]
    return fig.value > 1 and words is not None and any(
        t.lower_ in ordinals for t in list(words)[:2])


def _own_phrase_days(doc: Doc, ctx: Context, figures: list[Figure]) -> list[Figure]:
    """A bare number compared with another counts the time its own phrase names ("190
    homicides ..., against 203 in the same period of 2025", "up from 150 in 2024"), not the
    day of the figure whose noun it borrows."""
    out = []
    for fig in figures:
        head = _token(doc, fig)
        if head is not None and head.pos_ == "NUM" and head.dep_ == "pobj":
            lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            day = next((str(t.value)[:10] for t in ctx.times if t.value and t.type == "date"
                        and lo <= t.span[0] and t.span[1] <= hi
                        and not fig.span[0] <= t.span[0] < fig.span[1]), None)
            fig = replace(fig, date=day) if day else fig
        out.append(fig)
    return out


def _over_periods(doc: Doc, ctx: Context, figures: list[Figure]) -> list[Figure]:
    """A figure dated by the start of a period told by its two ends ("190 homicides between
    January and September", "from 12 to 15 February") counts the whole period: the year two
    months share, else no one day (data/figures.toml [provenance] period_ends)."""
    text = doc_text(doc)
    pairs = [tuple(p) for p in lexicon()["provenance"]["period_ends"]]
    times = sorted((t for t in ctx.times if t.value), key=lambda t: t.span[0])
    ends = {}
    for one, two in pairwise(times):
        before = text[max(0, one.span[0] - 10) : one.span[0]].lower()
        between = text[one.span[1] : two.span[0]].strip().lower()
        if any(before.endswith(f"{a} ") and between == b for a, b in pairs):
            value, other = str(one.value), str(two.value)
            months = len(value) == len(other) == 7 and value[:4] == other[:4]
            ends[(one.span[0], value)] = value[:4] if months else None
    if not ends:
        return figures
    out = []
    for fig in figures:
        sent = words_over(doc, fig.span[0], fig.span[1])
        if sent is not None and fig.date is not None:
            lo, hi = sent.sent.start_char, sent.sent.end_char
            hit = next((day for (at, value), day in ends.items()
                        if value == fig.date and lo <= at < hi), "")
            if hit != "":
                fig = replace(fig, date=hit)
        out.append(fig)
    return out


def _beside(word: Token, head: Token) -> bool:
    """True when `word` stands in a clause of its own coordinated with the figure's ("Six
    others were wounded and about 200 residents have since fled"): what it says of that
    clause ("since") is not said of the figure's."""
    theirs = next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)
    mine = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if theirs is None or mine is None or theirs == mine:
        return False
    return any(one.dep_ == "conj" and one.head == other and own_subject(one)
               for one, other in ((theirs, mine), (mine, theirs)))


def _since_clock(doc: Doc, ctx: Context, head: Token) -> str | None:
    """The day of a clock time a running count starts at in its sentence ("has treated 23
    people since 7 p.m."): a count of that one day, up to the telling."""
    sent = head.sent
    starts = tuple(f"{w} " for w in lexicon()["provenance"]["span_starts"])
    for t in ctx.times:
        before = doc_text(doc)[max(0, t.span[0] - 12) : t.span[0]].lower()
        if t.type == "time" and t.value and sent.start_char <= t.span[0] < sent.end_char \
                and before.endswith(starts) and DAY.match(t.value[:10]):
            return t.value[:10]
    return None


def _same_body(authority: str, outlet: str | None) -> bool:
    """True when the authority is the outlet, or the outlet's name cut short ("The General
    Staff recalls ..." in a statement of the "General Staff of the Armed Forces"): a body
    that publishes its own words relays no one's."""
    if outlet is None:
        return False
    said = authority.lower().removeprefix("the ").strip()
    name = outlet.lower().removeprefix("the ").strip()
    return said == name or (len(said.split()) >= 2 and name.startswith(f"{said} "))


def _over_parts(text: str, figures: list[Figure]) -> list[Figure]:
    """A total whose next figures of its kind, to the end of the next paragraph, add up to it
    on different days counts those days, no one of them: "Police have arrested 31 people ...
    24 suspects were arrested on Monday night and seven others ... on Tuesday"."""
    out = list(figures)
    for i, total in enumerate(figures):
        para = text.find("\n\n", total.span[1])
        end = text.find("\n\n", para + 2) if para >= 0 else -1
        end = len(text) if end < 0 else end
        parts = [f for f in figures[i + 1 :] if f.span[0] < end and f.category == total.category]
        got, days = 0.0, set()
        for part in parts:
            got += part.value
            days.add(part.date)
            if got >= total.value:
                break
        spread = None not in days and len(days) >= 2 and all(d != total.date for d in days)
        if got == total.value and len(days) >= 2 and spread:
            out[i] = replace(total, date=None)
    return out


def _no_later(figures: list[Figure], published: str | None) -> list[Figure]:
    """A figure counts what happened by the telling: a day, or a period, that begins after
    publication is a plan's ("will march again on Friday unless the 30 per cent increase ...
    is withdrawn", "would be taught in other schools from next week"), not its day."""
    if not published:
        return figures
    return [replace(f, date=None) if f.date and (start := first_day(f.date)) is not None
            and start > published[:10] else f for f in figures]


def _statement_author(doc: Doc) -> str | None:
    """The body a document's title names as the author of the statement it is ("Statement of
    the Akimat of Zhambyl Region on the situation in ...": the Akimat of Zhambyl Region): the
    outlet that carries or translates it only relays what the statement says itself."""
    text = doc_text(doc)
    first = text[: text.find("\n")] if "\n" in text else text
    heads = tuple(f"{w} " for w in lexicon()["provenance"]["statement_titles"])
    if not first.lower().startswith(heads):
        return None
    title = doc.char_span(0, len(first), alignment_mode="contract")
    prep = next((t for t in title or () if t.dep_ == "prep" and t.head.i == title.start), None) \
        if title is not None else None
    body = next((t for t in kids_of(prep) if t.dep_ == "pobj"), None) if prep is not None else None
    if body is None or body.pos_ != "PROPN":
        return None
    words = [t for t in _named_with_of(body) if t.dep_ != "det"]
    return text[words[0].idx : words[-1].idx + len(words[-1])] if words else None


def _introduced_author(doc: Doc) -> str | None:
    """The body a line near the top introduces as the author of the text the outlet quotes
    ("Text of a note from the Ministry of the Interior (MININT), published ..."): what the
    quoted paragraphs state is that body's."""
    text = doc_text(doc)
    intros = tuple(lexicon()["provenance"]["text_intros"])
    at = 0
    for _ in range(4):  # the title, a masthead line, the introduction
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip()
        if line.lower().startswith(intros):
            span = doc.char_span(at, end, alignment_mode="contract")
            body = next((t for t in span or () if t.pos_ == "PROPN" and t.dep_ == "pobj"
                         and t.head.lower_ in ("from", "by")), None)
            if body is None:
                return None
            words = [t for t in _named_with_of(body) if t.dep_ != "det"]
            return text[words[0].idx : words[-1].idx + len(words[-1])] if words else None
        at = text.find("\n", end + 1)
        if at < 0:
            return None
        while at < len(text) and text[at] == "\n":
            at += 1
    return None


def _in_quoted_paragraph(text: str, at: int) -> bool:
    """True when the paragraph holding `at` opens with a quotation mark."""
    start = text.rfind("\n", 0, at) + 1
    return text[start : start + 1] in ('"', "“")


def _named_with_of(noun: Token) -> list[Token]:
    """A name and the names it is "of", in order: "Akimat of Zhambyl Region"."""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "det", "amod")] + [noun]
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    return [*words, of, *_named_with_of(obj)] if of is not None and obj is not None else words


def _whole_day(doc: Doc, fig: Figure, head: Token, before: list[Figure]) -> str | None:
    """The day of the whole a part "of them" belongs to: the last dated figure of its
    sentence before it ("31 people were killed, 26 of them villagers and five of them
    gendarmes")."""
    after = doc_text(doc)[fig.span[1] : fig.span[1] + 16].lower().lstrip()
    if not after.startswith(tuple(lexicon()["counted"]["part_after"])):
        return None
    sent = head.sent
    return next((f.date for f in reversed(before) if f.date is not None
                 and sent.start_char <= f.span[0] < fig.span[0]), None)


def _planned_part(doc: Doc, fig: Figure, head: Token | None) -> bool:
    """True for a part "of them" with no verb of its own told right after a clause of what
    will be ("41 detainees ... will be charged, nine of them with hostage-taking"): a part of
    a plan, which has no day yet."""
    after = doc_text(doc)[fig.span[1] : fig.span[1] + 16].lower().lstrip()
    if head is None or not after.startswith(tuple(lexicon()["counted"]["part_after"])) \
            or head.dep_ in ("nsubj", "nsubjpass"):
        return False
    verb = next((t for t in reversed(doc[head.sent.start : head.i]) if t.pos_ == "VERB"), None)
    return verb is not None and any(c.tag_ == "MD" for c in kids_of(verb))


def _restated_day(fig: Figure, before: list[Figure]) -> str | None:
    """The day of an earlier harm of the same value and kind that a figure with no day of
    its own restates in the past perfect: "a riot at the weekend, in which 16 police
    officers were injured" then "the police said on Sunday that 16 officers had been injured"
    counts the riot's day."""
    if fig.category not in lexicon()["harm"]["categories"]:
        return None
    return next((f.date for f in reversed(before) if f.date is not None
                 and f.value == fig.value and f.category == fig.category), None)


def _finer_days(figures: list[Figure]) -> list[Figure]:
    """A figure dated by a period ("over the weekend") that another figure of the same value
    and kind restates with a day inside it ("31 people were killed" on Saturday) counts that
    day."""
    out = []
    for fig in figures:
        finer = next((f.date for f in figures if f is not fig and f.value == fig.value
                      and f.category == fig.category and f.date and fig.date
                      and DAY.fullmatch(f.date) and within(f.date, fig.date)), None)
        out.append(replace(fig, date=finer) if finer else fig)
    return out


def _unstated_day(
    doc: Doc, ctx: Context, fig: Figure, head: Token,
    before: tuple[list[int], list[Figure]], story: Callable[[], str | None],
) -> str | None:
    """The day a figure counts that its clause does not name (`before`: where each sentence
    begins, and the figures before it)."""
    rules = lexicon()["provenance"]
    if (day := referred_day(doc, ctx, head)) is not None:
        return day
    if counted_by_event(head) and fig.category in lexicon()["harm"]["categories"] \
            and not another_event(head):
        return paragraph_day(doc, ctx, head) or story()  # "to protest against the killing
        # of seven herders": the killing is past, whatever tense the protest is told in
    decided = deciding_verb(head)  # an amount ordered or awarded counts the day it was
    head = decided or head  # decided, whatever its kind and its own verb's tense
    if not told_as_past(head) and (done := _what_they_did(head)) is not None:
        head = done  # "What happens now with the 41 detainees who took part?": the taking
        # part is what they are counted by, and its day theirs
    if fig.category not in rules["undated"] and not told_as_past(head) \
            and told_as_present(head) and (stamp := stamp_day(doc, ctx, fig.span[0])):
        return stamp  # a live entry's "One man is in intensive care": as of its stamp, the
        # day the entry tells (a state outside a stamped entry names no day)
    if (fig.category in rules["undated"] and decided is None and not taken(fig.category, head)) \
            or not (told_as_past(head) or _claimed_count(head) or _harmed_as_is(fig, head)) \
            or another_event(head) or over_period(doc, ctx, head) or _later(head) \
            or (told_as_copula(head) and fig.category not in lexicon()["harm"]["categories"]):
        return None  # ... "the victims were from two families": a state, no happening
    if fig.category in rules["stocks"] or (
        fig.category in rules["perfect_stocks"] and told_as_past_perfect(head)
    ):  # "nearly 6,000 people had fled", "52 people had been arrested": as of the telling
        return stamp_day(doc, ctx, fig.span[0])
    if told_as_perfect(head):  # a running count: the day it is told, not an earlier one
        if _toll_verb(head) is not None or _describing_clause(head):
            return None  # "which has staged two protests": what a noun's clause says it has
            # done so far describes it, on no day; "has given the number of attackers as
            # about 35": the day it was given, not the day counted, nor another the text names
        return stamp_day(doc, ctx, fig.span[0]) or (ctx.article.published or "")[:10] or None
    if fig.category in rules["carried"] and (
        found := _carried(*before, head, int(rules["carry_sentences"]))
    ) and not _stamped_between(doc, ctx, found[1], head.idx):
        day, told_at = found
        if (newer := newer_day(doc, ctx, told_at, head.sent.start_char)) is not None:
            return newer  # "... a third was wounded. [They] caught up with the raiders on
            # Sunday afternoon. In the exchange of fire that followed, eight were neutralised"
        lead = story()  # a period carried ("over the weekend") holding the story's day: that day
        return lead if lead is not None and within(lead, day) else day
    if (day := paragraph_day(doc, ctx, head)) is not None:
        return day
    stamp = stamp_day(doc, ctx, fig.span[0])
    if stamp is not None and (stamp != (ctx.article.published or "")[:10]
                              or fig.category not in rules["carried"]):
        return stamp  # an entry's own news ("12:45 - ... reinforced its border with 1,200")
    # the harm of the story's event, told in a later entry stamped only with the hour
    return story() or stamp


def _stamped_between(doc: Doc, ctx: Context, lo: int, hi: int) -> bool:
    """True when a live entry's stamp stands between `lo` and `hi` ("08:15" above "About 150
    hooded men attacked ..."): a new entry tells its own news, and carries no day from the
    entry before it."""
    text = doc_text(doc)
    return any(lo <= t.span[0] < hi and is_stamp(text, t) for t in ctx.times)


def _harmed_as_is(fig: Figure, head: Token) -> bool:
    """True for people whose own words name their harm, told in the present as what they
    are ("The three dead are adults with criminal records", "the 14 injured are soldiers"):
    still the count of the harm, on its day (data/figures.toml [provenance] harm_as_is)."""
    verb = head.head
    return fig.category in lexicon()["provenance"]["harm_as_is"] and head.dep_ == "nsubj" \
        and verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and told_as_copula(head) \
        and any(c.dep_ == "attr" for c in kids_of(verb))  # not "are in hospital": a state


def _describing_clause(head: Token) -> bool:
    """True when the verb telling `head` opens a relative clause on a noun ("The association,
    which has staged two protests in front of the court, said ...")."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")


def _what_they_did(head: Token) -> Token | None:
    """The past verb of a relative clause on the noun a figure counts, whose subject is that
    noun ("the 41 detainees who took part"): the happening that makes them what is counted."""
    noun = head if head.pos_ in ("NOUN", "PROPN") else head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in kids_of(noun) if c.dep_ == "relcl" and c.tag_ == "VBD"
                 and any(k.dep_ == "nsubj" and k.tag_ in ("WP", "WDT") for k in kids_of(c))),
                None)


def _claimed_count(head: Token) -> bool:
    """True for a number that is itself what a telling verb in the present claims ("The
    organisers claim more than 20,000"), or a count a counting verb takes ("Our reporter
    counts at least four burning cars"): a count of what the story tells, whatever the tense
    of the claim."""
    reporting = lexicon()["clauses"]["reporting"]
    if head.pos_ == "NUM" and head.dep_ == "dobj" and head.head.lemma_.lower() in reporting:
        return True
    counting = lexicon()["provenance"]["counting"]  # "Our reporter counts at least four
    return head.dep_ == "dobj" and head.head.lemma_.lower() in counting  # burning cars"


def _later(head: Token) -> bool:
    """True when the verb telling `head` happened on a later day it does not name ("40 rifles,
    of which 31 were later recovered"): no day the story or its paragraph names is its."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    later = lexicon()["provenance"]["later"]
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in later
                                    for c in kids_of(verb))


def _headlines(text: str, figures: list[Figure], outlet: str | None) -> list[Figure]:
    """A heading's figure (a line that ends as no sentence does: the title, an item's or a
    section's head; or a highlight, a line an item's mark opens) restates the story's: it
    takes the day and source of the first later figure of the same value and kind (and the
    kind of that figure when its own only counts: "Eleven Maoists, two jawans killed" over
    "killed 11 suspected Maoists"), or the source a heading ends on ("...: ISPR")."""
    generic = lexicon()["counted"]["generic"]
    mark = lexicon()["provenance"]["headline_source"]
    out = []
    for fig in figures:
        start = text.rfind("\n", 0, fig.span[0]) + 1
        end = text.find("\n", fig.span[1])
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip()
        item = line.lstrip().startswith(tuple(lexicon()["provenance"]["item_marks"]))
        if not item and (end == len(text) or line[-1:] in SENTENCE_ENDS
                         or INNER_END.search(line)):
            out.append(fig)
            continue
        body = next((f for f in figures if f.span[0] > end and f.value == fig.value
                     and (_kindred(f.category, fig.category)
                          or (fig.category in generic and _noun(f) == _noun(fig)))), None)
        rest, sep, named = line.rpartition(mark)
        named = named.strip() if sep and 0 < len(named.split()) <= 4 else ""
        if body is not None:
            fig = replace(fig, date=body.date,
                          authority=body.authority,
                          via=body.via, category=body.category
                          if fig.category in generic else fig.category)
        elif named and fig.span[1] <= start + len(rest):
            fig = replace(fig, authority=named, via=outlet)
        out.append(fig)
    return out


def _kindred(one: str, other: str) -> bool:
    """True for one kind, or two a heading and its body tell of the same people by other
    verbs ("court remands seven" over "ordered seven men held": detained, arrested)."""
    return one == other or any(one in family and other in family
                               for family in lexicon()["provenance"]["kindred"])


INNER_END = re.compile(r"[^\W\d]{2,}[.!?]\s+[A-Z]")  # a line of sentences, cut short: no heading


def _noun(fig: Figure) -> str:
    """The last word of a figure's words, the noun it counts: "Maoists"."""
    return fig.text.rsplit(maxsplit=1)[-1].lower()


def _token(doc: Doc, fig: Figure) -> Token | None:
    span = words_over(doc, fig.span[0], fig.span[1])
    return span.root if span is not None else None


def _cited(ctx: Context, fig: Figure, head: Token | None,
           counted: list[tuple[int, int]]) -> str | None:
    """The speaker of the claim holding the figure, else the subject of a verb that gives
    it as a toll, else the speaker of a claim made in the same sentence."""
    if fig.attribution is not None:
        return _participle_teller(ctx, fig.attribution, head) \
            or nested_teller(ctx, fig.attribution, head) or _giver_within(ctx, fig, head) \
            or _cue_subject(ctx, fig.attribution, head) or _agent_of_source(ctx, fig, head) \
            or _named(ctx, fig.attribution) or _cue_noun(ctx, fig.attribution, head)
    if head is None:
        return None
    giver = _toll_giver(head) or _given_by(head) or _possessor(head) \
        or _pronoun_owner(ctx, head)
    if giver is not None:
        return giver
    decider = deciding_verb(head)
    if decider is not None and (named := _subject(decider)) is not None:
        return named  # "The court ordered the state to pay 1.5 million quetzales"
    if (source := _according_to(head)) is not None:
        return source
    sent = head.sent
    near = [i for i, a in enumerate(ctx.attributions) if a.cue is not None
            and not is_aim(a, head.doc)
            and not _decision(head.doc, a)  # what a decision decides is found above
            and sent.start_char <= a.cue.span[0] < sent.end_char
            and (a.content.span[1] <= a.cue.span[0] or fig.span[0] > a.cue.span[0])
            and not _outside_claim(doc_text(head.doc), a, fig, head)]
    # a cue tells what follows it, or a claim closed by it ("..., police said"); a figure
    # before a cue that tells only its object is not its ("as Moscow rejected responsibility")
    if near:
        first = ctx.attributions[near[0]].speaker
        if first.name and not _spoken_by_figure(first, counted):
            return _described(first, ctx.article.source)
        # "..., four of them seriously, Stoyanov said": the cue's own subject, else the
        # telling the parse puts the figure under
        if (subject := _cue_subject(ctx, near[0], head)) is not None or first.name is None:
            return subject
    reporting = lexicon()["clauses"]["reporting"]
    teller = next((t for t in head.ancestors if t.lemma_.lower() in reporting
                   and not harm_taken(t, head)), None)
    if teller is None and sent.end < len(sent.doc):  # ", police said." the parse cut off
        cut = sent.doc[sent.end].sent  # from the sentence it tells
        root = cut.root
        told = cut[0].is_punct and root.lemma_.lower() in reporting
        teller = root if told and not any(c.dep_ == "ccomp" for c in kids_of(root)) else None
    if teller is None:
        return _aside_teller(head) or _inverted_teller(head)
    return _subject(teller, head) or _described_giver(teller)  # "..., police said."


def _outside_claim(text: str, att: Attribution, fig: Figure, head: Token) -> bool:
    """True when a figure of the claim's sentence stands outside the claim's words: the claim
    closes on its cue before the figure and a telling after the figure tells it ("...,
    according to the prosecutor, and cost some two billion euros, the government estimated";
    not "..., police said, and 12 more were wounded", still the police's), or a semicolon
    parts the claim from the figure's clause ("Local councillors put their number at 1,600;
    we have registered 1,180")."""
    if att.cue is None:
        return False
    b = att.content.span[1]
    if b <= att.cue.span[0]:
        return fig.span[0] >= att.cue.span[1] and _told_after(head)
    return b <= fig.span[0] and ";" in text[b : fig.span[0]]


def _told_after(head: Token) -> bool:
    """True when a reporting verb after `head` tells the clause above it ("..., and cost some
    two billion euros, the government estimated")."""
    reporting = lexicon()["clauses"]["reporting"]
    return any(t.i > head.i and t.lemma_.lower() in reporting for t in head.ancestors)


def _spoken_by_figure(speaker: Speaker, counted: list[tuple[int, int]]) -> bool:
    """True when the speaker the attribution layer found holds a figure (a cut it made:
    "reported ..., citing residents ..., that about 300 people had taken part", "11 migrants
    were injured, four of them seriously, Stoyanov said"): the cue's subject or the telling
    the parse puts the figure under is surer ("Two witnesses said" is found again there)."""
    mention = speaker.mention
    return mention is not None and any(mention.span[0] < b and a < mention.span[1]
                                       for a, b in counted)


def _cue_noun(ctx: Context, index: int, head: Token | None) -> str | None:
    """The words of a cue that is a noun, for a claim no one is named to tell ("Rumours on
    social media last night that ten or more prisoners were on the run", "Reports that ..."):
    the claim is those rumours', as the text names them."""
    att = ctx.attributions[index]
    if head is None or att.cue is None or att.speaker.mention is not None:
        return None
    cue = words_over(head.doc, att.cue.span[0], att.cue.span[1])
    if cue is None or cue.root.pos_ != "NOUN":
        return None
    return _phrase(cue.root)


def _possessor(head: Token) -> str | None:
    """Whose a total noun says the figure is ("The union's figure of 190", "the ministry's
    toll of 40"): the noun that owns the total the figure is "of"."""
    totals = lexicon()["totals"]["nouns"]
    for t in head.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in totals:
            return _giving_clause(t)
    return None


def _giving_clause(total: Token) -> str | None:
    """Who a total noun says gave it: its owner ("the ministry's toll"), or the subject of a
    giving clause on it ("the toll the ministry released on Monday")."""
    owner = next((c for c in kids_of(total) if c.dep_ == "poss"
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is not None:
        return _phrase(owner)
    verbs = lexicon()["provenance"]["given_by"]
    clause = next((c for c in kids_of(total) if c.dep_ == "relcl"
                   and c.lemma_.lower() in verbs), None)
    return _subject(clause) if clause is not None else None


def _pronoun_owner(ctx: Context, head: Token) -> str | None:
    """The body a possessive pronoun on the figure's total noun stands for ("Its count of
    injured officers - 19"): the last speaker named before it of a kind the pronoun can
    stand for (data/figures.toml [provenance.pronouns])."""
    totals = lexicon()["totals"]["nouns"]
    total = None
    for t in [head, *head.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return None  # the total of another clause is not the figure's
        if t.pos_ == "NOUN" and t.lemma_.lower() in totals:
            total = t
            break
    if total is None:
        return None
    owner = next((c for c in kids_of(total) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or (kinds := lexicon()["provenance"]["pronouns"].get(owner.lower_)) is None:
        return None
    earlier = [a for a in ctx.attributions if a.speaker.mention is not None
               and a.speaker.mention.span[1] <= owner.idx and (a.speaker.type or "") in kinds]
    return _described(earlier[-1].speaker, ctx.article.source) if earlier else None


def _participle_teller(ctx: Context, index: int, head: Token | None) -> str | None:
    """The teller of the claim whose verb a participle cue hangs on ("..., the hospital's
    medical superintendent told our team, adding that 37 patients had been admitted"): the
    one who tells and adds is one speaker, whatever the participle's own claim was credited
    to."""
    cue = ctx.attributions[index].cue
    if head is None or cue is None:
        return None
    words = head.doc.char_span(cue.span[0], cue.span[1], alignment_mode="expand")
    verb = words.root if words is not None else None
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(verb)):
        return None
    reporting = lexicon()["clauses"]["reporting"]
    before = verb.doc[max(verb.sent.start, verb.i - _TELLER_REACH) : verb.i]
    teller = next((t for t in reversed(before) if t.lemma_.lower() in reporting), None)
    if teller is None or any(t.pos_ in ("VERB", "AUX") for t in before if t.i > teller.i):
        return None  # the parse may hang the participle on the claim, not on its teller
    told = next((a for a in ctx.attributions if a.cue is not None
                 and a.cue.span[0] <= teller.idx < a.cue.span[1] and a.speaker.name), None)
    return _described(told.speaker, ctx.article.source) if told is not None else None


_TELLER_REACH = 6  # words between a telling verb and the participle that adds to it


def _agent_of_source(ctx: Context, fig: Figure, head: Token | None) -> str | None:
    """Whom a source named as a thing gives the figure to ("according to a toll reported by
    local officials", "according to figures released by the ministry"): the "by" agent of a
    giving participle on the speaker's words."""
    speaker = ctx.attributions[fig.attribution].speaker if fig.attribution is not None else None
    if head is None or speaker is None or speaker.mention is None:
        return None
    words = words_over(head.doc, speaker.mention.span[0], speaker.mention.span[1])
    if words is None or words.root.pos_ != "NOUN":
        return None
    return _given_by(words.root)


def _cue_subject(ctx: Context, index: int, head: Token | None) -> str | None:
    """The noun subject of a claim's cue verb, where the speaker the claim was credited to is
    no name and not that subject ("11 migrants were injured, four of them seriously,
    Stoyanov said", credited to "four of them seriously"), or stands outside the sentence or
    is a transcript's turn label ("QUESTION: Local media reported ... that five workers
    ...")."""
    att = ctx.attributions[index]
    if head is None or att.cue is None or att.speaker.mention is None:
        return None
    cue = words_over(head.doc, att.cue.span[0], att.cue.span[1])
    if cue is None or cue.root.pos_ != "VERB":
        return None
    subject = next((c for c in reversed(list(kids_of(cue.root))) if c.dep_ == "nsubj"
                    and c.i < cue.root.i and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return None
    a, b = att.speaker.mention.span
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    sent = cue.root.sent
    label = att.speaker.mention.text.isupper()  # a transcript's turn: "QUESTION", "ANCHOR"
    outside = b <= sent.start_char or a >= sent.end_char or label
    if (a < hi and lo < b) or not (att.speaker.name is None or outside):
        return None
    return _phrase(subject)


def _giver_within(ctx: Context, fig: Figure, head: Token | None) -> str | None:
    """The subject of a verb that gives the figure as a toll or an estimate inside a claim's
    words, that verb not the claim's own cue ("..., the government says; rights groups put
    the number of those who died at over 300"): the giver's figure, whoever the claim is
    credited to; what a body counts or records is the claim's ("the department recorded 60
    attacks, the governor said")."""
    if head is None or fig.attribution is None:
        return None
    cue = ctx.attributions[fig.attribution].cue
    verb = _toll_verb(head)
    if verb is None or (cue is not None and cue.span[0] <= verb.idx < cue.span[1]) \
            or verb.lemma_.lower() not in lexicon()["provenance"]["toll_verbs"]:
        return None  # "the department recorded 60 attacks, the governor said": the claim's
    between = [t for t in head.ancestors if verb.is_ancestor(t)]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl" for t in between):
        return None  # a clause of its own, told beside the giving: "85,000 were detained"
    return _subject(verb)


def _decision(doc: Doc, att: Attribution) -> bool:
    """True for an attribution cued by a deciding verb ("The court ordered seven men held"):
    an order claims nothing; the figures it decides are its decider's (`deciding_verb`), the
    others in its words are told by whoever tells them."""
    cue = att.cue
    span = words_over(doc, cue.span[0], cue.span[1]) if cue else None
    deciding = lexicon()["provenance"]["deciding_verbs"]
    return span is not None and span.root.lemma_.lower() in deciding


def _according_to(head: Token) -> str | None:
    """The source an "according to" phrase hung on the figure's own verb credits: "At least
    eight people were killed, according to the government at the time, and ...", however
    the attribution layer cut the claim."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    first, second = cues().according_to
    for c in kids_of(verb) if verb is not None else ():
        if c.dep_ == "prep" and c.lower_ == first:
            to = next((t for t in kids_of(c) if t.lower_ == second), None)
            source = next((t for t in kids_of(to) if t.dep_ == "pobj"), None) \
                if to is not None else None
            if source is None or _unsigned_document(source):
                return None  # "..., according to a statement posted online": the clause's teller
            return _phrase(source)
    return None


@cache
def _documents() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of documents and the prepositions that name their issuer (speakers.toml)."""
    words = read_toml("speakers.toml")["documents"]
    return frozenset(words["nouns"]), frozenset(words["issuer_preps"])


def _unsigned_document(noun: Token) -> bool:
    """A document no one is named as issuing ("a statement posted on social media"), which
    tells nobody: the figure stays with whoever its clause says told it."""
    nouns, preps = _documents()
    if noun.lemma_.lower() not in nouns:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in preps)
                   or c.dep_ == "compound" for c in kids_of(noun))


def _aside_teller(head: Token) -> str | None:
    """The teller of a reporting verb the parse hung beside the figure's clause, its subject
    made an apposition of the noun before it: in "At least nine protesters were admitted to
    the hospital, a doctor there said" the doctor tells the count; in "Five men were
    arrested in a village north of Kumanovo, the Ministry of Internal Affairs announced" the
    parse hangs the ministry on the town and the telling on the arrest as a clause of its
    own."""
    reporting = lexicon()["clauses"]["reporting"]
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    verbs = [verb] if verb is not None else []
    while verbs and verbs[-1].dep_ == "conj" and verbs[-1].head.pos_ in ("VERB", "AUX"):
        verbs.append(verbs[-1].head)  # "... were injured, and 37 people were taken to ..."
    aside = next((c for v in verbs for c in v.children if c.dep_ in ("parataxis", "advcl", "conj")
                  and c.i > head.i and c.lemma_.lower() in reporting
                  and (c.dep_ == "parataxis" or _ends_clause(c) or _subjectless(c))), None)
    if aside is None:
        return None
    if (named := _subject(aside)) is not None:
        return named
    k = aside.i - 1
    while k > head.i + 1 and aside.doc[k].is_punct and _subjectless(aside):
        k -= 1  # "..., a prison spokesman, Tomas Brel, told": the comma may hang anywhere
    before = aside.doc[k]
    noun = before if before.pos_ in ("NOUN", "PROPN") else before.head
    while noun.dep_ == "appos" and noun.head.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head  # the name set beside the title: the title with it
    while noun.dep_ in ("pobj", "prep", "compound") and noun.head.i < noun.i \
            and noun.head.i > head.i:
        noun = noun.head  # "the Ministry of Internal Affairs": from "Affairs" to "Ministry"
    if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "PROPN") and noun.i < aside.i \
            and not any(c.dep_ == "nsubj" for c in aside.children):
        return _phrase(noun)
    return None


def _inverted_teller(head: Token) -> str | None:
    """The subject of a reporting verb the parse hung below the clause it tells, before it:
    in "The site Isla Viva reported on Saturday, citing residents, that about 300 people had
    taken part" the parse makes "reported" a clause of "taken", whose "that" still says it is
    the told one."""
    reporting = lexicon()["clauses"]["reporting"]
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    verbs = [verb] if verb is not None else []
    while verbs and verbs[-1].dep_ == "conj" and verbs[-1].head.pos_ in ("VERB", "AUX"):
        verbs.append(verbs[-1].head)  # "... and that at least 30 had been detained"
    for told in verbs:
        mark = next((c for c in kids_of(told) if c.dep_ == "mark" and c.lower_ == "that"), None)
        teller = next((c for c in kids_of(told) if c.dep_ == "advcl" and c.i < head.i
                       and c.lemma_.lower() in reporting), None)
        if mark is not None and teller is not None and teller.i < mark.i:
            return _subject(teller)
    return None


def _subjectless(verb: Token) -> bool:
    """True for a reporting verb the parse joined to the clause it tells with no subject of
    its own, its teller hung as an apposition on the noun before it ("37 people were taken
    to police stations, a police spokeswoman, Ardita Hoxha, told our reporter")."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "cc")
                                           for c in kids_of(verb))


def _ends_clause(verb: Token) -> bool:
    """True for a verb with nothing of its own after it but the sentence's end: "...,
    the ministry announced." (not "..., announced a curfew")."""
    return verb.right_edge.i == verb.i or all(t.is_punct for t in verb.doc[verb.i + 1 :
                                                                          verb.right_edge.i + 1])


def is_aim(att: Attribution, doc: Doc | None = None) -> bool:
    """True for an attribution whose content is an aim, not a claim ("Partners agreed to truck
    water ... 170 km by road"), or, given the `doc`, a stance taken on a thing: a figure in
    it is not the party's account."""
    first = att.content.text.split(maxsplit=1)
    aim = bool(first) and first[0].lower() in lexicon()["provenance"]["aims"]
    return aim or (doc is not None and _stance_on_thing(doc, att))


def _stance_on_thing(doc: Doc, att: Attribution) -> bool:
    """True when the content is a thing, not a told clause, and its cue is no verb that tells
    or counts ("The farmers demand the return of some 320 acres", "The communities oppose
    mining on the salt flats, some 40 km west of ..."; not "the ministry reported 12
    deaths"): the outlet describes the thing, and its figures are the outlet's."""
    if att.cue is None:
        return False
    cue = words_over(doc, *att.cue.span)
    content = words_over(doc, *att.content.span)
    if cue is None or content is None or cue.root.pos_ != "VERB":
        return False
    root = content.root
    told = root.pos_ in ("VERB", "AUX") and root.tag_ != "VBG"  # "oppose mining" is a thing
    if told or root.head != cue.root or root.dep_ != "dobj":
        return False
    return cue.root.lemma_.lower() not in _accounts()


@cache
def _accounts() -> frozenset[str]:
    """Verbs that tell or count: a thing they take is an account, not a stance."""
    rules = lexicon()["provenance"]
    return frozenset({*lexicon()["clauses"]["reporting"], *rules["count_verbs"],
                      *rules["given_by"], *rules["counting"], *rules["toll_verbs"],
                      *rules["describing"]})


def nested_teller(ctx: Context, index: int, head: Token | None) -> str | None:
    """The named subject of a reporting verb above the figure inside the claim's content: a
    claim the speaker relays ("ANCHOR: ... where the army says it has killed four
    smugglers"; "the minister said police had told him that 12 ...") is its teller's."""
    if head is None:
        return None
    a, b = ctx.attributions[index].content.span
    reporting = lexicon()["clauses"]["reporting"]
    teller = next((t for t in head.ancestors if t.pos_ == "VERB"
                   and t.lemma_.lower() in reporting and a <= t.idx < b
                   and not harm_taken(t, head)), None)
    if teller is None:
        return None
    if (named := _subject(teller)) is not None or not _pronoun_subject(teller):
        return named
    # "He said about 4,000 head were driven away" after "The governor told me that ...": the
    # pronoun is the teller named before it in the same claim
    before = [t for t in teller.doc[: teller.i] if t.idx >= a and t.pos_ == "VERB"
              and t.lemma_.lower() in reporting]
    return next((found for t in reversed(before) if (found := _subject(t)) is not None), None)


def harm_taken(verb: Token, head: Token) -> bool:
    """True when `verb` takes the harm `head` counts as its object, and tells nothing: "the
    bombing claimed 19 lives", "took the lives of eight soldiers" ([phrases])."""
    obj = next((t for t in [head, *head.ancestors] if t.head == verb), None)
    if obj is None or obj.dep_ != "dobj":
        return False
    found = lexicon()["phrases"].get(f"{verb.lemma_.lower()} {obj.lemma_.lower()}")
    return found in lexicon()["harm"]["categories"]


def _pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids_of(verb))


def _relay(ctx: Context, fig: Figure, authority: str | None) -> str | None:
    """Who passed the authority's figure on, where its claim names one ("According to the
    state news agency Khovar, the Border Troops said ..."): else the outlet."""
    if fig.attribution is None:
        return None
    labels = lexicon()["provenance"]["section_labels"]  # "Background: In January 2024, ..."
    documents = _documents()[0]  # "according to a statement posted online": no relay named
    return next((v for v in ctx.attributions[fig.attribution].via if v != authority
                 and (authority or "").lower() not in v.lower()
                 and v.lower() not in labels and v.lower() not in documents), None)


def _named(ctx: Context, index: int) -> str | None:
    """The speaker of an attribution; for a pronoun ("It said"), the last speaker named
    before it that a pronoun of its kind can stand for."""
    outlet = ctx.article.source
    speaker = ctx.attributions[index].speaker
    word = speaker.mention.text.lower() if speaker.mention is not None else ""
    kinds = lexicon()["provenance"]["pronouns"].get(word)
    if (found := _described(speaker, outlet)) or kinds is None:
        return found  # "one of the sources said": no name, but its words
    for earlier in reversed(ctx.attributions[:index]):
        if (earlier.speaker.type or "") in kinds and (found := _described(earlier.speaker,
                                                                          outlet)):
            return found
    return None


def _described(speaker: Speaker, outlet: str | None) -> str | None:
    """A speaker's name, else the words that describe one the layer could not name ("one of
    the sources"); None for a pronoun. The outlet is not the authority it cites: a
    description ("the government said") the layer named as the outlet keeps its words."""
    words = speaker.mention.text.strip() if speaker.mention is not None else ""
    name = str(speaker.name) if speaker.name else None
    if name and not (outlet and name.lower() == outlet.lower()
                     and words and outlet.lower() not in words.lower()) \
            and not _another_body(words, name):
        return name
    if not words or words.lower() in lexicon()["provenance"]["pronouns"]:
        return None
    return words


def _another_body(words: str, name: str) -> bool:
    """True when a speaker described only as an institution ("the government", "the
    movement") was named as an actor whose name holds no such word ("the United Nations
    refugee agency"): the description is surer than a link the layer guessed."""
    said = words.lower().split()
    bodies = lexicon()["actors"]["described"]
    return len(said) == 2 and said[0] == "the" and said[1] in bodies \
        and said[1] not in name.lower()


def _giving_dated(doc: Doc, ctx: Context, head: Token) -> bool:
    """True when a verb gives the figure as a toll and a time of the sentence stands in that
    giving's own words ("On Tuesday the ministry put the toll at 40": the day it was given,
    not the day counted); a day that reaches the figure from outside a giving clause on a
    noun is the noun's ("Monday's march, which the organisers put at 3,000 people")."""
    verb = _toll_verb(head)
    if verb is None or _toll_giver(head) is None:
        return False  # "One was released yesterday": no one gives it, the day is the release's
    if verb.dep_ not in ("relcl", "acl"):
        return True
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return any(lo <= t.span[0] < hi for t in ctx.times)


def _toll_giver(head: Token) -> str | None:
    """The subject of a verb that gives a count: one that counts ("recorded 60 attacks") or
    one that gives a toll noun ("put the death toll at 40", not "set fire to 120 houses"), or
    puts anything at the number ("Police put the crowd at about 4,000")."""
    verb = _toll_verb(head)
    if verb is None:
        return None
    return _subject(verb) or _described_giver(verb)


def _described_giver(verb: Token) -> str | None:
    """The noun a giving clause opened by a relative pronoun describes ("The commissioner,
    who estimated the attackers at over 300, said ..."): its giver; not a time ("on
    Saturday, which ...") nor a happening ("the bombing, which claimed 19 lives")."""
    subject = next((c for c in kids_of(verb) if c.dep_ == "nsubj"), None)
    noun = verb.head
    if subject is None or subject.tag_ not in RELATIVE or verb.dep_ != "relcl" \
            or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME") \
            or event_noun(noun):
        return None  # "the bombing, which claimed 19 lives": no one tells
    return _phrase(noun)


def _toll_verb(head: Token) -> Token | None:
    """The verb above `head` that gives it as a count or a toll (`_toll_giver`)."""
    rules = lexicon()["provenance"]
    totals = lexicon()["totals"]["nouns"]
    path: list[Token] = []
    for tok in head.ancestors:
        lemma = tok.lemma_.lower()
        gives = lemma in rules["count_verbs"] or (
            lemma in rules["toll_verbs"]
            and (any(t.lemma_.lower() in totals for t in [*path, *kids_of(tok)])
                 or (bool(path) and path[-1].lower_ in rules["estimate_at"]))
        )
        if tok.pos_ == "VERB" and gives:
            return tok
        path.append(tok)
    return None


_DASHES = {"-", "–", "—"}


def _given_by(head: Token) -> str | None:
    """Whom a participle hung from the count, or from the noun it counts for, gives it to
    ("the toll of 12 announced by the army"); None for a verb's own agent ("killed by the
    army": no one's figure)."""
    verbs = lexicon()["provenance"]["given_by"]
    for noun in (head, *head.ancestors):
        if noun.pos_ in ("VERB", "AUX"):
            return None
        for acl in (c for c in kids_of(noun) if c.dep_ == "acl" and c.lemma_.lower() in verbs):
            agent = next((c for c in kids_of(acl) if c.dep_ == "agent"), None)
            obj = next((c for c in kids_of(agent) if c.dep_ == "pobj"), None) if agent else None
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return _phrase(obj)
    return None


def _subject(verb: Token, told: Token | None = None) -> str | None:
    """The words of a verb's subject, without its article: "the state police command"; not
    a subject holding the `told` figure ("GAZA CITY, July 8 (Reuters) - Israeli air strikes
    killed at least 31 ..., officials said", a dateline the parse made the verb's subject)."""
    subject = next((c for c in kids_of(verb) if c.dep_ == "nsubj" and (
        told is None or not c.left_edge.i <= told.i <= c.right_edge.i)), None)
    if subject is None:
        return None
    if subject.pos_ not in ("NOUN", "PROPN") and not _part_of_named(subject):
        return None
    return _phrase(subject)


RELATIVE = ("WP", "WDT")  # the tags of a relative pronoun: "who", "which", "that"


def _part_of_named(word: Token) -> bool:
    """True for a word that names some "of" a group ("Some of them counted more than 20
    shots", "one of the witnesses"): they are who tells, by those words."""
    return word.pos_ in ("DET", "PRON", "NUM") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in kids_of(word))


def _phrase(noun: Token) -> str | None:
    """A noun's words without its article nor a clause on it: "the state police command"."""
    aside = {t.i for c in kids_of(noun) if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in aside]
    # a live blog's heading stamp ("17.45 GMT - Emergency service puts toll at 25") or a
    # dateline before a spaced dash is no part of the name
    cut = max((k for k, t in enumerate(words) if t.text in _DASHES and t.whitespace_), default=-1)
    words = words[cut + 1:]
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]  # "The governor, Amadou Sow, told": "governor, Amadou Sow"
    if not words:
        return None
    return noun.doc.text[words[0].idx : words[-1].idx + len(words[-1])]


def _carried_source(doc: Doc, before: tuple[list[int], list[Figure]], head: Token) -> str | None:
    """The authority of the harm the sentence before told, in the same paragraph ("Of the 14
    killed, nine were patients, the committee said. Seven others were injured"): a toll's next
    sentence, told with no source of its own, goes on with the same source's account."""
    starts, figures = before
    text = doc_text(doc)
    here = bisect_right(starts, head.idx)
    carried = lexicon()["provenance"]["carried"]
    for fig in reversed(figures):
        if fig.category not in carried:
            continue
        near = here - bisect_right(starts, fig.span[0]) == 1
        same = "\n" not in text[fig.span[1] : head.idx]
        return fig.authority if near and same and fig.via is not None else None
    return None


def _own_time(ctx: Context, head: Token) -> bool:
    """True when the sentence of `head` opens on a time of its own ("In January, gunmen killed
    four civilians"): a story of its own, which carries no source from the one before."""
    sent = head.sent
    opening = sent[min(2, len(sent) - 1)].idx  # "In 2019, ...", "Last March, ..."
    return any(sent.start_char <= t.span[0] <= opening for t in ctx.times)


def _told_before(doc: Doc, ctx: Context, starts: list[int], head: Token) -> str | None:
    """The teller of the sentence right before, in the same paragraph, when it closes on its
    cue ("The fisherman died of his burns on Tuesday, the inspector said. Three others remain
    in hospital"): harm told next with no source of its own goes on with that account."""
    here = bisect_right(starts, head.idx)
    if here < 2:
        return None
    lo, hi = starts[here - 2], starts[here - 1]
    if "\n" in doc_text(doc)[lo : head.idx]:
        return None
    told = [a for a in ctx.attributions if a.cue is not None and lo <= a.cue.span[0] < hi
            and a.content.span[1] <= a.cue.span[0] and a.speaker.name]
    return _described(told[-1].speaker, ctx.article.source) if told else None


def _carried(starts: list[int], before: list[Figure], head: Token,
             reach: int) -> tuple[str, int] | None:
    """The day of the nearest earlier dated figure of harm within `reach` sentences
    (`starts`: where each sentence begins), and where that figure ends: one that only counts
    people ("enough for 10,000 people") tells no harm whose day to carry."""
    here = bisect_right(starts, head.idx)
    carried = lexicon()["provenance"]["carried"]
    generic = lexicon()["counted"]["generic"]
    for fig in reversed(before):
        if fig.date is None or fig.category not in carried or fig.category in generic:
            continue
        near = 0 <= here - bisect_right(starts, fig.span[0]) <= reach
        return (fig.date, fig.span[1]) if near and not _describes_event(head.doc, fig) else None
    return None


def _describes_event(doc: Doc, fig: Figure) -> bool:
    """True for harm told in a clause that describes a noun ("had planned the bombing of a
    bus terminal last month, which wounded nine people"): an event told in passing, whose day
    the next sentences do not carry on about."""
    token = _token(doc, fig)
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None) \
        if token is not None else None
    return verb is not None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN"
