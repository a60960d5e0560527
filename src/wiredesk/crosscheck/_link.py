"""Pairwise comparison across articles: links for the same thing, contradictions for clashes.

Only pairs touching a new article are compared, so a store is cross-checked incrementally,
and only pairs sharing a blocking key (`blocking`): the work grows with the size of the
blocks (one speaker's claims within a week, one type of event on a day), not with the
square of the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from wiredesk.crosscheck._agree import agree
from wiredesk.crosscheck._items import Claim, EventItem, FigureItem, Items
from wiredesk.crosscheck._rules import rules
from wiredesk.crosscheck._sources import one_source
from wiredesk.crosscheck._text import content_words, normalise, overlap, says_the_same
from wiredesk.crosscheck._when_where import (
    far_apart,
    gap_days,
    interval,
    is_day,
    km,
    may_hold,
    own_point,
    same_place,
)
from wiredesk.crosscheck.blocking import (
    candidate_pairs,
    claim_keys,
    cross_pairs,
    denial_keys,
    event_keys,
    figure_keys,
)
from wiredesk.extract.actors import registry
from wiredesk.records import Contradiction, ItemRef, Link, Place

_PART = "part of"  # the group of a figure that is part of another count (see _items)


def _same_claim(a: Claim, b: Claim) -> bool:
    """The same wording, with no figure or place of one missing from the other, in reports
    published at most `date_conflict_window` days apart (the blocking buckets reach twice
    as far: a speaker's "drones hit the port" of two weeks apart are two happenings)."""
    if _published_apart(a.ref, b.ref) > rules().date_conflict_window:
        return False
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return False
    max_km = rules().max_km
    if a.places and b.places and not any(
            same_place(x, y, max_km) for x in a.places for y in b.places):
        return False
    return says_the_same(a.words, b.words, rules().claim_overlap, rules().claim_min_shared)


def _published_apart(a: ItemRef, b: ItemRef) -> int:
    """Days between two reports' publication days; 0 when either is undated."""
    when, then = interval((a.published or "")[:10]), interval((b.published or "")[:10])
    return gap_days(when, then) if when and then else 0


def link_claims(claims: Sequence[Claim], new: frozenset[str]) -> Iterator[Link]:
    named = [c for c in claims if c.speaker and not c.denial]
    for a, b in candidate_pairs(named, claim_keys, new):
        if _same_claim(a, b):
            score, shared = overlap(a.words, b.words)
            yield Link("claim", a.ref, b.ref, round(score, 3), explanation=(
                f"same speaker {a.ref.value!r}; {shared} content words shared; "
                "figures and places agree"))


def _who(ref: ItemRef, speaker: str) -> frozenset[str]:
    """The words naming who tells an item: a report quoting "Russia's Defence Ministry"
    shares them with the ministry's denial without being what it denies."""
    return _words_of((speaker, ref.source, *ref.chain))


@lru_cache(maxsize=1 << 14)
def _words_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(content_words(n) for n in names))


def _denied(denial: Claim, words: frozenset[str], names: frozenset[str], other: ItemRef,
            speaker: str) -> bool:
    """Shares the specific words (generic war verbs and the names of who speaks aside), or
    a proper name and more specific words ("fire on positions near Sotk"), published days
    apart at most; one specific word is enough for a denial the same report tells right
    after the claim ("hit two houses." "... denied that the airstrike had hit homes")."""
    r = rules()
    after = denial.ref.span[0] - other.span[1]
    least = 1 if denial.ref.article_id == other.article_id and 0 <= after <= r.denial_reach \
        else r.denial_min_shared
    if _published_apart(denial.ref, other) > r.date_conflict_window:
        return False
    mine, theirs = _specific(denial, words, other, speaker)
    if denial.names & names - r.generic_words and len(mine & theirs) >= least:
        return True
    return says_the_same(mine, theirs, r.denial_overlap, least)


