"""Places layer: a lone small namesake abroad, and namesakes the words alone would not admit.

A small town or region chosen in a country the story never otherwise names, while it surely
names places elsewhere, is more often a local place the gazetteer lacks: it is reported at
the story's own town. A big town abroad, or one whose country the story names, stays.
"""

from __future__ import annotations

import pytest
from geo import km

from wiredesk.extract.places import candidate_features
from wiredesk.extract.places._choice import weights
from wiredesk.nlp import parse


def _placed(extract, text: str, mention: str) -> list[tuple[str | None, float, float]]:
    places = [p for p in extract(text).places if p.text == mention and p.lat is not None]
    assert places, f"{mention!r} not placed in {[p.text for p in extract(text).places]}"
    return [(p.country, p.lat, p.lon) for p in places]


def test_places_strangers_region_abroad_is_the_story_country_s(extract) -> None:
    """Cameroon's "Northwest" is not Iceland's region: reported at the story's town."""
    text = (
        "Gunmen killed four soldiers in Bamenda, the main city of Cameroon's Northwest, on "
        "Monday, the army said. Schools in the Northwest stayed shut."
    )
    for country, lat, lon in _placed(extract, text, "Northwest"):
        assert country == "CM"
        assert km(lat, lon, 5.96, 10.15) < 161


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a feature on an emigrant: the village's country is named
        ("He was born in Ballymote in Ireland and now runs a bakery in Columbus, Ohio.",
         "Ballymote", "IE"),
        # a wire brief: a big city abroad is named for itself
        ("Police in Nairobi said the suspect had flown in from Leeds on Sunday.", "Leeds", "GB"),
    ],
)
def test_places_strangers_named_abroad_stay(extract, text: str, mention: str, country: str):
    assert {c for c, _, _ in _placed(extract, text, mention)} == {country}


def test_places_strangers_small_namesake_chosen_by_the_story() -> None:
    """A "Dublin" beside Franklin County and Columbus is Ohio's small town; a namesake the
    words alone would not admit stays a candidate, weighed down by its fitted weight."""
    doc = next(parse(["Shops in Dublin reopened on Tuesday after Franklin County crews and "
                      "Columbus snowplows cleared the roads."]))
    options = {doc.text[s:e]: opts for (s, e), opts in candidate_features(doc)}
    best, _ = options["Dublin"][0]
    assert (best.country, best.admin1) == ("US", "Ohio")
    assert weights()["implausible"] < 0


def test_places_strangers_village_of_a_story_without_towns_lies_in_its_region(extract):
    """A Kenyan village the gazetteer knows only as a Papua New Guinea town, in a story
    naming Lamu county and no town: reported at Lamu, not in the Pacific."""
    text = (
        "Herders clashed with farmers near Lamu in Kenya on Sunday. Police said two people "
        "died in Kiunga, a fishing village close to the Somali border."
    )
    for country, lat, lon in _placed(extract, text, "Kiunga"):
        assert country == "KE"
        assert km(lat, lon, -1.75, 41.49) < 161
