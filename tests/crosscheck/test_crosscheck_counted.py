"""What a figure counts and where, read off the records: a sea or a region of no one country
told with a town is no second place; a group told more closely is the same group; a target
the figure's own words name is whom it counts."""

from __future__ import annotations

import pytest
from handmade_docs import Doc

from wiredesk.crosscheck import crosscheck, items_of
from wiredesk.crosscheck._items import _spread
from wiredesk.records import Document, Figure, Place

TEXT = "Two dockers were killed near the Caribbean port of Limón and in Heredia on Monday."


def _place(words: str, kind: str, country: str | None, lat: float, lon: float) -> Place:
    start = TEXT.index(words)
    return Place("a", words, (start, start + len(words)), words, kind, country, None, None,
                 lat, lon)


@pytest.mark.parametrize(("names", "spread"), [
    (("Caribbean", "Limón"), False),   # a sea's region holds the port: one place
    (("Limón", "Heredia"), True),      # two towns far apart: a total over both
    (("Caribbean", "Heredia"), False),
])
def test_crosscheck_counted_a_region_of_no_country_is_no_place_apart(names, spread):
    places = {"Caribbean": _place("Caribbean", "region", None, 15.0, -72.0),
              "Limón": _place("Limón", "city", "CR", 9.99, -83.04),
              "Heredia": _place("Heredia", "city", "CR", 10.0, -84.12)}
    fig = Figure("a", "Two dockers", (0, 11), 2.0, "killed", clause=(0, len(TEXT)))
    doc = Document(Doc(TEXT).article, places=tuple(places[n] for n in names), figures=(fig,))
    assert _spread(doc, fig) is spread


@pytest.mark.parametrize(("other", "linked"), [
    ("nine police officers", True),    # the officers, told more closely
    ("nine soldiers", False),          # another group
])
def test_crosscheck_counted_a_group_told_more_closely(other, linked):
    a = Doc("Nine officers were injured in Odesa on Monday, the ministry said.",
            source="Ukrinform")
    a.place("Odesa")
    a.figure("Nine officers", 9, "wounded", date="2025-08-11")
    b = Doc(f"In Odesa, {other} were injured on Monday.", source="Reuters")
    b.place("Odesa")
    b.figure(other, 9, "wounded", date="2025-08-11")
    result = crosscheck([a.done(), b.done()])
    assert bool([c for c in result.corroborations if c.kind == "figure"]) is linked


@pytest.mark.parametrize(("text", "figure", "target", "expected"), [
    ("Police shot dead one protester in Odesa.", "one protester", "protester", ""),
    ("Shelling of the market in Odesa killed 12 people.", "12 people", "market", "market"),
])
def test_crosscheck_counted_a_target_the_figure_names_is_whom_it_counts(
        text, figure, target, expected):
    d = Doc(text)
    d.place("Odesa")
    d.event("attack", text.split(" in ")[0], target=target, place="Odesa", date="2025-08-11")
    d.figure(figure, 1 if figure.startswith("one") else 12, "killed", date="2025-08-11")
    (item,) = items_of(d.done()).figures
    assert item.target == expected
