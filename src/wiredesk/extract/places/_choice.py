"""The namesake choice as a weighted sum of features, its weights fitted, not hand-set.

Each candidate entry of a mention gets a few features from what the article says (its
kind, its population, whether the article's sure places lie in its country, region or
near it, whether the name was written with its region, how well the article's other
names cohere with it); the weights live in data/gazetteer/weights.toml and are refitted
by scripts/train_places.py on the training set, so a change of feature is measured, not
guessed.
"""

from __future__ import annotations

import math
import tomllib
from functools import cache
from importlib import resources

from wiredesk.extract.places._gazetteer import Entry

FEATURES = (
    "kind_country",  # the entry is a country
    "kind_admin1",  # a first-level region (state, oblast, province)
    "kind_admin2",  # a county or district
    "kind_admin2_bare",  # a county named without its word ("DeKalb" for DeKalb County)
    "kind_region",  # a hand-kept region (Donbas, the Sahel)
    "kind_feature",  # a feature (river, mountain, airport) written as one
    "kind_feature_bare",  # a feature named bare, where a town of the name may be meant
    "log_population_town",  # log10 population of a town
    "log_population_region",  # log10 population of a country or first-level region
    "primary_name",  # the place's own name, not an old or foreign spelling of it
    "qualified",  # written with its region or country after it ("Columbus, Ga.")
    "holds_previous",  # a region written after a place it holds ("Brands Hatch, Kent")
    "same_country",  # the article surely names another place in its country
    "same_admin1",  # the article surely names its first-level region
    "near_sure_place",  # within 500 km of a place the article surely names
    "coherence",  # how strongly the article's other names place themselves beside it
    "story_country",  # share of the article's other names that may lie in its country
    "story_admin1",  # share of them that may lie in its first-level region (towns, counties)
    "implausible",  # a namesake the mention's words alone would not admit (a small town
    # for a name the tagger did not call a place), chosen only where the article places it
)
_KINDS = {"country": "kind_country", "admin1": "kind_admin1", "admin2": "kind_admin2",
          "region": "kind_region", "feature": "kind_feature"}


@cache
def weights() -> dict[str, float]:
    path = resources.files("wiredesk") / "data" / "gazetteer" / "weights.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))["weights"]
    missing = set(FEATURES) - set(data)
    if missing:
        raise ValueError(f"weights.toml lacks weights for {sorted(missing)}")
    return {name: float(data[name]) for name in FEATURES}


def entry_features(e: Entry, written_as_feature: bool) -> dict[str, float]:
    """What the entry itself brings, before the article has its say."""
    pop = math.log10(e.population + 10)
    out: dict[str, float] = {}
    kind = _KINDS.get(e.kind)
    if kind == "kind_feature" and not written_as_feature:
        kind = "kind_feature_bare"
    if kind is not None:
        out[kind] = 1.0
    else:
        out["log_population_town"] = pop
    if e.kind in {"country", "admin1"}:
        out["log_population_region"] = pop
    if e.primary:
        out["primary_name"] = 1.0
    return out


def score(features: dict[str, float]) -> float:
    w = weights()
    return sum(w[name] * value for name, value in features.items())
