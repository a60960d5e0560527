"""`wiredesk spark extract` on local[1] and local[2] against single-process extraction, one run.

Builds a corpus of generated variants of the bundled sample corpus (JSON-lines files, each
article a sample article with a line of its own so every content differs), then times:
the library's extraction in this process (read + `extract_articles`, the work of `ingest`
without its store and cross-check), and `extract_to_parquet` on a fresh local[1] and
local[2] session (session start-up timed apart). Prints articles/s, the ratios (target:
local[2] >= 1.6x local[1]) and the cost of one executor: its Python worker's peak memory
(model and gazetteer loaded) and the session's start-up.

    .venv/bin/python benchmarks/bench_spark.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from wiredesk.extract import extract_articles
from wiredesk.ingest import read_paths
from wiredesk.records import Article
from wiredesk.samples import CORPUS
from wiredesk.spark import extract_to_parquet, spark_session

PER_FILE = 250  # articles a JSON-lines file


def write_corpus(folder: Path, size: int) -> int:
    """`size` variants of the sample corpus's articles as JSON-lines files; returns the count."""
    samples = [a for a in read_paths([str(CORPUS)]) if isinstance(a, Article)]
    lines = []
    for n in range(size):
        a = samples[n % len(samples)]
        text = f"{a.text}\n\nFiled as item {n} of the desk's archive."
        lines.append(json.dumps({"text": text, "published": a.published, "title": a.title,
                                 "source": a.source, "url": f"{a.url or 'https://x.example/a'}#{n}"}))
    for start in range(0, len(lines), PER_FILE):
        chunk = "\n".join(lines[start : start + PER_FILE]) + "\n"
        (folder / f"part-{start // PER_FILE:05d}.jsonl").write_text(chunk, encoding="utf-8")
    return len(lines)


def local_run(folder: Path) -> tuple[float, int]:
    began = time.perf_counter()
    articles = (a for a in read_paths([str(folder)]) if isinstance(a, Article))
    done = sum(1 for _ in extract_articles(articles))
    return time.perf_counter() - began, done


def _worker_peak(_: object) -> tuple[int, int]:
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def spark_run(master: str, folder: Path, out: Path) -> dict[str, float]:
    began = time.perf_counter()
    spark = spark_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter()
    summary = extract_to_parquet(spark, [str(folder)], str(out))
    done = time.perf_counter()
    cores = spark.sparkContext.defaultParallelism
    peaks = dict(spark.sparkContext.parallelize(range(4 * cores), 4 * cores)
                 .map(_worker_peak).collect())
    spark.stop()
    return {"startup": started - began, "extract": done - started,
            "articles": summary.rows["articles"], "worker_mb": max(peaks.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = write_corpus(folder, args.articles)
        list(extract_articles([Article("Kyiv said on Monday that 3 people died.")]))  # warm
        print(f"{size} articles in {-(-size // PER_FILE)} JSON-lines files")
        single, count = local_run(folder)
        print(f"{'single process':<16} {count / single:7.1f} articles/s  ({single:.1f} s)")
        runs = {}
        for master in ("local[1]", "local[2]"):
            out = Path(tmp) / master.strip("]").replace("[", "-")  # no glob characters
            runs[master] = r = spark_run(master, folder, out)
            print(f"{master:<16} {r['articles'] / r['extract']:7.1f} articles/s  "
                  f"({r['extract']:.1f} s, session start-up {r['startup']:.1f} s, "
                  f"Python worker peak {r['worker_mb']:.0f} MB)")
    one, two = runs["local[1]"]["extract"], runs["local[2]"]["extract"]
    print(f"local[2] / local[1] speed: {one / two:.2f}x (target >= 1.6x)")
    print(f"local[2] / single process speed: {single / two:.2f}x")
    print(f"local[1] / single process speed: {single / one:.2f}x (Spark's own cost on one core)")


if __name__ == "__main__":
    main()
