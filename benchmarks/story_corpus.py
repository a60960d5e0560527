"""Large corpora with many outlets per story, built at the record level.

Extraction costs about a tenth of a second an article, so 16,000 articles would take half
an hour before any cross-checking. Instead the bundled sample corpus and the hand-checked
cross-check sets are extracted once (kept in a SQLite file beside the system's temp
directory), and each of their Documents is copied many times: every copy is told by
another outlet and moved to another fortnight, its text made distinct by a few trailing
blanks (so it has its own content id) and every date in its records moved with it.
A day of the result holds each story told by `outlets` more outlets than the original.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

from wiredesk.records import Article, Document
from wiredesk.store import Store
from wiredesk.store._migrations import LATEST
from wiredesk.store.ingest import ingest_paths

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})|-W(\d{2}))?")


def base_inputs() -> list[str]:
    """The sample corpus and every hand-checked cross-check set."""
    sets = sorted(str(p) for folder in GOLDEN.glob("crosscheck*") for p in folder.glob("*/*.txt"))
    return [str(files("wiredesk") / "samples" / "corpus"), *sets]


def base_documents(cache: Path | None = None) -> list[Document]:
    """The extracted base corpus, ingested once into `cache` and read back after (by
    default a file a schema version, so that worktrees of other versions never upgrade
    one another's)."""
    path = cache or Path(tempfile.gettempdir()) / f"wiredesk-bench-base-v{LATEST}.db"
    with Store.open(path) as store:
        if not store.stats()["articles"]:
            ingest_paths(base_inputs(), store)
        return list(store.documents())


def _moved(value: Any, days: int) -> Any:
    """Every day in a value moved by `days`; a value that is a month, a week or a year
    (TIMEX3 "2026-03", "2026-W10", "2026") moved to the one holding its first day moved."""
    if not isinstance(value, str) or not days:
        return value
    if _DAY.search(value):
        return _DAY.sub(lambda m: (date.fromisoformat(m[0]) + timedelta(days=days)).isoformat(),
                        value)
    if m := _PERIOD.fullmatch(value):
        year, month, week = int(m[1]), m[2], m[3]
        first = (date(year, int(month), 1) if month else date.fromisocalendar(year, int(week), 1)
                 if week else date(year, 1, 1)) + timedelta(days=days)
        if month:
            return f"{first.year:04d}-{first.month:02d}"
        if week:
            return f"{first.isocalendar().year:04d}-W{first.isocalendar().week:02d}"
        return f"{first.year:04d}"
    return value


def _blanks(n: int) -> str:
    """`n` written in spaces and tabs: a distinct text that reads the same."""
    return "\n" + "".join(" \t"[int(bit)] for bit in f"{n:b}")


def variant(doc: Document, n: int, days: int, outlet: str) -> Document:
    """A copy of `doc` told by `outlet`, `days` later, with its own id."""
    art = doc.article
    article = Article(art.text + _blanks(n), _moved(art.published, days), art.title, outlet,
                      art.url and f"{art.url}#copy{n}", art.author, art.origin)
    aid = article.id

    def moved(item: Any) -> Any:
        changes: dict[str, Any] = {"article_id": aid}
        for name in ("date", "value", "anchor", "said_on"):
            if hasattr(item, name):
                changes[name] = _moved(getattr(item, name), days)
        return replace(item, **changes)

    return Document(article, **{layer: tuple(moved(x) for x in getattr(doc, layer))
                                for layer in ("attributions", "times", "places", "figures",
                                              "checks", "events")})


def _story(doc: Document) -> str:
    """The set a base document came in: one hand-checked set, or the sample corpus."""
    path = Path(doc.article.origin.path or "")
    return path.parent.name if GOLDEN.name in path.parts else "samples"


def _offsets(base: list[Document]) -> dict[str, int]:
    """Days that move each set to start on one day, so that a round of copies fills a few
    days and the next round, `every` days on, meets none of it."""
    first: dict[str, date] = {}
    for doc in base:
        day = (doc.article.published or "")[:10]
        if day:
            d = date.fromisoformat(day)
            first[_story(doc)] = min(first.get(_story(doc), d), d)
    return {name: (_START - d).days for name, d in first.items()}


_START = date(2030, 1, 1)


def story_corpus(base: list[Document], size: int, outlets: int = 4, start: int = 0,
                 every: int = 14) -> Iterator[Document]:
    """`size` documents: every base document told by `outlets` outlets, again and again,
    each round `every` days after the one before (the news of another fortnight).

    `start` skips that many documents first, so a later batch continues the same corpus.
    """
    offsets = _offsets(base)
    n = 0
    week = 0
    while True:
        for doc in base:
            for k in range(outlets):
                if n >= start + size:
                    return
                if n >= start:
                    source = doc.article.source or "Desk"
                    days = offsets.get(_story(doc), 0) + every * week
                    yield variant(doc, n, days, f"{source} copy {k}")
                n += 1
        week += 1
