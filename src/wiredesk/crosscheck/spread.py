"""The cross-check in pieces a cluster can spread: per document, per block, then merged.

    >>> bodies = reduce(merge_bodies, (people_bodies([d]) for d in docs), {})  # map, reduce
    >>> prepared = [prepare(d, bodies) for d in docs]                          # per document
    >>> blocks = entries grouped by key, from link_entries(p) for each p       # a shuffle
    >>> links, clashes = block_results(key, entries) for each block           # per block
    ... then figure_entries / block_results again, given the event links found
    >>> result = merged(links, clashes)                                        # the driver

Each step is a function of its own records, so a Spark job runs them where the data is
and gets what `crosscheck` gets over all the documents at once: the comparisons are the
library's own (`link_claims`, `link_events`, `link_figures`, `denials`), each run over the
items of one block in the order a local run meets them, and every pair they decide
depends on its two items alone. A pair sharing several keys is found in each of their
blocks; the merge keeps it once. Figures told with linked events are paired through those
links, so figures are blocked once the event links are known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from wiredesk.crosscheck._clusters import actor_refs, components, ref_order
from wiredesk.crosscheck._group import grouped, joined
from wiredesk.crosscheck._items import Claim, EventItem, FigureItem, Items, items_of
from wiredesk.crosscheck._link import denials, link_claims, link_events, link_figures
from wiredesk.crosscheck._run import bodied, current, revised
from wiredesk.crosscheck.blocking import claim_keys, denial_keys, event_keys, figure_keys
from wiredesk.records import Contradiction, Document, ItemRef, Link

__all__ = ["Merged", "Prepared", "block_results", "event_partners",
           "figure_entries", "link_entries", "merge_bodies", "merged", "prepare"]

Item = Claim | EventItem | FigureItem
Entry = tuple[str, str, int, Item]  # article id, layer, position in its article's layer, item
BlockKey = tuple[str, str]  # step (claims, events, denials, figures), blocking key
EventId = tuple[str, int]  # article id, event index


@dataclass(frozen=True, slots=True)
class Prepared:
    """One document as the cross-check needs it."""

    article_id: str
    text: str
    raw: Items  # chains as the article tells them (what a store keeps)
    items: Items  # chains with the bodies their originators speak for (what is compared)
    named: tuple[tuple[str, str, ItemRef], ...]  # (actor, name as written, first item naming it)

    def refs(self) -> Iterator[ItemRef]:
        """Every item's reference, as the article tells it."""
        for layer in (self.raw.claims, self.raw.events, self.raw.figures):
            yield from (x.ref for x in layer)


@dataclass(frozen=True, slots=True)
class Merged:
    """The blocks' results put together: what a store keeps of a cross-check."""

    clusters: tuple[tuple[str, tuple[ItemRef, ...]], ...]  # kind, members (not yet counted)
    revised: tuple[ItemRef, ...]  # figures their own source later revised
    clashes: tuple[Contradiction, ...]  # pairwise, as found
    contradictions: tuple[Contradiction, ...]  # told once per contested thing


def merge_bodies(a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]
                 ) -> dict[str, tuple[str, ...]]:
    """Two parts of `people_bodies` made one (a reduce step: neither is changed)."""
    out = dict(a)
    for name, bodies in b.items():
        out[name] = tuple(sorted(set(out.get(name, ())) | set(bodies)))
    return out


def prepare(doc: Document, bodies: dict[str, tuple[str, ...]]) -> Prepared:
    """A document's items, raw and with `bodies` (from every document), and its actors."""
    raw = items_of(doc)
    ((_, items),) = bodied([(doc, raw)], bodies)
    named = tuple((actor, name, ref) for actor, (name, ref) in actor_refs(doc, raw).items())
    return Prepared(doc.article.id, doc.article.text, raw, items, named)


