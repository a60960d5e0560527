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
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.events.types import lexicon as events_lexicon
from wiredesk.extract.events.types import triggers
from wiredesk.extract.numbers._parse import lexicon
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import datelines, in_dateline
from wiredesk.nlp.index import kids_of, sentences, tokens_among, words_over
from wiredesk.records import TimeExpr

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # the day of a time: "2026-04-05TNI" counts 2026-04-05
PAST = ("VBD", "VBN")
SENTENCE_ENDS = ".!?\"'\u201d\u2019"  # how a sentence ends, and a heading or a dateline does not
PRESENT = ("VBP", "VBZ", "TO")


def _verbs_up(token: Token) -> list[Token]:
    """The verbs above `token` up to (not through) a reporting verb."""
    return [t for t in _path_up(token) if t.pos_ in ("VERB", "AUX")]


def _path_up(token: Token) -> list[Token]:
    """`token` and the words above it up to (not through) a reporting verb. A count the
    parse hangs on the reporting verb itself is the subject of the subjectless clause after
    it ("said at least 23 civilians, among them nine children, were killed")."""
    out: list[Token] = []
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lexicon()["clauses"]["reporting"]:
            told = None if t.i == token.i or any(v.pos_ in ("VERB", "AUX") for v in out) \
                else subjectless_clause(t, token)
            return [*out, told] if told is not None else out
        out.append(t)
        if _semicolon_above(t):
            return out  # "27 prisoners escaped; by this morning 19 had been caught": a
            # clause of its own, whatever the parse hangs it on
    return out


