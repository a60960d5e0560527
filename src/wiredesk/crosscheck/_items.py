"""The items cross-checking compares, read off Documents with what each needs to hand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from wiredesk.crosscheck._agree import describe
from wiredesk.crosscheck._rules import rules
from wiredesk.crosscheck._sources import (
    chain_of,
    named_speaker,
    names_no_one,
    outlet_name,
    speaker_name,
    story_country,
)
from wiredesk.crosscheck._text import content_words, normalise, numbers, proper_names
from wiredesk.crosscheck._when_where import (
    Interval,
    interval,
    is_day,
    may_hold,
    own_point,
    same_place,
)
from wiredesk.extract.actors import registry
from wiredesk.nlp import sentence_of
from wiredesk.records import (
    Article,
    Attribution,
    Document,
    Figure,
    ItemRef,
    Mention,
    OtherSide,
    Place,
    Span,
)


@dataclass(frozen=True, slots=True)
class Claim:
    ref: ItemRef
    speaker: str  # normalised
    words: frozenset[str]
    denial: bool
    numbers: frozenset[str] = frozenset()  # the figures it states, unformatted
    places: tuple[Place, ...] = ()  # the places it names
    names: frozenset[str] = frozenset()  # its proper names, as content words
    setting: frozenset[str] = frozenset()  # words of the places and days it names


@dataclass(frozen=True, slots=True)
class EventItem:
    ref: ItemRef
    type: str
    actor: str  # normalised; "" unknown
    target: str
    place: Place | None
    date: str | None
    when: Interval | None  # the event's date, else its article's publication day
    mode: str
    words: frozenset[str]
    claimant: str  # normalised: who says it happened (its speaker, else the outlet)
    names: frozenset[str] = frozenset()  # its proper names, as content words
    towns: frozenset[str] = frozenset()  # every place its article names, normalised
    tolls: frozenset[float] = frozenset()  # values of the figures told with it
    answered: bool = False  # denied by another side the report quotes after it
    setting: frozenset[str] = frozenset()  # words of the places and days it names


@dataclass(frozen=True, slots=True)
class FigureItem:
    ref: ItemRef
    category: str
    about: str
    unit: str
    value: float
    qualifier: str | None
    when: Interval | None
    place: Place | None
    event: tuple[str, int] | None  # (article id, event index) told in the same sentence
    outcome: str = ""  # what happened to what it counts: launched, shot_down, hit ... ("" unsaid)
    group: frozenset[str] = frozenset()  # the group its own words name: "children", "soldier"
    spread: bool = False  # its clause names places far apart: a total over them
    target: str = ""  # normalised target of the event it is told with ("" none)
    guessed: bool = False  # its place is the article's, not one named with it
    filed: bool = False  # ... the town its report was filed in: it names no other
    alongside: frozenset[float] = frozenset()  # values its statement gives this count beside it
    since: Interval | None = None  # its day reaching back to the first day its report tells
    noun: str = ""  # the noun it counts, as a word key ("inmates", "inmate" -> "inmat")
    dated: bool = False  # its day is its own words' ("still there yesterday evening")


@dataclass(frozen=True, slots=True)
class Items:
    claims: tuple[Claim, ...]
    events: tuple[EventItem, ...]
    figures: tuple[FigureItem, ...]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_PART_OF = "part of"  # the group of a figure that is a part of another count


def _group(fig: Figure, figures: Sequence[Figure] = (), whole: Figure | None = None
           ) -> frozenset[str]:
    """The group a figure's words name; "31 of the Ukrainians" (or "four of them", "525
    from each side") is a part of another count, unless that count, `whole`, is of another
    kind: "19 arrested, three of them needed hospital treatment" tells the whole count of
    those treated. People named by sex alone ("the bodies of two men") are no group when
    every count of its kind in its report names them alone: that is the report's whole
    toll."""
    r = rules()
    part = fig.part and (whole is None or _kind(whole) == _kind(fig))
    group = _named_group(fig)
    if group and group <= r.whole_groups and not fig.part and not any(
            other is not fig and (other.harm or other.category) == (fig.harm or fig.category)
            and _named_group(other) != group for other in figures):
        group = set()  # "Two men were killed ... a third man had also been killed": all men
    return frozenset(group | {_PART_OF} if part else group)


def _kind(fig: Figure) -> str:
    """What a figure counts, as categories are compared ("19 lives" are the killed)."""
    category = fig.harm or fig.category
    return rules().category_of.get(category, category)


def _whole_of(doc: Document, index: int, sentence: Callable[[Span], int]) -> Figure | None:
    """The count a part is of: the last whole count before it in its sentence."""
    fig = doc.figures[index]
    if not fig.part:
        return None
    return next((other for other in reversed(doc.figures[:index]) if not other.part
                 and sentence(other.span) == sentence(fig.span)), None)


def _named_group(fig: Figure) -> set[str]:
    """The groups a figure's own words name, as the words they are counted as."""
    r = rules()
    return {r.group_of.get(w, w) for w in content_words(fig.text) & r.counted_groups}


