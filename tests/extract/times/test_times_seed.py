"""The seed article (published 2025-08-12): every hand-checked time, found with its value."""

from __future__ import annotations

import pytest

from wiredesk.records import Document

SEED_TIMES = [
    ((129, 138), "2025-W33"),  # this week
    ((157, 167), "2025-08-12"),  # the Kremlin said on Tuesday
    ((284, 293), "2025-08-15"),  # the meeting scheduled on Friday
    ((1385, 1397), "2025-08-13"),  # is to hold virtual talks ... on Wednesday
    ((1558, 1568), "2025-08-12"),  # On Tuesday all EU leaders ... signed
    ((2119, 2134), "2025-08-15"),  # Friday's summit would ...
    ((3255, 3264), "2025-08-11"),  # 500 killed ... on Monday
    ((3382, 3397), "2025-08-11"),  # on the same day
    ((3755, 3765), "2025-08-12"),
    ((4092, 4102), "2025-08-12"),
    ((4490, 4500), "2025-08-12"),
]
UNSCORED = [(1145, 1157), (3216, 3222), (3849, 3863), (4282, 4294)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


@pytest.mark.parametrize(("span", "value"), SEED_TIMES)
def test_times_seed_gold(seed_doc: Document, span: tuple[int, int], value: str) -> None:
    values = [t.value for t in seed_doc.times if _overlaps(t.span, span)]
    assert value in values


def test_times_seed_few_extras(seed_doc: Document) -> None:
    known = [s for s, _ in SEED_TIMES] + UNSCORED
    extras = [t.text for t in seed_doc.times if not any(_overlaps(t.span, k) for k in known)]
    assert len(extras) <= 2, extras


def test_times_seed_spans_are_text(seed_doc: Document) -> None:
    text = seed_doc.article.text
    assert all(text[t.span[0] : t.span[1]] == t.text for t in seed_doc.times)
    weekdays = [t for t in seed_doc.times if t.explanation.startswith("weekday")]
    assert len(weekdays) == 9
    assert all(t.anchor == "2025-08-12" and t.extractor == "times.v1" for t in weekdays)
