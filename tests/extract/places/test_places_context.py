"""Places layer: local-news patterns, in our own sentences, with their negatives.

Datelines, a legislator's home town, towns inside their own institutions' names, small
towns after "in"/"from", people's surnames, states voted for by the other towns named,
and streets placed at the town the article is about.
"""

from __future__ import annotations

import pytest
from geo import km


def _near(doc, mention: str, point: tuple[float, float], within_km: float = 100) -> bool:
    hits = [p for p in doc.places if p.text == mention]
    assert hits, f"{mention!r} not found in {[p.text for p in doc.places]}"
    return any(km(p.lat, p.lon, *point) <= within_km for p in hits)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # local paper, capitalised dateline with a state abbreviation
        ("Budget vote delayed. SALINA, Kan. -- City commissioners postponed the vote on "
         "Monday.", "SALINA", (38.84, -97.61)),
        # wire copy, dateline with the agency in brackets
        ("Ferry strike ends. PIRAEUS (Reuters) - Ferry crews returned to work on Friday.",
         "PIRAEUS", (37.94, 23.65)),
        # a dateline names the town even when the town alone would be ambiguous
        ("Levee holds. VICKSBURG, Miss. — River levels fell overnight in Warren County.",
         "VICKSBURG", (32.35, -90.88)),
    ],
)
def test_places_context_datelines(extract, text, mention, point):
    assert _near(extract(text), mention, point)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        ("The bill was sponsored by Sen. Maria Ortiz, D-Albuquerque, and two others.",
         "Albuquerque", (35.08, -106.65)),
        ("Rep. Dan Keller, R-Tulsa, voted against the measure.", "Tulsa", (36.15, -95.99)),
    ],
)
def test_places_context_party_home_towns(extract, text, mention, point):
    assert _near(extract(text), mention, point)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # official statement: a town inside its police department's name
        ("Officers from the Lawrence Police Department and the Douglas County Sheriff's "
         "Office responded to the call in Kansas.", "Lawrence", (38.97, -95.24)),
        # interview: "a <town> man"
        ("A Hutchinson man was arrested after a chase through Reno County, Kansas.",
         "Hutchinson", (38.06, -97.93)),
        # live blog: a county named inside a court's name
        ("The Wichita case was heard in Sedgwick County District Court on Tuesday.",
         "Sedgwick County", (37.68, -97.46)),
    ],
)
def test_places_context_towns_inside_civic_names(extract, text, mention, point):
    assert _near(extract(text), mention, point)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # a newspaper or a company is not its town
        ("The Boston Globe first reported the merger.", {"Boston", "Boston Globe"}),
        # an alliance is not the hamlet that shares its letters
        ("Relations between NATO and the government have cooled.", {"NATO"}),
    ],
)
def test_places_context_skips_company_names(extract, text, not_places):
    assert not {p.text for p in extract(text).places} & not_places


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # a small town the tagger calls a person, made a place by "moved to"
        ("After the mine closed, the family moved to Castlegar and opened a bakery.",
         "Castlegar", (49.32, -117.66)),
        ("Both suspects, who are from Hounslow, appeared before magistrates on Monday.",
         "Hounslow", (51.47, -0.36)),
    ],
)
def test_places_context_small_towns_after_locatives(extract, text, mention, point):
    assert _near(extract(text), mention, point)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Police Chief Robert Douglas said the crowd dispersed. \u201cIt was tense,\u201d "
         "Douglas said.", "Douglas"),
        ("Sheriff Greg Taylor led the search. According to Taylor, the car was stolen.",
         "Taylor"),
        ("Coach Anna Houston praised the team. Houston said the defence held firm.",
         "Houston"),
    ],
)
def test_places_context_surnames_are_people(extract, text, surname):
    assert surname not in {p.text for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # the state shared by the other towns decides an ambiguous name
        ("Storms hit Columbus on Friday; crews from Norfolk and Grand Island helped in "
         "Platte County.", "Columbus", (41.43, -97.37)),
        ("Schools in Richmond and Berea closed as Madison County, Ky., flooded.",
         "Richmond", (37.75, -84.29)),
        # a state keeps its name beside a suburb called after it
        ("Ranchers in Wyoming and Montana asked for drought aid.", "Wyoming", (43.0, -107.5)),
        # a capital beats the region of the same name
        ("Officials in Washington said the sanctions would take effect on Monday.",
         "Washington", (38.9, -77.04)),
        # "L.A." is Los Angeles, not Louisiana's "La."
        ("Traffic in L.A. was gridlocked after the storm.", "L.A.", (34.05, -118.24)),
    ],
)
def test_places_context_resolution_follows_article(extract, text, mention, point):
    assert _near(extract(text), mention, point, within_km=161)


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Crowds gathered in New Orleans, where a parade turned onto Magazine Street.",
         "Magazine Street", "feature"),
    ],
)
def test_places_context_streets_at_town_before(extract, text, mention, kind):
    doc = extract(text)
    assert _near(doc, mention, (29.95, -90.07), within_km=30)
    assert {p.kind for p in doc.places if p.text == mention} == {kind}