def _semicolon_above(verb: Token) -> bool:
    """True when a semicolon stands between a verb and the word the parse hangs it on."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head is verb:
        return False
    lo, hi = sorted((verb.i, verb.head.i))
    inner = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(verb.doc[i].text == ";" and i not in inner for i in range(lo + 1, hi))


def subjectless_clause(verb: Token, token: Token) -> Token | None:
    """The clause a reporting verb tells after `token` that lacks a subject of its own: in
    "said at least 23 civilians, among them nine children, were killed" the parser made the
    subject of "were killed" the object of "said"."""
    if verb.lemma_.lower() not in lexicon()["clauses"]["reporting"]:
        return None
    return next(
        (c for c in kids_of(verb)
         if c.dep_ == "ccomp" and c.i > token.i
         and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in kids_of(c))),
        None,
    )


def _value(t: TimeExpr) -> str | None:
    """A date's value, a time's day; None for durations, sets and times of no known day."""
    day = DAY.match(t.value or "") if t.type in ("date", "time") else None
    if day:
        return day.group()
    known = t.type == "date" and t.value and str(t.value)[:1].isdigit() and "X" not in t.value
    return str(t.value) if known else None  # not "PRESENT_REF": a time, but no date; nor
    # "2026-WXX" ("the week's violence"), a period the text does not place


def clause_day(doc: Doc, ctx: Context, head: Token, named: bool = False) -> str | None:
    """The value of a time expression in the clause of `head`, the one whose words meet the
    figure's lowest in the parse first ("for the killing of 31 civilians in September 2020",
    not the verdict's "on Thursday"), then the finer value; not one that bounds a span
    ("since April 2023", "until the end of August": a running count is not that day's), one
    of a clause describing a noun ("the conflict, which began in 2017, has killed ..."), nor
    a paragraph's stamp ("12:05"); when `named`, not a time whose day the times layer took
    from its context ("around 2 a.m.")."""
    path = reach = _path_up(head)
    mine = [t for t in path if t.pos_ in ("VERB", "AUX")]
    if not mine:
        return None
    if (twin := _parallel(mine[0]) or _stranded(mine[0])) is not None:
        path = [*path[: path.index(mine[0]) + 1], *_path_up(twin)]
        mine = [t for t in path if t.pos_ in ("VERB", "AUX")]
    sent = head.sent
    text = doc_text(doc)
    if (day := _relative_when(ctx, text, mine[0])) is not None:
        return day
    if (day := _event_described(doc, ctx, mine[0])) is not None:
        return day
    best: tuple[tuple[int, int, bool, int, int], str] | None = None
    for t in ctx.times:
        if not (sent.start_char <= t.span[0] < sent.end_char) or (value := _value(t)) is None:
            continue
        span = words_over(doc, t.span[0], t.span[1])
        if span is None or is_stamp(text, t) or to_now(t) or in_dateline(text, t.span[0]):
            continue  # a dateline's day is the telling's, not the figure's
        if _contextual_clock(t, ctx.article.published) or (named and _day_from_context(t)) \
                or _earlier_clock(t, span.root):
            continue  # "at around 2 p.m. local time": the hour of a day named elsewhere
        theirs = [span.root, *span.root.ancestors]
        meet = next((i for i, tok in enumerate(path) if tok in theirs), None)
        if meet is None or _described(below := theirs[: theirs.index(path[meet])]):
            continue
        if _to_come(below) and not _to_come(path[:meet]):
            continue  # "two men died in the raid and ... autopsies would be carried out this
            # week": the autopsies' week, not the deaths'
        if _told_below(below):
            continue  # "The site reported on Saturday, citing residents, that about 300 people
            # had taken part": the parse hangs the telling below the told; its day is the telling's
        if any(tok.like_num for tok in below[1:]):
            continue  # "recorded 42 murders ..., compared with 55 at this time last year":
            # a time hung on another number tells that number's count
        verb = next((v for v in path[meet:] if v in mine), None)
        if verb is None and _verbless_root(path[meet:]):
            verb = mine[-1]  # "Background: In January 2024, protests ... left one person dead"
        if verb is None or _bounds_span(span.root, verb, head):
            continue
        # the lowest meeting; then the time told by the verb it meets on, not by a verb below
        # it ("were deployed on Monday after rioting over the weekend": the rioting's time);
        # then, of two times on one verb, the one after an event noun the figure is counted
        # by ("sentenced ... on Wednesday for the killing of 31 villagers ..., in March 1982":
        # the parse hangs both on "sentenced"); then the finer value
        if any(_restates_total(tok) for tok in path[1:meet]):
            continue  # "crossed over the weekend, bringing the number of refugees to 110,000":
            # the weekend's crossing, not the running total's day
        nominal = next((tok for tok in path[:meet] if _violent(tok)), None)
        after = nominal is not None and t.span[0] > nominal.idx
        if nominal is not None and nominal.pos_ == "NOUN" and not after \
                and any(tok.dep_ == "prep" for tok in path[: path.index(nominal)]) \
                and not _violent(path[meet]) and path[meet].pos_ == "VERB":
            continue  # "summoned the ambassador on Tuesday to protest against the killing
            # of seven herders": Tuesday's is the summoning, not the killing
        own = sum(tok.pos_ in ("VERB", "AUX") for tok in below)
        rank = (meet, own, not after, -fineness(value), t.span[0])
        if best is None or rank < best[0]:
            best = (rank, _shifted(ctx, reach, span.root, value))
    return best[1] if best else None




def _shifted(ctx: Context, path: list[Token], word: Token, value: str) -> str:
    """The day `value` moved by the span the figure's clause is told at from the clause it
    hangs on ("deployed on Wednesday night, two days after gunmen shot dead two men": the
    Monday before; "a week after 30 people were killed"), or `value` when the time `word`
    stands inside that clause itself or the figure's clause is no such one."""
    shifts = events_lexicon()["dates"]["offsets"]  # "after" -1, "before" 1
    for t in ctx.times:
        span = t.days()
        marker = words_over(word.doc, t.span[0], t.span[1]) if span is not None else None
        last = marker[-1] if marker is not None else None
        if span is None or last is None or last.lower_ not in shifts:
            continue
        clause = last.head if last.dep_ == "mark" else last
        if clause not in path or clause in (word, *word.ancestors) or not DAY.fullmatch(value):
            continue
        days = span * shifts[last.lower_]
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


def _to_come(tokens: list[Token]) -> bool:
    """True when a verb among `tokens` is told with a future auxiliary ("would be carried
    out", "will be held")."""
    future = lexicon()["clauses"]["future_aux"]
    return any(kid.dep_ == "aux" and kid.lower_ in future
               for tok in tokens if tok.pos_ in ("VERB", "AUX") for kid in tok.children)


def _told_below(below: list[Token]) -> bool:
    """True when a time reaches the figure's words through a reporting verb: the day it was
    told on, not the day of what it tells."""
    reporting = lexicon()["clauses"]["reporting"]
    verb = next((t for t in below if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in reporting \
        and below[0].i > verb.i and own_subject(verb)


def _parallel(verb: Token) -> Token | None:
    """The passive a coordinated passive `verb` is parallel to, when the parse hung it on an
    earlier verb instead: in "arrested 12 people over an attack in which one ranger was
    killed and two others were wounded" the wounding is coordinated with the killing, and
    tells its day, not with the arrest."""
    if verb.dep_ != "conj" or not _passive(verb):
        return None
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or cc.i != verb.left_edge.i - 1:
        return None
    twin = next((t for t in reversed(verb.doc[verb.head.i + 1 : cc.i]) if t.pos_ == "VERB"),
                None)
    if twin is None or twin.tag_ != verb.tag_ or not _passive(twin) or twin.dep_ == "conj":
        return None
    return twin if twin in verb.head.subtree else None


def _stranded(verb: Token) -> Token | None:
    """The verb a coordinated verb with no subject of its own goes with, when the parse hung
    it on a noun instead: in "A reminder that ..., in May 2024, the unrest left 14 people
    dead, ..., and cost some two billion euros" the cost is the unrest's, told as "left" is:
    the nearest earlier verb of the same tense with a subject."""
    if verb.dep_ != "conj" or verb.head.pos_ in ("VERB", "AUX") or own_subject(verb):
        return None
    return next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if t.pos_ == "VERB"
                 and t.tag_ == verb.tag_ and own_subject(t)), None)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in kids_of(verb))


