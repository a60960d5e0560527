"""Read inputs, extract every layer and store each article: the work behind `wiredesk ingest`.

The CLI, the web page and the Spark job call `ingest_paths`; each shows progress its own
way through `progress`. Content already stored is skipped before NLP, and each article
goes in with its own transaction, so an interrupted run can simply be run again.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wiredesk.errors import StoreError
from wiredesk.extract import extract_articles
from wiredesk.ingest import Problem, read_paths
from wiredesk.records import Article
from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck

OUTCOMES = ("stored", "unchanged", "updated", "failed", "skipped")


@dataclass(frozen=True, slots=True)
class Progress:
    """One input dealt with: its outcome (one of `OUTCOMES`), where it was, and why."""

    outcome: str
    where: str
    article_id: str | None = None
    message: str | None = None
    path: str | None = None  # the input file, so a caller can count the bytes done


@dataclass(slots=True)
class IngestSummary:
    """Counts of each outcome, and the problems (failures and deliberate skips) in order."""

    stored: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every input went in (or was already there, or skipped on purpose)."""
        return self.failed == 0

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in OUTCOMES}


def input_sizes(paths: Iterable[str]) -> dict[str, int]:
    """The size in bytes of every file the paths name (folders walked, patterns expanded),
    for a progress bar's total; standard input and unreadable paths count nothing."""
    sizes: dict[str, int] = {}

    def add(path: str) -> None:
        if os.path.isdir(path):
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
                for name in names:
                    if not name.startswith("."):
                        add(os.path.join(folder, name))
        elif os.path.isfile(path):
            sizes[path] = os.path.getsize(path)

    for path in paths:
        for found in glob.iglob(path, recursive=True) if glob.has_magic(path) else [path]:
            add(found)
    return sizes


def _where(article: Article) -> str:
    origin = article.origin
    return f"{origin.path or '<input>'}: {origin.locator}" if origin.locator else (
        origin.path or article.id)


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    jobs: int = 1,
    progress: Callable[[Progress], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and globs into `store`; never raises for one bad input.

    Args:
        paths: inputs for `wiredesk.ingest.read_paths` (files, folders, globs, `-`).
        store: an open store.
        jobs: worker processes for extraction (1: in this process).
        progress: called once per article or problem, as each is dealt with.
    """
    summary = IngestSummary()

    def report(event: Progress, problem: Problem | None = None) -> None:
        setattr(summary, event.outcome, getattr(summary, event.outcome) + 1)
        if problem is not None:
            summary.problems.append(problem)
        if progress is not None:
            progress(event)

    def unknown() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, Problem):
                outcome = "skipped" if item.skipped else "failed"
                report(Progress(outcome, item.where, message=item.message), item)
            elif store.has(item.id):
                report(Progress("unchanged", _where(item), item.id, path=item.origin.path))
            else:
                yield item

    for doc in extract_articles(unknown(), jobs=jobs):
        where = _where(doc.article)
        try:
            result = store.put(doc)
        except StoreError as exc:
            report(Progress("failed", where, doc.article.id, str(exc)), Problem(where, str(exc)))
            continue
        report(Progress(result.status, where, result.article_id, path=doc.article.origin.path))
    update_crosscheck(store)  # the new articles against the rest, incrementally
    return summary