def test_places_context_street_without_town_has_no_point(extract):
    hits = [p for p in extract("A parade turned onto Magazine Street at noon.").places
            if p.text == "Magazine Street"]
    assert [(p.kind, p.lat, p.lon) for p in hits] == [("feature", None, None)]


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # local paper: the state written after the town binds it, even a small namesake
        ("The animal shelter in Springfield, Ga., reopened on Monday after the storm.",
         "Springfield", (32.37, -81.31)),
        ("The mayor of Columbus, Miss., said on Friday that the bridge would reopen.",
         "Columbus", (33.5, -88.43)),
        # wire copy: the state spelled out
        ("Officials in Paris, Texas, said the water main had been repaired.",
         "Paris", (33.66, -95.56)),
        # negative: a clause after the comma names no region, the bigger namesake stays
        ("Officials in Paris, where the summit opened on Monday, said talks would go on.",
         "Paris", (48.85, 2.35)),
    ],
)
def test_places_context_state_written_after_town(extract, text, mention, point):
    assert _near(extract(text), mention, point, within_km=50)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # sheriff's briefing: a town beside a county and a town of one state is that state's
        ("Deputies from Hall County and police in Grand Island searched on Sunday for a man "
         "last seen near Aurora.", "Aurora", (40.87, -98.0)),
        # negative: alone, the name is the bigger namesake
        ("A gunman opened fire at a cinema in Aurora, police said.", "Aurora", (39.73, -104.83)),
        # negative: the state named in the article keeps the capital
        ("Voters in Columbus backed the levy, the Ohio secretary of state said.",
         "Columbus", (39.96, -83.0)),
    ],
)
def test_places_context_neighbours_pick_namesake(extract, text, mention, point):
    assert _near(extract(text), mention, point, within_km=50)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # state wire: a list of counties closed by the plural
        ("Storm damage was reported in Reno, Harvey and Kingman counties, the Kansas "
         "emergency office said.", "Harvey", (38.04, -97.43)),
        ("Volunteers from Douglas and Wyandotte counties cleared the trails in Kansas.",
         "Wyandotte", (39.11, -94.76)),
        # conflict report: regions and oblasts closed by their plural
        ("Drones struck the Kherson and Zaporizhzhia regions overnight, Ukraine's air force "
         "said.", "Kherson", (46.65, 32.6)),
        ("Fighting went on in the Donetsk and Luhansk oblasts on Tuesday.", "Luhansk",
         (48.57, 39.31)),
    ],
)
def test_places_context_list_closed_by_region_plural(extract, text, mention, point):
    doc = extract(text)
    hits = [p for p in doc.places if p.text == mention]
    assert hits and hits[0].kind in {"admin1", "admin2"}
    assert _near(doc, mention, point, within_km=161)


