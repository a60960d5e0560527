"""What round 16's unseen stories taught the cross-check, through the real model: a speaker
that names no one is its outlet's telling, a service named by its kind and territory words
alone is that service, a country's formal name for its police is its adjective and the
generic word, a count over years is not one night's, a report's only toll of "two men" is
its whole toll, and a force's spokesperson named by role is shown as told."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import counted_sources, crosscheck
from wiredesk.crosscheck._items import items_of
from wiredesk.crosscheck._sources import body_key, names_no_one, one_source


@pytest.mark.parametrize(("name", "expected"), [
    ("Preliminary reports", True),
    ("initial information", True),
    ("Our network", True),            # the outlet speaking of itself
    ("we", True),
    ("US", False),                    # the United States, not "us"
    ("police figures", False),        # a body is named
    ("Reuters", False),
    ("First Minister", False),
])
def test_crosscheck_unseen16_names_no_one(name, expected):
    assert names_no_one(name) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Greek police", "Hellenic Police - Directorate of Larissa", True),
    ("Greek police", "Hellenic Police", True),
    ("Greek police", "Turkish police", False),
    ("Hellenic Police", "Bulgarian police", False),
    ("police spokesman", "police", True),
    ("army spokesman", "police", False),
])
def test_crosscheck_unseen16_one_police_under_two_names(a, b, expected):
    assert one_source((a,), (b,)) is expected


def test_crosscheck_unseen16_country_of_a_name_of_several_words():
    assert body_key("Royal Saint Lucia Police Force") == ("police", "", "Saint Lucia")
    assert body_key("the island's police") == ("police", "", "")
    # the island's police and the force's own release are one source; another force is not
    assert counted_sources([(("police",), "Windward Wire", 1),
                            (("Royal Saint Lucia Police Force",), None, 1)]) == (
        "Royal Saint Lucia Police Force",)


@pytest.mark.parametrize(("text", "source"), [
    ("Preliminary reports indicate that four people were killed in Soufriere on Sunday.",
     "Leeward Police Service"),
    ("Four people were killed in Soufriere on Sunday, the island's police said.", "police"),
])
def test_crosscheck_unseen16_who_a_figure_is_told_by(extract, text, source):
    doc = extract(text, published="2026-05-04", source="Leeward Police Service")
    (fig,) = [f for f in items_of(doc).figures if f.category == "killed"]
    assert fig.ref.chain[0] == source


def test_crosscheck_unseen16_a_count_over_years_is_no_nights_toll(extract):
    ngo = extract("Three migrants died off Pylos on Monday, survivors told us. Our network "
                  "has recorded 52 deaths on this coast since 2023.", published="2026-05-06",
                  source="Sea Watch Network")
    coast = extract("Three migrants died off Pylos on Monday, the coastguard said.",
                    published="2026-05-05", source="Aegean Wire")
    by_value = {f.value: f for f in items_of(ngo).figures if f.category == "killed"}
    assert by_value[52].when is None and by_value[3].when is not None
    assert by_value[52].ref.chain[0] == "Sea Watch Network"  # "our network" is the outlet
    assert not [c for c in crosscheck([ngo, coast]).contradictions if c.kind == "figure"]


@pytest.mark.parametrize(("police_text", "clash"), [
    # the report's only toll names men: it is its whole toll, against the other's three
    ("The bodies of two men were recovered from the river near Orestiada on Monday, police said.",
     True),
    # beside a toll of its kind, "two men" are a part of it
    ("Five people died near Orestiada on Monday, among them two men, police said.", False),
])
def test_crosscheck_unseen16_a_reports_only_toll_of_men_is_its_toll(extract, police_text, clash):
    police = extract(police_text, published="2026-05-05", source="Evros Police Directorate")
    ngo = extract("Three people died at the river near Orestiada on Monday, survivors said.",
                  published="2026-05-06", source="Border Watch")
    found = [c for c in crosscheck([police, ngo]).contradictions
             if c.kind == "figure" and {_number(c.a.value), _number(c.b.value)} == {2, 3}]
    assert bool(found) is clash


def _number(value: str | None) -> float:
    return float((value or "0").split()[-1])


def test_crosscheck_unseen16_a_spokesman_named_by_role_is_shown_as_told(extract):
    claim = extract("Survivors said officers beat the migrants with batons near Orestiada on "
                    "Monday.", published="2026-05-05", source="Border Watch")
    reply = extract("A police spokesman denied that officers beat the migrants with batons.",
                    published="2026-05-06", source="Aegean Wire")
    (found,) = [c for c in crosscheck([claim, reply]).contradictions if c.kind == "denial"]
    assert found.b.source == "police spokesman" and found.b.chain[1:2] == ("police",)