def _restates_total(verb: Token) -> bool:
    """True for a verb that brings a total noun to the figure ("bringing the number of
    refugees to nearly 110,000", "taking the toll to 40"): the figure is a running total."""
    totals = lexicon()["totals"]["nouns"]
    return verb.pos_ == "VERB" and verb.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in totals for c in verb.children)


def fineness(value: str) -> int:
    """How finely a value names its time: a day's part, a day, a week or its weekend, a
    month, a year ("2026-W12-WE" is coarser than "2026-03-23", though longer)."""
    if DAY.match(value):
        return 5 if len(value) > 10 else 4
    if WEEK.match(value):
        return 3
    return 2 if len(value) >= 7 else 1


def _verbless_root(above: list[Token]) -> bool:
    """True when the words a time meets the figure's at reach the sentence's root with no verb
    between: the parse made a noun the root ("Background: In January 2024, protests ... left
    at least one person dead"), and the figure's verb is the only clause the time can tell."""
    return bool(above) and above[-1].dep_ == "ROOT" \
        and not any(t.pos_ in ("VERB", "AUX") for t in above)


def told_on(doc: Doc, ctx: Context, head: Token) -> str | None:
    """The date of the telling above `head` when its words name one ("Last year, it said more
    than 90 million pills were seized"): no later day than that is counted."""
    teller = next((t for t in head.ancestors if t.pos_ == "VERB"
                   and t.lemma_.lower() in lexicon()["clauses"]["reporting"]), None)
    if teller is None:
        return None
    for t in ctx.times:
        span = words_over(doc, t.span[0], t.span[1])
        if span is None or not (teller.sent.start <= span.start < teller.sent.end):
            continue
        above = [span.root.head, span.root.head.head]
        if teller in above and (value := _value(t)) is not None:
            return value
    return None


def earlier_period(told: str, day: str) -> bool:
    """True when the period `told` ("2025") ends before `day` ("2026-01-18") begins."""
    return told < day[: len(told)]


def within(day: str, period: str) -> bool:
    """True when `day` ("2026-06-27") lies inside a longer `period`: a year, a month, an ISO
    week or its weekend ("2026", "2026-06", "2026-W26", "2026-W26-WE")."""
    if day == period or not DAY.fullmatch(day):
        return False
    if (week := WEEK.fullmatch(period)) is not None:
        year, number, _ = date.fromisoformat(day).isocalendar()
        weekday = date.fromisoformat(day).isoweekday()
        return (year, number) == (int(week[1]), int(week[2])) and (not week[3] or weekday > 5)
    return len(period) in (4, 7) and day.startswith(period)


WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def first_day(value: str) -> str | None:
    """The first day of a date's value ("2026-05-21"), of an ISO week or its weekend, a month
    or a year; None for what names no such period ("PRESENT_REF", a season)."""
    if DAY.match(value):
        return value[:10]
    if (week := WEEK.fullmatch(value)) is not None:
        try:
            day = date.fromisocalendar(int(week[1]), int(week[2]), 6 if week[3] else 1)
            return day.isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value}-01"
    return f"{value}-01-01" if re.fullmatch(r"\d{4}", value) else None


def _relative_when(ctx: Context, text: str, verb: Token) -> str | None:
    """The day of the time right before a clause opened by a relative "when": "since the
    clash on Wednesday, when two smugglers were killed" (the parse may hang the clause on
    the main verb, but the words say which time it tells)."""
    opener = next((c for c in kids_of(verb) if c.dep_ == "advmod"
                   and c.lower_ in lexicon()["provenance"]["relative_when"] and c.i < verb.i),
                  None)
    if opener is None:
        return None
    before = text[: opener.idx].rstrip(" ,\u2014-")
    time = next((t for t in ctx.times if t.span[1] == len(before)), None)
    return _value(time) if time is not None else None


def _event_described(doc: Doc, ctx: Context, verb: Token) -> str | None:
    """The day of the event a relative clause opened by a preposition describes:
    in "over a riot outside the station at the weekend, in which 16 officers were injured"
    (or "an attack ... last week in which one ranger was killed") the clause tells the
    riot's day, the time between the event's noun and the clause, wherever the parse hangs
    the clause."""
    opener = next((c for c in kids_of(verb) if c.dep_ == "prep" and c.i < verb.i
                   and any(o.dep_ == "pobj" and o.tag_ == "WDT" for o in kids_of(c))), None)
    if opener is None:
        return None
    sent = verb.sent
    event = next((t for t in reversed(doc[sent.start : opener.i])
                  if t.pos_ == "NOUN" and event_noun(t)), None)
    if event is None or any(t.pos_ == "VERB" for t in doc[event.i : opener.i]):
        return None
    inside = [t for t in ctx.times if event.idx < t.span[0] and t.span[1] <= opener.idx
              and _value(t) is not None and not to_now(t)]
    return _value(inside[-1]) if inside else None


