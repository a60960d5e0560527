"""The cross-check run over whole Documents: items read once, compared, grouped (the
steps `crosscheck` takes, and the store and `spread` take batch by batch)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from wiredesk.crosscheck._clusters import (
    RefKey,
    actor_clusters,
    clusters,
    ref_key,
    ref_order,
)
from wiredesk.crosscheck._group import grouped, joined
from wiredesk.crosscheck._items import Items, items_of
from wiredesk.crosscheck._link import denials, link_claims, link_events, link_figures
from wiredesk.crosscheck._sources import people_bodies, with_bodies
from wiredesk.records import Contradiction, Corroboration, CrossCheck, Document, Link


def _link_order(x: Link) -> tuple[object, ...]:
    return x.kind, ref_order(x.a), ref_order(x.b)


def items_by_doc(docs: Iterable[Document]) -> list[tuple[Document, Items]]:
    """Each document (by id) with its items, read once."""
    return [(doc, items_of(doc)) for doc in sorted(docs, key=lambda d: d.article.id)]


def bodied(per_doc: Iterable[tuple[Document, Items]], bodies: dict[str, tuple[str, ...]]
           ) -> list[tuple[Document, Items]]:
    """The items with every originator followed by the bodies it speaks for."""
    return [(doc, Items(
        tuple(replace(c, ref=with_bodies(c.ref, bodies)) for c in items.claims),
        tuple(replace(e, ref=with_bodies(e.ref, bodies)) for e in items.events),
        tuple(replace(f, ref=with_bodies(f.ref, bodies)) for f in items.figures)))
        for doc, items in per_doc]


def compare(per_doc: Sequence[tuple[Document, Items]], new: frozenset[str]
            ) -> tuple[list[Link], list[Contradiction]]:
    """Every link and pairwise clash between items of different articles, one of them new
    (figure clashes with a since-revised figure included: `gather` drops them)."""
    merged = Items(*(tuple(x for _, items in per_doc for x in getattr(items, layer))
                     for layer in ("claims", "events", "figures")))
    links: list[Link] = list(link_claims(merged.claims, new))
    event_links, clashes = link_events(merged.events, new)
    figure_links, figure_clashes = link_figures(merged.figures, new, event_links)
    links += event_links + figure_links
    clashes += figure_clashes
    clashes += denials(merged, new)
    return links, clashes


def revised(links: Iterable[Link]) -> set[RefKey]:
    """Figures their own source later revised."""
    return {ref_key(x.a) for x in links if x.kind == "revision"}


def current(clashes: Iterable[Contradiction], superseded: set[RefKey]) -> list[Contradiction]:
    """Clashes without those over a figure its own source later revised."""
    return [c for c in clashes if c.kind != "figure"
            or not {ref_key(c.a), ref_key(c.b)} & superseded]


def _without(c: Contradiction, superseded: set[RefKey]) -> Contradiction | None:
    """A stored figure clash without the reports their own source has since revised
    (None when a side is left empty)."""
    if c.kind != "figure":
        return c
    a, b = ([r for r in side if ref_key(r) not in superseded] for side in c.sides)
    if not a or not b:
        return None
    return replace(c, a=a[0], b=b[0], a_reports=tuple(a) if c.a_reports else (),
                   b_reports=tuple(b) if c.b_reports else ())


def crosscheck(docs: Sequence[Document], previous: CrossCheck | None = None) -> CrossCheck:
    """Link, count sources and find contradictions across `docs`.

    Args:
        docs: every document to consider (already cross-checked ones too).
        previous: an earlier result over some of `docs`; its pairs are kept, not redone.

    Returns:
        The cross-check over all of `docs`, in a stable order.
    """
    ids = {d.article.id for d in docs}
    done = frozenset(previous.articles) & ids if previous else frozenset()
    new = frozenset(ids - done)
    per_doc = bodied(items_by_doc(docs), people_bodies(docs))
    links, clashes = compare(per_doc, new)
    if previous:
        links += [x for x in previous.links if {x.a.article_id, x.b.article_id} <= ids]
    superseded = revised(links)
    contradictions = current(clashes, superseded)
    if previous:
        contradictions += [c for x in previous.contradictions
                           if all(r.article_id in ids for side in x.sides for r in side)
                           and (c := _without(x, superseded)) is not None]
    groups: list[Corroboration] = (
        clusters(x for x in links if x.kind != "revision")
        + clusters(x for x in links if x.kind == "revision") + actor_clusters(per_doc))
    groups.sort(key=lambda c: (c.kind, -c.n_sources, ref_order(c.items[0]), c.key))  # two
    # actors one item names ("Ministry", "market") tie on all but their names
    return CrossCheck(
        articles=tuple(sorted(ids)),
        links=tuple(sorted(set(links), key=_link_order)),
        corroborations=tuple(groups),
        contradictions=tuple(grouped(contradictions, joined(links))),
    )