def _specific(denial: Claim, words: frozenset[str], other: ItemRef, speaker: str
              ) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a denial and of what it may answer, generic war words and the names
    of who tells each aside."""
    aside = rules().generic_words | _who(denial.ref, denial.speaker) | _who(other, speaker)
    return denial.words - aside, words - aside


def _nearest_claim(denial: Claim, scored: list[tuple[int, Claim]]) -> Claim | None:
    """The claim a denial answers when none shares enough of its words: the one sharing
    the most specific words, at least `denial_min_shared` and more than any other (the
    vendors' "officers had set police dogs on them" against the commissioner's denial that
    officers "had used police dogs against vendors"); None when two tie."""
    ranked = sorted(scored, key=lambda x: -x[0])
    if not ranked or ranked[0][0] < rules().denial_min_shared or (
            len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _as_denials(items: Items) -> list[Claim]:
    """Denying claims, and events told as denied ("denied targeting the hospital"); an
    event another side answers later in the report is denied by that side's own words,
    a claim of its own, not by the event's."""
    return [c for c in items.claims if c.denial] + [
        Claim(e.ref, e.claimant, e.words, True, names=e.names, setting=e.setting)
        for e in items.events if e.mode == "denied" and e.claimant and not e.answered]


def _told(denial: Claim, words: frozenset[str], other: ItemRef, speaker: str,
          setting: frozenset[str]) -> int:
    """How many specific words a denial shares with what it may answer, the words of the
    places and days either names aside: a commissioner's denial that officers "had taken
    more than an hour to reach a bar in Providenciales after a shooting on Saturday"
    answers the relatives' claim of the delay, not the report of the shooting there."""
    mine, theirs = _specific(denial, words, other, speaker)
    return len((mine & theirs) - denial.setting - setting)


def _one_teller(a: ItemRef, b: ItemRef) -> bool:
    """One source on both sides: a ministry's own account beside its denial is no clash."""
    return one_source(a.chain or (a.source,), b.chain or (b.source,))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def denials(items: Items, new: frozenset[str]) -> Iterator[Contradiction]:
    """Denial cues or denied attributions against another claimant's claim or event
    (compared only when they share a denial key, see `blocking.denial_keys`)."""
    deniers = _as_denials(items)
    claims = [c for c in items.claims if not c.denial]
    answered: set[int] = set()
    near: dict[int, list[tuple[int, Claim]]] = defaultdict(list)  # a denial's other claims
    best: dict[int, int] = defaultdict(int)  # the most words a denial shares with a claim
    passed: list[tuple[Claim, Claim, int]] = []
    for d, c in cross_pairs(deniers, claims, denial_keys, new):
        if _one_teller(c.ref, d.ref):
            continue
        told = _told(d, c.words, c.ref, c.speaker, c.setting)
        if c.ref.article_id == d.ref.article_id:
            if _overlaps(c.ref.span, d.ref.span):
                continue  # the report of the denial ("TASS said Moscow denied ...")
        elif _published_apart(d.ref, c.ref) <= rules().date_conflict_window:
            near[id(d)].append((told, c))
            best[id(d)] = max(best[id(d)], told)
        if _denied(d, c.words, c.names, c.ref, c.speaker):
            passed.append((d, c, told))
            best[id(d)] = max(best[id(d)], told)
    for d, c, told in passed:
        if told >= rules().denial_keep * best[id(d)]:  # not a claim of its setting only
            answered.add(id(d))
            yield _denial_of(c, d, "denial shares the claim's content words")
    happened = [e for e in items.events if e.mode == "happened"]
    for d, e in cross_pairs(deniers, happened, denial_keys, new):
        if e.claimant == d.speaker or _one_teller(e.ref, d.ref):
            continue
        if e.ref.article_id == d.ref.article_id and _overlaps(e.ref.span, d.ref.span):
            continue  # the event is the denied content itself
        if _told(d, e.words, e.ref, e.claimant, e.setting) < rules().denial_keep * best[id(d)]:
            continue  # a claim tells more of what the denial says
        if _denied(d, e.words, e.names, e.ref, e.claimant):
            answered.add(id(d))
            yield Contradiction("denial", _event_key(e), e.ref, d.ref,
                                f"{d.ref.value} denied the {e.type} event",
                                explanation="denial shares the event's words")
    for d in deniers:
        if id(d) not in answered and (nearest := _nearest_claim(d, near[id(d)])) is not None:
            yield _denial_of(nearest, d,
                             "denial shares more of the claim's words than of any other")