def event_noun(word: Token) -> bool:
    """True for a noun of a happening: any event type's trigger ("riot", "protest"), the
    event nouns and the blasts of data/figures.toml."""
    lemma = word.lemma_.lower()
    return lemma in triggers()[1] or lemma in lexicon()["provenance"]["event_nouns"] \
        or _violent_noun(word)


def to_now(t: TimeExpr) -> bool:
    """True for a period longer than a day that runs up to the telling: "the past week", "the
    last two months" (but "the past day", "the last 24 hours" count a day)."""
    words = t.text.lower()
    if not any(words.startswith(f"{w} ") for w in lexicon()["provenance"]["periods_to_now"]):
        return False
    return not (DAY.match(t.value or "") or DAY_OR_LESS.fullmatch(t.value or ""))


DAY_OR_LESS = re.compile(r"P1D|PT\d+[HM]")


def _described(below: list[Token]) -> bool:
    """True when a time's words reach the figure's through a clause that describes a noun
    ("which began in 2017", "set up in 2015") or a clause of its own coordinated with the
    figure's ("Four were killed and one escaped and reached our post on Tuesday"): that
    clause tells its own event."""
    return any(
        t.pos_ in ("VERB", "AUX")
        and (t.dep_ in ("relcl", "acl") or (t.dep_ == "conj" and own_subject(t)
                                             and not _shared_when(below[:i])))
        for i, t in enumerate(below)
    )


def _shared_when(below: list[Token]) -> bool:
    """True when a time reaches a coordinated clause through an adverbial clause the parse
    hung on it alone ("Nine were killed and 14 others injured when a car bomb exploded ... on
    Monday"): the happening both clauses tell, on its day."""
    return any(t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") for t in below)


def own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(verb))


def _contextual_clock(t: TimeExpr, published: str | None) -> bool:
    """True for a bare clock time the times layer put on the publication day for want of a
    day in its sentence ("at around 2 p.m. local time"): it names no day of its own, and the
    figure's is the one the story names."""
    how = tuple(lexicon()["provenance"]["clock_in_context"])
    return (
        t.type == "time"
        and t.explanation.startswith(how)
        and t.anchor is not None
        and t.anchor[:10] == (published or "")[:10] == (t.value or "")[:10]
    )


