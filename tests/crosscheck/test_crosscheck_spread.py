"""`crosscheck.spread` run as a cluster would (map, shuffle by block, merge), in one process,
against `crosscheck` over the same documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import reduce

from wiredesk.crosscheck import crosscheck
from wiredesk.crosscheck._clusters import actor_group, corroboration, ref_order
from wiredesk.crosscheck._sources import people_bodies, with_bodies
from wiredesk.crosscheck.spread import (
    BlockKey,
    Entry,
    Prepared,
    block_results,
    event_partners,
    figure_entries,
    link_entries,
    merge_bodies,
    merged,
    prepare,
)
from wiredesk.records import Corroboration, Link
from wiredesk.store import Store


def _shuffled(pairs: Iterable[tuple[BlockKey, Entry]]) -> dict[BlockKey, list[Entry]]:
    blocks: dict[BlockKey, list[Entry]] = defaultdict(list)
    for key, entry in pairs:
        blocks[key].append(entry)
    return dict(sorted(blocks.items(), reverse=True))  # an order unlike the local run's


def _actors(prepared: list[Prepared], bodies: dict[str, tuple[str, ...]]) -> list[Corroboration]:
    named = defaultdict(list)
    for p in prepared:
        for actor, name, ref in p.named:
            named[actor].append((name, with_bodies(ref, bodies)))
    return [actor_group(pairs) for pairs in named.values() if len(pairs) > 1]


def test_crosscheck_spread_over_blocks_equals_crosscheck(sample_db: str) -> None:
    with Store.open(sample_db) as store:
        docs = list(store.documents())
    bodies = reduce(merge_bodies, (people_bodies([d]) for d in docs), {})
    assert bodies == people_bodies(docs)
    prepared = [prepare(d, bodies) for d in docs]
    blocks = _shuffled(e for p in prepared for e in link_entries(p))
    found = [x for key, entries in blocks.items() for x in block_results(key, entries)]
    partners = event_partners(x for x in found if isinstance(x, Link) and x.kind == "event")
    blocks = _shuffled(e for p in prepared for e in figure_entries(p, partners))
    found += [x for key, entries in blocks.items() for x in block_results(key, entries, partners)]
    result = merged(found)
    local = crosscheck(docs)
    assert {"claim", "event", "figure"} <= {x.kind for x in found}
    assert len(found) > len(set(found))  # pairs sharing two keys met twice, kept once
    assert result.contradictions == local.contradictions
    groups = [corroboration(kind, members) for kind, members in result.clusters]
    groups += _actors(prepared, bodies)
    groups.sort(key=lambda c: (c.kind, -c.n_sources, ref_order(c.items[0])))
    assert tuple(groups) == local.corroborations