def _denial_of(c: Claim, d: Claim, why: str) -> Contradiction:
    return Contradiction("denial", f"{c.ref.value}: {c.ref.text}", c.ref, d.ref,
                         f"{d.ref.value} denied what {c.ref.value} said", explanation=why)


def _event_key(e: EventItem) -> str:
    return f"{e.type}: {e.actor or '?'} -> {e.target or '?'}"


def _two_towns(a: Place, b: Place) -> bool:
    """Two named towns farther apart than one place can be, whatever region holds them."""
    distance = km(a, b)
    return (a.kind == b.kind == "city" and normalise(a.name) != normalise(b.name)
            and distance is not None and distance > rules().max_km)


def _places_compatible(a: EventItem, b: EventItem) -> bool:
    if a.place is None or b.place is None:
        return True
    return same_place(a.place, b.place, rules().max_km) and not _two_towns(a.place, b.place)


def _same_target(x: str, y: str) -> bool:
    """The same target, one maybe told more fully ("minibus", "passenger minibus")."""
    wx, wy = content_words(x), content_words(y)
    return x == y or bool(wx and wy and (wx <= wy or wy <= wx))


def _same_event(a: EventItem, b: EventItem) -> bool:
    """Same type, the same named parties, dated within a day, at the same place; a side
    alone ("a Russian drone attack") is one event only with a target or both places."""
    if a.actor and b.actor and a.actor != b.actor:
        return False
    if a.target and b.target and not _same_target(a.target, b.target):
        return False
    if not ((a.actor and a.actor == b.actor) or (a.target and b.target)):
        return False
    if not (a.target and b.target) and (a.place is None or b.place is None):
        return False  # a side named with no target and no place: any of its strikes
    if a.when is None or b.when is None or gap_days(a.when, b.when) > rules().max_days:
        return False
    return _places_compatible(a, b)


@cache
def _vague_words() -> frozenset[str]:
    """The vague targets as content words ("facilities" -> "faciliti")."""
    return frozenset().union(*(content_words(t) for t in rules().vague_targets))


@cache
def _people_words() -> frozenset[str]:
    return frozenset().union(*(content_words(t) for t in rules().people_targets))


def _people(target: str) -> bool:
    """A target that is people (those a toll counts), not a thing or a place."""
    words = content_words(target)
    return bool(words) and words <= _people_words() | rules().counted_groups


def _one_strike(a: EventItem, b: EventItem) -> bool:
    """Both name one specific target ("the market", not "civilian facilities") or one town:
    a general statement ("our forces do not strike civilians") denies no given attack."""
    if a.target and b.target and _same_target(a.target, b.target) and not (
            content_words(a.target) | content_words(b.target)) <= _vague_words():
        return True
    return bool(a.place and b.place and a.place.kind == b.place.kind == "city"
                and same_place(a.place, b.place, rules().max_km))


def _published_gap(a: EventItem, b: EventItem) -> int | None:
    pa, pb = interval((a.ref.published or "")[:10]), interval((b.ref.published or "")[:10])
    return gap_days(pa, pb) if pa and pb else None


def _conflict(a: EventItem, b: EventItem) -> Contradiction | None:
    """The same parties and type but irreconcilable dates or places."""
    r = rules()
    if not (a.actor and a.target and a.actor == b.actor and a.target == b.target):
        return None
    if a.mode != b.mode or a.type not in r.one_off_types:
        return None
    key = _event_key(a)
    if is_day(a.date) and is_day(b.date) and a.when and b.when:
        days = gap_days(a.when, b.when)
        published = _published_gap(a, b)
        if (days > r.max_days and published is not None and published <= r.date_conflict_window
                and a.place is not None and b.place is not None
                and same_place(a.place, b.place, r.max_km)):
            return Contradiction("date", key, a.ref, b.ref, f"dated {a.date} and {b.date}",
                                 explanation=f"same parties and place, {days} days apart")
        if (days <= r.max_days and a.place is not None and b.place is not None
                and far_apart(a.place, b.place, r.max_km)):
            return Contradiction("place", key, a.ref, b.ref,
                                 f"placed at {a.place.name} and {b.place.name}",
                                 explanation="same parties and day, places far apart")
    return None


