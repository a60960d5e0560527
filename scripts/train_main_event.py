"""Fit the main-event choice (src/wiredesk/extract/events/_main.py) on the golden event rounds
and write its weights to src/wiredesk/data/main_event_weights.toml.

Each report of the fitted folders offers its candidate events with their features; the one
its annotation flags main (a telling of the main event, of one of its types) is the choice a
conditional logit learns. Prints the share of reports whose main event is chosen right, on
the fitted folders and on the folder kept out of the fit.

usage: .venv/bin/python scripts/train_main_event.py [--l2 1.0] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from logistic import fit_choice

import wiredesk

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
OUT = ROOT / "src" / "wiredesk" / "data" / "main_event_weights.toml"
FITTED = ["events_heldout", *(f"events_heldout{n}" for n in range(2, 15) if n != 7),
          "events_dev3"]
KEPT_OUT = "events_heldout7"  # scored, never fitted on


def reports(folder: str) -> list[tuple[list[dict[str, float]], int | None]]:
    """Each report's candidates' features and the index of its main one (None if no
    candidate tells it)."""
    events_pkg = sys.modules["wiredesk.extract.events"]
    main_mod = sys.modules["wiredesk.extract.events._main"]
    seen: list = []
    original = events_pkg.with_main

    def record(told, published=None):
        seen.append((told, main_mod.main_candidates(told, published)))
        return original(told, published)

    events_pkg.with_main = record
    out = []
    try:
        for txt in sorted((GOLDEN / folder).glob("*.txt")):
            gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            main = next((g for g in gold["events"] if g.get("main")), None)
            if main is None:
                continue
            text = txt.read_text(encoding="utf-8")
            seen.clear()
            wiredesk.extract(text, published=gold.get("published"))
            told, candidates = seen[-1] if seen else ([], [])
            spans = [(at, at + len(w)) for w in (main["evidence"], *main.get("also", []))
                     if (at := text.find(w)) >= 0]
            types = main["type"] if isinstance(main["type"], list) else [main["type"]]
            chosen = next((n for n, (i, _) in enumerate(candidates)
                           if told[i].event.type in types
                           and any(min(told[i].event.span[1], b) > max(told[i].event.span[0], a)
                                   for a, b in spans)), None)
            out.append(([f for _, f in candidates], chosen))
    finally:
        events_pkg.with_main = original
    return out


def right(data: list, names: list[str], w: np.ndarray) -> tuple[int, int]:
    """Reports whose best-scored candidate is the main one, of all reports."""
    hits = 0
    for feats, chosen in data:
        if not feats:
            continue
        scores = [sum(w[1 + names.index(k)] * v for k, v in f.items() if k in names) for f in feats]
        hits += chosen is not None and int(np.argmax(scores)) == chosen
    return hits, len(data)


def fit(data: list, names: list[str], l2: float) -> np.ndarray:
    """The conditional logit's weights over the reports whose main event is a candidate."""
    groups = [
        (np.array([[1.0, *(f.get(k, 0.0) for k in names)] for f in feats]), chosen)
        for feats, chosen in data if feats and chosen is not None
    ]
    return fit_choice(groups, 1 + len(names), l2=l2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--dry-run", action="store_true", help="print, write nothing")
    args = parser.parse_args()
    by_folder = {folder: reports(folder) for folder in FITTED}
    fitted = [r for rs in by_folder.values() for r in rs]
    kept = reports(KEPT_OUT)
    names = sorted({k for feats, _ in fitted for f in feats for k in f})
    hits = total = 0
    for folder, held in by_folder.items():  # each folder scored by a fit without it
        rest = [r for other, rs in by_folder.items() if other != folder for r in rs]
        h, n = right(held, names, fit(rest, names, args.l2))
        hits, total = hits + h, total + n
    print(f"main right, each fitted folder left out of its own fit: {hits}/{total}")
    w = fit(fitted, names, args.l2)
    chosen = sum(1 for feats, c in fitted if feats and c is not None)
    print(f"fitted: {chosen} reports with the main event among candidates, of {len(fitted)}")
    print("main right, fitted folders: {}/{}".format(*right(fitted, names, w)))
    print("main right, {} (kept out): {}/{}".format(KEPT_OUT, *right(kept, names, w)))
    for name, value in sorted(zip(names, w[1:], strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:16s} {value:+.3f}")
    if args.dry_run:
        return
    lines = [
        "# Weights of the main-event choice (extract/events/_main.py), fitted by",
        "# scripts/train_main_event.py on the golden event rounds it names (FITTED; "
        f"{KEPT_OUT} kept out):",
        "# a conditional logit over the features below. Do not edit: retrain.",
        "",
        "[weights]",
        *(f'{name} = {value:.4f}' for name, value in zip(names, w[1:], strict=True)),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
