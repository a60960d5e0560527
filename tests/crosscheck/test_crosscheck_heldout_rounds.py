"""The fresh held-out rounds of cross-checking sets, each two sets of three reports, scored
against floors a little below their first score, so that a regression shows; failures give
numbers only. Tune nothing on a round until its session's end.

- round 7 (tests/golden/crosscheck_heldout5/), held out until the end of session 7. First
  measured on commit 0ccce23's code: contradictions precision 2/4, recall 2/4; corroborations
  4/6 over the right articles, 1/6 with the right number of sources.
- round 8 (tests/golden/crosscheck_heldout6/), held out until the end of session 8. First
  measured on commit 3fa6542's code: contradictions precision 2/3, recall 2/4; corroborations
  2/6 over the right articles, 1/6 with the right number of sources.
- round 9 (tests/golden/crosscheck_heldout7/), held out until the end of session 9. First
  measured on commit 2e401ca's code, and the same at the session's end: contradictions
  precision 2/2, recall 2/4; corroborations 3/6 over the right articles, 2/6 with the right
  number of sources. Tuned on in session 10: 3/3, 3/4, 5/6, 5/6.
- round 10 (tests/golden/crosscheck_heldout8/), held out until the end of session 10. First
  measured on commit e0f3a19's code, and the same at the session's end (d3eac43):
  contradictions precision 4/4, recall 4/4; corroborations 6/6 over the right articles, 4/6
  with the right number of sources.
- round 11 (tests/golden/crosscheck_heldout9/), held out until the end of session 11. First
  measured on commit 0298b7c (code of a72172d), and the same at the session's end (119840e):
  contradictions precision 3/3, recall 3/4; corroborations 5/6 over the right articles, 3/6
  with the right number of sources.
- round 12 (tests/golden/crosscheck_heldout10/), held out until the end of session 12. First
  measured on commit 53bd68f (code of 119840e): contradictions precision 3/3, recall 3/4;
  corroborations 3/6 over the right articles, 3/6 with the right number of sources. At the
  session's end (code of da558db): 3/3, 3/4; corroborations 4/6, 3/6 with the right number of
  sources. A tuning set from session 13.
- round 13 (tests/golden/crosscheck_heldout11/), held out until the end of session 13. First
  measured on commit af64b8b (code of 0fd3290), and the same at the session's end (code of
  bcd76fb): contradictions precision 1/2, recall 1/4; corroborations 2/6 over the right
  articles, 2/6 with the right number of sources. A tuning set from session 14.

Session 14 (places a name the gazetteer lacks only guesses, tolls told for a country and a
place of it, parts kept apart) raised round 7 to 4/4, 4/4, 6/6, 6/6, round 8 to 4/4, 4/4,
5/6, 5/6, round 12 to 4/4, 4/4, 6/6, 6/6 and round 13 to 3/4, 3/4, 6/6, 6/6; the floors
follow a little below.

- round 14 (tests/golden/crosscheck_heldout12/), held out until the end of session 14. First
  measured on commit 64e1785 (code of ae49706): contradictions precision 3/3, recall 3/4;
  corroborations 4/6, 4/6 with the right number of sources; at the session's end (code of
  39d9a8b): 2/2, 2/4; 4/6, 4/6 (one contradiction lost over the session). A tuning set from
  session 15.

Session 15 (a region of no one country told with a town is no second place, a group told
more closely is the same group, a target the figure's own words name is whom it counts)
raised round 14 to 3/3, 3/4, 6/6, 6/6 and round 9 (untouched) to 4/4, 4/4, 6/6, 6/6; the
round-14 floors follow a little below.

- round 15 (tests/golden/crosscheck_heldout13/), held out until the end of session 15. First
  measured on commit 175599f (code of 8fa4422): contradictions precision 3/4, recall 3/4;
  corroborations 2/6, 1/6 with the right number of sources; at the session's end: 3/4, 3/4;
  4/6, 3/6. A tuning set from session 16.

Session 16 (where a body was hit is part of what a claim says, "the prefecture of X" is a
named body, a local report naming no town but its dateline counts there, a count placed only
by its article is no second town's, ages listed after "aged" are no tolls) raised round 14 to
4/4, 4/4, 6/6, 6/6 and round 15 to 4/4, 4/4, 5/6, 5/6; round 9 (untouched) stayed 4/4, 4/4,
6/6, 6/6; the floors follow a little below.

- round 16 (tests/golden/crosscheck_heldout14/), held out until the end of session 16. First
  measured on commit 4e260f4 (code of 7aec455): contradictions precision 2/4, recall 2/4;
  corroborations 5/6, 1/6 with the right number of sources; at the session's end the same.
  A tuning set from session 17: a speaker naming no one ("Preliminary reports") or the
  outlet's own voice is the outlet, "the island's police" is the police, a country's formal
  name for its police ("Hellenic Police", from the actor registry) is its adjective and the
  word ("Greek police"), a count over years is no night's toll, a report's only toll of "two
  men" is its whole toll, and a force's spokesperson is shown as told: 4/4, 4/4, 5/6, 5/6
  (the wire's "a fourth victim ... had died" is no figure of the numbers layer; since session
  19 an ordinal brings a toll to its rank: 6/6, 6/6).

- round 17 (tests/golden/crosscheck_heldout15/), held out until the end of session 17. First
  measured on commit 86c2e9e (code of 5b1fe4f): contradictions precision 2/3, recall 2/4;
  corroborations 3/6, 0/6 with the right number of sources; end of session 17 (commit e75c76d):
  contradictions precision 2/3 (0.67), recall 2/4 (0.50); corroborations recall 3/6 (0.50),
  sources right 0/6 (0.00). A tuning set from session 18. Session 19 (a service's name in its
  own language is the service, people held and arrested are one count, a denial's day dates
  no toll, an ordinal brings a toll to its rank, a claim and its denial share a verb in any
  tense, a time of a clause still to come dates no past toll): 3/3, 3/4, 6/6, 6/6.

- round 18 (tests/golden/crosscheck_heldout16/), held out until the end of session 18. First
  measured on the annotation of f99d067 (code of aac4e54): contradictions precision 1/2, recall
  1/4; corroborations 1/7, 1/7 with the right number of sources; end of session 18 (commit
  26c53c8): contradictions precision 1/1 (1.00), recall 1/4 (0.25); corroborations recall 1/7
  (0.14), sources right 1/7 (0.14). A tuning set from session 19; session 20 (tuned on it: a
  count a later report gives on a later day, a country in a speaker's name, the prison
  service, a part of another kind, a denial's nearest claim, one noun of a country-wide
  toll): 4/4, 4/4, 7/7, 7/7.

- round 19 (tests/golden/crosscheck_heldout17/), held out until the end of session 19. First
  measured on the annotation of ec1a7b7 (code of 648eb1b): contradictions precision 2/4 (0.50),
  recall 2/4 (0.50); corroborations recall 1/5 (0.20), sources right 0/5 (0.00); end of session
  19 (commit cdbfc6a): contradictions precision 2/4 (0.50), recall 2/4 (0.50); corroborations
  recall 3/5 (0.60), sources right 1/5 (0.20). A tuning set from session 20.

- round 20 (tests/golden/crosscheck_heldout18/), held out until the end of session 20. First
  measured on the annotation of d973e7d (code of 88a42bc): contradictions precision 1/4 (0.25),
  recall 1/4 (0.25); corroborations recall 2/5 (0.40), sources right 1/5 (0.20); end of session
  20 (commit ec20ca1): contradictions precision 1/4 (0.25), recall 1/4 (0.25); corroborations
  recall 2/5 (0.40), sources right 1/5 (0.20). A tuning set from session 21.

- round 21 (tests/golden/crosscheck_heldout19/), held out until the end of session 21: first
  measured on the annotation of 124d2d7 (code of 9155c19); end of session 21 (commit 20847bf).
  first: ALL: contradictions precision 1/1 (1.00), recall 1/4 (0.25); corroborations recall 2/4
  (0.50), sources right 1/4 (0.25)
  end: ALL: contradictions precision 1/1 (1.00), recall 1/4 (0.25); corroborations recall 2/4
  (0.50), sources right 1/4 (0.25)
  A tuning set from session 22."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from golden_score import Score, ingest, score

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
ROUNDS = {
    "round7": (GOLDEN / "crosscheck_heldout5",
               {"contradictions precision": 0.9, "contradictions recall": 0.9,
                "corroborations recall": 0.9, "sources right": 0.9}),
    "round8": (GOLDEN / "crosscheck_heldout6",
               {"contradictions precision": 0.9, "contradictions recall": 0.9,
                "corroborations recall": 0.75, "sources right": 0.75}),
    "round9": (GOLDEN / "crosscheck_heldout7",
               {"contradictions precision": 0.9, "contradictions recall": 0.7,
                "corroborations recall": 0.75, "sources right": 0.75}),
    "round10": (GOLDEN / "crosscheck_heldout8",
                {"contradictions precision": 0.9, "contradictions recall": 0.9,
                 "corroborations recall": 0.9, "sources right": 0.6}),
    "round11": (GOLDEN / "crosscheck_heldout9",
                {"contradictions precision": 0.9, "contradictions recall": 0.7,
                 "corroborations recall": 0.8, "sources right": 0.45}),
    "round12": (GOLDEN / "crosscheck_heldout10",
                {"contradictions precision": 0.9, "contradictions recall": 0.9,
                 "corroborations recall": 0.9, "sources right": 0.9}),
    "round13": (GOLDEN / "crosscheck_heldout11",
                {"contradictions precision": 0.7, "contradictions recall": 0.7,
                 "corroborations recall": 0.9, "sources right": 0.9}),
    "round14": (GOLDEN / "crosscheck_heldout12",
                {"contradictions precision": 0.9, "contradictions recall": 0.9,
                 "corroborations recall": 0.9, "sources right": 0.9}),
    "round15": (GOLDEN / "crosscheck_heldout13",
                {"contradictions precision": 0.9, "contradictions recall": 0.9,
                 "corroborations recall": 0.8, "sources right": 0.8}),
    "round16": (GOLDEN / "crosscheck_heldout14",
                {"contradictions precision": 0.9, "contradictions recall": 0.9,
                 "corroborations recall": 0.9, "sources right": 0.9}),
    "round17": (GOLDEN / "crosscheck_heldout15",
                {"contradictions precision": 0.9, "contradictions recall": 0.7,
                 "corroborations recall": 0.9, "sources right": 0.9}),
    "round18": (GOLDEN / "crosscheck_heldout16",
                {"contradictions precision": 0.95, "contradictions recall": 0.7,
                 "corroborations recall": 0.8, "sources right": 0.8}),
    "round19": (GOLDEN / "crosscheck_heldout17",
                {"contradictions precision": 0.45, "contradictions recall": 0.45,
                 "corroborations recall": 0.5, "sources right": 0.15}),
    "round20": (GOLDEN / "crosscheck_heldout18",
                {"contradictions precision": 0.2, "contradictions recall": 0.2,
                 "corroborations recall": 0.35, "sources right": 0.15}),
    "round21": (GOLDEN / "crosscheck_heldout19",
                {"contradictions precision": 0.95, "contradictions recall": 0.2,
                 "corroborations recall": 0.45, "sources right": 0.2}),
}


def _sets(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if (p / "expected.toml").exists())


def _score_round(folder: Path, tmp: pytest.TempPathFactory) -> Score:
    total = Score()
    for set_dir in _sets(folder):
        db = str(tmp.mktemp(set_dir.name) / "store.db")
        ingest(set_dir, db)
        total.add(score(set_dir.name, tomllib.loads((set_dir / "expected.toml").read_text("utf-8")),
                        db))
    return total


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_crosscheck_heldout_round_has_two_sets_of_three(name: str) -> None:
    sets = _sets(ROUNDS[name][0])
    assert len(sets) == 2 and all(len(list(p.glob("*.txt"))) == 3 for p in sets)


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_crosscheck_heldout_round_scores_above_floors(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder, floors = ROUNDS[name]
    s = _score_round(folder, tmp_path_factory)
    got = {"contradictions precision": s.contradictions_right / max(1, s.contradictions_found),
           "contradictions recall": s.contradictions_recalled / max(1, s.contradictions_expected),
           "corroborations recall": s.corroborations_linked / max(1, s.corroborations_expected),
           "sources right": s.sources_right / max(1, s.corroborations_expected)}
    low = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not low, f"below floor: {low} ({s.line()})"