def _is_place(target: str, a: EventItem, b: EventItem) -> bool:
    """A target that is a country or town ("an attack on Ukraine"): no one strike."""
    return target in a.towns | b.towns or registry().demonym(target.title()) is not None


def _placed_apart(a: EventItem, b: EventItem) -> Contradiction | None:
    """One side's strike on one target on one day, told at two towns far apart by
    reports that each name only their own town: the same event given two places. A
    report that leaves the side unnamed ("a drone struck ...") must name the target as
    fully as the other ("the transformer station", not "the station")."""
    named_apart = bool(a.actor and b.actor and a.actor != b.actor)
    if a.mode != "happened" or b.mode != "happened" or named_apart:
        return None
    if a.place is None or b.place is None or not _two_towns(a.place, b.place):
        return None
    if normalise(b.place.name) in a.towns or normalise(a.place.name) in b.towns:
        return None  # a report naming both towns tells of two strikes
    if a.when is None or b.when is None or gap_days(a.when, b.when):
        return None
    targets = [t for t in (a.target, b.target) if t and not _is_place(t, a, b)
               and t.split()[-1] not in rules().vague_targets]
    told = a.words & b.words
    if a.actor and b.actor:
        if not targets or not all(content_words(t.split()[-1]) <= told for t in targets):
            return None
    elif not any(len(content_words(t)) > 1 and content_words(t) <= told for t in targets):
        return None
    return Contradiction("place", _event_key(a), a.ref, b.ref,
                         f"placed at {a.place.name} and {b.place.name}",
                         explanation="same side, target and day; towns far apart")


def _dated_apart(a: EventItem, b: EventItem) -> Contradiction | None:
    """One strike told at one town on one target with the same toll, on days apart: the
    same event given two dates (a market hit again is told with another toll)."""
    r = rules()
    if a.mode != "happened" or b.mode != "happened" or (a.actor and b.actor
                                                        and a.actor != b.actor):
        return None
    if not (a.tolls & b.tolls and a.place and b.place and is_day(a.date) and is_day(b.date)):
        return None
    if not a.target or normalise(a.place.name) != normalise(b.place.name) or not _same_target(
            a.target, b.target) or a.target.split()[-1] in r.vague_targets or _is_place(
            a.target, a, b):
        return None
    days = gap_days(a.when, b.when) if a.when and b.when else 0
    published = _published_gap(a, b)
    if days <= r.max_days or published is None or published > r.date_conflict_window:
        return None
    return Contradiction("date", _event_key(a), a.ref, b.ref, f"dated {a.date} and {b.date}",
                         explanation=f"same target, place and toll, {days} days apart")


def link_events(events: Sequence[EventItem], new: frozenset[str]
                ) -> tuple[list[Link], list[Contradiction]]:
    links, clashes = [], []
    for a, b in candidate_pairs(events, event_keys, new):
        if _same_event(a, b):
            if {a.mode, b.mode} == {"happened", "denied"} and a.claimant != b.claimant:
                if not _one_strike(a, b):
                    continue
                happened, denied = (a, b) if a.mode == "happened" else (b, a)
                clashes.append(Contradiction(
                    "denial", _event_key(a), happened.ref, denied.ref,
                    f"one report says the {a.type} happened, another that it was denied",
                    explanation="same event, modes happened and denied"))
            elif a.mode == b.mode:
                links.append(Link("event", a.ref, b.ref, explanation=(
                    f"{_event_key(a)}; dates within {rules().max_days} day; places agree")))
        elif (clash := _conflict(a, b) or _placed_apart(a, b) or _dated_apart(a, b)
              ) is not None:
            clashes.append(clash)
    return links, clashes


