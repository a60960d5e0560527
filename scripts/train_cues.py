"""Fit the weights that keep or drop a cue the rules pass over (data/cue_weights.toml).

Each candidate of extract/attributions/_fitted.py (a verb no recognizer before it took,
with a speaker and a complement) is labelled by whether what it would give is an
attribution the annotators marked and the rules did not find already: its content shares
half its extent with a gold content (Jaccard >= 0.5, as score_dev.py pairs them) and its
speaker stands in the gold source (or the gold has none). A logistic model over the
candidate's features (frame, lexicon class, subject kind, negation, modality, tense, clause,
nesting, length; and the lemma of a verb the lexicon does not list, where it is a candidate
in --min-lemma examples or more) is fitted, and the threshold is the one that gives the best
F1 of content-and-speaker on the fitted articles, added to what the rules found there.

Only ../shared/devsets/quotes/train.jsonl is fitted; the dev cases are scored after, on the
whole, on the four fifths tuned and on the untouched fifth (sha1(case id) % 5 == 0). No text
is copied: the file written holds one number per feature (a lemma names its feature).
Parses are kept in /tmp.

    .venv/bin/python scripts/train_cues.py              # fit, write, print train and dev scores
    .venv/bin/python scripts/train_cues.py --no-dev     # fit and write only
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from logistic import fit_logistic, write_weights  # scripts/logistic.py, beside this one
from spacy.tokens import Doc, DocBin

from wiredesk.extract.attributions._fitted import candidates
from wiredesk.extract.attributions._quotes import find_quotes
from wiredesk.extract.attributions._recognizers import Finding, configured, run, settled
from wiredesk.extract.attributions._speakers import mention_span
from wiredesk.nlp import doc_text, load_pipeline, parse

ROOT = Path(__file__).resolve().parents[1]
DEVSETS = ROOT.parent / "shared" / "devsets" / "quotes"
SCORER = ROOT.parent / "shared" / "tools" / "score_dev.py"
OUT = ROOT / "src" / "wiredesk" / "data" / "cue_weights.toml"

Span = tuple[int, int]
# the features that name a word (a verb's lemma, a cue noun's, the verb a noun is the object
# of): each fitted only where the word stands in enough candidates
WORDS = ("lemma=", "noun=", "governor=")
Example = tuple[tuple[str, ...], bool]


def _parsed(path: Path, texts: list[str]) -> list[Doc]:
    """The parses of `texts`, kept in /tmp between runs: parsing is most of the time."""
    cache = Path("/tmp") / f"wiredesk-train-cues-{path.stem}-{len(texts)}.spacy"
    vocab = load_pipeline().vocab
    if cache.exists():
        docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(parse(texts))
    DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def _jaccard(a: Span, b: Span) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - shared
    return shared / union if union else 0.0


def _matched(gold: list[Span], found: list[Span]) -> set[int]:
    """The gold contents a found content pairs with, one to one, best pairs first."""
    pairs = sorted(
        ((_jaccard(g, f), gi, fi) for gi, g in enumerate(gold) for fi, f in enumerate(found)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    for j, gi, fi in pairs:
        if j < 0.5:
            break
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
    return used_g


def examples(path: Path, limit: int) -> tuple[list[Example], dict[str, int]]:
    """Every candidate of the first `limit` cases, labelled; and the rules' own counts there."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines[:limit] if line]
    before = [(n, r) for n, r in configured() if n != "fitted"]
    out: list[Example] = []
    counts = {"gold": 0, "rules": 0, "rules_matched": 0}
    for case, doc in zip(cases, _parsed(path, [c["text"] for c in cases]), strict=True):
        gold = case["gold"]["attributions"]
        finding = Finding(doc, find_quotes(doc_text(doc)))
        rules = [f.content for f in settled(run(finding, before))]
        spans = [tuple(g["content_span"]) for g in gold]
        open_gold = [i for i in range(len(gold)) if i not in _matched(spans, rules)]
        counts["gold"] += len(gold)
        counts["rules"] += len(rules)
        counts["rules_matched"] += len(gold) - len(open_gold)
        for cand in candidates(finding):
            out.append(
                (cand.features, _right(cand.found.content, cand.found.speaker, gold, open_gold))
            )
    return out, counts


def _right(content: Span, speaker: object, gold: list[dict], open_gold: list[int]) -> bool:
    for i in open_gold:
        g = gold[i]
        if _jaccard(content, tuple(g["content_span"])) < 0.5:
            continue
        source = g.get("source_span")
        if not source:
            return True
        if speaker is None:
            continue  # an unowned noun's content names no one: right only where no one is
        words = mention_span(speaker)  # type: ignore[arg-type]
        if words.start_char < source[1] and source[0] < words.end_char:
            return True
    return False


