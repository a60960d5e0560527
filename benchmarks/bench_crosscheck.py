"""Cross-checking at scale: CPU, peak memory and database size as the corpus grows.

For each size, a corpus with many outlets per story is built from extracted records
(`story_corpus`: the sample corpus and the cross-check sets, extracted once, copied with
other outlets and dates), then each step runs in a process of its own, so its peak
memory is its own: storing the documents ("ingest", extraction aside: see
bench_extract.py for that), a full cross-check, an incremental one of `--new` more
articles, a briefing of one week and the contradictions list. It prints each step's CPU
seconds and peak memory, the database's size against its input text, the growth
exponent fitted over the sizes, and whether each target holds:

- cross-check exponent <= 1.15; incremental < 10% of a full cross-check at the largest
  size; peak memory of the full cross-check <= 1.2x from the second size to the largest;
  a week's brief < 5 s at the largest; database <= 5x its input text.

    .venv/bin/python benchmarks/bench_crosscheck.py [--sizes 1000 4000 16000] [--new 100]
        [--keep DIR] [--base FILE]

With `--keep DIR` each size's store is kept in DIR as it was after the full cross-check,
and a later run with the same DIR starts from that copy (ingest and cross-check are not
run again, and print as "kept"): the 16,000 store takes long to build. `--base FILE`
takes the extracted base corpus from that store (upgraded in place if older) instead of
the one kept for this schema version, so that runs of two versions compare the same
records.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from story_corpus import base_documents, story_corpus

from wiredesk.brief import brief
from wiredesk.store import Store
from wiredesk.store._crosscheck import load_crosscheck, update_crosscheck

WEEK = ("2030-01-01", "2030-01-07")  # the corpus's first week, at every size
STEPS = ("ingest", "crosscheck", "incremental", "brief", "contradictions")


def _measured(work: Callable[[], Any]) -> dict[str, float]:
    start = time.process_time()
    work()
    return {"cpu": time.process_time() - start,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def step(name: str, db: str, size: int, new: int, outlets: int,
         base_db: Path | None = None) -> dict[str, float]:
    """Run one step on the store at `db` (in this process) and measure it."""
    base = base_documents(base_db)
    with Store.open(db) as store:
        if name == "ingest":
            def put() -> None:
                for doc in story_corpus(base, size, outlets):
                    store.put(doc)
            return _measured(put)
        if name == "crosscheck":
            return _measured(lambda: update_crosscheck(store, full=True))
        if name == "incremental":
            for doc in story_corpus(base, new, outlets, start=size):
                store.put(doc)
            return _measured(lambda: update_crosscheck(store))
        if name == "brief":
            def week() -> None:
                result = load_crosscheck(store, *WEEK, actors=False)
                brief(list(store.documents(*WEEK)), result, since=WEEK[0], until=WEEK[1])
            return _measured(week)
        return _measured(lambda: load_crosscheck(store, groups=False))


def _child(name: str, db: str, size: int, args: argparse.Namespace) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--step", name, "--db", db, "--sizes", str(size),
         "--new", str(args.new), "--outlets", str(args.outlets),
         *(("--base", args.base) if args.base else ())],
        check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _db_bytes(db: str) -> int:
    with Store.open(db) as store, store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))


def _text_bytes(size: int, outlets: int, base_db: Path | None) -> int:
    return sum(len(d.article.text.encode()) for d in story_corpus(base_documents(base_db),
                                                                   size, outlets))


def exponent(sizes: list[int], values: list[float]) -> float:
    """The least-squares slope of log(value) over log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(v, 1e-6)) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--new", type=int, default=100, help="articles of the incremental run")
    parser.add_argument("--outlets", type=int, default=4, help="more outlets per story")
    parser.add_argument("--keep", help="folder keeping each size's cross-checked store")
    parser.add_argument("--base", help="store holding the extracted base corpus")
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    base_db = Path(args.base) if args.base else None
    if args.step:
        print(json.dumps(step(args.step, args.db, args.sizes[0], args.new, args.outlets,
                              base_db)))
        return 0
    base_documents(base_db)  # extracted once, before any timing
    rows: dict[int, dict[str, dict[str, float]]] = {}
    sizes_mb: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = str(Path(tmp) / f"bench-{size}.db")
            kept = Path(args.keep) / f"bench-{size}.db" if args.keep else None
            rows[size] = {}
            for name in STEPS:
                if kept and kept.exists() and name in ("ingest", "crosscheck"):
                    shutil.copyfile(kept, db)
                    rows[size][name] = {"cpu": math.nan, "peak_mb": math.nan}
                else:
                    rows[size][name] = _child(name, db, size, args)
                if name == "crosscheck":
                    sizes_mb[size] = (_db_bytes(db) / 1e6,
                                      _text_bytes(size, args.outlets, base_db) / 1e6)
                    if kept and not kept.exists():
                        kept.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(db, kept)
            print(f"{size:>6} articles: " + "  ".join(
                f"{n} kept" if math.isnan(r["cpu"]) else f"{n} {r['cpu']:.2f}s/{r['peak_mb']:.0f}MB"
                for n, r in rows[size].items())
                + f"  db {sizes_mb[size][0]:.1f}MB = {sizes_mb[size][0] / sizes_mb[size][1]:.1f}x"
                  f" text {sizes_mb[size][1]:.1f}MB", flush=True)
    sizes = args.sizes
    if len(sizes) > 1:
        print("growth exponents: " + "  ".join(
            f"{n} {exponent(sizes, [rows[s][n]['cpu'] for s in sizes]):.2f}"
            for n in ("ingest", "crosscheck", "brief", "contradictions")))
    top = sizes[-1]
    checks = {
        "incremental / full at the largest size < 10%":
            rows[top]["incremental"]["cpu"] / rows[top]["crosscheck"]["cpu"] < 0.10,
        "brief of one week < 5 s at the largest size": rows[top]["brief"]["cpu"] < 5,
        "database <= 5x its input text": all(db <= 5 * text for db, text in sizes_mb.values()),
    }
    if len(sizes) > 1:
        checks["cross-check exponent <= 1.15"] = exponent(
            sizes, [rows[s]["crosscheck"]["cpu"] for s in sizes]) <= 1.15
        checks["cross-check peak memory <= 1.2x, second size to largest"] = (
            rows[top]["crosscheck"]["peak_mb"] <= 1.2 * rows[sizes[1]]["crosscheck"]["peak_mb"])
    print(f"incremental/full at {top}: "
          f"{rows[top]['incremental']['cpu'] / rows[top]['crosscheck']['cpu']:.1%}")
    for what, ok in checks.items():
        print(f"{'OK  ' if ok else 'MISS'} {what}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
