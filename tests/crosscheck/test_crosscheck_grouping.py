"""Clashes told once: pairwise figure clashes gathered into one per contested count."""

from __future__ import annotations

from wiredesk.crosscheck._group import grouped, joined
from wiredesk.records import Contradiction, ItemRef, Link


def _toll(article: str, value: str, source: str) -> ItemRef:
    return ItemRef(article, "figures", 0, f"{value} soldiers were killed", (0, 10), source,
                   outlet=article, value=value)


def _clash(a: ItemRef, b: ItemRef) -> Contradiction:
    return Contradiction("figure", "killed (soldiers)", a, b, f"{a.value} against {b.value}")


def test_two_unlinked_reports_of_one_number_against_one_cluster_are_one_clash() -> None:
    staff, wire = _toll("tv", "3", "general staff"), _toll("wire", "3", "general staff")
    prefect, nurse = _toll("wire2", "6", "sub-prefect"), _toll("site", "6", "nurse")
    same = joined([Link("figure", staff, wire)])
    (clash,) = grouped([_clash(staff, prefect), _clash(wire, nurse)], same)
    assert {r.article_id for r in clash.sides[0]} == {"tv", "wire"}
    assert {r.article_id for r in clash.sides[1]} == {"wire2", "site"}


def test_different_numbers_against_one_cluster_stay_two_clashes() -> None:
    staff, wire = _toll("tv", "3", "general staff"), _toll("wire", "3", "general staff")
    prefect, nurse = _toll("wire2", "6", "sub-prefect"), _toll("site", "9", "nurse")
    same = joined([Link("figure", staff, wire)])
    found = grouped([_clash(staff, prefect), _clash(wire, nurse)], same)
    assert sorted(c.detail for c in found) == ["3 against 6", "3 against 9"]
