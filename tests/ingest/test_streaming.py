"""Large inputs stream: memory stays bounded by one article, not by the file."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from wiredesk.ingest import Problem, read_paths
from wiredesk.ingest.files import MAX_BYTES
from wiredesk.records import Article

MB = 1024 * 1024
PARAGRAPH = (
    "Shelling hit the outskirts of the city overnight, the regional governor said on Tuesday, "
    "adding that 12 people had been wounded and 40 homes damaged.\n\n"
)


def _peak(items: Iterator[Article | Problem]) -> tuple[int, int, int]:
    """(articles, characters, peak traced bytes) while consuming `items` one at a time."""
    tracemalloc.start()
    try:
        count = chars = 0
        for item in items:
            assert isinstance(item, Article), item
            count, chars = count + 1, chars + len(item.text)
        return count, chars, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_jsonl_50mb_bounded(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": PARAGRAPH * 3, "source": "Wire", "published": "2026-03-03"})
    lines = 50 * MB // (len(line) + 1) + 1
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(lines):
            fh.write(line + "\n")
    assert path.stat().st_size >= 50 * MB
    count, chars, peak = _peak(read_paths([str(path)]))
    assert count == lines and chars == lines * len(PARAGRAPH * 3)
    assert peak < 2 * MB  # a few lines at a time, never the file


def test_streaming_text_50mb_refused_unread(tmp_path: Path) -> None:
    """One article is at most files.MAX_BYTES: a larger text is a Problem, not a 50 MB read."""
    path = tmp_path / "big.txt"
    body = PARAGRAPH * (50 * MB // len(PARAGRAPH) + 1)
    path.write_text("title: Long report\npublished: 2026-03-03\n\n" + body, encoding="utf-8")
    del body
    tracemalloc.start()
    try:
        problem = next(iter(read_paths([str(path)])))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(problem, Problem) and "too large" in problem.message
    assert peak < MB


def test_streaming_text_at_the_limit_one_article(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    body = PARAGRAPH * (MAX_BYTES // len(PARAGRAPH) - 1)
    path.write_text("title: Long report\n\n" + body, encoding="utf-8")
    count, chars, peak = _peak(read_paths([str(path)]))
    assert (count, chars) == (1, len(body))
    assert peak < 3.5 * len(body)  # a few copies of one article (at most MAX_BYTES), no more
