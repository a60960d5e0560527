"""Places layer: villages and districts the gazetteer lacks, in our own sentences.

A village is kept where its words place it (a direction and "of", a commune's "of", "in"
before a name shaped like an adjective of nationality), and reported at the town named
beside it in its sentence, not at the capital the officials speak from; a district's name
that is another name of a city abroad is the story's own district. Each has its negatives.
"""

from __future__ import annotations

import pytest
from geo import km


def _placed(doc, mention: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(p.country, p.lat, p.lon) for p in doc.places if p.text == mention]


def test_places_villages_placed_at_the_town_named_beside_them(extract):
    # a wire story from the capital: the village lies near the town of its own sentence
    doc = extract(
        "Officials in Nairobi said on Monday that gunmen had burned houses in Ngarivu, a "
        "village near Garissa. Police in Nairobi said two men were arrested."
    )
    hits = _placed(doc, "Ngarivu")
    assert hits and all(c == "KE" and km(lat, lon, -0.45, 39.65) < 50 for c, lat, lon in hits)


def test_places_villages_not_placed_at_the_capital_of_their_sentence(extract):
    # the capital is where the wounded were flown, not where the village lies
    doc = extract(
        "Gunmen raided the village of Ngarivu on Sunday, police in Garissa said. Three "
        "wounded villagers from Ngarivu were flown to Nairobi on Monday. The county "
        "commissioner in Garissa said patrols had been stepped up."
    )
    hits = _placed(doc, "Ngarivu")
    assert hits and all(km(lat, lon, -0.45, 39.65) < 50 for _, lat, lon in hits)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a gendarmerie's note: a direction before "of" places the name after it
        ("The herders were found about ten kilometres south of Ambatomainty, the "
         "gendarmerie in Ihosy said.", "Ambatomainty", "MG"),
        # a regional paper: a rural commune's "of" as a village's does
        ("The raiders attacked a hamlet of the rural commune of Ankaraobato, in Ihosy "
         "district, the gendarmerie said.", "Ankaraobato", "MG"),
        # a court report: a village's name ending like an adjective of nationality
        ("The accused said they had been at a temple festival in Velanthuri that night, "
         "the court in Batticaloa heard.", "Velanthuri", "LK"),
    ],
)
def test_places_villages_kept_where_their_words_place_them(extract, text, mention, country):
    assert [c for c, *_ in _placed(extract(text), mention)] == [country]


def test_places_villages_a_road_number_is_no_place(extract):
    doc = extract("The crash closed the road north of Route 128 on Friday, police in Lowell "
                  "said.")
    assert "Route 128" not in [p.text for p in doc.places]


def test_places_villages_demonym_after_a_direction_stays_no_village(extract):
    doc = extract("Hundreds of Malagasy herders live west of Ihosy, the gendarmerie said.")
    assert [p.country for p in doc.places if p.text == "Ihosy"] == ["MG"]
    assert all(p.kind == "country" for p in doc.places if p.text == "Malagasy")


def test_places_villages_district_named_like_a_city_abroad_is_the_story_s(extract):
    # "Kasi" is also a holy name of Varanasi, India: a district of a story of Laos is Lao
    doc = extract(
        "Gunmen stopped a bus in Kasi district on Tuesday and shot two passengers, Lao "
        "state media said. Chinese nationals were among the wounded, and police in Kasi "
        "said the road had reopened."
    )
    hits = _placed(doc, "Kasi")
    assert hits and all(c != "IN" for c, *_ in hits)


def test_places_villages_holy_name_in_a_story_of_its_country_stays(extract):
    doc = extract("Pilgrims crowded the ghats of Kasi before the festival, officials in "
                  "Uttar Pradesh said.")
    assert [c for c, *_ in _placed(doc, "Kasi")] == ["IN"]


