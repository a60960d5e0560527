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



def test_places_echoes_a_town_ending_like_an_adjective_is_the_town_again(extract) -> None:
    """A town whose name ends like a people's adjective ("Nairobi", "Dubai") but is placed
    as the town is the same town where the article writes it again, at the head of an
    event's name the tagger took whole."""
    text = (
        "Thunder Snow won in Dubai on Saturday, and his trainer said the Dubai World Cup was "
        "the best race of his career."
    )
    places = [p for p in extract(text).places if p.text == "Dubai"]
    assert [p.span for p in places] == [(20, 25), (64, 69)]
    assert all(km(p.lat, p.lon, 25.2, 55.3) < 50 for p in places)


def test_places_echoes_a_dateline_in_capitals_is_the_town_placed_below(extract) -> None:
    """A dateline's town in capitals the tagger calls a person ("KHUJAND, 4 May 2026") is
    the town the article places under that name."""
    text = (
        "KHUJAND, 4 May 2026 (Asia-Plus). Police detained 12 people in Khujand on Tuesday "
        "after a protest, the Sughd police said."
    )
    places = [p for p in extract(text).places if p.text in {"KHUJAND", "Khujand"}]
    assert [p.span[0] for p in places] == [0, 62]
    assert all(km(p.lat, p.lon, 40.28, 69.62) < 50 for p in places)