def _earlier_clock(t: TimeExpr, word: Token) -> bool:
    """True for a bare clock time the times layer put on the day of its context, told in the
    past perfect ("told the court that a group had come by boat at about 11.30 p.m."): an
    hour before the day the telling is about, whose day the context does not give."""
    how = tuple(lexicon()["provenance"]["clock_in_context"])
    if t.type != "time" or not t.explanation.startswith(how):
        return False
    verb = next((v for v in word.ancestors if v.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and not _had(verb) \
            and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "had come by boat ... at about 11.30 p.m. and set fire to huts"
    return verb is not None and _had(verb)


def _had(verb: Token) -> bool:
    """True for a verb told in the past perfect ("had come", "had been torched")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                      and c.tag_ == "VBD" for c in kids_of(verb))


def is_stamp(text: str, t: TimeExpr) -> bool:
    """True for a time that heads its paragraph as a stamp: alone on its line ("07:10") or
    before a dash ("10:40 EST - ...")."""
    start = text.rfind("\n", 0, t.span[0]) + 1
    if text[start : t.span[0]].strip():
        return False
    rest = text[t.span[1] : t.span[1] + 3].lstrip(" \t")
    return not rest or rest[0] in STAMP_ENDS


STAMP_ENDS = "\n-\u2013\u2014"


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
        opens = [c for c in [t, *kids_of(t)] if c.lower_ in bounds and c.dep_ in ("mark", "prep")]
        if any(c.i not in mine for c in opens):
            return True
    return False


def another_event(head: Token) -> bool:
    """True when the clause of `head` tells an event its words set apart from the story's
    ("a previous attack on the base killed 12", "in a similar raid, 30 were detained"): the
    story's day is not its day."""
    rules = lexicon()["provenance"]
    events, others = rules["event_nouns"], rules["other_events"]
    for verb in _verbs_up(head):
        nouns = [c for c in kids_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        nouns += [o for p in kids_of(verb) if p.dep_ == "prep" for o in kids_of(p)
                  if o.dep_ == "pobj"]
        if any(n.lemma_.lower() in events and any(m.lower_ in others for m in n.lefts)
               for n in nouns):
            return True
    return False


def counted_by_event(head: Token) -> bool:
    """True when the words above `head`, before any verb, hold a violent event's noun it is
    counted by: "the killing of seven herders", "an attack on 12 villages"."""
    through = False  # the counted noun itself is no event counting it ("85 attacks")
    for t in head.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if through and t.pos_ == "NOUN" and _violent(t):
            return True
        through = through or t.dep_ == "prep"
    return False


def taken(category: str, head: Token) -> bool:
    """True for a measure a happening took ("about 2 kg of mercury were seized"): a count of
    that happening, dated as its other counts are, not a size that names no day."""
    rules = lexicon()["provenance"]
    verb = _telling(head)
    return category in rules["taken_measures"] and verb is not None \
        and triggers()[0].get(verb.lemma_.lower()) in rules["taken_events"]


def deciding_verb(head: Token) -> Token | None:
    """The verb above `head` that decides what it counts: "ordered the state to pay 1.5
    million quetzales", "awarded $2 million", "fined the company 40,000 euros"."""
    deciding = lexicon()["provenance"]["deciding_verbs"]
    for t in head.ancestors:
        if t.pos_ == "VERB" and t.lemma_.lower() in deciding:
            # "a court will rule on their arrest on Thursday" decides nothing yet
            return None if any(c.tag_ == "MD" for c in kids_of(t)) else t
        if _semicolon_above(t):
            return None  # "Nineteen of them were freed; ... a court will rule": apart
        if t.dep_ == "relcl":
            return None  # "ordered seven men held over a riot, in which 16 officers were
            # injured": a clause describing a noun tells its own happening, not the order's
    return None


def over_period(doc: Doc, ctx: Context, head: Token) -> bool:
    """True when the clause of `head` counts over a period of a week or more its words meet
    ("were killed during the 36-year civil war", "enough for 10,000 people for three months"):
    a count of no one day."""
    path = set(_path_up(head))
    sent = head.sent
    for t in ctx.times:
        if t.type != "duration" or not LONG.fullmatch(t.value or "") \
                or not sent.start_char <= t.span[0] < sent.end_char:
            continue
        span = words_over(doc, t.span[0], t.span[1])
        if span is not None and path & {span.root, *span.root.ancestors}:
            return True
    return False


LONG = re.compile(r"P\d+(?:Y|M|W|DE|CE)")


def told_as_past(head: Token) -> bool:
    """True when the clause of `head` tells a past happening ("were killed", "have fled"), not
    a state, a plan or a guess ("face hunger", "would need", "may have taken part")."""
    verb = _telling(head)
    if verb is None or verb.tag_ in PRESENT:
        return False
    helpers = [c for c in kids_of(verb) if c.dep_ in ("aux", "auxpass")]
    auxes = [c.tag_ for c in helpers]
    if "VBG" in auxes or (verb.tag_ == "VBN" and any(t in PRESENT for t in auxes)
                          and not any(c.lemma_ == "have" for c in helpers)):
        return False  # a state as of the telling: "are stuck", "were being searched"
    if verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in helpers):
        return False  # "were still looking for at least nine more suspects": a state
    # not "would need", "are fleeing", "to rebuild"; "put the toll at" may be tagged bare
    return "MD" not in auxes and (verb.tag_ in PAST or not any(t in PRESENT for t in auxes))


def told_as_perfect(head: Token) -> bool:
    """True when the clause of `head` tells a count that runs up to the telling ("has killed
    more than 6,000 people", "have fled since"): a present perfect, not of counting ("have
    counted 30 civilians killed" counts a past happening)."""
    verb = _telling(head)
    if verb is not None and verb.lemma_.lower() in lexicon()["provenance"]["counting"]:
        return False
    return verb is not None and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in PRESENT for c in kids_of(verb)
    )


def told_as_copula(head: Token) -> bool:
    """True when the clause of `head` is told by a bare "be" ("the victims were from two
    families"): a state, not a happening (a harm it names is counted by its kind)."""
    verb = _telling(head)
    return verb is not None and verb.lemma_ == "be" and verb.dep_ != "aux"


def told_as_past_perfect(head: Token) -> bool:
    """True when the clause of `head` is told in the past perfect under another verb, a
    telling's ("said that 52 people had been arrested", "replied that the two officers on
    duty had been suspended"): what had come about by the time it was told."""
    verb = _telling(head)
    told = verb is not None and any(t.pos_ == "VERB" for t in verb.ancestors)
    return told and verb is not None and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children
    )