def test_places_context_one_name_before_region_plural_is_not_a_region(extract):
    """ "Indiana counties" are the counties of Indiana, not Indiana County, Pennsylvania."""
    doc = extract("Boone County ranked 42nd of the Indiana counties in March.")
    hits = [p for p in doc.places if p.text == "Indiana"]
    assert hits and hits[0].kind == "admin1"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # a demonym's word opening a place's name after "in" is that place, not a language
        ("Wildfires spread in British Columbia on Sunday.", "British Columbia",
         "British Columbia"),
        ("Crews from Alberta helped in British Columbia, where evacuation orders grew.",
         "British Columbia", "British Columbia"),
    ],
)
def test_places_context_demonym_word_opening_a_place_after_in(extract, text, mention, name):
    hits = [p for p in extract(text).places if p.text == mention]
    assert hits and hits[0].name == name and not hits[0].demonym


def test_places_context_a_body_named_after_a_big_town_places_the_story(extract):
    """A festival, team or paper named after a big town stands in it: "the Nashville Film
    Festival" makes a bare "Columbia" Tennessee's, not Missouri's bigger one."""
    doc = extract("A reporter covered the Nashville Film Festival before visiting Columbia "
                  "State, where Columbia students gathered.")
    columbias = [p for p in doc.places if p.text == "Columbia"]
    assert columbias and all(p.admin1 == "Tennessee" for p in columbias)


def test_places_context_a_name_joined_to_places_is_one(extract):
    """The last of a list of tagged towns, which the tagger calls a person, is a town."""
    text = "Regional finalists include Indianapolis, Louisville, Omaha and Sioux Falls this year."
    assert _near(extract(text), "Sioux Falls", (43.55, -96.7))


@pytest.mark.parametrize(
    ("text", "mention", "area"),
    [
        ("Militiamen killed nine people in Djugu territory on Saturday.", "Djugu", "territory"),
        ("A bomb hit a bus in Mastung district, police said.", "Mastung", "district"),
        ("Gunmen raided villages in Bokkos Local Government Area of Plateau State.", "Bokkos",
         "local government area"),
        ("Drones hit Sumy late on Sunday.", "Sumy", None),
        ("Shelling hit Kharkiv, the regional governor said.", "Kharkiv", None),
        ("Drones hit Odesa overnight, the region's governor said.", "Odesa", None),
    ],
)
def test_places_area_word_after_the_name(extract, text, mention, area):
    """The word after a name telling an area, kept on the place when its span leaves it out."""
    [place] = [p for p in extract(text, published="2026-03-03").places if p.text == mention]
    assert place.area == area


@pytest.mark.parametrize(
    ("text", "mention", "compound"),
    [
        ("A Karachi-bound bus overturned near Hub on Sunday.", "Karachi", True),
        ("A Kyiv-based monitor counted the drones over Odesa.", "Kyiv", True),
        ("A Kyiv-based monitor counted the drones over Odesa.", "Odesa", False),
        ("Shelling hit Kharkiv - the regional governor said - overnight.", "Kharkiv", False),
        ("The Lviv-Kyiv train was delayed by the strike.", "Lviv", False),
    ],
)
def test_places_opening_a_hyphened_modifier(extract, text, mention, compound):
    """A name opening a hyphened modifier names no place where anything happened."""
    [place] = [p for p in extract(text, published="2026-03-03").places if p.text == mention]
    assert place.compound is compound


def test_places_in_the_dateline(extract):
    """A place in the dateline is where the report was filed, not one it tells of."""
    doc = extract("KYIV, March 3 (Example Wire) - Drones hit Odesa overnight, the governor said.",
                  published="2026-03-03")
    assert {p.text: p.in_dateline for p in doc.places} == {"KYIV": True, "Odesa": False}