def link_entries(p: Prepared) -> Iterator[tuple[BlockKey, Entry]]:
    """(block, entry) for every key of every claim and event: the first round of blocks."""
    aid = p.article_id
    for i, c in enumerate(p.items.claims):
        yield from ((("claims", k), (aid, "claims", i, c)) for k in claim_keys(c))
        yield from ((("denials", k), (aid, "claims", i, c)) for k in denial_keys(c))
    for i, e in enumerate(p.items.events):
        yield from ((("events", k), (aid, "events", i, e)) for k in event_keys(e))
        if e.mode == "happened" or (e.mode == "denied" and e.claimant):
            yield from ((("denials", k), (aid, "events", i, e)) for k in denial_keys(e))


def event_partners(event_links: Iterable[Link]) -> dict[EventId, tuple[Link, ...]]:
    """The event links touching each event (what figures are paired through)."""
    out: dict[EventId, list[Link]] = defaultdict(list)
    for link in event_links:
        for ref in (link.a, link.b):
            out[(ref.article_id, ref.index)].append(link)
    return {event: tuple(found) for event, found in out.items()}


def _ends(link: Link) -> tuple[EventId, EventId]:
    a, b = sorted([(link.a.article_id, link.a.index), (link.b.article_id, link.b.index)])
    return a, b


def figure_entries(p: Prepared, partners: Mapping[EventId, Sequence[Link]]
                   ) -> Iterator[tuple[BlockKey, Entry]]:
    """(block, entry) for every figure: its keys, and one block a link of its event."""
    for i, f in enumerate(p.items.figures):
        through = [f"through|{a[0]}:{a[1]}|{b[0]}:{b[1]}"
                   for a, b in map(_ends, partners.get(f.event, ()) if f.event else ())]
        for key in (*figure_keys(f), *through):
            yield ("figures", key), (p.article_id, "figures", i, f)


def block_results(key: BlockKey, entries: Iterable[Entry],
                  partners: Mapping[EventId, Sequence[Link]] | None = None
                  ) -> list[Link | Contradiction]:
    """The links and pairwise clashes among one block's items (figures: given the event
    links touching their events)."""
    by_place = {(aid, layer, i): item for aid, layer, i, item in entries}
    ordered = sorted(by_place)
    new = frozenset(aid for aid, _, _ in ordered)
    step = key[0]
    if step != "denials" and len(new) < 2:
        return []  # links and most clashes join two articles; a denial may be in one
    claims = tuple(x for k in ordered if isinstance(x := by_place[k], Claim))
    events = tuple(x for k in ordered if isinstance(x := by_place[k], EventItem))
    if step == "claims":
        return list(link_claims(claims, new))
    if step == "events":
        links, clashes = link_events(events, new)
        return [*links, *clashes]
    if step == "denials":
        if not any(c.denial for c in claims) and not any(e.mode == "denied" for e in events):
            return []
        return list(denials(Items(claims, events, ()), new))
    figures = tuple(x for k in ordered if isinstance(x := by_place[k], FigureItem))
    told = {f.event for f in figures if f.event}
    near = {_ends(lk): lk for f in figures if f.event for lk in (partners or {}).get(f.event, ())
            if set(_ends(lk)) <= told}
    links, clashes = link_figures(figures, new, [near[k] for k in sorted(near)])
    return [*links, *clashes]


def _order(x: Link | Contradiction) -> tuple[object, ...]:
    return x.kind, ref_order(x.a), ref_order(x.b), repr(x)


def merged(found: Iterable[Link | Contradiction]) -> Merged:
    """Every block's links and clashes, each once, joined into clusters across blocks
    (union-find) and clashes told once per contested thing, as `crosscheck` does."""
    unique = sorted(set(found), key=_order)
    links = [x for x in unique if isinstance(x, Link)]
    clashes = [x for x in unique if isinstance(x, Contradiction)]
    groups = (components(x for x in links if x.kind != "revision")
              + components(x for x in links if x.kind == "revision"))
    return Merged(
        clusters=tuple((kind, tuple(members)) for kind, members in groups),
        revised=tuple(x.a for x in links if x.kind == "revision"),
        clashes=tuple(clashes),
        contradictions=tuple(grouped(current(clashes, revised(links)), joined(links))),
    )