def _counted_since(doc: Document, fig: Figure, published: Interval | None) -> bool:
    """A figure the numbers layer gave no day though its clause names a time long before
    its report ("37 deaths at this border since 2024", "the conflict, which began in 2017,
    has killed"): a count over that time, not of the story's day."""
    if fig.date is not None or published is None:
        return False
    start, end = fig.clause or fig.span
    window = timedelta(days=rules().date_conflict_window)
    return any(start <= t.span[0] and t.span[1] <= end and (day := interval(t.value))
               and day[1] < published[0] - window for t in doc.times if t.type == "date")


def _spread(doc: Document, fig: Figure) -> bool:
    """True when the figure's clause names towns or regions far apart ("strikes on Poltava
    and Kherson killed 25"): a total over places, the same count as none of them."""
    if fig.category in rules().country_level or fig.clause is None:
        return False
    start, end = fig.clause
    named = [p for p in _story_places(doc) if start <= p.span[0] < end and own_point(p)
             and not _wide(p)]  # a neighbour's point is no evidence of places far apart
    r = rules()
    return any(not (same_place(a, b, r.max_km) or may_hold(a, b, r.region_km)
                    or may_hold(b, a, r.region_km)) for a in named for b in named)


def _wide(place: Place) -> bool:
    """A country, or a region of no one country ("the Caribbean port of Limón", "the
    Sahel"): an area holding the towns told with it, not a place far from them."""
    return place.kind == "country" or (place.kind == "region" and not place.country)


def _up_to(day: Interval | None) -> Interval | None:
    return (day[0] - timedelta(days=rules().max_days), day[1]) if day else None


def _story_places(doc: Document) -> list[Place]:
    """The places an article tells of: its dateline is where it was filed, a place in a
    compound modifier ("a Karachi-bound bus") is none where anything happened, and a town in
    a speaker's mention ("a doctor at the military hospital in El Arish") is where they are."""
    speakers = [a.speaker.mention.span for a in doc.attributions if a.speaker.mention]
    return [p for p in doc.places
            if not p.in_dateline and not p.demonym and not p.compound
            and not (p.kind == "city" and _in_speaker(p, speakers))]


def _in_speaker(place: Place, speakers: Sequence[tuple[int, int]]) -> bool:
    return any(a <= place.span[0] and place.span[1] <= b for a, b in speakers)


def _whose(place: Place, speakers: Sequence[tuple[int, int]], story: Place | None) -> bool:
    """A country named inside a speaker's mention that holds the story's place ("the
    Barbados Small Vendors Association said 19 ..." of a clash in Bridgetown): whose the
    speaker is, not where what they count happened, which is the story's place; a country
    apart from it ("Russia's Defence Ministry said" of an exchange in Istanbul) tells whose
    count it is."""
    return (place.kind == "country" and story is not None and story.kind != "country"
            and story.country == place.country and _in_speaker(place, speakers))


def _elsewhere(place: Place, fig: Figure) -> bool:
    """A country named in the figure's sentence outside its clause ("Nine officers were
    hurt, the union said, ... on the island, which receives most of the boats from Tunisia
    and Libya"): told of something else, not where what it counts happened."""
    return place.kind == "country" and fig.clause is not None and not (
        fig.clause[0] <= place.span[0] < fig.clause[1])


def _filed_at(doc: Document) -> Place | None:
    """The town a report was filed in, when it names no other town or region of its story
    ("LOÍZA - ... in Saturday's shooting in Medianía Alta", a sector the gazetteer lacks):
    a local report's guess at where what it counts happened."""
    return next((p for p in doc.places if p.in_dateline and not p.demonym
                 and p.kind not in (None, "country")), None)


def _nearest(places: Sequence[Place], span: tuple[int, int]) -> Place | None:
    """The town or region nearest `span` (a country only when nothing finer is named)."""
    if not places:
        return None
    return min(places, key=lambda p: (p.kind == "country", abs(p.span[0] - span[0])))


