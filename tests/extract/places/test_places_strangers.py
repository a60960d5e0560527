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
    ("text", "mention", "country", "lat", "lon"),
    [
        # a big region abroad named by a compass word alone: Malawi's is not meant
        ("Soldiers detained dozens of young men in Mendefera, Eritrea, on Friday. Raids in "
         "the Southern Region went on overnight, residents said.",
         "Southern Region", "ER", 14.89, 38.82),
        # Burkina Faso's "Southwest" is not meant in a story of Cameroon
        ("Separatists burned a school in Buea, Cameroon, on Tuesday. The Southwest has seen "
         "weekly attacks since May.", "Southwest", "CM", 4.16, 9.24),
    ],
)
def test_places_strangers_compass_named_region_is_the_story_s(
    extract, text: str, mention: str, country: str, lat: float, lon: float
) -> None:
    """A region named by a compass word alone, in a country the story never otherwise
    names, is its own country's whatever its namesake's size: reported at the story's town."""
    for got, plat, plon in _placed(extract, text, mention):
        assert got == country
        assert km(plat, plon, lat, lon) < 161


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a big compass-named region whose country the story names stays
        ("Floods hit Zomba and Blantyre in Malawi's Southern Region on Monday.",
         "Southern Region", "MW"),
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


def test_places_strangers_small_town_of_another_state_is_the_story_s(extract) -> None:
    """A local story of one state names its own villages: a small "Cedar Grove" whose only
    namesakes lie in other states, far from everything the story names, is reported at the
    story's own town."""
    text = (
        "Deputies in Potter County, Texas, arrested a man from Cedar Grove on Tuesday after a "
        "chase through Amarillo, the sheriff's office said."
    )
    for country, lat, lon in _placed(extract, text, "Cedar Grove"):
        assert country == "US"
        assert km(lat, lon, 35.22, -101.83) < 161


def test_places_strangers_town_written_with_its_state_stays(extract) -> None:
    text = (
        "Deputies in Potter County, Texas, arrested a man from Cedar Grove, N.J., on Tuesday "
        "after a chase through Amarillo, the sheriff's office said."
    )
    for country, lat, lon in _placed(extract, text, "Cedar Grove"):
        assert country == "US"
        assert km(lat, lon, 40.85, -74.23) < 161


@pytest.mark.parametrize(("mention", "point"), [("Kent", (51.25, 0.72)), ("Fife", (56.25, -3.17))])
def test_places_strangers_region_written_after_the_place_it_holds(extract, mention, point):
    """ "Brands Hatch, Kent": the region written after a place is the one that holds it
    (a fitted feature), not the Washington town of that name beside a "Fife" there."""
    text = (
        "The season opens at Brands Hatch, Kent, and closes there in October, after rounds "
        "at Snetterton, Norfolk, and Knockhill, Fife."
    )
    for country, lat, lon in _placed(extract, text, mention):
        assert country == "GB"
        assert km(lat, lon, *point) < 161


def test_places_strangers_compass_word_takes_a_region_or_a_big_town(extract) -> None:
    """ "South Philadelphia" is a side of a big town; "East Bank" is no side of a hamlet
    called Bank on another continent: a capitalised direction before a name the gazetteer
    lacks whole takes only a region or a big town."""
    text = (
        "Floods hit the East Bank of Charleston on Monday, and volunteers from South "
        "Philadelphia drove down to help."
    )
    for country, lat, lon in _placed(extract, text, "South Philadelphia"):
        assert country == "US"
        assert km(lat, lon, 39.95, -75.16) < 161
    far = [p for p in extract(text).places if p.text == "East Bank" and p.lat is not None
           and km(p.lat, p.lon, 32.78, -79.93) > 161]
    assert not far


@pytest.mark.parametrize(("text", "name", "kept"), [
    # a river is no region or town of its name, whatever the gazetteer lacks
    ("Armed men attacked a village in Mtwara district near the Ruvuma river on Wednesday.",
     "Ruvuma", False),
    ("Gunmen attacked a market in Ruvuma region on Wednesday.", "Ruvuma", True),
    ("Fighting near Lake Chad killed five soldiers.", "Lake Chad", True),  # a lake it has
])
def test_places_strangers_a_name_before_a_river_is_the_river(extract, text, name, kept):
    names = [p.text for p in extract(text, published="2026-05-22").places]
    assert any(name in n for n in names) is kept, names


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        # Bhutan's Haa and Slovenia's Ig are regions: initials are an organisation's
        ("Gunmen attacked a clinic near Gondar in Ethiopia's Amhara region on Monday. HAA's "
         "country director said two nurses were hurt, and HAA suspended its work.", "HAA"),
        ("Police in Raipur said 11 villagers were killed in Bijapur district of Chhattisgarh. "
         "The IG denied this.", "IG"),
    ],
)
def test_places_strangers_initials_are_no_region_abroad(extract, text, initials) -> None:
    assert [p for p in extract(text).places if p.text == initials] == []


def test_places_strangers_few_other_names_may_lie_there(extract) -> None:
    # a story of Honduras: one of its other names (Santa Barbara) has a namesake in Mexico
    # too, which does not make the Mexican village of the prison's name the story's own
    text = (
        "Soldiers took control of the El Pozo prison on Tuesday after a riot, the security "
        "ministry in Tegucigalpa said. Relatives of inmates gathered outside the gates in "
        "Santa Barbara and in San Pedro Sula. Inmates at El Pozo had complained of "
        "overcrowding for months, a lawyer in Choluteca said."
    )
    assert {c for c, _, _ in _placed(extract, text, "El Pozo")} == {"HN"}
