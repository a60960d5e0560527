"""Places layer: what fresh reports wrote that dev-tuned rules missed, in our own sentences.

Each pattern is general, not one outlet's phrase: a town's other spelling that ends like an
adjective of nationality; a town's whole name the tagger takes for a person's; pieces the
tagger cut out of one gazetteer name; a country's name read as a verb or a common noun in a
headline; a part of a town named after a town abroad. Each has its negatives.
"""

from __future__ import annotations

import pytest
from geo import km


def _placed(doc, mention: str) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(p.country, p.kind, p.lat, p.lon) for p in doc.places if p.text == mention]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # humanitarian update: GeoNames spells it Zalinjay; "-ei" is no adjective here
        ("Thousands of people fled from Zalingei on Tuesday after a week of fighting in "
         "Central Darfur.", "Zalingei", "SD"),
        # live blog: GeoNames spells it Leposaviq; "-ic" is no adjective here
        ("Police patrols were stepped up around Leposavic in northern Kosovo after the "
         "shooting.", "Leposavic", "XK"),
    ],
)
def test_places_unseen_other_spelling_shaped_like_a_demonym(extract, text, mention, country):
    assert [c for c, *_ in _placed(extract(text), mention)] == [country]


def test_places_unseen_listed_adjective_stays_its_country(extract):
    # "Kazakh" is also an old name of a town: the demonym list says it is the country's
    hits = _placed(extract("Kazakh officials said the talks would resume in Astana."), "Kazakh")
    assert [(c, k) for c, k, *_ in hits] == [("KZ", "country")]


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # state media: a town's whole name of two words read as a person's, no "in" before it
        ("Buses between Gondar and Bahir Dar stopped running on Monday, residents of the "
         "Amhara region said.", "Bahir Dar", (11.59, 37.39)),
        # regional paper: both towns' names read as a person's
        ("The convoy left Debre Markos for Bahir Dar on Friday, officials in Amhara said.",
         "Debre Markos", (10.35, 37.73)),
    ],
)
def test_places_unseen_whole_town_name_tagged_as_a_person(extract, text, mention, point):
    hits = _placed(extract(text), mention)
    assert hits and all(km(lat, lon, *point) < 50 for _, _, lat, lon in hits)


def test_places_unseen_person_of_two_words_is_no_place(extract):
    doc = extract("Police said Martin Harlow was arrested in Leeds on Friday.")
    assert [p.text for p in doc.places] == ["Leeds"]


@pytest.mark.parametrize(
    ("text", "mention", "country", "kind"),
    [
        # regional wire: the tagger cuts the province's name at its "and"
        ("Gunmen killed two border guards in Sistan and Baluchestan province on Tuesday, "
         "Iranian media reported.", "Sistan and Baluchestan province", "IR", "admin1"),
        # local paper: "Valle" alone is a Honduran department
        ("Heavy rain flooded roads across Valle del Cauca, the disaster agency said.",
         "Valle del Cauca", "CO", "admin1"),
    ],
)
def test_places_unseen_pieces_of_one_name_joined(extract, text, mention, country, kind):
    assert [(c, k) for c, k, *_ in _placed(extract(text), mention)] == [(country, kind)]


def test_places_unseen_two_places_joined_by_and_stay_two(extract):
    doc = extract("Fighting continued in Kherson and Zaporizhzhia on Sunday, the army said.")
    assert [p.text for p in doc.places][:2] == ["Kherson", "Zaporizhzhia"]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # flash update headline: the tagger reads the country's name as a verb
        ("Chad: rebels attack an army post near the border\n\nSix soldiers died, the army "
         "said on Sunday.", "Chad", "TD"),
        # NGO headline: the tagger reads it as a common noun
        ("Mozambique: insurgents raid a village in Cabo Delgado\n\nAbout 300 families fled, "
         "officials said.", "Mozambique", "MZ"),
    ],
)
def test_places_unseen_country_in_a_headline(extract, text, mention, country):
    assert [(c, k) for c, k, *_ in _placed(extract(text), mention)] == [(country, "country")]


def test_places_unseen_part_of_a_town_named_after_a_town_abroad(extract):
    # "Gonia" is an old name of Konya, Turkey: a neighbourhood "of Nzerekore" lies there
    doc = extract("Gunmen looted shops in the Gonia neighbourhood of Nzerekore, Guinea, on "
                  "Saturday.")
    hits = _placed(doc, "Gonia")
    assert hits and all(c == "GN" and km(lat, lon, 7.76, -8.82) < 20 for c, _, lat, lon in hits)


