"""Places layer: toponyms in the frames local and wire copy use, which the tagger misses.

A legislator's home state after the party letter, a state glued to a press release's
dateline, a town opening a sentence before its police or residents, a town where a
person lives ("Jane Roe, 42, of ..."), an entity the tagger ran over a comma or a
preposition, a region after a direction inside an organisation's name, a streets' or
buildings' names at the town that holds them. Each pattern has its negatives: people,
newspapers and brands named after towns, headline nouns spelled like towns.
"""

from __future__ import annotations

import pytest
from geo import km


def _near(extract, text: str, mention: str, point: tuple[float, float]) -> bool:
    hits = [p for p in extract(text).places if p.text == mention]
    assert hits, f"{mention!r} not found in {[p.text for p in extract(text).places]}"
    return any(p.lat is not None and km(p.lat, p.lon, *point) < 161 for p in hits)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # wire: party and abbreviated home state after a senator's name
        ("Sen. Joe Manchin, D-W. Va., voted against the bill.", "W. Va.", (38.6, -80.6)),
        ("Rep. Bill Pascrell, D-N.J., said the tunnel was overdue.", "N.J.", (40.2, -74.5)),
        ("Rep. Jim Jordan (R-Ohio) objected to the motion.", "Ohio", (40.3, -82.7)),
        # state house copy: a home town
        ("Assemblywoman Jane Roe, D-Grovetown, filed the bill.", "Grovetown", (33.45, -82.2)),
        # press release: the state glued to the dashes of the dateline
        ("SPRINGFIELD, Ill.--(BUSINESS WIRE)--Acme Corp said on Monday it would hire 200 "
         "people.", "Ill.", (40.0, -89.0)),
    ],
)
def test_places_mentions_affiliation_and_dateline_states(extract, text, mention, point):
    assert _near(extract, text, mention, point)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # local paper: a town opening a sentence before its own police or residents
        ("Grovetown police arrested a man on Friday.", "Grovetown", (33.45, -82.2)),
        ("Hounslow residents complained about the noise.", "Hounslow", (51.47, -0.36)),
        # court report: where a defendant lives, after the age or the name
        ("Maria Lopez, 42, of Grovetown, was charged with theft.", "Grovetown",
         (33.45, -82.2)),
        ("Tom Baker of Pataskala won the raffle.", "Pataskala", (40.0, -82.7)),
        # police statement: an officer's station, the town read as an adjective
        ("PC Jane Roe, of Hounslow safer streets team, issued the warning.", "Hounslow",
         (51.47, -0.36)),
        # business page: a firm based in a town
        ("The Pataskala-based bakery opened a second shop.", "Pataskala", (40.0, -82.7)),
    ],
)
def test_places_mentions_towns_in_local_frames(extract, text, mention, point):
    assert _near(extract, text, mention, point)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # business news: every item of a list opened by "in"
        ("The chain sold its stores in Zilina, Nitra, Presov and Kosice last year.",
         {"Zilina", "Nitra", "Presov", "Kosice"}),
        # local paper: a list after "the cities of"
        ("In the three cities of Newark, Heath and Pataskala, sales dropped.",
         {"Newark", "Heath", "Pataskala"}),
        # military briefing: hamlets the gazetteer lacks, after "the villages of"
        ("Shelling hit the villages of Nuli and Avnevi overnight.", {"Nuli", "Avnevi"}),
    ],
)
def test_places_mentions_lists_of_places(extract, text, mentions):
    assert mentions <= {p.text for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a calendar of venues the tagger reads as one entity each
        ("Round two: Thruxton, Hampshire. Round three: Oulton Park, Cheshire.",
         {"Thruxton", "Hampshire", "Oulton Park"}),
        # a pub and its town as one person's name: the town is kept
        ("The Crown in Twickenham hosts a quiz night on Thursdays.", {"Twickenham"}),
    ],
)
def test_places_mentions_entities_cut_at_commas_and_prepositions(extract, text, mentions):
    assert mentions <= {p.text for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # official statement: a region after a direction inside an association's name
        ("The president of the Eastern Kentucky Dental Association resigned.",
         "Eastern Kentucky", "Kentucky"),
        # a direction belonging to the name: the state, not Virginia
        ("He studied at West Virginia University in Morgantown.", "West Virginia",
         "West Virginia"),
        # a town's schools, not the Irish county "Dublin City"; a town named "... City"
        ("The Dublin City Schools board met in Ohio.", "Dublin", "Dublin"),
        ("The Boulder City Council met on Monday in Nevada.", "Boulder City", "Boulder City"),
        # a town before its own council, the word "City" between them
        ("The Gainesville City Council voted to raise fees.", "Gainesville", "Gainesville"),
        # a town opening a shopping centre's name
        ("She shopped at the Glendale Galleria near Los Angeles.", "Glendale", "Glendale"),
        # a country or province closing an agency's or a union's name
        ("Transport Canada grounded the jets on Friday.", "Canada", "Canada"),
        ("The new FrontCounter BC office opened in Nelson.", "BC", "British Columbia"),
        ("Tom Dooher, president of Education Minnesota, objected.", "Minnesota", "Minnesota"),
    ],
)
def test_places_mentions_towns_inside_organisations(extract, text, mention, name):
    assert name in {p.name for p in extract(text).places if p.text == mention}