def _struck(event: EventItem, fig: Figure) -> str:
    """What the figure's event was done to; a town told as its target ("attacked an army
    post at Tougbo" read as an attack on Tougbo) is where, not what, and a target the
    figure's own words name ("One protester was killed" of an attack on a protester) is
    whom it counts, no second target."""
    if event.target in event.towns or content_words(event.target) & content_words(fig.text):
        return ""
    return event.target


def _whom(doc: Document, about: str | None) -> str:
    """Whom a figure counts; a place or country ("41 drones" at "Russia") counts no one."""
    key = normalise(about)
    if key and _place_named(doc, about) is not None:
        return ""
    return key


def _place_named(doc: Document, name: str | None) -> Place | None:
    if not name:
        return None
    key = normalise(name)
    for place in doc.places:
        if normalise(place.name) == key or normalise(place.text) == key:
            return place
    return None


def _places_in(doc: Document, span: tuple[int, int]) -> tuple[Place, ...]:
    return tuple(p for p in doc.places if span[0] <= p.span[0] and p.span[1] <= span[1])


def _setting(doc: Document, span: tuple[int, int]) -> frozenset[str]:
    """The words of the places and days named inside `span` ("in Providenciales", "on
    Saturday night"): where and when a story is set, which its reports share whatever each
    claims."""
    named = [p.text for p in _places_in(doc, span)] + [
        t.text for t in doc.times if t.type in ("date", "time")
        and span[0] <= t.span[0] and t.span[1] <= span[1]]
    return frozenset().union(*(content_words(n) for n in named))


def is_denial(att: Attribution) -> bool:
    """A denied statement, one whose cue denies, or one it judges untrue ("... were
    unfounded"); a misread that left the denying verb on the speaker ("The Ministry
    rejects | reports that ...") denies too."""
    if att.status == "denied" or att.judged_untrue:
        return True
    cue = att.cue.text.casefold() if att.cue else ""
    cues = rules().denial_cues
    mention = att.speaker.mention.text.casefold().split() if att.speaker.mention else []
    return cue in cues or any(w in cues for w in cue.split()) or bool(
        mention and mention[-1] in cues)


def _denies(side: OtherSide) -> bool:
    """A second side told with a denying verb ("..., while the RSF denied B")."""
    return side.cue.text.split()[0].casefold() in rules().denial_cues


def speaker_key(name: str) -> str:
    """A speaker compared across reports: its canonical name when the registry knows it
    ("IDF" and "the Israeli army"), without a verb a misread left on it."""
    clean = speaker_name(name)
    actor = registry().lookup(clean)
    return normalise(actor.name if actor is not None else clean)


def _attribution(doc: Document, index: int | None) -> Attribution | None:
    if index is None or not 0 <= index < len(doc.attributions):
        return None
    return doc.attributions[index]


def _claimant(att: Attribution | None, article: Article) -> str:
    name = named_speaker(article, att)
    return speaker_key(name) if name else normalise(outlet_name(article))


def party(actor: str | None) -> str:
    """An event's actor as a party: a weapon or an unnamed band ("armed men") names none
    ("a drone hit ..."), and one with a side's adjective is that side's ("a Ukrainian
    drone" -> "ukraine")."""
    words = normalise(actor).split()
    if set(words) <= rules().unnamed_doers:
        return ""
    instruments = rules().instruments
    if not words or words[-1] not in instruments:
        return normalise(actor)
    side = [w for w in words if w not in instruments]
    country = registry().demonym(" ".join(side).title()) if side else None
    return normalise(country) if country else ""


def _denier(actor: str | None) -> str | None:
    """Who denies an event told as denied with no speaker: its actor when the registry
    knows it ("the RSF denied shelling the market")."""
    known = registry().lookup(actor) if actor else None
    return known.name if known is not None else None