@pytest.mark.parametrize(
    ("town", "point"),
    [
        # told from the capital: the village lies in the county the story names
        ("Nairobi", (-2.25, 40.79)),
        # told from a provincial town: the village lies by that town
        ("Garissa", (-0.45, 39.65)),
    ],
)
def test_places_villages_of_a_story_told_from_the_capital_lie_in_its_region(
    extract, town, point
):
    doc = extract(
        f"Officials in {town} said on Monday that security had been tightened across Lamu "
        f"county.\n\nGunmen burned houses in the village of Ngarivu overnight, police in "
        f"{town} said."
    )
    hits = _placed(doc, "Ngarivu")
    assert hits and all(km(lat, lon, *point) < 30 for _, lat, lon in hits)


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # a court report: a part of the capital that shares a city's name abroad
        ("The court refused bail to 14 men charged over a raid on a depot in Wellington, on "
         "the eastern edge of Freetown, on Tuesday. Officials in Bo said nothing.",
         "Wellington", (8.48, -13.24)),
        # a part of a town the gazetteer lacks lies in the town after its "of"
        ("Police searched houses in Kamasondo, a suburb of Makeni, on Friday, officials in "
         "Bo said. Officials in Bo said two men were held.", "Kamasondo", (8.88, -12.04)),
    ],
)
def test_places_villages_part_of_a_town_told_after_a_comma(extract, text, mention, point):
    hits = _placed(extract(text), mention)
    assert hits and all(c == "SL" and km(lat, lon, *point) < 20 for c, lat, lon in hits)


def test_places_villages_a_town_beside_a_part_of_another_stays_itself(extract):
    # "on the edge of" a forest is no part of a town: Makeni stays the town it is
    doc = extract("Troops camped at Makeni, on the edge of the Outamba forest, on Friday.")
    assert [p.country for p in doc.places if p.text == "Makeni"] == ["SL"]


def test_places_villages_a_street_lies_in_the_story_s_town_not_the_one_beside_it(extract):
    doc = extract(
        "Police in Leeds said on Sunday that two men had been arrested. A fan was stabbed "
        "on Harrowgate Street after the match in Bradford. Officers in Leeds said he was "
        "recovering."
    )
    hits = _placed(doc, "Harrowgate Street")
    assert hits and all(km(lat, lon, 53.80, -1.55) < 10 for _, lat, lon in hits)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a police statement: "near" a village the tagger leaves untagged
        ("Two fishermen were wounded in a raid near Mucojo on Tuesday, the police in Pemba "
         "said.", "Mucojo", "MZ"),
        # an aid update: the second of two towns families fled "towards"
        ("Hundreds of families have fled south towards Pemba and Metuge since Sunday, the "
         "governor of Cabo Delgado said.", "Metuge", "MZ"),
        # a ministry's account: a town the tagger calls an organisation, "in" it
        ("Protesters forced their way into a police station in Villa Tunari and burned two "
         "cars, the ministry in La Paz said.", "Villa Tunari", "BO"),
    ],
)
def test_places_villages_kept_after_a_word_that_heads_places(extract, text, mention, country):
    assert [c for c, *_ in _placed(extract(text), mention)] == [country]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a noun after the name: it qualifies the noun ("in Passover-style chocolate")
        ("The macaroons are dipped in Kervolan chocolate, the bakery in Dayton said.",
         "Kervolan"),
        # a capitalised title around the preposition: a campaign's name
        ("She read the leaflet of Dignity in Dying before the hearing in Leeds.", "Dying"),
        # "to" heads firms and people as often as places
        ("The plant was sold to Mervalco last year, the council in Dayton said.", "Mervalco"),
    ],
)
def test_places_villages_not_kept_after_a_word_that_heads_places(extract, text, mention):
    assert _placed(extract(text), mention) == []


def test_places_villages_a_dateline_town_the_gazetteer_lacks(extract):
    # a wire dateline with its date and agency: where the story was filed, lacked or not
    doc = extract("KAMBOVEKA, 5 March 2026 (Radio Okapi) - Gunmen killed eleven people "
                  "overnight, the army said in the Democratic Republic of the Congo.")
    assert [c for c, *_ in _placed(doc, "KAMBOVEKA")] == ["CD"]
    # a heading in capitals with neither date nor agency is no dateline town
    doc = extract("KAMBOVEKA BRIEFING - Gunmen killed eleven people overnight, the army "
                  "said in the Democratic Republic of the Congo.")
    assert _placed(doc, "KAMBOVEKA") == [] and _placed(doc, "KAMBOVEKA BRIEFING") == []


