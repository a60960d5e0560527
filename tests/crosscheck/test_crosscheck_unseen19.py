"""What round 17's and round 16's unseen stories missed, as general rules, through the real
model: a service's own name in its language ("Polícia Nacional") is the police another report
quotes in English; people held and people arrested are one count; a denial's day dates no
toll; a report whose every toll names men is its whole toll; a claim and its denial share a
verb whatever its tense ("shot" and "shoot")."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import counted_sources, crosscheck
from wiredesk.crosscheck._items import items_of
from wiredesk.crosscheck._sources import body_key
from wiredesk.crosscheck._text import content_words


@pytest.mark.parametrize(("name", "key"), [
    ("Polícia Nacional de Cabo Verde", ("police", "", "Cabo Verde")),
    ("Policía Nacional", ("police", "", "")),
    ("Polizei Berlin", ("police", "", "")),
    ("Ministério da Saúde", None),  # not a service: compared as it is
])
def test_crosscheck_unseen19_a_service_named_in_its_language(name, key):
    assert body_key(name) == key


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Polícia Nacional de Cabo Verde - Comando Regional de São Vicente", "National Police", 1),
    ("Polícia Nacional de Cabo Verde", "police", 1),
    ("Polícia Nacional de Cabo Verde", "Cabo Verde's Ministry of Health", 2),
])
def test_crosscheck_unseen19_one_police_in_two_languages(a, b, expected):
    counted = counted_sources([((a,), "Outlet A", 1), ((b,), "Outlet B", 1)])
    assert len(counted) == expected, counted


def test_crosscheck_unseen19_held_and_arrested_are_one_count(extract):
    release = extract("NASSAU - Officers raided a house on Quarry Mission Road in Fox Hill "
                      "early on Saturday. Four other men found at the house were taken into "
                      "custody.", published="2026-06-13", source="Police Press Office")
    daily = extract("Police raided a house in Fox Hill early on Saturday, police said, and four "
                    "others were arrested.", published="2026-06-14", source="Island Daily")
    held = [f for f in items_of(release).figures if f.value == 4]
    arrested = [f for f in items_of(daily).figures if f.value == 4]
    assert [f.category for f in held] == [f.category for f in arrested] == ["arrested"]
    result = crosscheck([release, daily])
    assert any(g.kind == "figure" and len({m.article_id for m in g.items}) == 2
               and g.items[0].value == "4" for g in result.corroborations), result.corroborations


def test_crosscheck_unseen19_a_denial_day_dates_no_toll(extract):
    """The wire's toll takes the raid's day, not the day the commissioner denied."""
    doc = extract("NASSAU, June 15 (Wire) - The police commissioner on Monday denied that "
                  "officers had beaten detainees. Two men were killed in a police raid on a "
                  "house in Fox Hill on Saturday, police said.", published="2026-06-15",
                  source="Wire")
    items = items_of(doc)
    assert any(e.type == "reject" for e in items.events), items.events
    (toll,) = [f for f in items.figures if f.category == "killed"]
    assert toll.when is not None and str(toll.when[0]) == "2026-06-13", toll.when


def test_crosscheck_unseen19_every_toll_of_men_is_the_whole_toll(extract):
    doc = extract("Two men were killed when police raided a house in Fox Hill, police said. "
                  "Residents said a third man had also been killed as he ran from the house.",
                  published="2026-06-14", source="Island Daily")
    tolls = [f for f in items_of(doc).figures if f.category == "killed"]
    assert [(f.value, f.group) for f in tolls] == [(2, frozenset()), (3, frozenset())], tolls
    part = extract("Twenty-two people were killed in the attack, among them three women, "
                   "officials said.", published="2026-06-14", source="Island Daily")
    groups = {f.value: f.group for f in items_of(part).figures if f.category == "killed"}
    assert groups.get(3), groups  # beside a count naming no one, the women are a part


@pytest.mark.parametrize(("a", "b", "shared"), [
    ("officers had shot a man lying on the ground", "officers shoot him", {"shoot", "officer"}),
    ("officers beat detained protesters", "no detained person was beaten", {"beat", "detain"}),
    ("the gunmen fled into the forest", "the attackers flee", {"flee"}),
])
def test_crosscheck_unseen19_one_verb_in_any_tense(a, b, shared):
    assert shared <= content_words(a) & content_words(b)
