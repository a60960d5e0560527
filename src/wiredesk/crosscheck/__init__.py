"""Cross-checking: the same events, claims and figures across articles, how many
independent sources stand behind each, and where reports contradict each other.

    >>> result = crosscheck(docs)            # everything, from scratch
    >>> later = crosscheck(docs, result)     # only articles not in `result` are compared

A pure function over records: the CLI, the web page and a Spark job call it the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from wiredesk.crosscheck._clusters import RefKey, actor_clusters, clusters, ref_key, ref_order
from wiredesk.crosscheck._group import grouped
from wiredesk.crosscheck._items import Claim, EventItem, FigureItem, Items, items_of
from wiredesk.crosscheck._link import denials, link_claims, link_events, link_figures
from wiredesk.crosscheck._sources import people_bodies, source_of, with_bodies
from wiredesk.records import Contradiction, Corroboration, CrossCheck, Document, Link

__all__ = ["crosscheck", "source_of"]


def _link_order(x: Link) -> tuple[object, ...]:
    return x.kind, ref_order(x.a), ref_order(x.b)


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
    claims: list[Claim] = []
    events: list[EventItem] = []
    figures: list[FigureItem] = []
    bodies = people_bodies(docs)
    for doc in sorted(docs, key=lambda d: d.article.id):
        items = items_of(doc)
        claims += [replace(c, ref=with_bodies(c.ref, bodies)) for c in items.claims]
        events += [replace(e, ref=with_bodies(e.ref, bodies)) for e in items.events]
        figures += [replace(f, ref=with_bodies(f.ref, bodies)) for f in items.figures]
    links: list[Link] = list(link_claims(claims, new))
    event_links, clashes = link_events(events, new)
    old_links = [x for x in previous.links if {x.a.article_id, x.b.article_id} <= ids] \
        if previous else []
    figure_links, figure_clashes = link_figures(figures, new, event_links + [
        x for x in old_links if x.kind == "event"])
    links += event_links + figure_links + old_links
    # a figure its own source later revised clashes with nothing
    superseded = {ref_key(x.a) for x in links if x.kind == "revision"}
    contradictions: list[Contradiction] = clashes + [
        c for c in figure_clashes if not {ref_key(c.a), ref_key(c.b)} & superseded]
    contradictions += denials(Items(tuple(claims), tuple(events), tuple(figures)), new)
    if previous:
        contradictions += [c for x in previous.contradictions
                           if all(r.article_id in ids for side in x.sides for r in side)
                           and (c := _without(x, superseded)) is not None]
    groups: list[Corroboration] = (
        clusters(x for x in links if x.kind != "revision")
        + clusters(x for x in links if x.kind == "revision") + actor_clusters(docs))
    groups.sort(key=lambda c: (c.kind, -c.n_sources, ref_order(c.items[0])))
    return CrossCheck(
        articles=tuple(sorted(ids)),
        links=tuple(sorted(set(links), key=_link_order)),
        corroborations=tuple(groups),
        contradictions=tuple(grouped(contradictions, links)),
    )
