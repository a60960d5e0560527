"""Mechanisms written for reports the rules had not seen: a clause fronted before "called it",
passives on a relative or a participle, attempts, harm with weapons and thrown things,
meetings chaired, nouns violent only with harm, "took control", purposes, a briefing's "we",
sides as targets, background days; and the negatives each must leave alone."""

from __future__ import annotations

import pytest


def _events(extract, text: str, kind: str, published: str = "2026-03-10") -> list:
    return [e for e in extract(text, published=published).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        # a clause before "called it" is reported, not asked for
        ("In March, militiamen attacked a police post in Kasai; the governor called it an act "
         "of terror.", "attack", "militiamen", "police post"),
        # the passive's patient is the noun a relative or a participle describes
        ("Kabir Musa, who was arrested in Kano on Friday, denied the charges.", "arrest", None,
         "Kabir Musa"),
        ("Relatives demanded the release of a journalist detained in Goma on Monday.", "arrest",
         None, "journalist"),
        # an attempt to take ground is an assault
        ("Rebel fighters tried to recapture the bridge near Dolo on Sunday.", "assault",
         "Rebel fighters", "bridge"),
        # harm with a weapon, and things thrown at someone
        ("A grenade at a bus stop in Bujumbura wounded nine people on Tuesday.", "attack", None,
         "people"),
        ("Youths threw stones at a police convoy in Kisumu on Monday.", "attack", "Youths",
         "convoy"),
        # a meeting chaired
        ("The district commissioner chaired a security meeting with elders in Marsabit on "
         "Friday.", "meet", "commissioner", None),
        # nouns violent only when people are harmed in them, held by the force before them
        ("A police operation in the Kibera slum left six people dead on Thursday.", "assault",
         "police", "people"),
        ("Police said an encounter in which two militants were killed lasted three hours.",
         "fight", None, "militants"),
        # control taken
        ("Armed men took control of the town hall in Mopti on Saturday.", "seize", "men",
         None),
        # an infinitive of purpose has its clause's subject
        ("Premier Ruth Awino said she would fly to Kisumu on Monday to meet the elders.", "meet",
         "Ruth Awino", "elders"),
    ],
)
def test_unseen_events_found(extract, text: str, kind: str, actor: str | None,
                             target: str | None) -> None:
    found = _events(extract, text, kind)
    assert found, extract(text, published="2026-03-10").events
    event = found[0]
    assert (actor is None) == (event.actor is None), event
    assert (actor or "") in (event.actor or ""), event
    assert (target or "") in (event.target or ""), event


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army has control of the town, the governor said.", "seize"),
        ("Border control was tightened at the crossing on Monday.", "seize"),
        ("A rescue operation in the hills continued on Sunday.", "assault"),
        ("The senator threw his support behind the ceasefire plan on Monday.", "attack"),
        ("The two ministers had a chance encounter at the airport in Nairobi.", "fight"),
    ],
)
def test_unseen_negatives(extract, text: str, kind: str) -> None:
    assert not _events(extract, text, kind)


def test_unseen_briefing_we_is_the_speaker(extract) -> None:
    text = ("MINISTER OKELLO: Good afternoon. The situation in the north is calm, and the "
            "roads to Lodwar are open again.\n\nWe have deployed 300 more police officers to "
            "Lodwar.")
    found = _events(extract, text, "deploy")
    assert found and "OKELLO" in (found[0].actor or "").upper(), found


def test_unseen_arrest_announced_by_those_it_is_done_to(extract) -> None:
    text = ("Protest leaders from the coast say they came to the capital to demand the release "
            "of an opposition MP arrested on Thursday.")
    found = _events(extract, text, "arrest")
    assert found and found[0].actor is None, found


def test_unseen_a_side_as_target_is_two_happenings(extract) -> None:
    text = ("The army said its jets struck an RSF convoy near Nyala on Monday.\n\nIn a "
            "separate statement, it said its artillery had shelled RSF positions near "
            "Geneina.")
    assert len(_events(extract, text, "attack")) == 2


def test_unseen_a_background_day_is_another_happening(extract) -> None:
    text = ("Gunmen burned two houses at a farm near Horqueta, police said.\n\n"
            "Neighbours said the same farm had been attacked on New Year's Day.")
    found = _events(extract, text, "attack", published="2026-01-20")
    assert len(found) == 2, found
