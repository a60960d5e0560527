"""The namesake choice's weights: data, complete, and used as a weighted sum."""

from __future__ import annotations

import pytest

from wiredesk.extract.places._choice import FEATURES, entry_features, score, weights
from wiredesk.extract.places._gazetteer import lookup


def test_places_choice_weights_cover_every_feature() -> None:
    assert set(weights()) == set(FEATURES)
    assert all(isinstance(v, float) for v in weights().values())


def test_places_choice_score_is_the_weighted_sum() -> None:
    w = weights()
    assert score({"qualified": 1.0, "log_population_town": 5.0}) == pytest.approx(
        w["qualified"] + 5.0 * w["log_population_town"]
    )


@pytest.mark.parametrize(
    ("name", "kind", "feature"),
    [("Ukraine", "country", "kind_country"), ("Kherson", "city", "log_population_town")],
)
def test_places_choice_entry_features(name: str, kind: str, feature: str) -> None:
    entry = next(e for e in lookup(name) if e.kind == kind)
    assert feature in entry_features(entry, written_as_feature=False)


def test_places_choice_prefers_the_capital_to_a_small_namesake() -> None:
    """A bare "Paris": the big city's population outweighs any small namesake's."""
    entries = [e for e in lookup("Paris") if e.kind == "city"]
    best = max(entries, key=lambda e: score(entry_features(e, written_as_feature=False)))
    assert best.country == "FR"
