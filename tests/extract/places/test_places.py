"""Places layer: toponyms found in our own sentences and resolved to the right point."""

from __future__ import annotations

import pytest
from geo import km

from wiredesk.extract.places._gazetteer import lookup, normalise


def _place(doc, text):
    hits = [p for p in doc.places if p.text == text]
    assert hits, f"{text!r} not found in {[p.text for p in doc.places]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "mention", "kind", "country", "point"),
    [
        # wire story
        ("Russian missiles struck Kharkiv overnight, the regional governor said.",
         "Kharkiv", "city", "UA", (49.98, 36.25)),
        # state media, old transliteration
        ("Units repelled attacks near Dobropolye, the ministry in Moscow reported.",
         "Dobropolye", "city", "UA", (48.47, 37.09)),
        ("Air defences were active over Kiev on Sunday.", "Kiev", "city", "UA", (50.45, 30.52)),
        # official statement
        ("The ministry said the delegation would travel to Hungary next week.",
         "Hungary", "country", "HU", (47.0, 20.0)),
        # military briefing, region words
        ("Drones were shot down over the Belgorod region, the defence ministry said.",
         "Belgorod region", "admin1", "RU", (50.6, 36.6)),
        ("Shelling was reported across Zaporizhzhia Oblast on Friday.",
         "Zaporizhzhia Oblast", "admin1", "UA", (47.5, 35.5)),
        ("Officials in the Republic of Tatarstan confirmed the strike.",
         "Republic of Tatarstan", "admin1", "RU", (55.5, 50.5)),
        # live blog, US states and abbreviations
        ("Flooding closed schools in Trenton, N.J., on Monday.", "N.J.", "admin1", "US",
         (40.1, -74.5)),
        ("The governor of Texas declared an emergency.", "Texas", "admin1", "US",
         (31.2, -99.2)),
        # hand-kept regions and seas
        ("Aid trucks waited at the border of the Gaza Strip.", "Gaza Strip", "region", "PS",
         (31.42, 34.36)),
        ("A tanker was hit in the Red Sea, the shipping agency said.", "Red Sea", "feature",
         None, (20.0, 38.5)),
        # a place the tagger calls an organisation
        ("Moscow wants to break Kyiv's defensive lines before winter.", "Kyiv", "city", "UA",
         (50.45, 30.52)),
    ],
)
def test_places_resolves_to_point(extract, text, mention, kind, country, point):
    place = _place(extract(text), mention)
    assert (place.kind, place.country) == (kind, country)
    assert km(place.lat, place.lon, *point) < 150
    assert place.extractor == "places.v1"
    assert "candidate" in place.explanation


@pytest.mark.parametrize(
    ("text", "mention", "direction", "country"),
    [
        ("Fighting intensified in western Russia after the incursion.", "western Russia",
         "western", "RU"),
        ("Troops advanced in eastern Ukraine, an analyst said.", "eastern Ukraine", "eastern",
         "UA"),
        ("Storms hit northern Italy on Thursday.", "northern Italy", "northern", "IT"),
    ],
)
def test_places_keeps_direction(extract, text, mention, direction, country):
    place = _place(extract(text), mention)
    assert (place.direction, place.country, place.kind) == (direction, country, "country")


@pytest.mark.parametrize(
    ("text", "mention", "country", "admin1"),
    [
        ("The fair opened in Paris, Texas, where Lamar County officials spoke.", "Paris",
         "US", "Texas"),
        ("The summit in Paris ended with a joint statement from France and Germany.", "Paris",
         "FR", "Ile-de-France"),
        ("Voters in Atlanta and Savannah turned out as Georgia counted ballots.", "Georgia",
         "US", "Georgia"),
        ("Russian troops crossed into Georgia from South Ossetia, Tbilisi said.", "Georgia",
         "GE", None),
        ("Springfield, Illinois, hosted the state fair; Chicago sent a delegation.",
         "Springfield", "US", "Illinois"),
    ],
)
def test_places_ambiguous_names_follow_article(extract, text, mention, country, admin1):
    place = _place(extract(text), mention)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Jordan Peterson gave a lecture on Tuesday.", {"Jordan", "Jordan Peterson"}),
        ("Paris Hilton arrived late to the premiere.", {"Paris", "Paris Hilton"}),
        ("The Washington Post reported the story first.", {"Washington", "Washington Post"}),
        ("West of the river, the Gulf of the valley was quiet.", {"West", "Gulf"}),
    ],
)
def test_places_skips_people_and_papers(extract, text, not_places):
    found = {p.text for p in extract(text).places}
    assert not found & not_places