def test_places_unseen_area_of_a_big_city_abroad_stays_there(extract):
    # a big city's own name before "area" is that city, in a story of another country
    doc = extract("Drones struck the Moscow area overnight, officials in Kyiv said.")
    assert [c for c, *_ in _placed(doc, "Moscow")] == ["RU"]


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        # US dateline: the gazetteer knows only New Jersey's Rocky Hill
        ("ROCKY HILL, Conn. — Police arrested a man on Friday after a chase.", "ROCKY HILL",
         "Connecticut"),
        # local copy: Oakdale, Conn. is not one of the gazetteer's Oakdales
        ("Residents of Oakdale, Conn., said the water was safe to drink again.", "Oakdale",
         "Connecticut"),
        ("He grew up in Tewksbury, N.J., before moving west.", "Tewksbury", "New Jersey"),
    ],
)
def test_places_unseen_town_of_the_region_written_after_it(extract, text, mention, admin1):
    """A region written after a town that holds none of the gazetteer's namesakes places it
    there, as a town the gazetteer lacks, not at a namesake of another state."""
    (place,) = [p for p in extract(text).places if p.text == mention]
    assert place.admin1 == admin1 and place.geonameid is None


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        # a list of towns: the next town is no region of the first
        ("The other finalists, Denver, Indianapolis and Louisville, Ky., were named.",
         "Denver", "Colorado"),
        # a headline: the country opens a noun phrase, it does not place the town
        ("Haiti live: gangs storm Mirebalais, US embassy suspends services", "Mirebalais",
         "Centre"),
        # a list of regions: each a region of its own
        ("Shelling hit Kharkiv, Donetsk and Luhansk regions overnight.", "Kharkiv", "Kharkiv"),
    ],
)
def test_places_unseen_name_before_a_region_it_is_not_in_stays(extract, text, mention, admin1):
    (place,) = [p for p in extract(text).places if p.text == mention]
    assert place.admin1 == admin1 and "gazetteer lacks" not in place.explanation


@pytest.mark.parametrize(
    ("text", "mention", "country", "kind"),
    [
        # a Caribbean dateline: "St Lucia" keys nothing as written
        ("CASTRIES, St Lucia — Police said two men were shot dead in the capital.",
         "St Lucia", "LC", "country"),
        # a Jamaican parish written short
        ("Gunmen shot two men in Spanish Town, in St Catherine, on Sunday, Jamaican police "
         "said.", "St Catherine", "JM", "admin1"),
    ],
)
def test_places_unseen_saints_country_or_parish_written_short(extract, text, mention,
                                                              country, kind):
    assert (mention, country, kind) in [(p.text, p.country, p.kind) for p in extract(text).places]


def test_places_unseen_saints_name_alone_is_no_parish(extract):
    """A saint's name written short keys only countries and first-level regions, and only
    where it keys nothing as written: no Caribbean parish for a feast."""
    doc = extract("Pilgrims gathered for the feast of St George in the old town of Lod.")
    assert "St George" not in {p.text for p in doc.places}
    doc = extract("Crowds lined the streets of Boston for the St. Patrick's Day parade.")
    assert not [p for p in doc.places if p.text.startswith("St")]


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a wire dateline of a district the gazetteer lacks, its country after it
        ("JAJARKOT, Nepal — Rescuers dug through rubble on Saturday after the quake.",
         "JAJARKOT", "NP"),
        ("MUTSHATSHA, DR Congo — Armed men attacked a health centre overnight.",
         "MUTSHATSHA", "CD"),
        # a US local paper's dateline: the state after the town
        ("SMALLVILLE, Kan. — The county fair opened on Friday.", "SMALLVILLE", "US"),
    ],
)
def test_places_unseen_dateline_town_placed_by_its_country(extract, text, mention, country):
    """A dateline's town the gazetteer lacks, written with its country or state, is still
    where the story was filed: reported at that country or state."""
    assert (mention, country) in [(p.text, p.country) for p in extract(text).places]


def test_places_unseen_capitals_heading_without_region_stays_out(extract):
    doc = extract("BREAKING — Shelling continued in the east of Ukraine overnight.")
    assert "BREAKING" not in {p.text for p in doc.places}
