"""Ingest throughput for SQLite and PostgreSQL on the same articles, NLP apart from storing.

Extracts the articles once (timed: the NLP), then stores the same documents into a fresh
SQLite file and, when $WIREDESK_TEST_PG (or --pg URL) names a server, a fresh PostgreSQL
database (timed: the store). Prints articles/s and the store's share of the whole ingest,
which must stay under 10%.

    .venv/bin/python benchmarks/bench_ingest.py [--articles 200] [--pg URL]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from wiredesk.extract import extract_articles
from wiredesk.nlp import load_pipeline
from wiredesk.records import Article, Document
from wiredesk.store import Store
from wiredesk.store.schema import LAYER_TABLES

STORE_SHARE_LIMIT = 0.10


def store_seconds(url: str, docs: list[Document]) -> float:
    """Seconds to put every document into a new store at `url` (opening not counted)."""
    with Store.open(url) as store:
        start = time.perf_counter()
        for doc in docs:
            store.put(doc)
        return time.perf_counter() - start


def fresh_postgres(server: str) -> tuple[str, object]:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return make_url(server).set(database=name).render_as_string(hide_password=False), (admin, name)


def drop_postgres(handle: object) -> None:
    admin, name = handle  # type: ignore[misc]
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--pg", default=os.environ.get("WIREDESK_TEST_PG"))
    args = parser.parse_args()

    articles = [
        Article(text=t, published="2026-03-03", source="Bench Wire",
                url=f"https://bench.example/{i}")
        for i, t in enumerate(corpus(args.articles))
    ]
    load_pipeline()  # loading the model is not ingest work
    start = time.perf_counter()
    docs = list(extract_articles(articles))
    nlp = time.perf_counter() - start
    n = len(docs)
    items = sum(len(getattr(d, layer)) for d in docs for layer in LAYER_TABLES)
    print(f"articles: {n}, extracted items: {items}")
    print(f"NLP (extraction): {nlp:7.2f} s  {n / nlp:7.1f} articles/s")

    targets = [("sqlite", None)]
    if args.pg:
        targets.append(("postgresql", args.pg))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, server in targets:
            handle = None
            if server is None:
                url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            else:
                url, handle = fresh_postgres(server)
            try:
                seconds = store_seconds(url, docs)
            finally:
                if handle is not None:
                    drop_postgres(handle)
            share = seconds / (seconds + nlp)
            worst = max(worst, share)
            print(f"store {name:<10}: {seconds:7.2f} s  {n / seconds:7.1f} articles/s  "
                  f"ingest {n / (seconds + nlp):6.1f} articles/s  store share {share:5.1%}")
    ok = worst < STORE_SHARE_LIMIT
    print(f"store share {worst:.1%} {'<' if ok else '>='} {STORE_SHARE_LIMIT:.0%}: "
          f"{'OK' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
