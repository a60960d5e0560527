"""Places layer: counties named without their word ("DeKalb schools", "Barrow and Jackson").

Local news names the counties of its own state bare, where a town of the name may lie far
off or in another state. A bare name may also mean the county of that name (context.toml
[bare_region]), weighed by its fitted feature kind_admin2_bare, and only where words place
it, in a story of its state or beside a place the story surely names; a person's surname
stays a person, and a bare name's county never tells where the story is.
"""

from __future__ import annotations

import pytest
from geo import km


def _at(extract, text: str, mention: str) -> list[tuple[str, str | None, float, float]]:
    places = extract(text).places
    hits = [(p.name, p.kind, p.lat, p.lon) for p in places
            if p.text == mention and p.lat is not None and p.lon is not None]
    assert hits, f"{mention!r} not found in {[p.text for p in places]}"
    return hits


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # Atlanta local paper: a county named bare beside its big town, a town of the name
        # in Illinois far off
        ("Schools in Atlanta reopen on Monday. In DeKalb, the school board voted on Tuesday "
         "to close four schools.", "DeKalb", (33.77, -84.23)),
        # West Virginia weekly: two counties of a named state, bare and joined by "and"
        ("Flood warnings were posted across West Virginia on Sunday, and crews in Greenbrier "
         "and Monroe cleared the roads.", "Greenbrier", (37.95, -80.45)),
        # Nebraska daily: a bare county listed after an Omaha town
        ("Home sales rose in Omaha, Sarpy and Cass last month, the Nebraska realtors said.",
         "Sarpy", (41.11, -96.11)),
    ],
)
def test_places_counties_bare_name_is_the_county_of_its_state(extract, text, mention, point):
    hits = _at(extract, text, mention)
    assert any(kind == "admin2" and km(lat, lon, *point) < 161 for _, kind, lat, lon in hits)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a surname that is a county's name, the person named in full first
        ("Jeff Nelson, a deputy in Nebraska, said Nelson had searched the farm twice.",
         "Nelson"),
        # a surname in a story of another country: no county of Colorado
        ("Seoul's court sentenced former president Park Geun-hye on Friday. Park had denied "
         "the charges, her lawyers in South Korea said.", "Park"),
    ],
)
def test_places_counties_surname_is_no_county(extract, text, mention):
    places = extract(text).places
    assert not [p for p in places if p.text == mention and p.kind == "admin2"]


def test_places_counties_bare_county_does_not_unplace_the_story(extract):
    # "Dallas" is surely the Texas city: its county of the same name must not make it
    # doubtful, so Paris beside it stays the Texas town
    text = ("Jessie Ray, 19, of Paris died on Sunday in a Dallas hospital after the crash, "
            "police said.")
    hits = _at(extract, text, "Paris")
    assert all(km(lat, lon, 33.66, -95.56) < 161 for _, _, lat, lon in hits)


def test_places_counties_region_word_keeps_its_county(extract):
    # "Jackson and Barrow counties": the listed names are counties by their plural, not by
    # the bare feature, and stay so
    text = "Jobs grew fastest in Georgia's Jackson and Barrow counties last year."
    hits = _at(extract, text, "Jackson")
    assert any(kind == "admin2" and km(lat, lon, 34.13, -83.56) < 161
               for _, kind, lat, lon in hits)
