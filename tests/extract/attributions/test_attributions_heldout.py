"""Who said it, scored on hand-written articles the code was not tuned on.

tests/golden/attributions_heldout2/ holds ten short conflict reports in different outlets'
styles (a wire story under a capitals dateline, a local rewrite, state media, a UN update, a
live blog, a press release), each with the attributions a careful reader marks: the
speaker's canonical name (or "unresolved" with the mention to keep), the cue and the content,
and the words that must never be a speaker (the dateline city, the weekday, the weapon, the
section label). Its README keeps the first score, taken before the code was changed for it.

A gold attribution is found when a prediction's content overlaps it at Jaccard >= 0.5 (one
to one); its speaker is right when the predicted name is one of the listed names (whole
words, no surname-only match: "Ahmed Barhoum" is not "Khaled Barhoum"), or, for
"unresolved", when no other actor's name was given and the mention is the gold one, or when
a pronoun was resolved to the description the gold keeps ("he" -> "security source" for the
gold's "the security source").

    .venv/bin/python tests/extract/attributions/test_attributions_heldout.py   # misses
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from wiredesk.records import Attribution, Document

HELDOUT = Path(__file__).resolve().parents[2] / "golden" / "attributions_heldout2"
FLOORS = {"found": 0.94, "speaker": 0.86, "full F1": 0.78, "never violated": 1.0}
# Round 7 (attributions_heldout6), held out until the end of session 7: tune nothing on it.
# First measured on commit 0ccce23's code: found 0.906, precision 0.829, speaker 0.845, full F1
# 0.731, never violated 0.986. Floors a little below, so that a regression shows; its test
# prints no misses.
ROUND7 = HELDOUT.parent / "attributions_heldout6"
ROUND7_FLOORS = {"found": 0.89, "precision": 0.81, "speaker": 0.82, "full F1": 0.71,
                 "never violated": 0.98}
# Round 8 (attributions_heldout7), held out until the end of session 8: tune nothing on it.
# First measured on commit 3fa6542's code (with its two annotation slips fixed): found 0.827,
# precision 0.765, speaker 0.887, full F1 0.705, never violated 0.901. Floors a little below.
ROUND8 = HELDOUT.parent / "attributions_heldout7"
ROUND8_FLOORS = {"found": 0.81, "precision": 0.75, "speaker": 0.87, "full F1": 0.69,
                 "never violated": 0.88}
# Round 9 (attributions_heldout8), held out until the end of session 9: tune nothing on it.
# First measured on commit 2e401ca's code: found 0.775, precision 0.775, speaker 0.871, full F1
# 0.675, never violated 0.850; the same at the end of session 9 (after one fix found reading
# it: an indefinite role is someone new). Floors a little below.
ROUND9 = HELDOUT.parent / "attributions_heldout8"
ROUND9_FLOORS = {"found": 0.76, "precision": 0.76, "speaker": 0.85, "full F1": 0.66,
                 "never violated": 0.83}
# Round 10 (attributions_heldout9), held out until the end of session 10: first measured on
# commit e0f3a19's code: found 0.890, precision 0.830, speaker 0.918, full F1 0.788, never
# violated 0.989; at the session's end 0.902, 0.831, 0.919, 0.795, 0.989. Floors a little below.
ROUND10 = HELDOUT.parent / "attributions_heldout9"
ROUND10_FLOORS = {"found": 0.87, "precision": 0.81, "speaker": 0.9, "full F1": 0.77,
                  "never violated": 0.97}
# Round 11 (attributions_heldout10), held out until the end of session 11: first measured on
# commit 0298b7c (code of a72172d): found 0.940, precision 0.840, speaker 0.937, full F1 0.831,
# never violated 0.987; at the session's end (code of 119840e) 0.955, 0.853, 0.938, 0.845,
# 0.987. Floors a little below; a tuning set from session 12.
ROUND11 = HELDOUT.parent / "attributions_heldout10"
ROUND11_FLOORS = {"found": 0.93, "precision": 0.83, "speaker": 0.91, "full F1": 0.82,
                  "never violated": 0.96}
# Round 12 (attributions_heldout11), held out until the end of session 12: first measured on
# commit 53bd68f (code of 119840e): found 0.871, precision 0.831, speaker 0.865, full F1 0.736,
# never violated 0.955; at the session's end (code of da558db) 0.871, 0.831, 0.878, 0.747,
# 0.966. Floors a little below; a tuning set from session 13.
ROUND12 = HELDOUT.parent / "attributions_heldout11"
ROUND12_FLOORS = {"found": 0.85, "precision": 0.81, "speaker": 0.85, "full F1": 0.72,
                  "never violated": 0.94}
# Round 13 (attributions_heldout12), held out until the end of session 13: first measured on
# commit af64b8b (code of 0fd3290): found 0.744, precision 0.744, speaker 0.844, full F1 0.628,
# never violated 0.953; at the session's end (code of bcd76fb) 0.779, 0.761, 0.896, 0.690,
# 0.966. Floors a little below; a tuning set from session 14.
ROUND13 = HELDOUT.parent / "attributions_heldout12"
ROUND13_FLOORS = {"found": 0.75, "precision": 0.74, "speaker": 0.87, "full F1": 0.67,
                  "never violated": 0.94}
# Round 14 (attributions_heldout13), held out until the end of session 14: first measured on
# commit 64e1785 (code of ae49706): found 0.723, precision 0.662, speaker 0.851, full F1 0.588,
# never violated 0.930; at the session's end (code of 39d9a8b) 0.723, 0.662, 0.872, 0.603,
# 0.930. A tuning set from session 15, which raised it (transcript labels, trailing offices,
# "citing" asides, passives of telling) to 0.785, 0.680, 0.941, 0.686, 0.987 (code of the
# session's last merge); the floors follow a little below.
ROUND14 = HELDOUT.parent / "attributions_heldout13"
ROUND14_FLOORS = {"found": 0.76, "precision": 0.66, "speaker": 0.91, "full F1": 0.66,
                  "never violated": 0.96}
# Round 15 (attributions_heldout14), held out until the end of session 15: first measured on
# commit 175599f (code of 8fa4422): found 0.921, precision 0.778, speaker 0.900, full F1 0.759,
# never violated 0.933; at the session's end 0.921, 0.795, 0.900, 0.768, 0.932. A tuning set
# from session 16, which raised it (the publisher's own transcript turns, stances on words
# told elsewhere, estimate verbs) to 0.961, 0.890, 0.932, 0.861, 1.000; the floors follow.
ROUND15 = HELDOUT.parent / "attributions_heldout14"
ROUND15_FLOORS = {"found": 0.93, "precision": 0.86, "speaker": 0.90, "full F1": 0.83,
                  "never violated": 0.96}
# Round 16 (attributions_heldout15), held out until the end of session 16: first measured on
# commit 4e260f4 (code of 7aec455): found 0.899, precision 0.755, speaker 0.944, full F1 0.775,
# never violated 1.000; at the session's end 0.899, 0.789, 0.958, 0.805, 1.000. Floors a
# little below; a tuning set from session 17.
ROUND16 = HELDOUT.parent / "attributions_heldout15"
ROUND16_FLOORS = {"found": 0.87, "precision": 0.76, "speaker": 0.92, "full F1": 0.77,
                  "never violated": 0.96}
# Round 17 (attributions_heldout16), held out until the end of session 17: first measured on
# commit 86c2e9e (code of 5b1fe4f), two annotation slips fixed: found 0.824, precision 0.787,
# speaker 0.929, full F1 0.747; end of session 17 (commit e75c76d): found 0.824, precision
# 0.795, speaker 0.929, full F1 0.751, never violated 1.000. Floors a little below; a tuning set
# from session 18.
ROUND17 = HELDOUT.parent / "attributions_heldout16"
ROUND17_FLOORS = {"found": 0.79, "precision": 0.76, "speaker": 0.89, "full F1": 0.72,
                  "never violated": 0.97}
# Round 18 (attributions_heldout17), held out until the end of session 18: first measured on the
# annotation of f99d067 (code of aac4e54), slips and conventions fixed: found 0.833, precision
# 0.774, speaker 0.877, full F1 0.704; end of session 18 (commit 26c53c8): found 0.833,
# precision 0.783, speaker 0.908, full F1 0.733, never violated 0.928. Floors a little below; a
# tuning set from session 19.
ROUND18 = HELDOUT.parent / "attributions_heldout17"
ROUND18_FLOORS = {"found": 0.8, "precision": 0.75, "speaker": 0.87, "full F1": 0.7,
                  "never violated": 0.89}
# Round 19 (attributions_heldout18), held out until the end of session 19: first measured on the
# annotation of ec1a7b7 (code of 648eb1b): found 0.886, precision 0.827, speaker 0.952, full F1
# 0.814; end of session 19 (commit cdbfc6a): found 0.886, precision 0.827, speaker 0.952, full
# F1 0.814, never violated 0.973. Floors a little below; a tuning set from session 20.
ROUND19 = HELDOUT.parent / "attributions_heldout18"
ROUND19_FLOORS = {"found": 0.85, "precision": 0.79, "speaker": 0.92, "full F1": 0.78,
                  "never violated": 0.94}
# Round 20 (attributions_heldout19), held out until the end of session 20: first measured on the
# annotation of d973e7d (code of 88a42bc): found 0.867, precision 0.703, speaker 0.962, full F1
# 0.746; end of session 20 (commit ec20ca1): found 0.867, precision 0.712, speaker 0.942, full
# F1 0.737, never violated 0.959. Floors a little below; a tuning set from session 21.
ROUND20 = HELDOUT.parent / "attributions_heldout19"
ROUND20_FLOORS = {"found": 0.83, "precision": 0.68, "speaker": 0.91, "full F1": 0.7,
                  "never violated": 0.92}
# Round 21 (attributions_heldout20), held out until the end of session 21: first measured on the
# annotation of 124d2d7 (code of 9155c19); end of session 21 (commit 20847bf).
# first: ATTRIBUTIONS gold 64 pred 73 found 0.797 precision 0.699 speaker 0.980 full F1 0.730 never
# violated 0.918
# end: ATTRIBUTIONS gold 64 pred 72 found 0.797 precision 0.708 speaker 0.980 full F1 0.735 never
# violated 0.917
# Floors a little below; a tuning set from session 22.
ROUND21 = HELDOUT.parent / "attributions_heldout20"
ROUND21_FLOORS = {"found": 0.76, "precision": 0.67, "speaker": 0.95,
                  "full F1": 0.7, "never violated": 0.88}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['’]s\b", "", text).replace(".", "")  # "U.S." is "US"
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(w for w in text.split() if w not in {"the", "a", "an"})


def _within(small: str, big: str) -> bool:
    s, b = _norm(small), _norm(big)
    return bool(s) and f" {s} " in f" {b} "


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter else 0.0


def _speaker_right(gold: dict[str, Any], pred: Attribution) -> bool:
    name = pred.speaker.name or ""
    mention = pred.speaker.mention.text if pred.speaker.mention else ""
    if gold["speaker"] == "unresolved":
        if name and mention != name and _within(name, gold["mention"]):
            return True  # "he", resolved to the unnamed source the gold's words describe
        if not _within(gold["mention"], mention) and not _within(mention, gold["mention"]):
            return False
        return not name or _within(name, mention) or _within(name, gold["mention"])
    return any(_norm(name) == _norm(g) or _within(g, name) for g in gold["speaker"])


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    found: int = 0
    speaker: int = 0
    violations: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        r = self.speaker / self.gold if self.gold else 0.0
        p = self.speaker / self.pred if self.pred else 0.0
        return {
            "found": self.found / self.gold if self.gold else 0.0,
            "precision": self.found / self.pred if self.pred else 0.0,
            "speaker": self.speaker / self.found if self.found else 0.0,
            "full F1": 2 * r * p / (r + p) if r + p else 0.0,
            "never violated": 1.0 - len(self.violations) / max(1, self.pred),
        }


def _better_elsewhere(
    gold: dict[str, Any], span: tuple[int, int], preds: list[Attribution], pi: int, used: set[int]
) -> bool:
    """An unresolved gold source that another free prediction of its content names."""
    if gold["speaker"] != "unresolved" or _speaker_right(gold, preds[pi]):
        return False
    return any(
        k not in used and _jaccard(span, q.span) >= 0.5 and _speaker_right(gold, q)
        for k, q in enumerate(preds)
    )


def score_article(name: str, doc: Document, score: Score, folder: Path | None = None) -> None:
    expected = json.loads(((folder or HELDOUT) / f"{name}.json").read_text(encoding="utf-8"))
    text = doc.article.text
    gold = expected["attributions"]
    preds = list(doc.attributions)
    spans = []
    taken: dict[int, int] = {}
    for g in gold:
        start = text.find(g["content"])
        spans.append((start, start + len(g["content"])))
    pairs = sorted(
        (
            (_jaccard(spans[gi], p.span), gi, pi)
            for gi in range(len(gold))
            for pi, p in enumerate(preds)
        ),
        reverse=True,
    )
    used: set[int] = set()
    for j, gi, pi in pairs:
        if j < 0.5:
            break
        if gi in taken or pi in used:
            continue
        if _better_elsewhere(gold[gi], spans[gi], preds, pi, used):
            continue  # three sources credited together: pair each with its own mention
        taken[gi] = pi
        used.add(pi)
    score.gold += len(gold)
    score.pred += len(preds)
    for gi, g in enumerate(gold):
        if gi not in taken:
            score.misses.append(f"{name}: MISSED {g['speaker']}: {g['content'][:60]!r}")
            continue
        score.found += 1
        p = preds[taken[gi]]
        if _speaker_right(g, p):
            score.speaker += 1
        else:
            mention = p.speaker.mention.text if p.speaker.mention else None
            score.misses.append(
                f"{name}: SPEAKER want {g['speaker']} got {p.speaker.name!r} ({mention!r})"
                f" for {g['content'][:40]!r} [{p.explanation}]"
            )
    for pi, p in enumerate(preds):
        if pi not in used:
            score.misses.append(f"{name}: EXTRA {p.speaker.name!r}: {p.content.text[:60]!r}")
        for never in expected["never_speakers"]:
            if p.speaker.name and _norm(p.speaker.name) == _norm(never):
                score.violations.append(f"{name}: {p.speaker.name!r} is never a speaker")


def run(extract: Callable[..., Document], folder: Path | None = None) -> Score:
    score = Score()
    for path in sorted((folder or HELDOUT).glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        doc = extract(path.read_text(encoding="utf-8"), published=expected["published"])
        score_article(path.stem, doc, score, path.parent)
    return score


def test_attributions_heldout_set_has_ten_articles() -> None:
    assert len(list(HELDOUT.glob("*.txt"))) >= 10


@pytest.fixture(scope="module")
def heldout(extract: Callable[..., Document]) -> Score:
    return run(extract)


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_attributions_heldout_floor(heldout: Score, figure: str) -> None:
    got = heldout.figures()[figure]
    assert got + 1e-9 >= FLOORS[figure], (figure, got, heldout.misses, heldout.violations)


@pytest.mark.parametrize(
    ("folder", "floors"),
    [(ROUND7, ROUND7_FLOORS), (ROUND8, ROUND8_FLOORS), (ROUND9, ROUND9_FLOORS),
     (ROUND10, ROUND10_FLOORS), (ROUND11, ROUND11_FLOORS), (ROUND12, ROUND12_FLOORS),
     (ROUND13, ROUND13_FLOORS), (ROUND14, ROUND14_FLOORS), (ROUND15, ROUND15_FLOORS),
     (ROUND16, ROUND16_FLOORS), (ROUND17, ROUND17_FLOORS),
     (ROUND18, ROUND18_FLOORS),
     (ROUND19, ROUND19_FLOORS),
     (ROUND20, ROUND20_FLOORS),
     (ROUND21, ROUND21_FLOORS)],
    ids=["round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14",
         "round15", "round16", "round17", "round18",
         "round19",
         "round20",
         "round21"],
)
def test_attributions_heldout_round_scores_above_floors(
    extract: Callable[..., Document], folder: Path, floors: dict[str, float]
) -> None:
    got = run(extract, folder).figures()
    low = {k: round(v, 3) for k, v in got.items() if v + 1e-9 < floors[k]}
    assert not low, f"below floor: {low}"


if __name__ == "__main__":
    import wiredesk

    result = run(wiredesk.extract)
    for line in result.misses + result.violations:
        print(line)
    print(" ".join(f"{k}={v:.3f}" for k, v in result.figures().items()))
    sys.exit(0)
