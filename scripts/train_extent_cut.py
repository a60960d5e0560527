"""Fit the weights that cut a reported content back to an earlier end inside it
(data/extent_cut_weights.toml, read by extract/attributions/_extent.py's earlier_ends).

Each content the recognizers find that the run-on model (data/extent_weights.toml) leaves
where the rules ended it, and that has a place inside it where words of their own start (a
mark set off from the word, a coordinating word, a relative pronoun, a quotation mark), is
an example: labelled by whether ending at one of those places shares more with the
annotated content it pairs with than the rules' extent (examples where none reaches
Jaccard 0.5, as score_dev.py pairs them, are left out: either way they miss). The fit is a
choice among the earlier ends and keeping the rules' end (scripts/train_extent.py's), over
the shape of the words dropped (never a word); the threshold is the highest that pairs within
0.1% of the most contents on the fitted articles. Only reported clauses and infinitives are
offered cuts, and never one dropping a number (extract/attributions/_extent.py).

Only ../shared/devsets/quotes/train.jsonl is fitted; the dev cases are scored after (whole,
tuned four fifths, untouched fifth). The file written holds one number per feature.

    .venv/bin/python scripts/train_extent_cut.py              # fit, write, print train and dev
    .venv/bin/python scripts/train_extent_cut.py --no-dev     # fit and write only
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from logistic import write_weights  # scripts/logistic.py, beside this one
from train_cues import DEVSETS, _jaccard, _parsed, dev_scores
from train_extent import Group, fit_ends, paired, probabilities

from wiredesk.extract.attributions import prepared
from wiredesk.extract.attributions._extent import earlier_ends, extended
from wiredesk.extract.attributions._quotes import find_quotes
from wiredesk.nlp import doc_text

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wiredesk" / "data" / "extent_cut_weights.toml"


def examples(path: Path, limit: int) -> list[Group]:
    """The contents of the first `limit` articles that could be cut back."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines[:limit] if line]
    out: list[Group] = []
    docs = _parsed(path, [c["text"] for c in cases])
    for case, doc in zip(cases, docs, strict=True):
        gold = [tuple(g["content_span"]) for g in case["gold"]["attributions"]]
        found = prepared(doc, find_quotes(doc_text(doc)))
        cues_at = frozenset(f.cue[0] for f in found if f.cue is not None)
        for f in found:
            if not gold or extended(f, cues_at)[1] > f.content[1]:
                continue
            ends = earlier_ends(f)
            if not ends:
                continue
            spans = [f.content] + [(f.content[0], end) for end, _ in ends]
            scores = max(([_jaccard(s, g) for s in spans] for g in gold), key=max)
            if max(scores) >= 0.5:
                cuts = [(x, j) for (_, x), j in zip(ends, scores[1:], strict=True)]
                out.append((scores[0], cuts))
    return out


def threshold(groups: list[Group], p: np.ndarray) -> float:
    """The highest score at which cutting back pairs within 0.1% of the most contents: the
    count is flat and noisy over a wide range, and a lone peak is no reason to cut more."""
    grid = np.arange(0.2, 0.92, 0.02)
    counts = [paired(groups, p, t) for t in grid]
    print("thresholds:", " ".join(f"{t:.2f}:{c}" for t, c in zip(grid, counts, strict=True)))
    enough = max(counts) - 0.001 * len(groups)
    return float(max(t for t, c in zip(grid, counts, strict=True) if c >= enough))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=804, help="fit on the first N articles")
    ap.add_argument("--no-dev", action="store_true", help="do not score the dev cases")
    ap.add_argument("--l2", type=float, default=1.0, help="the penalty on the weights")
    args = ap.parse_args()
    groups = examples(DEVSETS / "train.jsonl", args.limit)
    names = sorted({f for _, ends in groups for x, _ in ends for f in x})
    w = fit_ends(groups, names, args.l2)
    p = probabilities(groups, w, names)
    cut = float(threshold(groups, p))
    print(
        f"train: {len(groups)} contents that could be cut back ({len(p)} earlier ends); paired "
        f"{paired(groups, p, 2.0)} as the rules end them, {paired(groups, p, cut)} at "
        f"threshold {cut:.2f}, {sum(max(j for _, j in e) >= 0.5 or k >= 0.5 for k, e in groups)}"
        " at best"
    )
    write_weights(OUT, [
        f"Written by scripts/train_extent_cut.py --limit {args.limit} from "
        "../shared/devsets/quotes/train.jsonl.",
        "The weights of extract/attributions/_extent.py's earlier ends: a content is cut back",
        "to the earlier end that scores highest when 1 / (1 + exp(-(bias + the sum of that",
        "end's features' weights))) >= threshold, unless it runs on.",
    ], w, names, cut)
    if not args.no_dev:
        dev_scores()


if __name__ == "__main__":
    sys.exit(main())
