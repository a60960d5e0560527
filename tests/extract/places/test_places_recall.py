"""Places layer: toponyms the gazetteer lacks or spaCy mislabels, in our own sentences.

Unknown places are kept when their words locate them ("the village of ...", "in ...",
"..., Cumbria") at the point of the place that contains them; towns opening a local
institution's name, country abbreviations inside organisations, adjectives of nationality
before a place noun; and the usual centres of large countries and regions. Each pattern
has its negatives.
"""

from __future__ import annotations

import pytest
from geo import km


def _hits(doc, mention: str):
    hits = [p for p in doc.places if p.text == mention]
    assert hits, f"{mention!r} not found in {[p.text for p in doc.places]}"
    return hits


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # military briefing: a hamlet no gazetteer of towns over 1,000 people lists
        ("Artillery hit the village of Dravenki overnight, the general staff said.", "Dravenki"),
        # agency update
        ("Residents of the settlement of Koshmar-Tepe were evacuated on Monday.",
         "Koshmar-Tepe"),
    ],
)
def test_places_recall_unknown_after_place_noun(extract, text, mention):
    assert {p.kind for p in _hits(extract(text), mention)} == {"city"}


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # local paper: an unknown hamlet placed at the county named after it
        ("Two barns burned in Ashwick Mere, Cumbria, late on Sunday.", "Ashwick Mere",
         (54.6, -2.9)),
        # live blog: a street placed at the town named before it
        ("Police in Leeds closed Tarnwell Road after the crash.", "Tarnwell Road",
         (53.8, -1.55)),
        # local paper: a street of the town the article is about, not of the last town
        # named before it (a visitor's home town)
        ("Leeds council met on Monday. Leeds officials said the market would reopen in "
         "spring. A trader from Bristol spoke at the meeting. Police later closed "
         "Quillfeather Street for repairs.", "Quillfeather Street", (53.8, -1.55)),
    ],
)
def test_places_recall_unknown_at_containing_place(extract, text, mention, point):
    hits = _hits(extract(text), mention)
    assert any(km(p.lat, p.lon, *point) < 161 for p in hits if p.lat is not None)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # a person after "according to" or "from" is not a place
        ("The deal collapsed, according to Halvorsen, after a week of talks.", {"Halvorsen"}),
        ("The parcel came from Velmora's office in the capital.", {"Velmora"}),
        # a nationality describing people, not a place
        ("Greek officials denied the report on Tuesday.", {"Greek"}),
        ("Georgian troops withdrew, the ministry said.", {"Georgian"}),
        # a celebrity named after a city
        ("Paris Hilton arrived late to the premiere.", {"Paris"}),
    ],
)
def test_places_recall_negatives(extract, text, not_places):
    assert not {p.text for p in extract(text).places if not p.demonym} & not_places


@pytest.mark.parametrize(
    ("text", "mention", "country", "point"),
    [
        # official statement: a town opening a local institution's name
        ("The Omaha Film Festival opens on Friday with a documentary.", "Omaha", "US",
         (41.26, -95.94)),
        ("She graduated from the Leicester University law school in 2004.", "Leicester", "GB",
         (52.64, -1.13)),
        # wire story: a country's abbreviation inside an agency's name
        ("The U.S. Geological Survey recorded a magnitude 4.1 quake.", "U.S.", "US", None),
        # a state's abbreviation opening an agency's name
        ("The N.J. Division of Fish and Wildlife closed the lake.", "N.J.", "US",
         (40.1, -74.5)),
    ],
)
def test_places_recall_towns_inside_institutions(extract, text, mention, country, point):
    hits = _hits(extract(text), mention)
    assert {p.country for p in hits} == {country}
    assert point is None or any(km(p.lat, p.lon, *point) < 161 for p in hits)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # state media: nationality adjectives before place nouns
        ("Asylum seekers remain stranded on the Greek islands.", "Greek", "GR"),
        ("Shelling hit the Georgian town near the boundary line.", "Georgian", "GE"),
        ("Rebels attacked Georgian-held villages at dawn.", "Georgian", "GE"),
        ("Drones were launched from Tunisian airbases, officials said.", "Tunisian", "TN"),
    ],
)
def test_places_recall_nationality_before_place_noun(extract, text, mention, country):
    assert {(p.kind, p.country) for p in _hits(extract(text), mention)} == {("country", country)}


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # the usual centre of a large country, not where its people live (the point news
        # geoparsing corpora annotate for Canada)
        ("Wildfires spread across Canada this summer.", "Canada", (60.0, -96.0)),
        ("Flooding hit Queensland after days of rain.", "Queensland", (-20.0, 145.0)),
        ("The delegation flew on to Libya.", "Libya", (28.0, 17.0)),
    ],
)
def test_places_recall_centres_of_large_regions(extract, text, mention, point):
    assert any(km(p.lat, p.lon, *point) < 100 for p in _hits(extract(text), mention))