def _same_figure(a: FigureItem, b: FigureItem,
                 linked_events: set[frozenset[tuple[str, int]]]) -> int:
    """Counts of the same thing: the same outcome of the same people or objects, on the
    same day at the same place (or told with events already linked).

    Returns:
        0 when they are not, 1 when they may be (a place is unknown: enough to corroborate,
        not to contradict), 2 when they are.
    """
    if a.outcome and b.outcome and a.outcome != b.outcome:
        return 0  # launched, shot down and hit are different counts
    if a.about and b.about and a.about != b.about:
        return 0
    if a.group and b.group and not (a.group <= b.group or b.group <= a.group):
        return 0  # "3 children" and "40 soldiers" count different groups; "nine officers"
        # and "nine police officers" one, told more closely
    if (_PART in a.group) != (_PART in b.group):
        return 0  # "two of them" counts a part of another count, not a whole one
    if a.spread or b.spread:
        return 0  # a total over several places
    if a.event and b.event and frozenset((a.event, b.event)) in linked_events:
        return 2
    if a.target and b.target and not _same_target(a.target, b.target) and not (
            _people(a.target) or _people(b.target)):
        # told with events on different targets ("a fuel depot", "a grain terminal"): at
        # most the same kind of count; "civilians" killed in an attack on a hotel are no
        # second target
        return min(1, _same_when_where(a, b))
    return _same_when_where(a, b)


def _same_when_where(a: FigureItem, b: FigureItem) -> int:
    """The same day and place (see `_same_figure` for what the result means); a count
    placed at the town its report was filed in is one with another only where that one's
    own words name the town: two guesses are no evidence of one place."""
    same = _same_day_place(a, b)
    if (a.filed and b.guessed) or (b.filed and a.guessed):
        return min(same, 1)
    return same


def _same_day_place(a: FigureItem, b: FigureItem) -> int:
    if a.when is None or b.when is None:
        return 0
    if a.dated != b.dated and gap_days(a.when, b.when) and (
            a.category not in rules().harm_tolls):
        # one count's own words give it a day ("Around 900 people were still at the hotspot
        # yesterday evening"), the other's is its report's: counts of what stood on two
        # days, maybe one, no evidence of a clash (a toll is its attack's, whatever day a
        # report gives it)
        return min(1, _same_day_place(*(replace(x, dated=False) for x in (a, b))))
    if gap_days(a.when, b.when) > rules().max_days:
        # a count a later report gives on a later day may be of the first day it tells:
        # enough to corroborate, not to contradict
        return min(1, _same_place_of(a, b)) if _reach_back(a, b) else 0
    return _same_place_of(a, b)


def _reach_back(a: FigureItem, b: FigureItem) -> bool:
    """True when one count, taken back to the first day its report tells, meets the other."""
    max_days = rules().max_days
    return any(x.since is not None and y.when is not None
               and gap_days(x.since, y.when) <= max_days for x, y in ((a, b), (b, a)))


def _same_place_of(a: FigureItem, b: FigureItem) -> int:
    if a.place is None or b.place is None:
        return 1
    own = own_point(a.place) and own_point(b.place)
    national = a.category in rules().country_level
    if "country" in (a.place.kind, b.place.kind) and not national:
        # a toll told only for a whole country must say whom it counts; an equal count the
        # same day in the country and in a place of it may be one ("two killed in Tonga's
        # capital"): enough to corroborate, not to contradict
        whom = (a.about and a.about == b.about) or (a.group and a.group == b.group) or (
            a.noun and a.noun == b.noun and a.category in rules().harm_tolls)
        if same_place(a.place, b.place, rules().max_km):
            return 2 if whom else 1
        if own:
            return 0
    if not own:  # the gazetteer lacks a place, or its point is a guess: no evidence apart
        return 2 if same_place(a.place, b.place, rules().max_km) else 1
    near = same_place(a.place, b.place, rules().max_km)
    if _two_names(a.place, b.place):
        # two named towns, however near, are two tolls (Kherson and Oleshky); a town one
        # report only guessed from its article may be the other's neighbour: enough to
        # corroborate, not to contradict
        return 1 if near and (a.guessed or b.guessed) else 0
    if near:
        return 2
    if a.guessed or b.guessed:
        return 1  # a place guessed from the article may be wrong: enough to corroborate
    if may_hold(a.place, b.place, rules().region_km) or may_hold(b.place, a.place,
                                                                 rules().region_km):
        return 1  # a town in a region known only by its centre ("North Sinai")
    # a national count (drones launched at a country) is not told at one town
    return 1 if national and "country" in (a.place.kind, b.place.kind) else 0


