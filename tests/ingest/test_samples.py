"""The bundled corpus reads cleanly, and what expected.toml says is written in it is there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from wiredesk.ingest import Problem, read_paths
from wiredesk.records import Article
from wiredesk.samples import CORPUS, expected


@pytest.fixture(scope="module")
def corpus() -> dict[tuple[str, str], Article]:
    items = list(read_paths([str(CORPUS)]))
    assert [p for p in items if isinstance(p, Problem) and not p.skipped] == []
    out = {}
    for a in items:
        if isinstance(a, Article):
            rel = str(a.origin.path).removeprefix(f"{CORPUS}/")
            out[(rel, a.origin.locator or "")] = a
    return out


def _cited(table: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every {file, locator, text} the expected tables name."""
    for rows in table.values():
        if not isinstance(rows, list):
            continue
        for row in rows:
            if "file" in row:
                yield row
            for key in ("articles", "sides"):
                yield from row.get(key, ())


def test_samples_read_whole_folder(corpus: dict[tuple[str, str], Article]) -> None:
    meta = expected()["corpus"]
    assert len(corpus) == meta["articles"] >= 30
    kinds = Counter(a.origin.kind for a in corpus.values())
    assert sorted(kinds) == meta["kinds"] and len(kinds) >= 6


def test_samples_skipped_on_purpose() -> None:
    skipped = [p for p in read_paths([str(CORPUS)]) if isinstance(p, Problem) and p.skipped]
    assert len(skipped) == expected()["corpus"]["skipped"]


def test_samples_published_within_the_week(corpus: dict[tuple[str, str], Article]) -> None:
    first, last = expected()["corpus"]["week"]
    for article in corpus.values():
        assert article.published and first <= article.published[:10] <= last, article.origin


@pytest.mark.parametrize("row", list(_cited(expected())), ids=lambda r: f"{r['file']}:{r['text']}")
def test_samples_expected_text_is_in_article(
    corpus: dict[tuple[str, str], Article], row: dict[str, Any]
) -> None:
    article = corpus[(row["file"], row["locator"])]
    assert row["text"] in article.text
    if "source" in row:
        assert row["source"] == article.source
