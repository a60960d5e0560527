"""Blocking keys: the items that can be about one happening, found by key, never by all pairs.

Two items are compared only when they share a key. A key names the comparison, what
must be the same for it to hold (a speaker; an event type and a party or a target word;
a figure's category and unit; a word a denial shares with what it denies) and a bucket
of days. Days are cut into buckets one wider than the comparison's window, and an item
keys every bucket from its first day to its last day plus the window, so two items whose
days lie within the window of each other always share one. Each key is a necessary
condition of the comparison it serves, so blocking finds every pair the rules could
link; an item with no day is compared only with others that have none, and one dated
only to a span longer than a month only with others dated to the same span and published
within the window of it (a block of a year's counts would grow with every week stored).

Keys are plain strings computed from one item alone: a Spark job partitions by them the
same way (`keys`, `denial_keys`), and the store indexes them to find what a new batch
must be compared with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from wiredesk.crosscheck._items import Claim, EventItem, FigureItem, Items
from wiredesk.crosscheck._rules import rules
from wiredesk.crosscheck._text import content_words
from wiredesk.crosscheck._when_where import Interval, interval, is_day

__all__ = ["candidate_pairs", "cross_pairs", "denial_keys", "index_keys", "keys"]

T = TypeVar("T", Claim, EventItem, FigureItem)
_UNDATED = ("-",)
_LONGEST = 31  # days a span may cover and still be compared with the days inside it


def _buckets(days: Interval | None, window: int) -> tuple[str, ...]:
    """The buckets of width `window + 1` from the first day to the last plus `window`; a
    span longer than a month ("this year") is one block of its own: a count or event that
    vague is not one day's, and would otherwise meet everything of its year."""
    if days is None:
        return _UNDATED
    if (days[1] - days[0]).days > _LONGEST:
        return (f"{days[0].isoformat()}/{days[1].isoformat()}",)
    width = window + 1
    first, last = days[0].toordinal() // width, (days[1].toordinal() + window) // width
    return tuple(str(b) for b in range(first, last + 1))


def _published(published: str | None) -> Interval | None:
    return interval((published or "")[:10])


def _dated(days: Interval | None, window: int, published: str | None) -> tuple[str, ...]:
    """The buckets of an item's days (`_buckets`); for a span longer than a month, that
    span in each bucket of the report's publication: vague counts and events told weeks
    apart are not compared, so the block of a year's vague items stays a week's."""
    found = _buckets(days, window)
    if days is None or (days[1] - days[0]).days <= _LONGEST:
        return found
    return tuple(f"{found[0]}@p{b}" for b in _buckets(_published(published),
                                                     rules().date_conflict_window))


def claim_keys(claim: Claim) -> tuple[str, ...]:
    """A claim is the same claim only from the same speaker, told within the window."""
    if not claim.speaker or claim.denial:
        return ()
    window = rules().date_conflict_window
    return tuple(f"claim|{claim.speaker}|{b}" for b in _buckets(
        _published(claim.ref.published), window))


def _parties(event: EventItem) -> list[str]:
    """Who or what one event must share with another to be it: its actor, a target word."""
    found = [f"a:{event.actor}"] if event.actor else []
    if event.target:
        words = content_words(event.target)
        found += [f"t:{w}" for w in sorted(words)] if words else [f"t:{event.target}"]
    return found


def event_keys(event: EventItem) -> tuple[str, ...]:
    """The same event (a party in common, dates within `max_days`); the same strike at two
    towns (one day, a word of a target in common); the same event dated apart (the same
    parties, or the same place and toll, published within the window)."""
    r = rules()
    out = []
    kind = f"event|{event.type}"
    if event.when is not None:
        near = _dated(event.when, r.max_days, event.ref.published)
        out += [f"{kind}|{p}|w{b}" for p in _parties(event) for b in near]
        if event.mode == "happened" and event.place is not None and event.place.kind == "city":
            same_day = _dated(event.when, 0, event.ref.published)
            out += [f"{kind}|x:{w}|d{b}" for w in sorted(event.words) for b in same_day]
    if is_day(event.date):
        published = _buckets(_published(event.ref.published), r.date_conflict_window)
        if event.actor and event.target and event.type in r.one_off_types:
            out += [f"{kind}|p:{event.actor}|{event.target}|p{b}" for b in published]
        if event.mode == "happened" and event.target and event.place is not None:
            out += [f"{kind}|toll:{event.place.name}|{t:g}|p{b}"
                    for t in sorted(event.tolls) for b in published]
    return tuple(out)


