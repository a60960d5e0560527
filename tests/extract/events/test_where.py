"""Where an event happened when its own clause names no place: the clause it belongs to
(coordinated without a subject of its own, a relative "where", a noun carried by a verb of
report, a route's end), a word pointing back ("there", "the same camp"); and what must stay
unplaced or keep its own place."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-03-04"


def _place(extract, text: str, kind: str, words: str) -> str | None:
    events = [e for e in extract(text, published=PUBLISHED).events
              if e.type == kind and words in e.text]
    assert len(events) == 1, [(e.type, e.text) for e in extract(text, published=PUBLISHED).events]
    return events[0].place


@pytest.mark.parametrize(
    ("text", "kind", "words", "place"),
    [
        # a coordinated verb sharing the subject shares the place
        ("Soldiers restored order in Gao on Monday and arrested 12 suspects.", "arrest",
         "arrested", "Gao"),
        # a relative clause set at the place it hangs on
        ("Police said 40 people were detained in Mopti, where a crowd tried to block the bridge.",
         "protest", "block", "Mopti"),
        # the end of a route
        ("Gunmen opened fire on a bus on the road to Kumasi on Monday.", "attack", "fire",
         "Kumasi"),
        # an event noun carried by a verb of report takes the verb's place
        ("Heavy fighting was reported near Gao on Sunday.", "fight", "fighting", "Gao"),
        # "there" points back at the place told just before
        ("Clashes broke out in Gao on Monday. A mob stormed the police station there on "
         "Tuesday.", "assault", "stormed", "Gao"),
        # a named site is where the thing done to it happened
        ("Shells hit Jabalia camp on Saturday, killing 12 civilians.", "attack", "hit",
         "Jabālyā"),
    ],
)
def test_place_from_the_clause_around(extract, text, kind, words, place):
    assert _place(extract, text, kind, words) == place


def test_same_camp_points_back_to_the_camp_not_the_last_town(extract):
    text = ("Shells hit Jabalia camp on Saturday, killing 12 civilians. Aid groups in Rafah said "
            "food was running short. In January, shelling of the same camp's market killed 31 "
            "people.")
    events = [e for e in extract(text, published=PUBLISHED).events if "market" in e.text]
    assert [e.place for e in events] == ["Jabālyā"]


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # a coordinated clause with its own subject keeps to its own place
        ("Youths set fire to shops in Tamale, and a clinic was looted on Monday.", "seize",
         "looted"),
        # a named neighbourhood is no word pointing back
        ("Gunmen fired 80 shots in Tamale on Monday. They fled towards the Zongo neighbourhood "
         "after raiding a shop.", "seize", "raiding"),
    ],
)
def test_no_borrowed_place(extract, text, kind, words):
    events = [e for e in extract(text, published=PUBLISHED).events
              if e.type == kind and words in e.text]
    assert all(e.place is None for e in events)


@pytest.mark.parametrize(
    ("text", "kind", "words", "date"),
    [
        # a participle clause and a coordinated verb take the date of the clause they belong to
        ("Police raided a house in Tamale on Friday, arresting three suspects.", "arrest",
         "arresting", "2026-02-27"),
        ("Soldiers restored order in Gao on Monday and arrested 12 suspects.", "arrest",
         "arrested", "2026-03-02"),
        # a noun carried by a verb of report
        ("Heavy fighting was reported near Gao on Sunday.", "fight", "fighting", "2026-03-01"),
    ],
)
def test_date_from_the_clause_around(extract, text, kind, words, date):
    events = [e for e in extract(text, published=PUBLISHED).events
              if e.type == kind and words in e.text]
    assert [e.date for e in events] == [date]


def test_a_judgement_lends_no_date(extract):
    text = ("Russian drones hit a block of flats in Kharkiv on Saturday, killing three. The "
            "strike on the building was the deadliest on the city this month.")
    dates = {e.date for e in extract(text, published="2025-09-14").events if e.type == "attack"}
    assert dates == {"2025-09-13"}


def test_forces_come_to_reinforce_patrols_is_one_deployment_at_its_place(extract):
    text = ("The defence ministry said on Tuesday that 300 soldiers had arrived in Salamanca and "
            "nearby Irapuato to reinforce patrols.")
    deployments = [e for e in extract(text, published=PUBLISHED).events if e.type == "deploy"]
    assert [e.place for e in deployments] == ["Salamanca"]


@pytest.mark.parametrize(
    ("text", "kind", "words", "place"),
    [
        # an act with no place of its own is at the town told last before it in its paragraph
        ("Gunmen stormed a police checkpoint near Ndola before dawn on Tuesday. Soldiers later "
         "arrested four suspects.", "arrest", "arrested", "Ndola"),
        ("Clashes erupted in the village of Kapsabet overnight. A crowd burned two houses.",
         "attack", "burned", "Kapsabet"),
        # a place the sayer stood in, not the saying
        ("Witnesses in Garissa said a crowd had set fire to the district office.", "attack",
         "set fire", "Garissa"),
    ],
)
def test_place_told_before(extract, text, kind, words, place):
    assert _place(extract, text, kind, words) == place


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # not across a paragraph
        ("Protesters marched through Kisumu on Monday.\n\nIn a separate incident, police "
         "arrested three men.", "arrest", "arrested"),
        # not where a thing was said
        ("The minister told reporters in Nairobi that police had arrested 12 suspects.",
         "arrest", "arrested"),
        # not a country told as the story's setting
        ("The conflict in Sudan has displaced millions. Gunmen killed five traders on Sunday.",
         "attack", "killed"),
        # not troops sent: where they went is untold
        ("Fighting broke out in Beni on Monday. The army sent 300 troops.", "deploy", "sent"),
    ],
)
def test_place_not_told_before(extract, text, kind, words):
    assert _place(extract, text, kind, words) is None