@pytest.mark.parametrize(
    ("text", "demonyms", "places"),
    [
        ("Ukrainian officials said Russian forces had withdrawn.",
         {("Ukrainian", "UA"), ("Russian", "RU")}, set()),
        ("A Georgian patrol met Armenian police near Gyumri on Friday.",
         {("Georgian", "GE"), ("Armenian", "AM")}, {"Gyumri"}),
        # a town named by its nationality's noun is a place, not a demonym
        ("Shells fell on a Georgian village overnight, Tbilisi said.", set(),
         {"Georgian", "Tbilisi"}),
        # a word of a longer name or a person's name is no demonym
        ("Tourists crowded the French Quarter as Finn Walsh played.", set(), set()),
        ("Classes are taught in English and in French, and Greek officials agreed.",
         {("Greek", "GR")}, set()),
    ],
)
def test_places_demonyms_name_their_country_flagged(extract, text, demonyms, places):
    found = extract(text).places
    assert {(p.text, p.country) for p in found if p.demonym} == demonyms
    assert {p.kind for p in found if p.demonym} <= {"country"}
    assert {p.text for p in found if not p.demonym} >= places
    assert not {p.text for p in found if not p.demonym} & {t for t, _ in demonyms}


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The California Republican Party endorsed him.", "California", "US"),
        ("The Ohio Senate passed the bill on Wednesday.", "Ohio", "US"),
        # the place closing a body's name after "of", a town as well as a state
        ("A sociologist at the University of Nebraska studied the census.", "Nebraska", "US"),
        ("The Bank of Canada held its rate on Wednesday.", "Canada", "CA"),
        ("The University of Cincinnati named an interim president.", "Cincinnati", "US"),
    ],
)
def test_places_names_inside_organisations(extract, text, mention, country):
    place = _place(extract(text), mention)
    assert place.country == country
    assert "organisation" in place.explanation


SEED = [  # our own seed article: span, expected country, point (None: country only)
    ((122, 128), "US", (64.0, -150.0), 400),
    ((391, 403), "RU", (51.7, 36.2), 400),
    ((407, 421), "RU", None, 0),
    ((441, 448), "UA", (49.0, 32.0), 400),
    ((1004, 1010), "RU", (55.75, 37.62), 150),
    ((1595, 1602), "HU", (47.0, 20.0), 400),
    ((3322, 3326), "UA", (50.45, 30.52), 150),
    ((3582, 3593), "UA", (48.47, 37.08), 150),
    ((3927, 3941), "UA", (48.0, 37.8), 400),
    ((4184, 4200), "RU", (55.5, 50.5), 400),
]


@pytest.mark.parametrize(("span", "country", "point", "within_km"), SEED)
def test_places_seed_article(seed_doc, span, country, point, within_km):
    hits = [p for p in seed_doc.places if p.span[0] < span[1] and span[0] < p.span[1]]
    assert any(
        p.country == country and (point is None or km(p.lat, p.lon, *point) <= within_km)
        for p in hits
    ), [(p.text, p.country, p.lat, p.lon) for p in hits]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Kyiv", "Kyiv"), ("Kharkov", "Kharkiv"), ("Dobropolye", "Dobropillia"),
     ("U.S.", "United States"), ("Britain", "United Kingdom"), ("Donbass", "Donbas")],
)
def test_gazetteer_alternate_spellings(name, expected):
    assert expected in {e.name for e in lookup(name)}


@pytest.mark.parametrize(
    ("name", "key"),
    [("Côte d’Ivoire", "cote divoire"), ("N.J.", "nj"), ("Nagorno-Karabakh", "nagorno karabakh")],
)
def test_gazetteer_normalise(name, key):
    assert normalise(name) == key