@pytest.mark.parametrize(
    ("text", "mention", "country", "near"),
    [
        # a local daily: a neighbourhood the gazetteer lacks, named before its word
        ("Gunmen shot dead a shopkeeper in the Tamborelo neighbourhood of Mombasa on "
         "Monday night, police said.", "Tamborelo", "KE", (-4.05, 39.67)),
        # an aid update: a camp's name before its word, the tagger's organisation or not
        ("More than 3,000 refugees have arrived at the Kivasenge camp near Kakuma since "
         "Sunday, the agency said.", "Kivasenge", "KE", (3.72, 34.87)),
        # a police statement: two names before the plural that closes their list
        ("Officers were deployed to the Oruwanda and Makorane areas of Kisumu after the "
         "clashes, the county commander said.", "Makorane", "KE", (-0.10, 34.75)),
        ("Officers were deployed to the Oruwanda and Makorane areas of Kisumu after the "
         "clashes, the county commander said.", "Oruwanda", "KE", (-0.10, 34.75)),
    ],
)
def test_places_villages_a_named_area_before_its_word(extract, text, mention, country, near):
    hits = _placed(extract(text), mention)
    assert hits and all(
        c == country and km(lat, lon, *near) < 161 for c, lat, lon in hits
    ), hits


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a police force's unit, not an area: "Division" heads bodies
        ("Call the Patrol Division in Dayton if you see the car, the sheriff said.",
         "Patrol Division"),
        # a faith's adjective before an area's word: a community, not a place's name
        ("A bomb exploded in a mainly Shiite area of Quetta on Friday, officials said.",
         "Shiite"),
        # the word is the first of a compound: a match, not a quarter of a town
        ("Fans of Lindokwe clashed before the Champions League quarter-final in Madrid, "
         "police said.", "Champions League"),
        # an acronym before an area's word is a group's area, not a place's name
        ("The army said it had cleared the ADF area north of Beni on Monday.", "ADF"),
    ],
)
def test_places_villages_no_named_area(extract, text, mention):
    assert _placed(extract(text), mention) == []


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # "residents of" a village places it as "the village of" does
        ("Two residents of Lindokwe told reporters the shooting lasted an hour, police in "
         "Kisumu said.", "Lindokwe", "KE"),
        # "at" after a site's noun: the base's, the crossing's place
        ("Soldiers reinforced the border crossing at Ranvessa on Monday, the army in Juba "
         "said.", "Ranvessa", "SS"),
        # a name the tagger calls a person, right after "in"
        ("A health centre in Tomas Gaviria was looted, officials in Pemba said.",
         "Tomas Gaviria", "MZ"),
    ],
)
def test_places_villages_residents_sites_and_tagged_people(extract, text, mention, country):
    assert [c for c, *_ in _placed(extract(text), mention)] == [country]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "at" after a worker: a firm, not a place
        ("She lost money at Wedbush Kestrel last year, the regulator in Dayton said.",
         "Wedbush Kestrel"),
        # a person's name ending a list opened by "in": a reporter, not a place
        ("Reporters in Nairobi and Tomas Bessaro contributed to this story.", "Tomas Bessaro"),
    ],
)
def test_places_villages_not_kept_where_nothing_places_them(extract, text, mention):
    assert _placed(extract(text), mention) == []


def test_places_villages_of_the_story_country_found_at_their_own_point(extract):
    # a village of 500 to 999 people (GeoNames cities500) in a story of its own country:
    # at its own point, not at the town named beside it (Oleksandriia, 28 km away)
    doc = extract(
        "Shelling damaged houses in Zybkove and Oleksandriia, the governor of Kirovohrad "
        "region said on Tuesday."
    )
    hits = _placed(doc, "Zybkove")
    assert hits and all(c == "UA" and km(lat, lon, 48.770, 33.469) < 5 for c, lat, lon in hits)


def test_places_villages_abroad_are_no_namesake(extract):
    # a gang's name in a story of Ecuador is no Mexican hamlet of that name, and such a
    # hamlet must not draw the story's towns to Mexico with it
    doc = extract(
        "Members of Los Lobos fled toward San Lorenzo and Tumaco after the raid, police "
        "in Quito said."
    )
    assert not [p for p in doc.places if p.country == "MX"]
    assert [p.country for p in doc.places if p.text == "Tumaco"] == ["CO"]


def test_places_villages_a_hamlet_namesake_hides_no_regency(extract):
    # the only namesake of "Puncak" is a hamlet of Java: the regency of Papua the story
    # names is still a place, reported in Papua, not dropped nor placed in Java
    doc = extract(
        "Troops were flown to Beoga, in neighbouring Puncak regency, after the attack near "
        "Timika, the military spokesman in Jayapura said."
    )
    hits = [p for p in doc.places if p.text.startswith("Puncak")]
    assert hits and all(p.country == "ID" and p.lon is not None and p.lon > 130 for p in hits)
