"""Events on round 15's reports (session 16): a passive's "by" hung on the day before it, a
time that ends what the act began, a question, restrictions (curfews), custody and surrender
phrases, a gerund denied, a kind of event, forces kept or sweeping an area; and one event per
happening: "the raid" told as planned, an act at "the camp" struck, an arrival joined to a
deployment, a passive's guessed actor; "they" in a clause hung on another."""

from __future__ import annotations

import pytest


def _events(extract, text: str, published: str = "2026-08-21") -> list:
    return list(extract(text, published=published).events)


def _kinds(events: list) -> list[str]:
    return [e.type for e in events]


def test_a_passive_by_hung_on_a_day_names_the_doer_and_until_ends_it(extract) -> None:
    events = _events(extract, "Four fishermen were remanded until September 9 by Magistrate "
                              "Anoma Perera on Thursday.")
    arrest = next(e for e in events if e.type == "arrest")
    assert arrest.actor == "Anoma Perera"
    assert arrest.target == "fishermen"
    assert arrest.date == "2026-08-20"  # Thursday, not the day the remand ends


def test_a_by_hung_on_the_spot_before_it_names_people_who_act(extract) -> None:
    text = "In May, two rangers were assaulted at the same spot by loggers clearing a track."
    assaults = [e for e in _events(extract, text) if e.type in ("assault", "attack")]
    assert [(e.actor, e.target) for e in assaults] == [("loggers", "rangers")]


def test_a_question_reports_no_event(extract) -> None:
    text = "QUESTION: The clinic treated 14 people. How were the guards injured?"
    assert not [e for e in _events(extract, text) if e.type in ("attack", "assault")]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("The governor declared a night-time curfew across the province on Friday.", "coerce",
         "governor"),
        ("Nine people have been taken into custody since Sunday, the police said.", "arrest",
         "police"),
        ("We are keeping 250 soldiers in the valley until the roads reopen, the colonel said.",
         "deploy", "colonel"),
        ("Soldiers were combing the forest around Lomie on Wednesday.", "deploy", "Soldiers"),
    ],
)
def test_restrictions_custody_and_forces_kept_are_events(extract, text, kind, actor) -> None:
    found = [e for e in _events(extract, text) if e.type == kind]
    assert len(found) == 1
    assert found[0].actor is not None and actor.lower() in found[0].actor.lower()
    if kind == "coerce":
        assert found[0].plover == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "About 200 people had taken part in the march, organisers said.",
        "Two houses caught fire after the blast in the market.",
        "Police are searching for three other suspects.",
        "Officials have blamed such raids on cattle thieves in the past.",
    ],
)
def test_phrases_that_look_like_acts_are_none(extract, text) -> None:
    kinds = _kinds(_events(extract, text))
    assert not {"arrest", "deploy", "attack"} & set(kinds), kinds


def test_a_gerund_the_parser_took_for_an_adjective_is_still_denied(extract) -> None:
    text = "The raids were blamed on herders, who deny burning villages."
    rejects = [e for e in _events(extract, text) if e.type == "reject"]
    assert [r.actor for r in rejects] == ["herders"]


def test_handing_themselves_in_is_done_to_nobody_else(extract) -> None:
    text = ("Of the 40 prisoners who escaped, 12 had been caught or had handed themselves "
            "in, the commissioner said.")
    surrenders = [e for e in _events(extract, text) if e.type == "surrender"]
    assert all(e.target is None for e in surrenders)


def test_the_raid_told_as_planned_and_the_camp_struck_are_one_happening(extract) -> None:
    text = ("Gunmen attacked a fishing camp at Vakarai on Sunday. Villagers say the raid was "
            "planned for weeks by a rival group.")
    attacks = [e for e in _events(extract, text) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].target == "fishing camp"


def test_an_arrival_joined_to_a_deployment_is_that_deployment(extract) -> None:
    text = ("The prefect said 150 gendarmes are being flown in from the mainland and will "
            "arrive on Thursday.")
    assert _kinds(_events(extract, text)).count("deploy") == 1


def test_a_guessed_actor_sets_no_second_arrest_apart(extract) -> None:
    text = ("A Logan man was arrested on Thursday night after shots were fired at a bar, "
            "police said. The suspect was taken into custody by county deputies at a farm "
            "two hours later.")
    assert _kinds(_events(extract, text)).count("arrest") == 1


def test_they_in_a_clause_hung_on_another_is_its_subject(extract) -> None:
    text = ("An opposition MP said on Monday that some of the raiders had been shot after they "
            "surrendered.")
    surrenders = [e for e in _events(extract, text) if e.type == "surrender"]
    assert [e.actor for e in surrenders] == ["raiders"]


def test_violence_the_lead_tells_is_the_main_event_over_the_headline(extract) -> None:
    text = ("Governor sends 200 soldiers to Horqueta\n\n"
            "Armed men abducted the son of a cattle rancher near Horqueta on Sunday, police "
            "said. The kidnappers later demanded a ransom from the family.")
    main = [e for e in _events(extract, text) if e.main]
    assert [e.type for e in main] == ["attack"]


def test_a_demand_that_is_a_protests_aim_is_no_request_of_its_own(extract) -> None:
    text = ("About 300 people had gathered outside the governor's office to demand the release "
            "of a detained journalist.")
    kinds = _kinds(_events(extract, text))
    assert kinds == ["protest"]


def test_it_fired_on_inside_a_claim_is_not_its_speaker(extract) -> None:
    text = ("Gunmen opened fire on a truck on Route 13 on Tuesday, killing two drivers, a "
            "provincial official and hospital staff said.\n\nThe truck was stopped by a log "
            "laid across the road near Kasi at about 6 a.m., said the official. Attackers "
            "hidden on the slope above then fired on it with automatic rifles, he said.")
    attacks = [e for e in _events(extract, text) if e.type == "attack"]
    assert attacks and all(e.target is None or "official" not in e.target for e in attacks)


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("A rally of dock workers outside the port turned into clashes on Monday.", "fight",
         "rally"),
    ],
)
def test_a_noun_something_became_is_an_event(
    extract, text, kind, actor
) -> None:
    found = [e for e in _events(extract, text) if e.type == kind]
    assert [e.actor for e in found] == [actor]


def test_we_in_the_publishers_own_transcript_is_the_turns_speaker(extract) -> None:
    text = ("MINISTRY OF THE INTERIOR - PRESS BRIEFING - QUITO, 13 MARCH 2026\n"
            "Transcript prepared by the ministry's press office\n\n"
            "MINISTER LUCIA PAREDES: Good morning. On Wednesday about 600 people forced their "
            "way into a police station in Tena.\n\n"
            "We have sent 300 more police to the province and they will stay there.")
    deploys = [e for e in _events(extract, text, published="2026-03-13") if e.type == "deploy"]
    assert [e.actor for e in deploys] == ["Lucia Paredes"]  # the label's name, its office aside
