"""Fit the namesake choice's weights (data/gazetteer/weights.toml) on the places training set.

    .venv/bin/python scripts/train_places.py [--train FILE] [--l2 0.0005] [--cache F] [--write]
        [--only FEATURE ...]

Each resolvable mention that overlaps a scored gold toponym gives one choice among its
candidates; a candidate within 161 km of the gold point is right. The weights are those
of a conditional logit over each mention's candidates (softmax of weight x feature), with
an L2 pull towards the current weights so that a feature the data barely sees keeps its
prior; `--only` fits the named features and keeps the others (a new feature fitted beside
weights a full refit would not improve). A fifth of the articles is held out to show the
fitted weights choose better than the current ones before they are written. Only the
weights are written: no text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, DocBin

from wiredesk.extract.places import candidate_features
from wiredesk.extract.places._choice import FEATURES, weights
from wiredesk.extract.places._gazetteer import distance_km
from wiredesk.nlp import load_pipeline, parse

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "wiredesk" / "data" / "gazetteer" / "weights.toml"
RIGHT_KM = 161.0

Choice = tuple[np.ndarray, np.ndarray]  # features (options x features), right (options,)


def parsed(rows: list[dict[str, Any]], cache: Path | None) -> list[Doc]:
    """The articles parsed, kept in `cache` (a DocBin) so that a refit after a change of
    feature does not parse them again."""
    vocab = load_pipeline().vocab
    if cache is not None and cache.exists():
        return list(DocBin().from_bytes(cache.read_bytes()).get_docs(vocab))
    docs = list(parse(r["text"] for r in rows))
    if cache is not None:
        kept = DocBin(store_user_data=True)
        for doc in docs:
            kept.add(doc)
        cache.write_bytes(kept.to_bytes())
    return docs


def choices(path: Path, cache: Path | None) -> list[list[Choice]]:
    """Per article, its mentions' candidate features and which candidates are right."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    out: list[list[Choice]] = []
    for row, doc in zip(rows, parsed(rows, cache), strict=True):
        gold = [g for g in row["gold"]["places"] if g.get("scored") and g.get("lat") is not None]
        article: list[Choice] = []
        for (start, end), options in candidate_features(doc):
            hit = next((g for g in gold if g["span"][0] < end and start < g["span"][1]), None)
            if hit is None or len(options) < 2:
                continue
            right = np.array(
                [distance_km(e.lat, e.lon, hit["lat"], hit["lon"]) <= RIGHT_KM for e, _ in options]
            )
            if right.any() and not right.all():
                x = np.array([[f.get(name, 0.0) for name in FEATURES] for _, f in options])
                article.append((x, right))
        out.append(article)
    return out


def accuracy(w: np.ndarray, data: list[Choice]) -> float:
    """Share of choices whose best-scored candidate is right."""
    good = sum(bool(right[int(np.argmax(x @ w))]) for x, right in data)
    return good / max(len(data), 1)


def fit(
    data: list[Choice], prior: np.ndarray, l2: float, free: np.ndarray, steps: int = 3000
) -> np.ndarray:
    """Gradient descent (Adam) on the conditional logit's loss plus the pull to the prior,
    moving only the `free` weights."""
    w = prior.copy()
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        grad = 2 * l2 * (w - prior)
        for x, right in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = np.where(right, p, 0.0)
            q /= q.sum()
            grad += (p - q) @ x / len(data)
        grad *= free
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def write(w: np.ndarray) -> None:
    text = WEIGHTS.read_text(encoding="utf-8")
    for name, value in zip(FEATURES, w, strict=True):
        text = re.sub(rf"(?m)^{name} = .*$", f"{name} = {value:.3f}", text)
    WEIGHTS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    train = ROOT.parent / "shared" / "devsets" / "places" / "train.jsonl"
    parser.add_argument("--train", type=Path, default=train)
    parser.add_argument("--l2", type=float, default=0.0005)
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    parser.add_argument("--cache", type=Path, help="keep the parsed articles here for refits")
    parser.add_argument("--only", nargs="+", choices=FEATURES, help="fit only these features")
    args = parser.parse_args()
    articles = choices(args.train, args.cache)
    random.Random(7).shuffle(articles)
    cut = len(articles) // 5
    held, fitted_on = [c for a in articles[:cut] for c in a], [c for a in articles[cut:] for c in a]
    prior = np.array([weights()[name] for name in FEATURES])
    free = np.array([not args.only or name in args.only for name in FEATURES], dtype=float)
    w = fit(fitted_on, prior, args.l2, free)
    print(f"choices: {len(fitted_on)} to fit, {len(held)} held out")
    for label, data in (("held-out", held), ("fit-set", fitted_on)):
        before, after = accuracy(prior, data), accuracy(w, data)
        print(f"{label} accuracy: current {before:.3f}, fitted {after:.3f}")
    for name, old, new in zip(FEATURES, prior, w, strict=True):
        print(f"  {name:24} {old:7.3f} -> {new:7.3f}")
    if args.write:
        write(fit(held + fitted_on, prior, args.l2, free))
        print(f"wrote {WEIGHTS.relative_to(ROOT)} (fitted on all {len(held) + len(fitted_on)})")


if __name__ == "__main__":
    main()
