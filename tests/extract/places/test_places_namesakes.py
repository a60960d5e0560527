"""Places layer: towns and districts the tagger calls a person or an organisation, and
entities holding two places ("Abbotsford and Chilliwack", "the Gusau–Sokoto road").

A mislabelled name the gazetteer knows as a town of 10,000 or a district is kept when the
article names its first-level region (a town the tagger calls a person only where the words
around it locate it), or names its country and the words around it locate it. A name that
is a word of a person named in the article stays a person.
"""

from __future__ import annotations

import pytest
from geo import km


def _near(extract, text: str, mention: str, point: tuple[float, float]) -> bool:
    places = extract(text).places
    hits = [p for p in places if p.text == mention and p.lat is not None]
    assert hits, f"{mention!r} not found in {[p.text for p in places]}"
    return any(km(p.lat, p.lon, *point) < 161 for p in hits)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # Indian wire: a district named after its state
        ("Floods have hit 19 districts of Assam. The worst-hit district is Dhemaji, officials "
         "said on Tuesday.", "Dhemaji", (27.48, 94.58)),
        # Philippine storm bulletin: provinces of a named region
        ("Storm signals were raised over Albay and Sorsogon as the typhoon crossed Bicol.",
         "Albay", (13.2, 123.6)),
        ("Classes were suspended in Bicol, and ferries to Catanduanes stopped on Friday.",
         "Catanduanes", (13.7, 124.2)),
        # military briefing: a front-line town in a named country
        ("Ukraine's general staff said Russian guns struck targets near Kupiansk overnight.",
         "Kupiansk", (49.71, 37.62)),
        # Middle East live blog: a town of a named territory
        ("Air strikes hit tents west of Khan Younis in the south of the Gaza Strip.",
         "Khan Younis", (31.34, 34.31)),
        # Sahel security update
        ("Mali's army said jihadists attacked a convoy near Ménaka on Sunday.", "Ménaka",
         (15.92, 2.4)),
    ],
)
def test_places_namesakes_mislabelled_towns_located_by_article(extract, text, mention, point):
    assert _near(extract, text, mention, point)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # sports wire: a footballer whose first name is a country
        ("Jordan Henderson scored twice as Liverpool beat Leeds in England.", {"Jordan"}),
        # celebrity news: a person, not the French capital
        ("Paris Hilton flew to Los Angeles after the show in France.", {"Paris"}),
        # interview: a surname also a town, the person named in full first
        ("Brian Lincoln, a farmer in Nebraska, said Lincoln had lost half his corn.",
         {"Lincoln"}),
        # local paper: a commissioner named by surname only, a town of the state named
        ("The county board in Texas met on Monday. \u201cWe have to cut costs,\u201d McKinney "
         "said. Later McKinney voted against the plan.", {"McKinney"}),
        # feature story: a founder named by surname, a town of the named state
        ("Pilgrims come to California for the temple. It was founded by Colton, who died "
         "in 1990.", {"Colton"}),
    ],
)
def test_places_namesakes_negatives(extract, text, not_places):
    assert not {p.text for p in extract(text).places} & not_places


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # provincial story: two towns the tagger ran into one organisation
        ("Highway 1 was shut between Abbotsford and Chilliwack in British Columbia.",
         {"Abbotsford", "Chilliwack"}),
        # Indian wire: two districts in one entity
        ("Floods hit Assam. Worst affected were Lakhimpur and Dibrugarh, officials said.",
         {"Lakhimpur", "Dibrugarh"}),
        # Nigerian daily: a road named by the towns it joins
        ("Bandits blocked the Gusau–Sokoto highway in Zamfara on Friday.", {"Gusau", "Sokoto"}),
        # press release: a railway between two towns the tagger left untagged
        ("Moldova will rebuild the Chișinău–Ungheni railway with EU funds.",
         {"Chișinău", "Ungheni"}),
    ],
)
def test_places_namesakes_two_places_in_one_name(extract, text, mentions):
    assert mentions <= {p.text for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # a company named after two founders stays whole and no place
        ("Procter and Gamble said sales rose in Ohio.", {"Procter", "Gamble"}),
        # a hyphenated adjective before a road is no route between towns
        ("The Anglo-Saxon road was found under a car park.", {"Saxon", "Anglo"}),
    ],
)
def test_places_namesakes_two_places_negatives(extract, text, not_places):
    assert not {p.text for p in extract(text).places} & not_places


