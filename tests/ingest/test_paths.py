"""read_paths over awkward file systems: it never raises, never blocks, and streams folders."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest

from wiredesk.ingest import Problem, read_paths
from wiredesk.ingest import _paths as paths_module
from wiredesk.records import Article

STORY = "Air defence units shot down 14 drones over the Kharkiv region overnight, officials said."
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Frontline Wire</title>
<item><title>Depot hit</title><link>https://wire.example/news/depot-hit.html</link>
<description>A depot was hit.</description></item></channel></rss>
"""
PAGE = """<!DOCTYPE html><html><head><title>Depot hit</title></head><body><article>
<p>A drone strike hit a fuel depot near Poltava before dawn on Tuesday, officials said.</p>
<p>Firefighters worked for hours to put out the blaze, the emergency service said.</p>
</article></body></html>"""


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """Fail, rather than hang the run, if a read blocks (on a FIFO)."""

    def _fail(*_: object) -> None:
        raise TimeoutError("read_paths blocked")

    old = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _kinds(items: list[Article | Problem]) -> list[tuple[str, str]]:
    """(type, file name) of each item, in order."""
    out = []
    for item in items:
        path = item.origin.path if isinstance(item, Article) else item.where.split(": ")[0]
        out.append((type(item).__name__, os.path.basename(str(path))))
    return out


def test_paths_fifo_in_folder_and_named_is_problem(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text(STORY)
    items = list(read_paths([str(tmp_path)]))
    assert _kinds(items) == [("Article", "a.txt"), ("Problem", "pipe.txt"), ("Article", "z.txt")]
    assert "FIFO" in items[1].message  # type: ignore[union-attr]
    [named] = list(read_paths([str(tmp_path / "pipe.txt")]))
    assert isinstance(named, Problem) and "not a regular file" in named.message


def test_paths_symlink_loops_are_problems(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(STORY)
    (tmp_path / "news" / "back").symlink_to(tmp_path / "news")  # folder loop
    (tmp_path / "news" / "self.txt").symlink_to(tmp_path / "news" / "self.txt")  # link loop
    items = list(read_paths([str(tmp_path)]))
    assert _kinds(items) == [("Article", "a.txt"), ("Problem", "back"), ("Problem", "self.txt")]
    assert "symlink loop" in items[1].message  # type: ignore[union-attr]
    assert "symbolic links" in items[2].message  # type: ignore[union-attr]


def test_paths_unreadable_folder_is_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(STORY)
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads any folder: make listing it fail as it does for others
        real = os.scandir

        def scandir(path: str) -> object:
            if os.path.samefile(path, locked):
                raise PermissionError(13, "Permission denied", path)
            return real(path)

        monkeypatch.setattr(paths_module.os, "scandir", scandir)
    try:
        items = list(read_paths([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert _kinds(items) == [("Article", "a.txt"), ("Problem", "locked")]
    assert "cannot list this folder: Permission denied" in items[1].message  # type: ignore


def test_paths_file_deleted_after_listing(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(STORY)
    items = read_paths([str(tmp_path)])
    first = next(items)  # the folder is listed now
    (tmp_path / "b.txt").unlink()
    rest = list(items)
    assert _kinds([first, *rest]) == [("Article", "a.txt"), ("Problem", "b.txt"),
                                      ("Article", "c.txt")]
    assert "No such file" in rest[0].message  # type: ignore[union-attr]


def test_paths_folders_listed_only_when_reached(tmp_path: Path) -> None:
    """The first article comes out before later folders are listed (no listing of the tree)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "first.txt").write_text(STORY)
    (tmp_path / "b").mkdir()
    items = read_paths([str(tmp_path)])
    assert isinstance(next(items), Article)
    (tmp_path / "b" / "late.txt").write_text(STORY)  # written after the first article
    assert _kinds(list(items)) == [("Article", "late.txt")]


def test_paths_feed_first_and_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-note.txt").write_text(STORY)
    (tmp_path / "depot-hit.html").write_text(PAGE)
    (tmp_path / "z-feed.xml").write_text(FEED)
    calls = []
    real = feedparser.parse
    monkeypatch.setattr(feedparser, "parse", lambda data: calls.append(1) or real(data))
    items = list(read_paths([str(tmp_path)]))
    assert _kinds(items) == [
        ("Article", "z-feed.xml"), ("Article", "a-note.txt"), ("Problem", "depot-hit.html")
    ]
    assert items[0].origin.locator == "entry 1 (page depot-hit.html)"  # type: ignore[union-attr]
    assert items[2].skipped  # type: ignore[union-attr]
    assert len(calls) == 1


@pytest.mark.parametrize(
    "order", [("z-feed.xml", "depot-hit.html"), ("depot-hit.html", "z-feed.xml")]
)
def test_paths_named_files_page_beside_feed_read_once(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    (tmp_path / "depot-hit.html").write_text(PAGE)
    (tmp_path / "z-feed.xml").write_text(FEED)
    items = list(read_paths([str(tmp_path / name) for name in order]))
    assert _kinds(items) == [("Article", "z-feed.xml"), ("Problem", "depot-hit.html")]


def test_paths_page_in_other_folder_than_feed_is_its_own_article(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "feed.xml").write_text(FEED)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "depot-hit.html").write_text(PAGE)
    items = list(read_paths([str(tmp_path)]))
    assert _kinds(items) == [("Article", "feed.xml"), ("Article", "depot-hit.html")]
    assert items[0].text == "A depot was hit."  # type: ignore[union-attr]
    assert items[1].origin.locator == "page"  # type: ignore[union-attr]
