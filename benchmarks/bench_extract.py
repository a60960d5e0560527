"""wiredesk's whole extraction against bare spaCy `nlp.pipe`, same model, same texts, one run.

Prints docs/s for bare spaCy, wiredesk on one process and wiredesk on two, the ratios, and
peak memory. Targets: wiredesk <= 1.3x bare spaCy's time on one process; >= 1.6x faster on two
processes than on one. Bare spaCy is the model as shipped (`spacy.load`): wiredesk's own
components (paragraph and label breaks, lemma fixes, its compiled attribute rules) are on
wiredesk's side of the ratio.

    .venv/bin/python benchmarks/bench_extract.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy
from corpus import corpus

from wiredesk.extract import extract_articles
from wiredesk.nlp import MODEL_NAME, load_pipeline
from wiredesk.records import Article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (evens out load)")
    args = ap.parse_args()
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words, {words / len(texts):.0f} words/article, "
          f"{args.rounds} interleaved rounds")
    load_pipeline()
    nlp = spacy.load(MODEL_NAME)
    articles = [Article(t, published="2026-03-05") for t in texts]
    list(extract_articles(articles[:20]))  # warm up every stage's data once
    runs = {
        "bare spaCy nlp.pipe": lambda part: list(nlp.pipe([a.text for a in part], batch_size=32)),
        "wiredesk, 1 process": lambda part: list(extract_articles(part)),
        "wiredesk, 2 processes": lambda part: list(extract_articles(part, jobs=2)),
    }
    seconds = dict.fromkeys(runs, 0.0)
    size = -(-len(articles) // args.rounds)
    for start in range(0, len(articles), size):
        part = articles[start : start + size]
        for label, run in runs.items():  # the same texts, back to back, so load hits all alike
            began = time.perf_counter()
            run(part)
            seconds[label] += time.perf_counter() - began
    for label, spent in seconds.items():
        print(f"{label:<24} {len(texts) / spent:8.1f} docs/s  ({spent:.2f} s)")
    bare, one, two = seconds.values()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"wiredesk / bare spaCy time, 1 process: {one / bare:.2f}x (target <= 1.3x)")
    print(f"speed-up on 2 processes: {one / two:.2f}x (target >= 1.6x)")
    print(f"peak memory: {rss:.0f} MB main process, {rss_child:.0f} MB largest worker")


if __name__ == "__main__":
    main()
