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


def _story(text: str, mention: str) -> dict[tuple[str | None, str], dict[str, float]]:
    """Each (country, kind)'s best story shares among the mention's candidates."""
    from wiredesk.extract.places import candidate_features
    from wiredesk.nlp import parse

    doc = next(iter(parse([text])))
    for (start, end), options in candidate_features(doc):
        if doc.text[start:end] == mention:
            out: dict[tuple[str | None, str], dict[str, float]] = {}
            for e, f in options:
                best = out.setdefault((e.country, e.kind), {})
                for name in ("story_country", "story_admin1"):
                    best[name] = max(best.get(name, 0.0), f.get(name, 0.0))
            return out
    raise AssertionError(f"{mention!r} has no candidates")


def test_places_choice_story_shares_favour_the_story_country() -> None:
    """A name among Minnesota towns: its US namesake shares their country, the Middle
    Eastern country does not."""
    options = _story("Crews from Jordan, Shakopee and Belle Plaine fought the barn fire on "
                     "Tuesday, the Scott County sheriff said.", "Jordan")
    us = options[("US", "city")]
    assert us["story_country"] > options[("JO", "country")]["story_country"]
    assert us["story_admin1"] > 0.0
