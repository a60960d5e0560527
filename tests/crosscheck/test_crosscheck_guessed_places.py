"""Places whose point is a guess and tolls told at different levels of place, on reports
extracted with the real pipeline: a village the gazetteer lacks is given the story town's
point, which is no evidence of where it lies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.crosscheck import crosscheck
from wiredesk.crosscheck._when_where import far_apart, own_point, same_place
from wiredesk.records import Document, Place
from wiredesk.schema import problems
from wiredesk.store import Store

Extract = Callable[..., Document]


def _at(name: str, kind: str, lat: float, lon: float, guessed_at: str | None = None) -> Place:
    return Place("a", name, (0, len(name)), name, kind, "NI", None, None, lat, lon,
                 guessed_at=guessed_at)


@pytest.mark.parametrize(("guessed", "apart"), [(None, True), ("Siuna", False)])
def test_crosscheck_a_guessed_point_is_no_evidence_apart(guessed, apart):
    village = _at("Walpatara", "city", 12.13, -86.25, guessed)  # Managua's point
    town = _at("Rosita", "city", 13.92, -84.40)
    assert own_point(village) is (guessed is None)
    assert far_apart(village, town, 50.0) is apart
    assert same_place(village, _at("Walpatara", "city", 13.7, -84.8), 50.0)  # its name


def test_places_a_village_the_gazetteer_lacks_is_guessed_at_the_story_town(extract: Extract):
    doc = extract("SIUNA, Nicaragua - Gunmen attacked the hamlet of Kiwalsang on Saturday, "
                  "police said.", published="2026-03-02")
    (village,) = [p for p in doc.places if p.name == "Kiwalsang"]
    (town,) = [p for p in doc.places if p.name == "Siuna"]
    assert village.geonameid is None and village.guessed_at == "Siuna"
    assert (village.lat, village.country) == (town.lat, "NI") and town.guessed_at is None
    # a host named right after the name holds it: its point is no guess
    held = extract("Gunmen attacked Kiwalsang Hospital in Siuna, Nicaragua, police said.",
                   published="2026-03-02")
    (clinic,) = [p for p in held.places if p.geonameid is None and p.kind != "country"]
    assert clinic.lat == town.lat and clinic.guessed_at is None


def test_places_a_guessed_point_is_kept_in_json_and_the_store(extract: Extract, tmp_path):
    doc = extract("SIUNA, Nicaragua - Gunmen attacked the hamlet of Kiwalsang on Saturday, "
                  "police said.", published="2026-03-02")
    shape = doc.to_dict()
    assert not problems(shape)
    assert [p["guessed_at"] for p in shape["places"] if p["name"] == "Kiwalsang"] == ["Siuna"]
    with Store.open(tmp_path / "store.db") as store:
        store.put(doc)
        (back,) = store.documents()
    assert back.places == doc.places


def _reports(extract: Extract, wire_toll: str) -> list[Document]:
    police = extract("SIUNA, Nicaragua - Gunmen attacked the hamlet of Kiwalsang on Saturday, "
                     "killing four people, the National Police said on Sunday.",
                     published="2026-03-01T12:00:00-06:00", source="Police Bulletin")
    wire = extract(f"MANAGUA (Isthmus Wire) - Gunmen killed {wire_toll} in Nicaragua on "
                   "Saturday, a local councillor, Ana Lopez, said on Sunday.",
                   published="2026-03-01T20:00:00-06:00", source="Isthmus Wire")
    return [police, wire]


@pytest.mark.parametrize(("wire_toll", "linked"), [
    ("four people", True),     # one count, told for the country and for a village of it
    ("seven people", False),   # a country's count may be a total: no link and no clash
])
def test_crosscheck_a_count_told_for_the_country_and_for_a_village(extract, wire_toll, linked):
    result = crosscheck(_reports(extract, wire_toll))
    figures = [lk for lk in result.links if lk.kind == "figure"]
    assert bool(figures) is linked
    assert not [c for c in result.contradictions if c.kind == "figure"]