def test_places_mentions_dublin_city_schools_are_in_ohio(extract):
    places = extract("The Dublin City Schools board met in Ohio.").places
    assert {p.country for p in places if p.text == "Dublin"} == {"US"}


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # live blog: a hospital the tagger calls an organisation, at the town after it
        ("He was taken to Mercy Hospital in Des Moines.", "Mercy Hospital", (41.6, -93.6)),
        # travel feature: a street, at the city after it
        ("Crowds gathered on Bourbon Street in New Orleans on Tuesday.", "Bourbon Street",
         (30.0, -90.1)),
        # police statement: a street the tagger calls a person, at the city named before it
        ("Toronto police said the break-in happened near Dubonet Drive.", "Dubonet Drive",
         (43.7, -79.4)),
        # a state's possessive written with a bare curly apostrophe
        ("The State of Illinois’ Web site lists the rates.", "State of Illinois",
         (40.0, -89.0)),
        # a town owning a street, also inside one entity with a curly apostrophe
        ("He ran a shop on Middletown's New Road for years.", "Middletown", (40.4, -74.1)),
        ("Her uncle owned Roe Plumbing on Middletown’s New Road until 1990.", "New Road",
         (40.4, -74.1)),
        # a direction opening a building's name stays in it
        ("He was pronounced dead at Northwestern Memorial Hospital in Chicago.",
         "Northwestern Memorial Hospital", (41.9, -87.6)),
    ],
)
def test_places_mentions_streets_and_buildings(extract, text, mention, point):
    assert _near(extract, text, mention, point)


def test_places_mentions_short_directions(extract):
    places = extract("Fire damages S.E. Paris apartment. Paris firefighters put it out.").places
    assert [(p.text, p.direction) for p in places][:1] == [("S.E. Paris", "southeast")]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # Canadian copy: a province's abbreviation after a hamlet
        ("Dogs were taken from a farm in Estey's Bridge, N.B. on Tuesday.", "N.B.",
         "New Brunswick"),
        ("Smoke from the fires reached Kelowna, B.C., by noon.", "B.C.", "British Columbia"),
    ],
)
def test_places_mentions_province_abbreviations(extract, text, mention, name):
    assert name in {p.name for p in extract(text).places if p.text == mention}


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # people named like towns, also after a place and a comma
        ("He met officials in Leeds, Jordan Smith said.", {"Jordan", "Jordan Smith"}),
        ("Jordan Henderson scored twice for Liverpool.", {"Jordan", "Jordan Henderson"}),
        ("Paris Hilton arrived late to the premiere.", {"Paris", "Paris Hilton"}),
        # a newspaper named after its city
        ("A Washington Post reporter asked the question.", {"Washington", "Washington Post"}),
        # a brand named after its town
        ("He bought a Milwaukee brand drill at the store.", {"Milwaukee"}),
        # headline nouns and adjectives spelled like towns (Man, Cote d'Ivoire; Young, NSW)
        ("Man arrested after shop fire. Officers said he was 30.", {"Man"}),
        ("Young man dies after crash. Local police said the driver was 19.",
         {"Young", "Local"}),
        # "of" after a person's office, not where they live
        ("Jane Roe of the Treasury said rates would rise.", {"Treasury"}),
        # languages and faiths after "in" and "to"
        ("Classes are taught in English and in French at the school.", {"English", "French"}),
        # an era after a year, not British Columbia
        ("The mounds were built from 500 BC to 1000 AD.", {"BC", "AD"}),
        # a list's later name the gazetteer lacks, a person
        ("Without the right to stay in Greece, Darvan and his family face removal.",
         {"Darvan"}),
        # a people or a style named after a place
        ("Visitors can see what the Adena people buried in their mounds near the creek.",
         {"Adena"}),
        ("The church was built in Mission Revival style in 1925.", {"Mission Revival"}),
        # a research centre is an organisation, not a building, unless the tagger says so
        ("Data from the Pew Research Center show a rise.", {"Pew Research Center"}),
    ],
)
def test_places_mentions_negatives(extract, text, not_places):
    assert not {p.text for p in extract(text).places} & not_places


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # the finder cut "'s" off: "St John" alone is a town in Indiana
        ("Flooding closed roads across St John's and Mount Pearl overnight, Newfoundland "
         "officials said.", "St John's", "CA"),
        ("Ferries from St. George's, Grenada, were cancelled on Friday.", "St. George's", "GD"),
        ("ST JOHN'S, Newfoundland — The premier called an early election.", "ST JOHN'S", "CA"),
        # a dateline's abbreviated first word: the finder kept "LOUIS" alone
        ("ST. LOUIS (AP) — A judge on Tuesday blocked the new law.", "ST. LOUIS", "US"),
    ],
)
def test_places_mentions_saints_town_read_with_its_possessive(extract, text, mention, country):
    assert (mention, country) in [(p.text, p.country) for p in extract(text).places]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an owner's possessive stays off a name no place is called by
        ("Kyiv's mayor said the shelling of Kharkiv's outskirts went on.", "Kyiv"),
        ("Jordan's king met officials in Amman on Sunday.", "Jordan"),
    ],
)
def test_places_mentions_owners_possessive_stays_off(extract, text, mention):
    assert mention in {p.text for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a typographic apostrophe: the finder stopped at "d’" and found nothing
        ("Voters in Côte d’Ivoire went to the polls on Sunday.", "Côte d’Ivoire", "CI"),
        # a live page's headline opening with the country
        ("LIVE: Côte d'Ivoire votes as polling stations come under attack in Daloa.",
         "Côte d'Ivoire", "CI"),
        # a French department: "Val" alone is a Hungarian village
        ("Police in Val-d'Oise said two men were held after the raid in Sarcelles.",
         "Val-d'Oise", "FR"),
    ],
)
def test_places_mentions_name_read_whole_across_its_elided_particle(extract, text, mention,
                                                                    country):
    places = [(p.text, p.country) for p in extract(text).places]
    assert (mention, country) in places
    assert not [p for p in places if p[1] == "HU"]