@pytest.mark.parametrize(
    ("text", "mention", "kind", "point"),
    [
        # wire: a region's English name where GeoNames keeps another spelling
        ("Junta jets bombed a monastery in Sagaing Region on Friday.", "Sagaing Region",
         "admin1", (24.0, 95.5)),
        # state media: a governorate under its usual transliteration
        ("Floods cut roads across Hodeidah Governorate, the agency said.",
         "Hodeidah Governorate", "admin1", (14.8, 43.2)),
        # military briefing: a province named with its type word
        ("Taliban fighters seized checkpoints in Uruzgan province, officials said.",
         "Uruzgan province",
         "admin1", (32.9, 66.0)),
        # live blog: Ukrainian spelling of an oblast
        ("Air raid alerts sounded across Zaporizhzhia Oblast.", "Zaporizhzhia Oblast",
         "admin1", (47.6, 35.5)),
    ],
)
def test_places_recall_regions_under_usual_names(extract, text, mention, kind, point):
    hits = _hits(extract(text), mention)
    assert {p.kind for p in hits} == {kind}
    assert any(km(p.lat, p.lon, *point) < 161 for p in hits)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # official statement: a border village cities1000 lacks, untagged
        ("Yerevan said Azerbaijani troops fired on Sotk, a village on the border.", "Sotk",
         (40.2, 45.9)),
        # wire: a south Lebanon town and another spelling of Nabatieh
        ("An air strike hit a house in Khiam, state media said.", "Khiam", (33.3, 35.6)),
        ("Two people were killed near Nabatiyeh on Sunday.", "Nabatiyeh", (33.4, 35.5)),
        # interview: an airport named on its own
        ("Flights out of Mitiga were suspended after the shelling.", "Mitiga", (32.9, 13.3)),
        # agency update: a Somali town the tagger calls a person
        ("Al-Shabaab fighters attacked Moqokori at dawn.", "Moqokori", (4.0, 46.0)),
    ],
)
def test_places_recall_hand_kept_conflict_towns(extract, text, mention, point):
    assert any(km(p.lat, p.lon, *point) < 50 for p in _hits(extract(text), mention))


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # the Arabic article opening a group's name is no place ("al" is a Norwegian district)
        ("Fighters of al-Shabaab claimed the attack.", {"al", "al-Shabaab"}),
        ("A leader of al-Qaeda was killed in the raid.", {"al", "al-Qaeda"}),
    ],
)
def test_places_recall_article_of_group_names_is_no_place(extract, text, not_places):
    assert not {p.text for p in extract(text).places if not p.demonym} & not_places


@pytest.mark.parametrize(
    ("text", "mention", "country", "count"),
    [
        # local paper: a small town made sure once, then opening a sentence
        ("The fire started in Chiefland, Fla., on Sunday. Officials said the Chiefland "
         "blaze was contained. Chiefland residents returned on Tuesday.", "Chiefland", "US", 3),
        # military briefing: the tagger calls the town a product, then an organisation
        ("Fighting reached Vuhledar on Monday. Vuhledar has been shelled for months, the "
         "Vuhledar military administration said.", "Vuhledar", "UA", 3),
    ],
)
def test_places_recall_same_name_same_place(extract, text, mention, country, count):
    hits = _hits(extract(text), mention)
    assert len(hits) == count
    assert {p.country for p in hits} == {country}


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # an adjective spelled like a place named earlier stays an adjective
        ("Athletes arrived in Olympia on Monday. The Olympic torch was lit at noon.",
         {"Olympic"}),
        # a person sharing a town's name, not located by any word
        ("Police in Jordan, Minn., closed the road. Jordan Smith said Jordan was calm.",
         {"Jordan Smith"}),
    ],
)
def test_places_recall_same_name_negatives(extract, text, not_places):
    assert not {p.text for p in extract(text).places if not p.demonym} & not_places
