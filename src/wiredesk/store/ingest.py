"""Read inputs, extract every layer and store each article: the work behind `wiredesk ingest`.

The CLI, the web page and the Spark job call `ingest_paths`; each shows progress its own
way through `progress`. Content already stored is skipped before NLP, and each article
goes in with its own transaction, so an interrupted run can simply be run again.

One article never costs the batch: a reader's failure is a located `Problem`, a stage that
raises is recorded on the Document and stored ("incomplete": the next ingest extracts that
article again), and any other exception while extracting or storing one article fails that
article alone.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wiredesk.errors import StoreError
from wiredesk.extract import extract_articles
from wiredesk.ingest import Problem, read_paths
from wiredesk.records import Article, Document
from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck

OUTCOMES = ("stored", "unchanged", "updated", "incomplete", "failed", "skipped")


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
    incomplete: int = 0
    failed: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every input went in whole (or was already there, or skipped on purpose)."""
        return self.failed == 0 and self.incomplete == 0

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
            elif store.has_whole(item.id):
                report(Progress("unchanged", _where(item), item.id, path=item.origin.path))
            else:
                yield item

    for doc in _isolated(extract_articles, unknown(), jobs, report):
        where = _where(doc.article)
        try:
            result = store.put(doc)
        except Exception as exc:  # the store's own refusal, or a record it cannot hold
            said = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
            report(Progress("failed", where, doc.article.id, said), Problem(where, said))
            continue
        path = doc.article.origin.path
        if doc.failures and result.status != "unchanged":
            message = _failed_stages(doc)
            report(Progress("incomplete", where, doc.article.id, message, path=path),
                   Problem(where, message))
        else:
            report(Progress(result.status, where, result.article_id, path=path))
    update_crosscheck(store)  # the new articles against the rest, incrementally
    return summary


def _failed_stages(doc: Document) -> str:
    said = "; ".join(f"{f.stage} ({f.error}: {f.message})" for f in doc.failures)
    return f"stored, but these stages failed: {said}; the next ingest tries it again"


class _InputsFailed(Exception):
    """Reading the inputs (or asking the store what it holds) failed: the run cannot go on."""


def _isolated(
    run: Callable[..., Iterator[Document]],
    articles: Iterator[Article],
    jobs: int,
    report: Callable[[Progress, Problem | None], None],
) -> Iterator[Document]:
    """`run` over `articles`, in order; when it raises, the articles it held are run again
    one by one, the one that raises alone fails, and the rest of the stream goes on.

    The runner records a stage's exception on the Document; this is the net under it (the
    runner's own failure, a worker process that died).
    """
    held: list[Article] = []

    def feed() -> Iterator[Article]:
        while True:
            try:
                article = next(articles)
            except StopIteration:
                return
            except Exception as exc:  # the inputs' or the store's failure: not one article's
                raise _InputsFailed(exc) from exc
            held.append(article)
            yield article

    while True:
        try:
            for doc in run(feed(), jobs=jobs):
                held.pop(0)
                yield doc
            return
        except _InputsFailed as failed:
            raise failed.args[0] from None
        except Exception:
            lost, held[:] = list(held), []
            for article in lost:
                try:
                    yield next(run([article], jobs=1))
                except Exception as exc:
                    where = _where(article)
                    message = f"extraction failed ({type(exc).__name__}: {exc}); not stored"
                    report(Progress("failed", where, article.id, message), Problem(where, message))