def figure_keys(figure: FigureItem) -> tuple[str, ...]:
    """Counts of the same thing: one category and unit, dated within `max_days` (a count
    a later report gives from the first day it tells: `FigureItem.since`; figures told
    with linked events are paired through the links instead)."""
    if figure.when is None:
        return ()
    kind = f"figure|{figure.category}|{figure.unit}"
    return tuple(f"{kind}|{b}" for b in _dated(figure.since or figure.when, rules().max_days,
                                                figure.ref.published))


def keys(item: Claim | EventItem | FigureItem) -> tuple[str, ...]:
    """Every blocking key of one item for linking and clashes (not denials)."""
    if isinstance(item, Claim):
        return claim_keys(item)
    if isinstance(item, EventItem):
        return event_keys(item)
    return figure_keys(item)


def denial_keys(item: Claim | EventItem) -> tuple[str, ...]:
    """Keys pairing a denial with what it may deny: a word that is not a generic war word,
    published within the window of each other."""
    words = sorted(item.words - rules().generic_words)
    days = _buckets(_published(item.ref.published), rules().date_conflict_window)
    return tuple(f"deny|{w}|{b}" for w in words for b in days)


def candidate_pairs(items: Sequence[T], keys_of: Callable[[T], Iterable[str]],
                    new: frozenset[str]) -> Iterator[tuple[T, T]]:
    """Each pair of items of different articles sharing a key, one of them new, once (in
    the block of the first key they share), in the order of `items`."""
    ids: dict[str, int] = {}
    blocks: list[list[int]] = []
    own: list[tuple[int, ...]] = []
    for i, item in enumerate(items):
        mine = sorted({ids.setdefault(k, len(ids)) for k in keys_of(item)})
        own.append(tuple(mine))
        for kid in mine:
            if kid == len(blocks):
                blocks.append([])
            blocks[kid].append(i)
    sets = [frozenset(k) for k in own]
    for kid, members in enumerate(blocks):
        for x, i in enumerate(members):
            a = items[i]
            a_new = a.ref.article_id in new
            earlier = [k for k in own[i] if k < kid]
            for j in members[x + 1:]:
                b = items[j]
                if a.ref.article_id == b.ref.article_id or not (
                        a_new or b.ref.article_id in new):
                    continue
                if earlier and not sets[j].isdisjoint(earlier):
                    continue  # met in an earlier block
                yield a, b


def cross_pairs(left: Sequence[Claim], right: Sequence[T],
                keys_of: Callable[[Claim | T], Iterable[str]],
                new: frozenset[str]) -> Iterator[tuple[Claim, T]]:
    """Each pair of an item of `left` and one of `right` sharing a key, one of them in a
    new article, once, in the order of `left` then `right`."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for j, item in enumerate(right):
        for key in keys_of(item):
            blocks[key].append(j)
    for a in left:
        a_new = a.ref.article_id in new
        for j in sorted({j for key in keys_of(a) for j in blocks.get(key, ())}):
            if a_new or right[j].ref.article_id in new:
                yield a, right[j]


def _coarse(key: str) -> str:
    """An event key without its party or word: what the store indexes articles by."""
    parts = key.split("|")
    return "|".join((*parts[:2], parts[-1])) if parts[0] == "event" else key


def index_keys(items: Items) -> tuple[frozenset[str], frozenset[str]]:
    """The keys an article is indexed by, and those it looks the index up by, so a new
    article meets every stored one it could share a key with: coarser than `keys` (an
    event's type and days, not its parties; a denial meets every claim of its days)."""
    every: list[Claim | EventItem | FigureItem] = [*items.claims, *items.events, *items.figures]
    own = {_coarse(k) for x in every for k in keys(x)}
    probes = set(own)
    window = rules().date_conflict_window
    roles = [(c, c.denial, not c.denial) for c in items.claims] + [
        (e, e.mode == "denied" and bool(e.claimant), e.mode == "happened") for e in items.events]
    for item, denies, deniable in roles:
        days = _buckets(_published(item.ref.published), window)
        if denies:
            own.update(f"denier|{b}" for b in days)
            probes.update(f"deniable|{b}" for b in days)
        if deniable:
            own.update(f"deniable|{b}" for b in days)
            probes.update(f"denier|{b}" for b in days)
    return frozenset(own), frozenset(probes)