def items_of(doc: Document) -> Items:
    """Claims, events and figures of one document, each with its source and context."""
    article = doc.article
    # a town's namesake told as an area ("Djugu territory") is an area: a town in it
    # is no second town
    doc = replace(doc, places=tuple(
        replace(p, kind="admin2") if p.kind == "city" and p.area else p for p in doc.places))
    published = interval((article.published or "")[:10])
    outlet = outlet_name(article) if article.source else article.source
    country = story_country(doc)

    def ref(layer: str, index: int, text: str, span: tuple[int, int],
            att: Attribution | None, value: str | None, by: str | None = None) -> ItemRef:
        chain = (by, outlet) if by and outlet else chain_of(article, att, country)
        return ItemRef(article.id, layer, index, text, span, chain[0], outlet,
                       article.published, value, chain)

    def claim(i: int, content: Mention, speaker: str, att: Attribution | None,
              by: str | None = None, denied: bool = False) -> Claim:
        said, span = content.text, content.span
        denial = is_denial(att) if att is not None else denied
        return Claim(ref("attributions", i, said, span, att, speaker or None, by),
                     speaker_key(speaker), content_words(said), denial, numbers(said),
                     _places_in(doc, span), proper_names(said), _setting(doc, span))

    claims = []
    asserted: list[tuple[int, int]] = []  # first sides that deny nothing: "A, while Y denied B"
    for i, att in enumerate(doc.attributions):
        speaker = att.speaker.name or (att.speaker.mention.text if att.speaker.mention else "")
        sides = att.other_side
        claims.append(claim(i, sides.first if sides else att.content, speaker, att))
        if sides and not claims[-1].denial:
            asserted.append(sides.first.span)
        if sides and not any(_overlaps(other.content.span, sides.content.span)
                             for other in doc.attributions if other is not att):
            # "..., while a rebel coalition said B": B is the other speaker's, as the
            # outlet tells it
            second = sides.speaker.text
            by = speaker_name(second) if proper_names(second) else None
            claims.append(claim(i, sides.content, second, None, by,
                                _denies(sides) or sides.judged_untrue))

    asserted += _before_a_denial(article.sentences, doc.attributions)
    events = []
    towns = frozenset(normalise(p.name) for p in doc.places if p.name)
    for i, ev in enumerate(doc.events):
        said = _attribution(doc, ev.attribution)
        words = content_words(" ".join(filter(None, (ev.text, ev.actor, ev.target, ev.place))))
        if ev.mode == "denied" and any(a <= ev.span[0] and ev.span[1] <= b for a, b in asserted):
            ev = replace(ev, mode="happened")  # the other side's denial is not of this
        denier = ev.denied_by or (_denier(ev.actor) if ev.mode == "denied" and not named_speaker(
            article, said) else None)  # another side's denial, or the teller's own
        events.append(EventItem(
            ref("events", i, ev.text, ev.span, said, ev.date, denier), ev.type,
            party(ev.actor), normalise(ev.target), _place_named(doc, ev.place), ev.date,
            interval(ev.date) or published, ev.mode, words,
            normalise(denier) if denier else _claimant(said, article), proper_names(ev.text),
            towns, answered=ev.denied_by is not None,
            setting=_setting(doc, ev.span) | content_words(ev.place or "")))

    def sentence(span: tuple[int, int]) -> int:
        return sentence_of(article.sentences, span)

    places = _story_places(doc)
    speakers = [a.speaker.mention.span for a in doc.attributions if a.speaker.mention]
    event_at = {sentence(ev.span): i for i, ev in reversed(list(enumerate(doc.events)))}
    place_at: dict[int, list[Place]] = {}
    for p in places:
        place_at.setdefault(sentence(p.span), []).append(p)
    named = next((p for p in places if p.kind != "country"), None)
    filed = None if named else _filed_at(doc)
    default = named or filed or (places[0] if places else None)
    # a figure told with no event or date of its own is of the article's first dated event
    # done (not said: a denial's day is no toll's), else of the day before publication or
    # that day (a report tells what has happened)
    main = next((e for e in events if e.date and e.when
                 and e.type not in rules().spoken_types), None)
    main_day = main.when if main else _up_to(published)
    first_day = _first_day(doc, published)
    figures = []
    for i, fig in enumerate(doc.figures):
        stated = _attribution(doc, fig.attribution)
        at = sentence(fig.span)
        event = event_at.get(at)
        # an event told with no day of its own gives none ("brought in since Tuesday evening")
        told_with = events[event] if event is not None else None
        when = interval(fig.date) or (None if _counted_since(doc, fig, published) else (
            told_with.when if told_with and told_with.date else main_day))
        place = (events[event].place if event is not None else None) or _nearest(
            [p for p in place_at.get(at, ()) if (fig.category in rules().country_level
             or not _whose(p, speakers, default)) and not _elsewhere(p, fig)], fig.span)
        guessed = place is None  # nothing named with it: the main event's place or the article's
        if place is None and main is not None and main.when == when:
            place = main.place  # "a union said four guardsmen had died": the main attack's
        category = _kind(fig)  # "19 lives" meets the tolls told as killed; detained, arrested
        told = ref("figures", i, fig.text, fig.span, stated, describe(fig.value, fig.qualifier))
        if stated is None and fig.via is not None and (other := fig.authority) and not (
                names_no_one(other)):
            told = replace(told, source=other, chain=(other,))  # another's count, quoted
        figures.append(FigureItem(
            told,
            category, _whom(doc, fig.about), normalise(fig.unit), fig.value,
            fig.qualifier, when, place or default, (article.id, event) if event is not None
            else None, fig.outcome or "", _group(fig, doc.figures, _whole_of(doc, i, sentence)),
            _spread(doc, fig) or any(p.partial for p in place_at.get(at, ())),  # "16 drones
            # hit targets, including in the Poltava region": a total over more than it
            _struck(events[event], fig) if event is not None else "", guessed=guessed,
            filed=guessed and place is None and filed is not None,
            since=_since(first_day, when), noun=_noun(fig.text), dated=fig.date is not None))
    tolls: dict[int, set[float]] = {}
    for item in figures:
        if item.event is not None:
            tolls.setdefault(item.event[1], set()).add(item.value)
    with_tolls = [replace(e, tolls=frozenset(tolls.get(i, ()))) for i, e in enumerate(events)]
    figures = _alongside(figures, doc)
    return Items(tuple(claims), tuple(with_tolls), _parts_carried(figures, sentence))