def told_as_present(head: Token) -> bool:
    """True when the clause of `head` tells its count in the present, with no modal, the
    counted noun hung on its verb ("One man is in intensive care", "Police are using water
    cannon to push back about 80 youths"): as things stand at the telling; not a count
    inside a thing named ("wants the prices of some 6,000 products aligned")."""
    verb = _telling(head)
    if verb is None or any(c.tag_ == "MD" for c in kids_of(verb)):
        return False
    nouns = [t for t in [head, *head.ancestors] if t.pos_ in ("NOUN", "PROPN")
             and verb.is_ancestor(t)]
    if len(nouns) > 1:
        return False
    return verb.tag_ in PRESENT or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT
                                       and c.lemma_ != "have" for c in kids_of(verb))


def _telling(head: Token) -> Token | None:
    """The verb that tells the clause of `head`."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None) \
        or _listed_under(head)
    while verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") and (
        verb.tag_ == "VBG" or (verb.dep_ == "conj" and not _own_clause(verb))
    ):
        verb = verb.head  # "struck the hospital, killing two": told as "struck" is; "has
        # killed more than 6,000 and forced over 600,000 from their homes" as "has killed"
    if verb is not None and verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids_of(verb)):
        verb = verb.head  # "saw at least three petrol bombs strike": told as "saw" is
    return verb


def _listed_under(head: Token) -> Token | None:
    """The passive verb a list the parse made a verbless root is the subject of: in "At the
    scene 62 kilograms of drugs, two rifles and a radio were seized" the parse makes
    "rifles" the root and hangs "were seized" on it as a coordinated verb."""
    root = head.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not (root == head or root in head.ancestors):
        return None
    return next((c for c in kids_of(root) if c.dep_ == "conj" and c.pos_ == "VERB"
                 and c.i > head.i and _passive(c)), None)


def _own_clause(verb: Token) -> bool:
    """True for a verb with a subject or an auxiliary of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids_of(verb))


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
            or not any(c.dep_ == "det" and c.lower_ in _REFERRING for c in kids_of(noun))
            or not mine & set(_verbs_up(noun))
        ):
            continue
        lemma = noun.lemma_.lower()
        for i in reversed([i for i in named if i < sent.start]):
            before = doc[i]
            if before.lemma_.lower() == lemma and before.pos_ in ("NOUN", "VERB") \
                    and before.dep_ != "compound":  # "the operation regime" names a regime
                day = clause_day(doc, ctx, before)
                if day is not None:
                    return day
    return None


_REFERRING = ("the", "that", "this")


def _violent(word: Token) -> bool:
    """True for a verb or a noun of a violent event (events.toml's triggers of those kinds):
    "attacked", "the killing of"; and for a light verb carrying a violent noun as its object
    ("set fire to two shops", "carried out a raid")."""
    kinds = lexicon()["provenance"]["violent_events"]
    verbs, nouns = triggers()
    found = {"VERB": verbs, "NOUN": nouns}.get(word.pos_, {}).get(word.lemma_.lower())
    if found in kinds:
        return True
    light = events_lexicon()["light_verbs"]
    if word.pos_ != "VERB" or word.lemma_.lower() not in light["happened"]:
        return False
    allowed = light["carries"].get(word.lemma_.lower())
    return any(c.dep_ == "dobj" and (kind := nouns.get(c.lemma_.lower())) in kinds
               and (allowed is None or kind in allowed) for c in word.children)


def paragraph_day(doc: Doc, ctx: Context, head: Token) -> str | None:
    """The day of the nearest earlier violent happening of the paragraph that names its own:
    "On the night of Monday 13 July, units attacked a position. Our fighters killed 12
    soldiers" counts that night, whatever day the story's lead names. A clause coordinated
    with the main one names its day by a date, not by a clock time dated from the context
    ("arrived around 2 a.m. and burned the depot"), unless no clause of the paragraph names
    one ("entered the barracks at around 3 a.m. and fired on the guards", the day of 2 March
    told in the paragraph before)."""
    text = doc_text(doc)
    start = text.rfind("\n\n", 0, head.sent.start_char)
    before = reversed([s for s in sentences(doc) if start < s[0] < head.sent.start_char])
    sents = [span[0].sent for a, _ in before
             if (span := words_over(doc, a, a + 1)) is not None]
    for named in (True, False):
        for sent in sents:
            if (day := _violent_day(doc, ctx, sent, named)) is not None:
                return day
    return None


def _violent_day(doc: Doc, ctx: Context, sent: Span, named: bool) -> str | None:
    """The day a sentence's violent happening names (see `paragraph_day`)."""
    # its clauses' verbs, the last first: "In November 2023, gunmen attacked barracks; the
    # government called it a coup attempt" tells the attack's day
    verbs = _clause_verbs(sent)
    for verb in sorted(verbs, key=lambda t: -t.i):
        if not _violent(verb) or not told_as_past(verb) or told_as_perfect(verb):
            continue  # "We buried 13 people yesterday" is no day of the attack's harm
        if (day := clause_day(doc, ctx, verb, named=named and verb is not verbs[0])) is not None:
            return day
    # then a violent happening a present clause names by a noun: "The decision follows the
    # explosion of a device ... shortly after 2 a.m. on Saturday" (a past one tells an act of
    # its own about it: "had planned the bombing of a market last month")
    for noun in (t for t in sent if t.pos_ == "NOUN" and _violent_noun(t)
                 and _present_around(t)):
        if (day := clause_day(doc, ctx, noun, named=True)) is not None:
            return day
    return None


