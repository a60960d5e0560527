"""Places layer: a name placed once is the same place wherever the article writes it again;
an adjective of nationality does not make a lone town of another country a stranger."""

from __future__ import annotations

from geo import km


def _spans(extract, text: str, name: str) -> list[tuple[int, int]]:
    return [p.span for p in extract(text).places if p.text == name and p.lat is not None]


def test_places_echoes_a_body_s_name_takes_the_placed_town(extract) -> None:
    """The head of a body's name the tagger passes over is the town placed before it."""
    text = (
        "Hudson approves school budget. The board in Hudson, Ohio, approved the plan on "
        "Tuesday; the Hudson Chamber of Commerce backed it."
    )
    places = [p for p in extract(text).places if p.text == "Hudson"]
    assert [p.span for p in places] == [(0, 6), (44, 50), (92, 98)]
    assert all(km(p.lat, p.lon, 41.24, -81.44) < 50 for p in places)


def test_places_echoes_skip_a_person_of_the_name(extract) -> None:
    """"Mary Lancaster" is a person, not the town placed before her name."""
    text = (
        "Flooding closed two schools in Lancaster, Pennsylvania, on Friday. Principal Mary "
        "Lancaster said classes would resume on Monday."
    )
    assert _spans(extract, text, "Lancaster") == [(31, 40)]


def test_places_echoes_no_name_that_is_a_person_s_surname(extract) -> None:
    """A town's name that is also the surname of a person in the story ("Jane Nelson") is
    not looked for again: its further occurrences may be hers."""
    text = (
        "Visitors can stop at the Nelson office on Baker Street. The new office in Nelson, "
        "British Columbia, opens on Monday. Jane Nelson, the manager, said the office in "
        "Nelson would hire two staff."
    )
    assert _spans(extract, text, "Nelson") == [(74, 80), (162, 168)]


def test_places_echoes_a_demonym_does_not_make_a_town_a_stranger(extract) -> None:
    """"Irish pub" names no place of Ireland: Rock Hill stays South Carolina's."""
    text = (
        "The St. Patrick's Day party at an Irish pub spills onto the streets of Rock Hill this "
        "afternoon, with a parade downtown at 5:30 p.m."
    )
    places = [p for p in extract(text).places if p.text == "Rock Hill"]
    assert places and places[0].lat is not None
    assert km(places[0].lat, places[0].lon, 34.92, -81.03) < 50