def _noun(text: str) -> str:
    """The noun a count names after its number ("Two inmates", "one inmate" -> "inmat"),
    as one key for its singular and plural; "" for a bare number or a noun that says not
    whom it counts ("12 people")."""
    words = text.split()
    if len(words) < 2 or not words[-1].isalpha():
        return ""
    r = rules()
    vague = frozenset().union(*(content_words(w) for w in r.vague_counted))
    found = content_words(words[-1]) - vague
    return min(found).rstrip("e") if len(found) == 1 else ""


def _first_day(doc: Document, published: Interval | None) -> Interval | None:
    """The earliest day a report names of its story: the first day told in the week before
    its publication ("after Monday's riot" in Friday's weekly)."""
    if published is None:
        return None
    window = timedelta(days=rules().date_conflict_window)
    days = [day for t in doc.times if t.type == "date" and is_day(t.value)
            and (day := interval(t.value)) and published[0] - window <= day[0] <= published[1]]
    return min(days, default=None)


def _since(first: Interval | None, when: Interval | None) -> Interval | None:
    """A count's days reaching back to the first day its report tells: a count a report
    gives on a later day (the day a ministry confirmed it, a court hearing's) may be of
    that first day; None when it is already of that day or has none."""
    if first is None or when is None or first[0] >= when[0]:
        return None
    return first[0], when[1]


def _alongside(figures: list[FigureItem], doc: Document) -> list[FigureItem]:
    """Each figure with the other values the same statement gives the same count."""
    said = [fig.attribution for fig in doc.figures]
    values: dict[tuple[int | None, str, str], set[float]] = defaultdict(set)
    for f in figures:
        if _PART_OF not in f.group:  # "four dead, two of them with burns": 2 is of the 4
            values[said[f.ref.index], f.category, f.unit].add(f.value)
    return [f if said[f.ref.index] is None else replace(
        f, alongside=frozenset(values[said[f.ref.index], f.category, f.unit] - {f.value}))
        for f in figures]


def _parts_carried(figures: list[FigureItem], sentence: Callable[[Span], int]
                   ) -> tuple[FigureItem, ...]:
    """A part makes the later figures of its category in its sentence parts too: "Of the
    injured, 26 are in hospital and 14 were treated at the scene"."""
    out: list[FigureItem] = []
    parts: set[tuple[int, str]] = set()
    for fig in figures:
        key = (sentence(fig.ref.span), fig.category)
        if _PART_OF in fig.group:
            parts.add(key)
        elif key in parts:
            fig = replace(fig, group=fig.group | {_PART_OF})
        out.append(fig)
    return tuple(out)


def _before_a_denial(starts: Sequence[int], attributions: Sequence[Attribution]
                     ) -> list[tuple[int, int]]:
    """The contents that an attribution of the same sentence denies after them, told as two
    attributions ("X said A, while Y denied B"): A is X's claim, not a denial."""
    out = []
    for att in attributions:
        if is_denial(att):
            continue
        end = att.content.span[1]
        if any(is_denial(other) and end <= other.content.span[0]
               and sentence_of(starts, (end, end)) == sentence_of(starts, other.content.span)
               for other in attributions):
            out.append(att.content.span)
    return out
