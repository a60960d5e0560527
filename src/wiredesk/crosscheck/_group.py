"""Contradictions told once: pairwise clashes gathered into one per contested thing.

Compared pairwise, one denial reported by two outlets against five reports of a strike is
ten clashes; a desk wants one: what is denied (every report of it) against the denial
(every report of it). Denials gather over the denied items and denials they join; other
clashes gather by the corroborated clusters of their two sides (18 killed in two reports
against 25 in one is one clash).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from wiredesk.crosscheck._agree import agree, described
from wiredesk.crosscheck._clusters import Groups, RefKey, ref_key, ref_order
from wiredesk.records import Contradiction, ItemRef, Link

_WHY = {
    "denial": "the denial shares the words of what it denies",
    "figure": "the ranges their qualifiers allow do not meet",
    "date": "same parties and place, days apart",
    "place": "same parties and day, places far apart",
}


def _part_key(ref: ItemRef) -> RefKey:
    """An item's key, telling apart the two claims one attribution may hold ("the army
    said A, while the rebels said B"): denials of A and of B are two contradictions."""
    article_id, layer, index = ref_key(ref)
    return article_id, f"{layer}@{ref.span[0]}", index


def _merge(refs: Iterable[ItemRef]) -> tuple[ItemRef, ...]:
    by_key = {_part_key(r): r for r in refs}
    return tuple(sorted(by_key.values(), key=ref_order))


def contradiction_order(c: Contradiction) -> tuple[object, ...]:
    return c.kind, ref_order(c.a), ref_order(c.b)


def _names(refs: Sequence[ItemRef]) -> str:
    names = list(dict.fromkeys(r.source for r in refs))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def joined(links: Iterable[Link]) -> Groups:
    """Linked items joined: the corroborated clusters clashes are gathered by."""
    same = Groups()
    for link in links:
        same.join(ref_key(link.a), ref_key(link.b))
    return same


def grouped(clashes: Iterable[Contradiction], same: Groups) -> list[Contradiction]:
    """One Contradiction per contested thing, each side holding all its reports (`same`
    joins the items of each corroborated cluster)."""
    clashes = sorted(set(clashes), key=contradiction_order)
    denied = Groups()
    for c in (c for c in clashes if c.kind == "denial"):
        first = _part_key(c.a)
        for ref in (*c.sides[0], *c.sides[1]):
            denied.join(first, _part_key(ref))
    counted = _same_count(clashes, same)
    buckets: dict[tuple[object, ...], list[Contradiction]] = defaultdict(list)
    for c in clashes:
        if c.kind == "denial":
            buckets[("denial", denied.find(_part_key(c.a)))].append(c)
        else:
            roots = sorted(counted.find(same.find(ref_key(r))) for r in (c.a, c.b))
            buckets[(c.kind, *roots)].append(c)
    return sorted((_one(members, same) for members in buckets.values()), key=contradiction_order)


def _same_count(clashes: Sequence[Contradiction], same: Groups) -> Groups:
    """Clusters that give one number against the same cluster, joined: the general staff's
    3 killed against a sub-prefect's 6 and against a nurse's 6 is one clash, 3 against 6,
    even when nothing linked the two sixes."""
    counted = Groups()
    against: dict[tuple[RefKey, str | None], RefKey] = {}
    for c in (c for c in clashes if c.kind == "figure"):
        for this, other in ((c.a, c.b), (c.b, c.a)):
            key = (same.find(ref_key(this)), other.value)
            root = same.find(ref_key(other))
            counted.join(against.setdefault(key, root), root)
    return counted


def _by_value(first: Contradiction, reports: Sequence[ItemRef]
              ) -> tuple[tuple[ItemRef, ...], tuple[ItemRef, ...]]:
    """Reports of a figure clash sided by the value they allow: with `first.a`'s value and
    not `first.b`'s, or the other way; a report allowing both or neither takes no side
    (clusters joined through a loose figure would otherwise put 7 on both sides)."""
    va, vb = described(first.a.value), described(first.b.value)
    if va is None or vb is None:
        return _merge(reports), ()
    side_a: list[ItemRef] = []
    side_b: list[ItemRef] = []
    for ref in _merge(reports):
        v = described(ref.value)
        if v is None:
            continue
        with_a, with_b = agree(v, va), agree(v, vb)
        if with_a != with_b:
            (side_a if with_a else side_b).append(ref)
    return tuple(side_a), tuple(side_b)


def _one(members: list[Contradiction], same: Groups) -> Contradiction:
    first = members[0]
    if len(members) == 1 and not (first.a_reports or first.b_reports):
        return first
    side_a: list[ItemRef] = []
    side_b: list[ItemRef] = []
    root_a: RefKey = same.find(ref_key(first.a))
    for c in members:
        a, b = c.sides
        swapped = c.kind != "denial" and same.find(ref_key(c.a)) != root_a
        side_a += b if swapped else a
        side_b += a if swapped else b
    a_reports, b_reports = _merge(side_a), _merge(side_b)
    if first.kind == "figure":
        a_reports, b_reports = _by_value(first, a_reports + b_reports)
    detail = first.detail
    if first.kind == "denial":
        detail = f"{_names(b_reports)} denied what {_names(a_reports)} reported"
    why = f"{len(a_reports)} reports against {len(b_reports)}: {_WHY.get(first.kind, '')}"
    return Contradiction(first.kind, first.key, a_reports[0], b_reports[0], detail,
                         first.extractor, why, a_reports, b_reports)
