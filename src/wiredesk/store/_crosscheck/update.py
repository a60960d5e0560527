"""Cross-checking batch by batch: a new batch compared with the stored articles it
shares an index key with, and only the clusters, actors and contradictions it reaches
rewritten."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, update

from wiredesk.crosscheck import actor_refs, bodied, compare, index_keys, items_by_doc, people_bodies
from wiredesk.records import ItemRef
from wiredesk.store._crosscheck.clashes import regroup, store_clashes
from wiredesk.store._crosscheck.groups import join_actors, join_links, naming, recount
from wiredesk.store._crosscheck.keys import add_keys, articles_with
from wiredesk.store._crosscheck.read import stored_body_sets
from wiredesk.store._crosscheck.refs import (
    Batch,
    article_seqs,
    as_told,
    drop_unused_names,
    item_spans,
    store_refs,
    stored_ids,
)
from wiredesk.store._crosscheck.tables import (
    chunks,
    crosscheck_articles,
    crosscheck_bodies,
    crosscheck_refs,
    forget_crosscheck,
    key_hash,
    ref_id,
)
from wiredesk.store.schema import articles

if TYPE_CHECKING:
    from wiredesk.store import Store


BATCH = 400  # articles cross-checked per round (a full rebuild runs round after round)


def _candidates(conn: Connection, probes: Iterable[str], new: frozenset[str]) -> list[str]:
    seqs = sorted(articles_with(conn, {key_hash(k) for k in probes}))
    found: set[str] = set()
    for part in chunks(seqs):
        found.update(conn.scalars(select(articles.c.id).where(articles.c.seq.in_(part))))
    return sorted(found - new)


def _check_batch(store: Store, batch_ids: Sequence[str]) -> None:
    """Compare one batch of new articles with each other and with the stored ones they
    share an index key with, and save what was found: the clusters, actors and
    contradictions it reaches are rewritten, nothing else."""
    new = frozenset(batch_ids)
    new_items = items_by_doc(store.documents(ids=batch_ids))
    own: dict[str, frozenset[str]] = {}
    probes: set[str] = set()
    for doc, items in new_items:
        own[doc.article.id], looked = index_keys(items)
        probes |= looked
    with store._reading() as conn:
        old_ids = _candidates(conn, probes, new)
        known = stored_body_sets(conn)
    per_doc = items_by_doc(store.documents(ids=old_ids)) + new_items
    per_doc.sort(key=lambda pair: pair[0].article.id)
    found = people_bodies(doc for doc, _ in new_items)
    fresh = {(name, b) for name, bodies in found.items() for b in bodies
             if b not in known.get(name, ())}
    for name, body in fresh:
        known[name].add(body)
    bodies = {name: tuple(sorted(b)) for name, b in known.items()}
    links, clashes = compare(bodied(per_doc, bodies), new)
    raw = {ref_id(x.ref): x.ref for _, items in per_doc for layer in (
        items.claims, items.events, items.figures) for x in layer}
    named: dict[str, list[tuple[str, ItemRef]]] = defaultdict(list)
    for doc, items in new_items:
        for actor, pair in actor_refs(doc, items).items():
            named[actor].append(pair)
    with store._writing() as conn:
        batch = Batch(conn, bodies, {})
        t = crosscheck_refs
        seqs = article_seqs(conn, (doc.article.id for doc, _ in per_doc))
        stored_ids(batch, {x.a.article_id for x in links} | {x.b.article_id for x in links}
                    | {r.article_id for c in clashes for r in (c.a, c.b)})
        store_refs(batch, [as_told(r, raw) for x in links for r in (x.a, x.b)]
                    + [as_told(r, raw) for c in clashes for r in (c.a, c.b)]
                    + [ref for pairs in named.values() for _, ref in pairs],
                    {doc.article.id: doc.article.text for doc, _ in per_doc}, seqs,
                    item_spans(doc for doc, _ in per_doc))
        earlier = [batch.ids[ref_id(x.a)] for x in links if x.kind == "revision"]
        for part in chunks(sorted(set(earlier))):
            conn.execute(update(t).where(t.c.id.in_(part)).values(revised=True))
        join_links(batch, [x for x in links if x.kind != "revision"], revision=False)
        join_links(batch, [x for x in links if x.kind == "revision"], revision=True)
        join_actors(batch, named)
        if fresh:
            conn.execute(insert(crosscheck_bodies), [{"name": n, "body": b}
                                                     for n, b in sorted(fresh)])
            recount(conn, naming(conn, {n for n, _ in fresh}), bodies)
        store_clashes(conn, batch.ids, clashes)
        regroup(conn, {batch.ids[ref_id(r)] for x in links for r in (x.a, x.b)}
                 | {batch.ids[ref_id(r)] for x in clashes for r in (x.a, x.b)}, bodies)
        keyed: dict[int, list[int]] = defaultdict(list)
        for aid, mine in sorted(own.items()):
            for h in {key_hash(k) for k in mine}:
                keyed[h].append(seqs[aid])
        add_keys(conn, keyed)
        conn.execute(insert(crosscheck_articles), [{"article": seqs[a]} for a in sorted(new)])


def update_crosscheck(store: Store, full: bool = False, batch: int = BATCH,
                      progress: Callable[[int, int], None] | None = None) -> int:
    """Cross-check the articles not yet checked, batch by batch, and save the results.

    Args:
        store: an open store.
        full: forget every result and check every article again, as new (after the rules
            or records changed); it gives what checking them batch by batch gives.
        batch: articles per round (memory holds one round and the articles it meets).
        progress: told (articles just checked, articles to check) after each round.

    Returns:
        How many articles were (re)checked.
    """
    with store._writing() as conn:
        if full:
            forget_crosscheck(conn)
        done = select(crosscheck_articles.c.article)
        todo = list(conn.scalars(select(articles.c.id).where(articles.c.seq.notin_(done))
                                 .order_by(articles.c.published, articles.c.seq)))
    for start in range(0, len(todo), batch):
        _check_batch(store, todo[start:start + batch])
        if progress is not None:
            progress(len(todo[start:start + batch]), len(todo))
    if todo:
        with store._writing() as conn:
            drop_unused_names(conn)  # once a run: it reads every reference
    if full:
        store._repack()  # every result was deleted and written again
    return len(todo)
