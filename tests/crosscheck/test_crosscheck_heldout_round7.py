"""The fifth held-out round of cross-checking sets (tests/golden/crosscheck_heldout5/, round 7),
held out until the end of session 7: tune nothing on it. First measured on commit 0ccce23's
code: contradictions precision 2/4, recall 2/4; corroborations 4/6 over the right articles,
1/6 with the right number of sources. Its floors sit a little below, so that a regression
shows, and its failures give numbers only."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from golden_score import Score, ingest, score

ROUND7 = Path(__file__).resolve().parents[1] / "golden" / "crosscheck_heldout5"
FLOORS = {"contradictions precision": 0.35, "contradictions recall": 0.45,
          "corroborations recall": 0.6, "sources right": 0.15}


@pytest.fixture(scope="module")
def round7(tmp_path_factory: pytest.TempPathFactory) -> Score:
    total = Score()
    for set_dir in sorted(p for p in ROUND7.iterdir() if (p / "expected.toml").exists()):
        db = str(tmp_path_factory.mktemp(set_dir.name) / "store.db")
        ingest(set_dir, db)
        total.add(score(set_dir.name, tomllib.loads((set_dir / "expected.toml").read_text("utf-8")),
                        db))
    return total


def test_crosscheck_heldout_round7_has_two_sets_of_three() -> None:
    sets = [p for p in ROUND7.iterdir() if (p / "expected.toml").exists()]
    assert len(sets) == 2 and all(len(list(p.glob("*.txt"))) == 3 for p in sets)


def test_crosscheck_heldout_round7_scores_above_floors(round7: Score) -> None:
    s = round7
    got = {"contradictions precision": s.contradictions_right / max(1, s.contradictions_found),
           "contradictions recall": s.contradictions_recalled / max(1, s.contradictions_expected),
           "corroborations recall": s.corroborations_linked / max(1, s.corroborations_expected),
           "sources right": s.sources_right / max(1, s.corroborations_expected)}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below floor: {low} ({s.line()})"
