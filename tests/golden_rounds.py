"""Score golden sets by layer, one line each, as the rounds' READMEs and the floors print them.

    .venv/bin/python tests/golden_rounds.py times=20 places=18 attributions=19 events=18 \
        numbers=21 crosscheck=18 [-v]

A key's number picks the folder (`times=20` is tests/golden/times_heldout20; `times=` the
unnumbered times_heldout); `-v` adds every miss. A round is scored at the start and the end of
the session that wrote it (DEVELOPERS.md, "Held-out sets rotate"), with this script, so its
numbers are the tests' own scorers' numbers and nothing else.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from collections.abc import Callable
from pathlib import Path

import wiredesk

TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden"
sys.path[:0] = [str(TESTS), str(TESTS / "crosscheck")] + [
    str(TESTS / "extract" / layer) for layer in ("times", "places", "attributions", "events",
                                                 "numbers")]


def _times(name: str) -> tuple[str, list[str]]:
    scores, notes = importlib.import_module("test_times_golden").score(wiredesk.extract, name)
    return "TIMES " + " ".join(f"{k} {v:.3f}" for k, v in scores.items()), notes


def _places(name: str) -> tuple[str, list[str]]:
    module = importlib.import_module("test_places_golden")
    scores, notes = module.score(wiredesk.extract, GOLDEN / name)
    return "PLACES " + " ".join(f"{k} {v:.3f}" for k, v in scores.items()), notes


def _attributions(name: str) -> tuple[str, list[str]]:
    s = importlib.import_module("test_attributions_heldout").run(wiredesk.extract, GOLDEN / name)
    figures = " ".join(f"{k} {v:.3f}" for k, v in s.figures().items())
    return f"ATTRIBUTIONS gold {s.gold} pred {s.pred} {figures}", s.misses + s.violations


def _events(name: str) -> tuple[str, list[str]]:
    s = importlib.import_module("heldout_score").score_folder(GOLDEN / name)
    return s.line(), s.notes


def _numbers(name: str) -> tuple[str, list[str]]:
    scores, notes = importlib.import_module("test_numbers_golden").score(wiredesk.extract, name)
    return "NUMBERS " + "; ".join(f"{k} {v:.3f}" for k, v in scores.items()), notes


def _crosscheck(name: str) -> tuple[str, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        importlib.import_module("golden_score").main_(GOLDEN / name)
    lines = out.getvalue().splitlines()
    return "\n".join(line for line in lines if not line.startswith("    ")), [
        line for line in lines if line.startswith("    ")]


LAYERS: dict[str, tuple[str, Callable[[str], tuple[str, list[str]]]]] = {
    "times": ("times_heldout", _times),
    "places": ("places_heldout", _places),
    "attributions": ("attributions_heldout", _attributions),
    "events": ("events_heldout", _events),
    "numbers": ("numbers_heldout", _numbers),
    "crosscheck": ("crosscheck_heldout", _crosscheck),
}


def main(args: list[str]) -> None:
    for key, number in (a.split("=", 1) for a in args if "=" in a):
        prefix, scorer = LAYERS[key]
        line, notes = scorer(prefix + number)
        print(f"== {prefix + number}")
        if "-v" in args:
            print("\n".join(notes))
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