def _present_around(noun: Token) -> bool:
    """True when the verb governing `noun` is in the present tense."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in PRESENT


def _violent_noun(word: Token) -> bool:
    """True for a noun of a violent event: events.toml's triggers of those kinds, and the
    blasts data/figures.toml adds ("the explosion of a device")."""
    return _violent(word) or word.lemma_.lower() in lexicon()["provenance"]["violent_nouns"]


def _clause_verbs(sent: Span, nominal: bool = False) -> list[Token]:
    """The verbs that head a clause of a sentence: its root (a reporting root's told clause
    instead), and the verbs coordinated with them ("attacked ...; the government called");
    when `nominal`, the verbs the parse hung on a noun it made the root ("2. Alerted ..., a
    detachment ... set out at 3 a.m. and caught up with the raiders on Sunday afternoon")."""
    root = sent.root
    if root.lemma_.lower() in lexicon()["clauses"]["reporting"]:
        told = next((c for c in kids_of(root) if c.dep_ == "ccomp"), None)
        roots = [told] if told is not None else []
    elif nominal and root.pos_ in ("NOUN", "PROPN"):
        roots = [c for c in kids_of(root) if c.dep_ == "acl" and c.pos_ == "VERB"]
    else:
        roots = [root]
    return [v for r in roots for v in [r, *(c for c in kids_of(r)
                                            if c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB")]]


def newer_day(doc: Doc, ctx: Context, lo: int, hi: int) -> str | None:
    """The day the last sentence starting between `lo` and `hi` names for a past happening
    of its own, told by no reporting verb ("caught up with the raiders on Sunday afternoon"):
    a day carried from a figure before it does not reach past it."""
    reporting = lexicon()["clauses"]["reporting"]
    found = None
    for a, _ in sentences(doc):
        span = words_over(doc, a, a + 1) if lo < a < hi else None
        if span is None:
            continue
        for verb in sorted(_clause_verbs(span[0].sent, nominal=True), key=lambda t: -t.i):
            if verb.lemma_.lower() in reporting or not told_as_past(verb) \
                    or told_as_perfect(verb) or _one_more(verb):
                continue
            day = clause_day(doc, ctx, verb, named=True)
            if day is not None and DAY.match(day):
                found = day[:10]
                break
    return found


def _one_more(verb: Token) -> bool:
    """True for a verb whose subject an ordinal ranks ("A fourth victim died in hospital on
    Sunday", "a third soldier died of his wounds"): the toll grown by one on a later day, not
    a happening of its own whose day the harm told after it counts."""
    ordinals = lexicon()["number_words"]["ordinals"]
    return any(c.dep_ in ("nsubj", "nsubjpass")
               and any(t.lower_ in ordinals for t in list(c.subtree)[:2]) for c in kids_of(verb))


def day_within(doc: Doc, ctx: Context, at: int, period: str) -> str | None:
    """The day inside a week or a weekend `period` that the violent happening told in the
    next sentences names: "an attack ... last week in which one ranger was killed" followed
    by "at around 11 p.m. on October 21 a group ... stormed the station" counts October 21."""
    if not WEEK.fullmatch(period):
        return None
    reach = int(lexicon()["provenance"]["carry_sentences"])
    after = [a for a, _ in sentences(doc) if a > at][:reach]
    for a in after:
        span = words_over(doc, a, a + 1)
        if span is None:
            continue
        day = _violent_day(doc, ctx, span[0].sent, named=True)
        if day is not None:
            return day if within(day[:10], period) else None
    return None


def stamp_day(doc: Doc, ctx: Context, at: int) -> str | None:
    """The day of the time that heads the paragraph holding `at`, on its first line ("10:40
    EST - ...") or alone on the line above it ("07:10")."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, at) + 1
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    stamp = next((t for t in ctx.times if above <= t.span[0] < at and is_stamp(text, t)
                  and (t.span[0] >= start or not text[t.span[1] : start].strip())), None)
    return _value(stamp) if stamp is not None else None


def story_day(doc: Doc, ctx: Context) -> str | None:
    """The day of the story: the first date of a past happening in the first sentences of its
    body (after the headline and headings, outside a dateline), no later than publication, or
    in the rest of the body when its lead names none (a fact-check's claim and verdict, a
    transcript's greetings); else the first day something was said on there ("..., in the
    early hours of Saturday, the army reported", where the parse hangs the day on the
    telling)."""
    text = doc_text(doc)
    body = text.find("\n") + 1
    reach = int(lexicon()["provenance"]["lead_sentences"])
    told_all = [(a, b) for a, b in sentences(doc)
                if a >= body and text[a:b].rstrip()[-1:] in SENTENCE_ENDS]  # no headings
    for lead in (told_all[:reach], told_all[reach:]):  # the lead's day, else the body's first
        if lead and (day := _first_day(doc, ctx, body, lead[-1][1])) is not None:
            return day
    return None


def _first_day(doc: Doc, ctx: Context, body: int, end: int) -> str | None:
    """The first day of a past happening told between `body` and `end` (see `story_day`), on
    a line that ends as a sentence does: not one of a heading or a masthead ("Issued: 22
    August 2026 | Period covered: 18-21 August 2026")."""
    text = doc_text(doc)
    published = ctx.article.published or "9999"
    lines = [d.span for d in datelines(text)]
    # (told in no past tense, not violent, a time of no day of its own, said on that day, the
    # day), in text order: the day of the harm ("the herders were killed on Saturday") before
    # the day of what the lead tells first ("summoned the ambassador on Tuesday"); a date or
    # "Monday evening" names the day more surely than a clock time whose day the times layer
    # took from its context; a past day the parse hangs on a present verb ("is suspending
    # its clinics after gunmen attacked the centre on Tuesday") is the story's only when no
    # past verb has one
    found: list[tuple[bool, bool, bool, bool, str]] = []
    for t in ctx.times:
        value = _value(t)
        if not (body <= t.span[0] < end) or value is None or not DAY.match(value) \
                or not _line_told(text, t.span[0]):
            continue
        if value > published[:10] or any(a <= t.span[0] < b for a, b in lines):
            continue
        span = words_over(doc, t.span[0], t.span[1])
        if span is None:
            continue
        verb = next((v for v in span.root.ancestors if v.pos_ in ("VERB", "AUX")), None)
        if verb is None or _bounds_span(span.root, verb, verb):
            continue
        if verb.lemma_.lower() in lexicon()["provenance"]["publishing"]:
            continue  # "a note ... published on Sunday": when a text came out, no happening
        if value < published[:10] and (verb.tag_ in PRESENT or (
                verb.lemma_.lower() in lexicon()["clauses"]["reporting"] and span.start < verb.i)):
            verb = _past_before(verb, span.start) or verb
        past = verb.tag_ in PAST
        if not past and value >= published[:10]:
            continue  # "is suspending today": the telling's day, not a happening's
        telling = verb.lemma_.lower() in lexicon()["clauses"]["reporting"] or _issues_text(verb)
        violent = _violent(verb) or _of_violent_noun(span.root, verb)
        found.append((not past, not violent, _day_from_context(t), telling, value))
    return min(found, key=lambda day: day[:4])[4] if found else None


def _of_violent_noun(word: Token, verb: Token) -> bool:
    """True when a time reaches its verb through the noun of a violent happening: in "remanded
    five men on Wednesday over an attack on a police post on Saturday" Saturday is the
    attack's day, a happening's before the remand's."""
    for t in word.ancestors:
        if t == verb:
            return False
        if t.pos_ == "NOUN" and _violent_noun(t):
            return True
    return False


def _issues_text(verb: Token) -> bool:
    """True for a verb whose object is a text ("released the statement below on Tuesday",
    "issued a communiqué on Monday"): the day a text came out is a telling's, after the
    happening it tells (data/figures.toml [provenance] issued_texts)."""
    texts = lexicon()["provenance"]["issued_texts"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in texts for c in kids_of(verb))


def _past_before(verb: Token, at: int) -> Token | None:
    """The past clause below `verb` whose words end nearest before the time at token `at`,
    when `verb` is a state or a telling that no past day can tell: in "Eight people remain
    in custody after a crowd stormed the building, ..., on Sunday night, officials told"
    the parse hangs the day on "remain" or on "told"; it is the storming's."""
    clauses = [t for t in verb.subtree if t is not verb and t.pos_ == "VERB"
               and t.tag_ in PAST and t.dep_ in ("advcl", "ccomp", "conj")
               and t.right_edge.i < at]
    return max(clauses, key=lambda t: t.right_edge.i, default=None)


def _line_told(text: str, at: int) -> bool:
    """True when the line holding `at` ends as a sentence does."""
    end = text.find("\n", at)
    return text[: len(text) if end < 0 else end].rstrip()[-1:] in SENTENCE_ENDS


def _day_from_context(t: TimeExpr) -> bool:
    """True for a time whose day the times layer took from its context ("at 2 p.m.", "12:05",
    "the morning"), not one that names its day ("on Monday evening")."""
    rule = t.explanation.partition(":")[0]
    return t.type == "time" and rule in lexicon()["provenance"]["day_from_context"]
