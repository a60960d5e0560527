"""Places layer: sites named after a far town, the town a local story is about, a state
written after its town, and landmarks that are no town's other name.

A park, hall or library named after a town ("Roanoke Park") stands in the article's own
town when that namesake lies far from every place the article surely names; a street or a
building the gazetteer lacks is placed at the town the story is about, counting the other
places it names in that town's region, not at a lone namesake far from them.
"""

from __future__ import annotations

import pytest
from geo import km


def _place(extract, text: str, mention: str):
    found = [p for p in extract(text).places if p.text == mention]
    assert found, f"{mention!r} not found"
    return found[0]


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # US local: a park named after a Virginia town, in Oregon's capital
        ("SALEM, Ore. -- Volunteers planted trees at Roanoke Park on Saturday, a spokeswoman "
         "for the city of Salem said. The park sits near the Willamette River.",
         "Roanoke Park", (44.94, -123.04)),
        # Californian daily: a hall named after an Oklahoma city
        ("A concert at Tulsa Hall in Fresno, California, drew hundreds on Friday.",
         "Tulsa Hall", (36.75, -119.77)),
        # Pacific north-west weekly: the state after its town, the park in that town
        ("Residents of Tacoma, Washington, gathered at Shawnee Park for a vigil on Sunday.",
         "Shawnee Park", (47.25, -122.44)),
    ],
)
def test_places_site_named_after_far_town_stands_in_story_town(extract, text, mention, point):
    p = _place(extract, text, mention)
    assert p.lat is not None and km(p.lat, p.lon, *point) < 161


def test_places_site_named_after_near_town_keeps_it(extract):
    # the town is the story's own: the site's name resolves to it
    p = _place(extract, "Firefighters were called to the Fresno Hall in Fresno, California, "
               "on Monday night.", "Fresno")
    assert (p.country, p.admin1) == ("US", "California")


@pytest.mark.parametrize(
    ("text", "mention", "kind", "admin1"),
    [
        ("Residents of Tacoma, Washington, gathered for a vigil on Sunday.", "Washington",
         "admin1", "Washington"),
        ("Protesters marched in Spokane, Washington, on Saturday.", "Washington", "admin1",
         "Washington"),
        # bare, it stays the capital
        ("The senator flew to Washington on Monday.", "Washington", "city", "Washington, D.C."),
    ],
)
def test_places_state_after_its_town(extract, text, mention, kind, admin1):
    p = _place(extract, text, mention)
    assert (p.kind, p.admin1) == (kind, admin1)


def test_places_focus_town_counts_its_region(extract):
    # a New Orleans feature story naming a lone Pennsylvania namesake twice: the streets
    # stay in Louisiana
    text = ("Walking tours of New Orleans start on Bourbon Lane. Guides compare the "
            "district with Washington Square, and Washington Square again, before a stop in "
            "Metairie, Louisiana. Tourists then stroll down Esplanade Avenue.")
    places = extract(text).places
    streets = [p for p in places if p.text in {"Bourbon Lane", "Esplanade Avenue"}]
    assert len(streets) == 2, [p.text for p in places]
    assert all(km(p.lat, p.lon, 29.95, -90.07) < 161 for p in streets)


def test_places_white_house_is_washington_landmark(extract):
    p = _place(extract, "White House officials met negotiators in Geneva on Monday.",
               "White House")
    assert (p.kind, p.country) == ("feature", "US")
    assert km(p.lat, p.lon, 38.9, -77.04) < 10


def test_places_street_placed_at_the_larger_of_equally_named_towns(extract):
    """Two towns of one state named once each: the story's streets lie in the city, not
    in the smaller town named first (here as a street's old name)."""
    text = ("Historians say the avenue was once called Lafayette before it took its present "
            "name. Few streets in New Orleans changed as often. Tourists now crowd Desire "
            "Street at night, and the Louisiana heat keeps them in the shade.")
    p = _place(extract, text, "Desire Street")
    assert p.lat is not None and km(p.lat, p.lon, 29.95, -90.07) < 50


def test_places_site_named_after_town_stands_in_story_town_near_other_sure_places(extract):
    """The namesake town lies near a place the story names in passing, but far from the
    town the story is about: the site is in the story's town."""
    text = ("TORONTO -- Fans packed Rogers Stadium on Friday as Toronto beat Texas. "
            "Toronto fans have waited years, and Toronto police closed two streets.")
    p = _place(extract, text, "Rogers Stadium")
    assert p.lat is not None and km(p.lat, p.lon, 43.65, -79.38) < 50


@pytest.mark.parametrize(
    ("text", "not_places", "places"),
    [
        # a parliament's summary: an office, then a member's style after the comma
        ("The Leader of the Opposition, Hon. Mary Kalo, asked the Minister of Lands, Hon. "
         "Peter Wari, about evictions in Port Vila.", {"Opposition", "Lands"}, {"Port Vila"}),
        # a force's release: a rank after the comma, not a town called Major
        ("The Deputy Commander, Major General Jan Roe, visited troops in Mostar on Friday.",
         {"Deputy Commander"}, {"Mostar"}),
        # a newsletter's masthead: a day and a date, not a town called March
        ("Regional Notes | Tuesday, March 10, 2026\n\nHere is what you need to know today."
         "\n\nFloods cut roads around Raipur.", {"Tuesday"}, {"Raipur"}),
    ],
)
def test_places_name_before_a_style_or_date_is_no_place(extract, text, not_places, places):
    """A capitalised name the gazetteer lacks is kept when a known place follows it after a
    comma ("Estey's Bridge, N.B."), but not when what follows is a person's style or a
    date whose month shares a town's name."""
    found = {p.text for p in extract(text).places}
    assert not found & not_places, found
    assert places <= found


@pytest.mark.parametrize(
    ("text", "not_places", "places"),
    [
        # a body the actor registry names exactly so: no town of that name
        ("UN officials said peacekeepers were pushed near Pyla.", {"UN"}, {"Pyla"}),
        ("NATO said more troops would move to Kaunas.", {"NATO"}, {"Kaunas"}),
    ],
)
def test_places_a_body_is_no_place(extract, text, not_places, places):
    """ "UN officials" is the United Nations, not the town of Un in India."""
    found = {p.text for p in extract(text).places}
    assert not found & not_places, found
    assert places <= found