@pytest.mark.parametrize(
    ("text", "mention", "name", "direction"),
    [
        # Nigerian daily: a hyphenated compass point before a country
        ("Bandits roam the forests of north-west Nigeria.", "north-west Nigeria", "Nigeria",
         "north-west"),
        # Australian regional
        ("Floods cut roads across south-east Queensland.", "south-east Queensland",
         "Queensland", "south-east"),
        # Philippine bulletin: a direction that belongs to the province's name
        ("Signal No. 2 stays up over Sorsogon and Northern Samar.", "Northern Samar",
         "Northern Samar", None),
        # provincial story: "the City of" before a town's name
        ("In the Interior, the City of Merritt ordered 7,000 residents to leave.",
         "City of Merritt", "Merritt", None),
    ],
)
def test_places_namesakes_directions_and_titles(extract, text, mention, name, direction):
    hits = [p for p in extract(text).places if p.text == mention]
    assert [(p.name, p.direction) for p in hits] == [(name, direction)]


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # local paper: a town whose name is also an old name of a big city nearby
        ("Police in Franklin, Ohio, closed a road near Dayton after the crash.", "Franklin",
         (39.56, -84.3)),
        # city news: a neighbourhood named like a mountain, the town around it written after
        ("Police in Snowdon, Montreal, arrested two men on Friday.", "Snowdon", (45.49, -73.63)),
        # travel desk: the airport named bare stays the airport
        ("Flights from Heathrow were cancelled because of fog over London.", "Heathrow",
         (51.47, -0.46)),
        # UK local paper: "X County" is England's county X beside its towns
        ("Norfolk County Council approved the budget at a meeting in Norwich.",
         "Norfolk County", (52.67, 1.0)),
        # US local paper: the same words are Massachusetts' county beside its towns
        ("Norfolk County officials in Dedham, Massachusetts, voted on Tuesday.",
         "Norfolk County", (42.17, -71.18)),
        # mountain rescue: the peak named bare beside its region
        ("Hikers were rescued on Snowdon in north Wales.", "Snowdon", (53.07, -4.08)),
    ],
)
def test_places_namesakes_towns_against_features_and_old_names(extract, text, mention, point):
    assert _near(extract, text, mention, point)


@pytest.mark.parametrize(
    ("text", "mention", "point", "not_point"),
    [
        # diplomatic desk: "Egypt" and "Cairo" chose the country and its capital, so their
        # village namesakes in New Jersey do not pull "Washington" there
        ("The US and Egypt signed the accord on Monday. Egypt will receive US grain, and the "
         "US will train Egypt's pilots. Egypt's envoy to the US said Egypt was grateful. The "
         "envoy flew to Washington from Cairo, and US officials in Cairo praised Egypt.",
         "Washington", (38.9, -77.04), (40.76, -74.98)),
    ],
)
def test_places_namesakes_chosen_countries_lend_no_village_support(
    extract, text, mention, point, not_point
):
    assert _near(extract, text, mention, point)
    assert not _near(extract, text, mention, not_point)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # county paper: a village the tagger misses, a few km from the towns named with it
        ("Braintree, Coggeshall and Marks Tey will share the new bus route from May.",
         "Marks Tey", (51.88, 0.76)),
        ("Queues stretched from Coggeshall. Marks Tey was worse, drivers said.", "Marks Tey",
         (51.88, 0.76)),
    ],
)
def test_places_namesakes_villages_beside_sure_places(extract, text, mention, point):
    assert _near(extract, text, mention, point)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # school sports page: a coach's surname that is also a town of the state named
        ("The Hawks won again on Saturday. \"We stayed patient,\" said coach Ripley. \"The "
         "kids earned it,\" added coach Ripley after the match in Charleston, West Virginia.",
         {"Ripley"}),
        ("Dr. Lincoln told the board the clinic in Omaha would open in May.", {"Lincoln"}),
    ],
)
def test_places_namesakes_titled_names_are_people(extract, text, not_places):
    assert not {p.text for p in extract(text).places} & not_places

