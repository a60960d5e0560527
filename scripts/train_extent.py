"""Fit the weights that run a reported content on to the end of its sentence
(data/extent_weights.toml, read by extract/attributions/_extent.py).

Each content the recognizers find told after its cue that stops short of its sentence's end
is an example: labelled by whether the run-on extent shares more with the annotated content
it pairs with than the rules' extent (examples where neither reaches Jaccard 0.5, as
score_dev.py pairs them, are left out: either way they miss). A logistic model over the
shape of the words left (extract/attributions/_extent.py's features: never a word) is
fitted, and the threshold is the one that pairs the most contents on the fitted articles.

Only ../shared/devsets/quotes/train.jsonl is fitted; the dev cases are scored after (as
scripts/train_cues.py does: whole, tuned four fifths, untouched fifth). No text is copied:
the file written holds one number per feature. Parses are kept in /tmp.

    .venv/bin/python scripts/train_extent.py              # fit, write, print train and dev scores
    .venv/bin/python scripts/train_extent.py --no-dev     # fit and write only
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from logistic import fit_choice, write_weights  # scripts/logistic.py, beside this one
from train_cues import DEVSETS, _jaccard, _parsed, dev_scores

from wiredesk.extract.attributions import prepared
from wiredesk.extract.attributions._extent import further_ends
from wiredesk.extract.attributions._quotes import find_quotes
from wiredesk.nlp import doc_text

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wiredesk" / "data" / "extent_weights.toml"

# one content: the Jaccard of the rules' extent, and each further end's features and Jaccard,
# against the annotated content the best of them pairs with
Group = tuple[float, list[tuple[tuple[str, ...], float]]]


def examples(path: Path, limit: int) -> list[Group]:
    lines = path.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines[:limit] if line]
    out: list[Group] = []
    for case, doc in zip(cases, _parsed(path, [c["text"] for c in cases]), strict=True):
        gold = [tuple(g["content_span"]) for g in case["gold"]["attributions"]]
        found = prepared(doc, find_quotes(doc_text(doc)))
        cues_at = frozenset(f.cue[0] for f in found if f.cue is not None)
        for f in found:
            ends = further_ends(f, cues_at)
            if not ends or not gold:
                continue
            spans = [f.content] + [(f.content[0], end) for end, _ in ends]
            scores = max(([_jaccard(s, g) for s in spans] for g in gold), key=max)
            if max(scores) >= 0.5:
                further = [(x, j) for (_, x), j in zip(ends, scores[1:], strict=True)]
                out.append((scores[0], further))
    return out


def fit_ends(groups: list[Group], names: list[str], l2: float = 1.0) -> np.ndarray:
    """A choice among the rules' end and the further ones: the one that pairs best."""
    index = {n: k + 1 for k, n in enumerate(names)}
    rows = []
    for kept, ends in groups:
        x = np.zeros((len(ends), len(names) + 1))
        x[:, 0] = 1.0
        for row, (features, _) in enumerate(ends):
            for f in features:
                x[row, index[f]] = 1.0
        best = max(range(len(ends)), key=lambda k: ends[k][1])
        rows.append((x, best if ends[best][1] >= 0.5 and ends[best][1] > kept else -1))
    return fit_choice(rows, len(names) + 1, l2)


def probabilities(groups: list[Group], w: np.ndarray, names: list[str]) -> np.ndarray:
    weight = dict(zip(names, w[1:], strict=True))
    z = np.array([w[0] + sum(weight.get(f, 0.0) for f in x) for _, ends in groups for x, _ in ends])
    return 1.0 / (1.0 + np.exp(-z))


def paired(groups: list[Group], p: np.ndarray, t: float) -> int:
    """Contents that pair when each runs on to its best-scored end reaching `t`."""
    count, at = 0, 0
    for kept, ends in groups:
        q = p[at : at + len(ends)]
        at += len(ends)
        best = int(q.argmax())
        count += (ends[best][1] if q[best] >= t else kept) >= 0.5
    return count


def threshold(groups: list[Group], p: np.ndarray) -> float:
    """The score above which running on pairs the most contents (Jaccard >= 0.5)."""
    return max(np.arange(0.2, 0.9, 0.02), key=lambda t: (paired(groups, p, t), t))


def write(w: np.ndarray, names: list[str], cut: float, articles: int) -> None:
    write_weights(OUT, [
        f"Written by scripts/train_extent.py --limit {articles} from "
        "../shared/devsets/quotes/train.jsonl.",
        "The weights of extract/attributions/_extent.py's features: a content runs on to the",
        "further end that scores highest when 1 / (1 + exp(-(bias + the sum of that end's",
        "features' weights))) >= threshold.",
    ], w, names, cut)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=804, help="fit on the first N articles")
    ap.add_argument("--no-dev", action="store_true", help="do not score the dev cases")
    args = ap.parse_args()
    groups = examples(DEVSETS / "train.jsonl", args.limit)
    names = sorted({f for _, ends in groups for x, _ in ends for f in x})
    w = fit_ends(groups, names)
    p = probabilities(groups, w, names)
    cut = float(threshold(groups, p))
    print(
        f"train: {len(groups)} contents that could run on ({len(p)} further ends); paired "
        f"{paired(groups, p, 2.0)} as the rules end them, {paired(groups, p, cut)} at "
        f"threshold {cut:.2f}, {len(groups)} at best"
    )
    write(w, names, cut, args.limit)
    if not args.no_dev:
        dev_scores()


if __name__ == "__main__":
    sys.exit(main())
