"""Page render times of `wiredesk serve` on a store of 10,000 articles, on one core.

Builds the store by cloning the sample corpus's documents (each clone's text gets a marker
line, so it is a new article, and its date moves by up to 60 days), copies the sample's
cross-check, opens the store read-only and requests every page through the app in-process
(no network), timing each request. Prints p50 and p95 wall time per page, p95 of the
process's CPU time (what the page costs one core when the machine is shared) and the ratio
of p95 wall time to the 300 ms target; exits 1 when a page misses it.

    .venv/bin/python benchmarks/bench_web.py [--articles 10000] [--rounds 30] [--db PATH]

`--db` keeps the built store at PATH and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import replace
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

from wiredesk.records import Document
from wiredesk.store import Store, browse
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.store.ingest import ingest_paths
from wiredesk.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TARGET_MS = 300.0
SAMPLE_DB = Path(__file__).resolve().parent.parent / "out" / "sample.db"


def sample_store() -> Path:
    """The sample corpus's store: out/sample.db (made by setup.sh), else ingested now."""
    if SAMPLE_DB.exists():
        return SAMPLE_DB
    path = Path(tempfile.mkdtemp()) / "sample.db"
    with Store.open(path) as store:
        ingest_paths([str(files("wiredesk") / "samples" / "corpus")], store)
    return path


def _moved(published: str | None, days: int) -> str | None:
    if not published:
        return published
    day = date.fromisoformat(published[:10]) + timedelta(days=days)
    return day.isoformat() + published[10:]


def clone(doc: Document, n: int) -> Document:
    """A new article with the same layers: a marker line ends its text, spans stay true."""
    article = replace(doc.article, text=f"{doc.article.text}\n\n(clone {n})",
                      published=_moved(doc.article.published, n % 60))
    aid = article.id
    layers = {name: tuple(replace(item, article_id=aid) for item in getattr(doc, name))
              for name in ("attributions", "times", "places", "figures", "checks", "events")}
    return Document(article, **layers)


def build(path: Path, articles: int) -> float:
    """Fill a new store at `path` with `articles` clones; returns the seconds it took."""
    with Store.open(sample_store()) as sample:  # opened to write: an older store is upgraded
        docs = list(sample.documents())
    start = time.perf_counter()
    with Store.open(path) as store:
        for n in range(articles):
            store.put(clone(docs[n % len(docs)], n // len(docs)) if n >= len(docs)
                      else docs[n])
        update_crosscheck(store)  # as `ingest` does after storing
    return time.perf_counter() - start


def pages(store: Store, rng: random.Random) -> dict[str, list[str]]:
    """Each page to time, with the URLs to request for it (varied where the page takes ids)."""
    ids = [r["id"] for r in browse.list_articles(store, limit=200)]
    stories = [n for n, _ in browse.stories(store, limit=50)]
    day = browse.articles_per_day(store)[len(browse.articles_per_day(store)) // 2]["day"]
    return {
        "overview": ["/"],
        "articles": ["/articles", "/articles?page=20", "/articles?place=Kherson"],
        "article": [f"/article/{rng.choice(ids)}?hl=10-60" for _ in range(20)],
        "search": ["/search?q=drone+depot", "/search?q=Kherson+market"],
        "claims": ["/claims", "/claims?place=Poltava", "/claims?type=attack",
                   "/claims?q=strike", "/claims?status=denied&page=3"],
        "stories": ["/stories", "/stories?kind=figure"],
        "story": [f"/story/{n}" for n in stories],
        "map": ["/map", f"/map?since={day}&until={day}", "/map?type=attack"],
        "briefing (one day)": [f"/brief?since={day}&until={day}"],
        "api: claims": ["/api/claims?place=Kherson"],
        "api: places.geojson": ["/api/places.geojson"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=30, help="requests timed per page")
    parser.add_argument("--db", type=Path, help="keep (and reuse) the built store here")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    path = args.db or Path(tempfile.mkdtemp()) / "bench-web.db"
    if not path.exists():
        seconds = build(path, args.articles)
        print(f"built {args.articles} articles in {seconds:.1f} s", file=sys.stderr)
    rng = random.Random(15)
    missed = []
    with Store.open(path, read_only=True) as store:
        print(f"store: {store.stats()['articles']} articles, one core, {args.rounds} requests"
              " a page")
        client = TestClient(create_app(store))
        print(f"{'page':<22}{'p50 ms':>9}{'p95 ms':>9}{'p95 cpu ms':>13}{'p95/target':>12}")
        for name, urls in pages(store, rng).items():
            for url in urls:
                assert client.get(url).status_code == 200, url  # warm up, and check
            times, cpu = [], []
            for i in range(args.rounds):
                start, start_cpu = time.perf_counter(), time.process_time()
                client.get(urls[i % len(urls)])
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{name:<22}{statistics.median(times):>9.1f}{p95:>9.1f}"
                  f"{statistics.quantiles(cpu, n=20)[-1]:>13.1f}{p95 / TARGET_MS:>12.2f}")
            if p95 > TARGET_MS:
                missed.append(name)
    if missed:
        print(f"over {TARGET_MS:.0f} ms at p95: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
