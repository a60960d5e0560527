"""Whole families of triggers rather than the one word a report used, found in the first
scores of several fresh rounds: crowds gathering by any verb, strikes told without the noun,
roadblocks put up by protesters (a protest; by police none of its own), crowds broken up,
gatherings banned and networks shut, hostages taken, forces brought in, arson of any property,
accounts disputed and violent acts said not to have happened (denials); a band's noun holding
the event noun it stands before, the doer of a "when" clause holding a noun nobody holds; a
pronoun after a body's claim; and the negatives each must leave alone."""

from __future__ import annotations

import pytest
from events_found import assert_found, events_of


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        # a gathering by its other verbs, and the streets taken
        ("Protesters converged on the governor's residence in Bauchi on Sunday.", "protest",
         "Protesters", None),
        ("Several thousand people took to the streets of Mzuzu on Saturday.", "protest",
         "people", None),
        # a strike told without "strike" as the verb's object
        ("Minibus drivers went on strike in Lilongwe on Tuesday over fuel prices.", "protest",
         "drivers", None),
        ("Port workers walked off the job in Beira on Monday.", "protest", "workers", None),
        ("Nurses at the district hospital downed tools on Wednesday.", "protest", "Nurses",
         None),
        # roadblocks: by protesters a protest
        ("Protesters set up roadblocks across Mzuzu on Monday.", "protest", "Protesters",
         None),
        ("Demonstrators erected barricades in the centre of Bauchi on Sunday.", "protest",
         "Demonstrators", None),
        ("Soldiers took up positions around the parliament in Lilongwe on Monday.", "deploy",
         "Soldiers", None),
        ("Hundreds of police officers were drafted in from neighbouring provinces on Friday.",
         "deploy", "police officers", None),
        # a crowd broken up is force used on it
        ("Police broke up the protest outside the ministry with water cannon on Sunday.",
         "attack", "Police", None),
        # a force's kind read as a name at a sentence's start is no name
        ("Riot police cleared the blockade with tear gas on Monday.", "attack",
         "Riot police", "blockade"),
        # gatherings forbidden and networks cut off are coercion
        ("The government banned all demonstrations in Lilongwe for a month.", "coerce",
         "government", None),
        ("Authorities shut down mobile internet in the province on Tuesday.", "coerce",
         "Authorities", None),
        # hostages taken are an abduction
        ("The inmates took three guards hostage in Block C on Monday.", "attack", "inmates",
         "guards"),
        # a pronoun opening a sentence after a body's claim is that body
        ("The police say 12 dockers were arrested in Beira. They reject that.", "reject",
         "police", None),
        # a violent act said not to have happened is the speaker's denial; an account disputed
        ("The army said its soldiers had not fired on the crowd in Bauchi.", "reject", "army",
         None),
        ("The ministry insisted that no protesters had been killed in Mzuzu.", "reject",
         "ministry", None),
        ("The union disputed the police figures on Tuesday.", "reject", "union", None),
        # an event noun with nobody holding it is held by the doer of its "when" clause
        ("The riot began at about 9 p.m. when inmates set fire to mattresses in Block C.",
         "protest", "inmates", None),
        # arson of any property, and a band's noun before the event noun
        ("Around 40 boats were burned at a landing site near Beira on Friday.", "attack", None,
         None),
        ("A militia raid on the village of Mwembe left four people dead on Sunday.", "attack",
         "militia", None),
        # a restriction told in the passive is laid by the office-holder announcing it
        ("A night curfew was imposed on Mzuzu on Sunday, the governor said.", "coerce",
         "governor", None),
    ],
)
def test_family_events_found(extract, text: str, kind: str, actor: str | None,
                             target: str | None) -> None:
    assert_found(extract, text, kind, actor, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a delegation walking out is no strike; leaders gathering is no protest
        ("The opposition delegation walked out of the talks in Lilongwe on Monday.", "protest"),
        ("Regional leaders converged on Abuja for the summit on Monday.", "protest"),
        # exports banned stay a sanction; a committee set up is no deployment
        ("The government banned exports of maize on Friday.", "coerce"),
        ("Officials set up a committee to investigate the killings.", "deploy"),
        ("Police set up roadblocks on every road out of Beira on Monday.", "protest"),
        ("Police set up roadblocks on every road out of Beira on Monday.", "deploy"),
        # a talk broken up is no force used
        ("The mediators broke up the meeting after an hour.", "attack"),
        # a fact reported in the negative is no denial
        ("Police said no one had been arrested by Monday evening.", "reject"),
        ("The minister did not say whether troops had fired.", "reject"),
    ],
)
def test_family_negatives(extract, text: str, kind: str) -> None:
    assert not events_of(extract, text, kind)


def test_object_pronoun_is_not_its_own_doer_or_the_teller(extract) -> None:
    text = "Witnesses said soldiers went from house to house, dragging men out and shooting them."
    attacks = events_of(extract, text, "attack")
    assert attacks and attacks[0].actor == "soldiers"
    assert attacks[0].target not in ("Witnesses", "soldiers")


def test_a_state_of_emergency_declared_is_done_to_nobody(extract) -> None:
    text = ("A state of emergency was declared in the province on Monday, the interior "
            "minister said.")
    found = events_of(extract, text, "coerce")
    assert found and found[0].actor == "interior minister" and found[0].target is None, found


def test_a_count_raised_is_no_deployment_of_its_own(extract) -> None:
    text = ("Beirut said it had sent 1,500 soldiers south, bringing the army's presence there "
            "to about 7,500.")
    assert len(events_of(extract, text, "deploy")) == 1


def test_hostages_taken_in_an_attack_are_its_toll(extract) -> None:
    text = "Officials say 40 people were killed and 25 taken hostage in the rebel attack on Mwembe."
    assert len(events_of(extract, text, "attack")) == 1


def test_a_rejection_and_its_negated_act_are_one_denial(extract) -> None:
    text = ("The Defence Ministry rejected the statement as disinformation and said its units "
            "had not fired on the village.")
    assert len(events_of(extract, text, "reject")) == 1


def test_a_riot_after_a_shooting_is_not_the_shooters(extract) -> None:
    text = "Clashes erupted in Kalemo after police shot a student on Monday."
    fights = events_of(extract, text, "fight")
    assert all(e.actor != "police" for e in fights), fights


def test_a_protest_shares_no_doer_with_a_passive_harm(extract) -> None:
    text = ("Drivers walked out eleven times last year, their union says, and a driver was "
            "stabbed in Beira last month.")
    attacks = events_of(extract, text, "attack")
    assert all(e.actor is None for e in attacks), attacks