def _two_names(a: Place, b: Place) -> bool:
    """Two towns of different names."""
    return a.kind == b.kind == "city" and normalise(a.name) != normalise(b.name)


def _revised(a: FigureItem, b: FigureItem) -> FigureItem | None:
    """The earlier of two figures when one source gave both at different times (a
    governor's 3 killed at dawn, 7 by noon): a revision, not a clash between sources."""
    if not (a.ref.published and b.ref.published) or a.ref.published == b.ref.published:
        return None
    if not one_source(a.ref.chain or (a.ref.source,), b.ref.chain or (b.ref.source,)):
        return None
    return a if a.ref.published < b.ref.published else b


def _through_events(figures: Sequence[FigureItem], new: frozenset[str],
                    linked: set[frozenset[tuple[str, int]]]) -> list[tuple[int, int]]:
    """Pairs of figures (by position) told with events already linked: the same count
    whatever day each gives."""
    told: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, fig in enumerate(figures):
        if fig.event is not None:
            told[fig.event].append(i)
    pairs = set()
    for link in linked:
        x, y = sorted(link)
        for i in told.get(x, ()):
            for j in told.get(y, ()):
                a, b = figures[i], figures[j]
                if ((a.category, a.unit) == (b.category, b.unit)
                        and a.ref.article_id != b.ref.article_id
                        and (a.ref.article_id in new or b.ref.article_id in new)):
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _tells_both(a: FigureItem, b: FigureItem) -> bool:
    """True when the source of either figure gives both numbers in its report: to it they
    count different things ("41 drones were shot down and 15 were lost to jamming")."""
    return b.value in a.alongside or a.value in b.alongside


def link_figures(figures: Sequence[FigureItem], new: frozenset[str],
                 event_links: Sequence[Link]) -> tuple[list[Link], list[Contradiction]]:
    linked = {frozenset(((lk.a.article_id, lk.a.index), (lk.b.article_id, lk.b.index)))
              for lk in event_links}
    through = _through_events(figures, new, linked)
    done = set(through)
    position = {id(f): i for i, f in enumerate(figures)}
    blocked = ((a, b) for a, b in candidate_pairs(figures, figure_keys, new)
               if (position[id(a)], position[id(b)]) not in done)
    links, clashes = [], []
    for a, b in [*((figures[i], figures[j]) for i, j in through), *blocked]:
        same = _same_figure(a, b, linked)
        if not same:
            continue
        key = f"{a.category} ({a.about or 'unspecified'})"
        if agree((a.value, a.qualifier), (b.value, b.qualifier)):
            if max(a.value, b.value) > rules().link_ratio * min(a.value, b.value):
                continue  # "at least 3" and 87 allow each other, but say different things
            links.append(Link("figure", a.ref, b.ref, explanation=(
                f"{key}: {a.ref.value} and {b.ref.value} agree")))
        elif a.group == b.group and (earlier := _revised(a, b)) is not None:
            later = b if earlier is a else a
            links.append(Link("revision", earlier.ref, later.ref, explanation=(
                f"{key}: {later.ref.source} revised {earlier.ref.value} to {later.ref.value}")))
        elif (same == 2 and a.category not in rules().never_contradict and a.group == b.group
              and _PART not in a.group and not _tells_both(a, b)):
            clashes.append(Contradiction("figure", key, a.ref, b.ref,
                                         f"{a.ref.value} against {b.ref.value}",
                                         explanation="ranges allowed by qualifiers do not meet"))
    return links, clashes