def fit(data: list[Example], names: list[str], l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method, an L2 penalty keeping rare features small."""
    index = {n: k + 1 for k, n in enumerate(names)}
    x = np.zeros((len(data), len(names) + 1))
    x[:, 0] = 1.0
    for row, (features, _) in enumerate(data):
        for f in features:
            if f in index:
                x[row, index[f]] = 1.0
    y = np.array([1.0 if right else 0.0 for _, right in data])
    return fit_logistic(x, y, l2)


def _common(data: list[Example], least: int) -> list[str]:
    """The features to fit: every shape feature, and a word's own weight only where the
    word stands as a candidate in `least` articles' worth of examples or more (a rare
    lemma's weight would learn its few sentences, not the verb)."""
    seen: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            seen[f] = seen.get(f, 0) + 1
    return sorted(f for f, n in seen.items() if not f.startswith(WORDS) or n >= least)


def probabilities(data: list[Example], w: np.ndarray, names: list[str]) -> np.ndarray:
    weight = dict(zip(names, w[1:], strict=True))
    z = np.array([w[0] + sum(weight.get(f, 0.0) for f in feats) for feats, _ in data])
    return 1.0 / (1.0 + np.exp(-z))


def threshold(data: list[Example], p: np.ndarray, counts: dict[str, int], floor: float) -> float:
    """The score a candidate must reach for the best F1 with what the rules found, among
    the thresholds whose kept candidates are right at least `floor` of the time: a desk
    would rather miss a stance than be handed a wrong one."""
    y = np.array([right for _, right in data])
    best, best_t = -1.0, 1.0
    for t in np.arange(0.2, 0.9, 0.02):
        kept = p >= t
        if not kept.any() or y[kept].mean() < floor:
            continue
        tp = counts["rules_matched"] + int(y[kept].sum())
        pred = counts["rules"] + int(kept.sum())
        r, prec = tp / counts["gold"], tp / pred
        f1 = 2 * r * prec / (r + prec)
        if f1 > best:
            best, best_t = f1, float(t)
    return best_t


def write(w: np.ndarray, names: list[str], cut: float, articles: int) -> None:
    write_weights(OUT, [
        f"Written by scripts/train_cues.py --limit {articles} from "
        "../shared/devsets/quotes/train.jsonl.",
        "The weights of extract/attributions/_fitted.py's features: a candidate cue is kept",
        "when 1 / (1 + exp(-(bias + the sum of its features' weights))) >= threshold.",
    ], w, names, cut)


def dev_scores() -> None:
    """The quotes dev score of the whole pipeline: whole, tuned four fifths, untouched fifth."""
    spec = importlib.util.spec_from_file_location("score_dev", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from wiredesk.extract import extract_articles
    from wiredesk.records import Article

    lines = (DEVSETS / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line]
    articles = [Article(c["text"], published=c.get("published")) for c in cases]
    docs = [d.to_dict() for d in extract_articles(iter(articles))]

    def untouched(case: dict) -> bool:
        return int(hashlib.sha1(case["id"].encode()).hexdigest(), 16) % 5 == 0

    for name, keep in (
        ("whole", lambda c: True),
        ("tuned", lambda c: not untouched(c)),
        ("untouched", untouched),
    ):
        tot: dict[str, int] = {}
        for case, doc in zip(cases, docs, strict=True):
            if keep(case):
                for k, v in scorer.score_quotes(case, doc, {})[0].items():
                    tot[k] = tot.get(k, 0) + v
        print(f"dev {name:9s} {scorer.summarize('quotes', tot)[1]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=804, help="fit on the first N articles")
    ap.add_argument("--no-dev", action="store_true", help="do not score the dev cases")
    ap.add_argument(
        "--floor", type=float, default=0.6, help="least share of kept candidates that are right"
    )
    ap.add_argument(
        "--min-lemma", type=int, default=8, help="least candidates a lemma's own weight needs"
    )
    args = ap.parse_args()
    data, counts = examples(DEVSETS / "train.jsonl", args.limit)
    names = _common(data, args.min_lemma)
    w = fit(data, names)
    p = probabilities(data, w, names)
    cut = threshold(data, p, counts, args.floor)
    kept = p >= cut
    right = sum(r for (_, r), k in zip(data, kept, strict=True) if k)
    print(
        f"train: {len(data)} candidates, {sum(r for _, r in data)} right; kept {int(kept.sum())} "
        f"({right} right) at threshold {cut:.2f}; rules {counts['rules_matched']}/"
        f"{counts['gold']} gold of {counts['rules']} found"
    )
    write(w, names, cut, args.limit)
    if not args.no_dev:
        dev_scores()


if __name__ == "__main__":
    sys.exit(main())
