"""The places layer scored on hand-written local and wire news (held out until round six).

tests/golden/places_heldout/ holds twelve short articles, each from a different country and
outlet style (US and UK local papers, an Indian wire, a Nigerian daily, a Brazilian agency in
English, an Australian regional, a Philippine typhoon report, a Ukrainian front-line report,
a Sahel security update, a Middle East live blog, a Canadian provincial story, a European
Commission press release), full of namesakes (Paris, Illinois; Boston, Lincolnshire;
Hamilton, Victoria; Lyman in Donetsk, not Kharkiv). Each `.txt` is a "published:" header, a
blank line and the body; the `.json` beside it lists every toponym of the body with its
`[start, end)` span, name and GeoNames/Wikipedia coordinates. As in the dev sets
(../shared/devsets/README.md), demonyms, metonyms ("Moscow claimed"), names inside titles
and organisations, rivers and seas, and places without a sure point are kept `scored: false`:
predicting them is no extra, missing them is no miss.

R: scored gold toponyms a prediction overlaps. acc161: those whose prediction lies within
161 km of the gold point. P: predictions overlapping any gold toponym, scored or not.
Floors only ever rise: raise them when a change lifts a score, never lower them.

    .venv/bin/python tests/extract/places/test_places_golden.py  # misses, far guesses
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from geo import km

from wiredesk.records import Document, Place

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "places_heldout"
HEADER = "published: "
ACC_KM = 161.0

# "Before": first measured on the places code of commit b7c6d6d, before any change made for
# this set, over 244 scored toponyms: R 0.811, acc161 0.750, P 0.983. Four annotation slips
# were then fixed in the gold (Canada and Washington state given their GeoNames points, not
# ones of my own; "India" inside an institute's name and "North Atlantic" left unannotated),
# giving R 0.811, acc161 0.758, P 0.992: the honest held-out estimate.
# NO LONGER HELD OUT: the sixth places round (commits 91419c7..) was fitted on the PATTERNS
# of this set's misses (mislabelled towns the article locates, two places in one entity or
# route, "north-west", "the City of", provinces under "Province of", old names that are
# other towns' own, "X County" in England), with test sentences of its own; this set then
# scored R 0.934, acc161 0.893, P 0.993. Scores on it now overstate held-out news; write a
# fresh set for the next honest estimate. Floors sit a little below.
# Session 10 (echoes of placed names, the EU, cities500) lifted it to R 0.951, acc161 0.910.
FLOORS = {"R": 0.94, "acc161": 0.90, "P": 0.98}
# Round 7 (places_heldout5, eight reports), held out until the end of session 7: tune nothing on
# it. First measured on commit 0ccce23's code: R 0.732, acc161 0.659, P 0.949. Floors a little
# below, so that a regression shows; its test prints no misses.
ROUND7 = GOLDEN.parent / "places_heldout5"
# Session 10, untuned on it: R 0.756, acc161 0.707, P 0.951; the floors rose.
# Session 13 (demonym-shaped spellings, joined names, headline countries): R 0.805, acc161 0.768.
# Session 14 (every first-level region named, press-release datelines): R 0.817, acc161 0.780.
ROUND7_FLOORS = {"R": 0.80, "acc161": 0.77, "P": 0.94}
# Round 8 (places_heldout6, eight reports), held out until the end of session 8: tune nothing on
# it. First measured on commit 3fa6542's code: R 0.778, acc161 0.736, P 0.959. Floors a little
# below, so that a regression shows; its test prints no misses. Session 9 (a compass word takes
# only a region or a big town) lifted P to 0.972, untuned on it: the P floor rose to 0.95.
ROUND8 = GOLDEN.parent / "places_heldout6"
# Session 10, untuned on it: R 0.819, acc161 0.778, P 0.973; the floors rose.
# Session 14 (every first-level region named): R 0.833, acc161 0.806.
ROUND8_FLOORS = {"R": 0.82, "acc161": 0.79, "P": 0.96}
# Round 9 (places_heldout7, eight reports), held out until the end of session 9: tune nothing on
# it. First measured on commit 2e401ca's code: R 0.882, acc161 0.812, P 0.990; end of session 9
# R 0.894, acc161 0.824, P 0.990. Floors a little below.
ROUND9 = GOLDEN.parent / "places_heldout7"
# Session 10, untuned on it: R 0.906, acc161 0.824, P 0.990; the R floor rose.
ROUND9_FLOORS = {"R": 0.89, "acc161": 0.80, "P": 0.97}
# Round 11 (places_heldout9, eight reports), held out until the end of session 11: first
# measured on commit 0298b7c (code of a72172d): R 0.857, acc161 0.792, P 0.988; end of session
# 11 (code of 119840e) the same. Floors a little below; a tuning set from session 12.
ROUND11 = GOLDEN.parent / "places_heldout9"
# Session 14 (every first-level region named, press-release datelines): R 0.896, acc161 0.831.
ROUND11_FLOORS = {"R": 0.88, "acc161": 0.81, "P": 0.96}
# Round 12 (places_heldout10, eight reports), held out until the end of session 12: first
# measured on commit 53bd68f (code of 119840e): R 0.910, acc161 0.885, P 0.958 (0.917 before
# four unlisted toponyms were listed unscored); end of session 12 (code of da558db) the same.
# Floors a little below; a tuning set from session 13.
ROUND12 = GOLDEN.parent / "places_heldout10"
# Session 13 (a part of a town named after a town abroad, demonym-shaped spellings): R 0.923,
# acc161 0.923, P 0.959; the floors rose.
ROUND12_FLOORS = {"R": 0.91, "acc161": 0.91, "P": 0.94}
# Round 13 (places_heldout11, eight reports), held out until the end of session 13: first
# measured on commit af64b8b (code of 0fd3290): R 0.810, acc161 0.762, P 0.968; end of session
# 13 (code of bcd76fb): R 0.821, acc161 0.810, P 0.968. Floors a little below; a tuning set
# from session 14.
ROUND13 = GOLDEN.parent / "places_heldout11"
# Session 14 (press-release datelines, "Đắk Lắk" keyed as "Dak Lak"): R 0.845, acc161 0.833.
ROUND13_FLOORS = {"R": 0.83, "acc161": 0.82, "P": 0.94}
# Round 14 (places_heldout12, eight reports), held out until the end of session 14: first
# measured on commit 64e1785 (code of ae49706): R 0.887, acc161 0.849, P 0.986; end of session
# 14 (code of 39d9a8b): R 0.887, acc161 0.849, P 0.972. Floors a little below; a tuning set
# from session 15, which raised acc161 to 0.868 (regions named by a compass word alone).
ROUND14 = GOLDEN.parent / "places_heldout12"
ROUND14_FLOORS = {"R": 0.86, "acc161": 0.84, "P": 0.94}
# Round 15 (places_heldout13, eight reports), held out until the end of session 15: first
# measured on commit 175599f (code of 8fa4422): R 0.857, acc161 0.829, P 0.987; end of session
# 15 the same. A tuning set from session 16, which raised it (villages the gazetteer lacks
# placed by the towns named beside them) to R 0.900, acc161 0.900, P 0.987.
ROUND15 = GOLDEN.parent / "places_heldout13"
ROUND15_FLOORS = {"R": 0.87, "acc161": 0.87, "P": 0.95}
# Round 16 (places_heldout14, eight reports), held out until the end of session 16: first
# measured on commit 4e260f4 (code of 7aec455): R 0.882, acc161 0.847, P 0.989; end of session
# 16: R 0.941, acc161 0.906, P 0.990. Floors a little below; a tuning set from session 17.
ROUND16 = GOLDEN.parent / "places_heldout14"
ROUND16_FLOORS = {"R": 0.91, "acc161": 0.87, "P": 0.95}
# Round 17 (places_heldout15, eight reports), held out until the end of session 17: first
# measured on commit 86c2e9e (code of 5b1fe4f): R 0.814, acc161 0.786, P 0.977; end of session
# 17 (commit e75c76d): R 0.814, acc161 0.786, P 0.977. Floors a little below; a tuning set from
# session 18.
ROUND17 = GOLDEN.parent / "places_heldout15"
ROUND17_FLOORS = {"R": 0.78, "acc161": 0.75, "P": 0.94}
# Round 18 (places_heldout16, eight reports), held out until the end of session 18: first
# measured on the annotation of f99d067 (code of aac4e54): R 0.877, acc161 0.864, P 0.914; end
# of session 18 (commit 26c53c8): R 0.877, acc161 0.864, P 0.914. Floors a little below; a
# tuning set from session 19.
ROUND18 = GOLDEN.parent / "places_heldout16"
ROUND18_FLOORS = {"R": 0.84, "acc161": 0.83, "P": 0.88}
# Round 19 (places_heldout17, eight reports), held out until the end of session 19: first
# measured on the annotation of ec1a7b7 (code of 648eb1b): R 0.893, acc161 0.827, P 0.963; end
# of session 19 (commit cdbfc6a): R 0.893, acc161 0.827, P 0.963. Floors a little below; a
# tuning set from session 20.
ROUND19 = GOLDEN.parent / "places_heldout17"
ROUND19_FLOORS = {"R": 0.86, "acc161": 0.79, "P": 0.93}
# Round 20 (places_heldout18, eight reports), held out until the end of session 20: first
# measured on the annotation of d973e7d (code of 88a42bc): R 0.933, acc161 0.854, P 0.924; end
# of session 20 (commit ec20ca1): R 0.933, acc161 0.854, P 0.940. Floors a little below; a
# tuning set from session 21.
ROUND20 = GOLDEN.parent / "places_heldout18"
ROUND20_FLOORS = {"R": 0.9, "acc161": 0.82, "P": 0.9}
# Round 21 (places_heldout19, eight reports), held out until the end of session 21: first measured
# on the annotation of 124d2d7 (code of 9155c19); end of session 21 (commit 20847bf).
# first: PLACES R 0.931 acc161 0.828 P 0.982
# end: PLACES R 0.931 acc161 0.828 P 0.982
# Floors a little below; a tuning set from session 22.
ROUND21 = GOLDEN.parent / "places_heldout19"
ROUND21_FLOORS = {"R": 0.9, "acc161": 0.79, "P": 0.95}


def _read(path: Path) -> tuple[str, str, dict[str, Any]]:
    """(published, body, gold) of one article; the header must agree with its JSON."""
    raw = path.read_text(encoding="utf-8")
    header, blank, body = raw.split("\n", 2)
    assert header.startswith(HEADER) and blank == "", f"{path.name}: want '{HEADER}...' + blank"
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    published = header.removeprefix(HEADER)
    assert gold["published"] == published, f"{path.name}: header and JSON disagree on the date"
    return published, body, gold


def _articles(folder: Path | None = None) -> list[tuple[Path, str, str, dict[str, Any]]]:
    return [(path, *_read(path)) for path in sorted((folder or GOLDEN).glob("*.txt"))]



def _overlaps(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _pair(span: list[int], preds: list[Place]) -> Place | None:
    """The prediction sharing the most characters with a gold span, if any overlaps."""
    touching = [p for p in preds if _overlaps(span, p.span)]
    if not touching:
        return None
    return max(touching, key=lambda p: min(span[1], p.span[1]) - max(span[0], p.span[0]))


def _right(gold: dict[str, Any], pred: Place) -> bool:
    if pred.lat is None or pred.lon is None:
        return False
    return km(gold["lat"], gold["lon"], pred.lat, pred.lon) <= ACC_KM


def score(
    extract: Callable[..., Document], folder: Path | None = None
) -> tuple[dict[str, float], list[str]]:
    """R, acc161 and P over the set (places_heldout unless told), with the notes behind them."""
    n = {"scored": 0, "found": 0, "right": 0, "pred": 0, "on_gold": 0}
    notes: list[str] = []
    for path, published, body, expected in _articles(folder):
        gold = expected["places"]
        preds = list(extract(body, published=published).places)
        notes.append(f"{path.stem} ({expected['style']}):")
        for g in (g for g in gold if g["scored"]):
            n["scored"] += 1
            p = _pair(g["span"], preds)
            if p is None:
                notes.append(f"  MISSED {g['text']!r} ({g['name']})")
                continue
            n["found"] += 1
            if _right(g, p):
                n["right"] += 1
                continue
            far = (
                "no point"
                if p.lat is None or p.lon is None
                else (f"{km(g['lat'], g['lon'], p.lat, p.lon):.0f} km")
            )
            notes.append(
                f"  FAR    {g['text']!r}: want {g['name']}, got {p.name} {p.country} ({far}; "
                f"{p.explanation})"
            )
        n["pred"] += len(preds)
        on_gold = [p for p in preds if any(_overlaps(g["span"], p.span) for g in gold)]
        n["on_gold"] += len(on_gold)
        notes += [
            f"  EXTRA  {p.text!r} = {p.name} {p.country} ({p.explanation})"
            for p in preds
            if p not in on_gold
        ]
    scores = {
        "R": n["found"] / max(1, n["scored"]),
        "acc161": n["right"] / max(1, n["scored"]),
        "P": n["on_gold"] / max(1, n["pred"]),
    }
    return scores, notes


@pytest.mark.parametrize(
    ("folder", "size", "most_words", "least_scored"),
    [(GOLDEN, 12, 300, 12), (ROUND7, 8, 310, 8), (ROUND8, 8, 320, 6), (ROUND9, 8, 320, 6),
     (ROUND11, 8, 330, 6), (ROUND12, 8, 330, 6), (ROUND13, 8, 330, 6),
     (ROUND14, 8, 330, 5), (ROUND15, 8, 340, 5), (ROUND16, 8, 340, 4),
     (ROUND17, 8, 360, 3), (ROUND18, 8, 360, 3),
     (ROUND19, 8, 360, 3),
     (ROUND20, 8, 360, 3),
     (ROUND21, 8, 360, 3)],
    ids=["places_heldout", "places_heldout5", "places_heldout6", "places_heldout7",
         "places_heldout9", "places_heldout10", "places_heldout11", "places_heldout12",
         "places_heldout13", "places_heldout14", "places_heldout15", "places_heldout16",
         "places_heldout17",
         "places_heldout18",
         "places_heldout19"],
)
def test_places_golden_annotations_are_consistent(
    folder: Path, size: int, most_words: int, least_scored: int
) -> None:
    """A typo in a span, a coordinate or a field fails here, loudly, before any scoring."""
    articles = _articles(folder)
    assert len(articles) == size
    assert len({e["style"] for *_, e in articles}) == size
    for path, published, body, expected in articles:
        date.fromisoformat(published)
        assert 150 <= len(body.split()) <= most_words, path.name
        end = 0
        for g in expected["places"]:
            start, stop = g["span"]
            assert start >= end, f"{path.name}: {g['text']!r} overlaps or precedes the one before"
            assert body[start:stop] == g["text"], (
                f"{path.name}: span {g['span']} reads {body[start:stop]!r}, not {g['text']!r}"
            )
            assert g["name"] and isinstance(g["scored"], bool), f"{path.name}: {g}"
            if g["scored"]:
                assert -90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180, f"{path.name}: {g}"
            else:
                assert g["note"], f"{path.name}: an unscored toponym says why: {g}"
            end = stop
        assert sum(g["scored"] for g in expected["places"]) >= least_scored, path.name


@pytest.mark.parametrize(
    ("span", "preds", "paired"),
    [
        ([10, 20], [(5, 12)], 0),
        ([10, 20], [(20, 30)], None),  # touching is not overlapping
        ([10, 20], [(0, 11), (12, 20)], 1),  # the larger overlap wins
        ([10, 20], [], None),
    ],
)
def test_places_golden_pairs_by_overlap(
    span: list[int], preds: list[tuple[int, int]], paired: int | None
) -> None:
    places = [Place("a", "x", s, None, None, None, None, None, None, None) for s in preds]
    got = _pair(span, places)
    assert (None if got is None else places.index(got)) == paired


@pytest.mark.parametrize(
    ("a", "b", "expected_km"),
    [
        ((51.5085, -0.1257), (48.8534, 2.3488), 344),  # London - Paris
        ((39.6112, -87.6961), (48.8534, 2.3488), 6800),  # Paris, Illinois - Paris
        ((0.0, 0.0), (0.0, 0.0), 0),
    ],
)
def test_places_golden_distance(
    a: tuple[float, float], b: tuple[float, float], expected_km: float
) -> None:
    assert km(*a, *b) == pytest.approx(expected_km, rel=0.02, abs=1)


def test_places_golden_scores_above_floors(extract: Callable[..., Document]) -> None:
    scores, _ = score(extract)
    print()
    for key, value in scores.items():
        print(f"places_heldout {key:7} {value:.3f}   floor {FLOORS[key]:.3f}")
    low = {k: round(v, 3) for k, v in scores.items() if v < FLOORS[k]}
    assert not low, f"below floor: {low}"


@pytest.mark.parametrize(
    ("folder", "floors"),
    [(ROUND7, ROUND7_FLOORS), (ROUND8, ROUND8_FLOORS), (ROUND9, ROUND9_FLOORS),
     (ROUND11, ROUND11_FLOORS), (ROUND12, ROUND12_FLOORS), (ROUND13, ROUND13_FLOORS),
     (ROUND14, ROUND14_FLOORS), (ROUND15, ROUND15_FLOORS), (ROUND16, ROUND16_FLOORS),
     (ROUND17, ROUND17_FLOORS), (ROUND18, ROUND18_FLOORS),
     (ROUND19, ROUND19_FLOORS),
     (ROUND20, ROUND20_FLOORS),
     (ROUND21, ROUND21_FLOORS)],
    ids=["round7", "round8", "round9", "round11", "round12", "round13", "round14", "round15",
         "round16", "round17", "round18",
         "round19",
         "round20",
         "round21"],
)
def test_places_heldout_round_scores_above_floors(
    extract: Callable[..., Document], folder: Path, floors: dict[str, float]
) -> None:
    scores, _ = score(extract, folder)
    low = {k: round(v, 3) for k, v in scores.items() if v < floors[k]}
    assert not low, f"below floor: {low}"


if __name__ == "__main__":
    import wiredesk

    found, lines = score(wiredesk.extract)
    print("\n".join(lines) if "-q" not in sys.argv else "")
    for key, value in found.items():
        print(f"{key:7} {value:.3f}")
