"""Mechanisms written for reports the rules had not seen: a clause fronted before "called it",
passives on a relative or a participle, attempts, harm with weapons and thrown things,
meetings chaired, nouns violent only with harm, "took control", purposes, a briefing's "we",
sides as targets, background days; round 11's: a dateline never an owner, "its" never a
person, a "we" past a reported claim, fight nouns with harm told, raised subjects, roads
blocked, blasts of a device, negated and passive claims, consequences announced as threats,
orders of an act, background tolls, threatened acts, hyphen-cut names; and the negatives each
must leave alone."""

from __future__ import annotations

import pytest
from events_found import assert_found, events_of


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
        # round 11's misses (events_heldout7-9), classified and mended for the pattern
        # a dateline's town is where the story was filed, never whose police acted
        ("Arrests in Nairobi\n\nNAIROBI - Police have arrested 12 people suspected of "
         "kidnapping travellers on the Thika road, a spokesman said on Tuesday.", "arrest",
         "Police", "people"),
        # "its" is never the person who said it
        ("Colonel Adama Traore said that 14 of its fighters had surrendered to troops near "
         "Dolo on Sunday.", "surrender", "fighters", None),
        # a fight noun with its sides, or with the harm it did, is a fight
        ("A quarrel at a well in Tessalit grew into a brawl between youths of two clans on "
         "Friday.", "fight", "youths", None),
        ("The council recalled that in May 2021 clashes in the same district killed 14 "
         "people.", "fight", None, "people"),
        # the subject of a passive raises to the act it governs
        ("The defence minister is expected to meet tribal elders in Gao on Thursday.", "meet",
         "minister", "elders"),
        # protesters blocking a road protest
        ("Farmers blocked the highway to the capital for six hours on Monday.", "protest",
         "Farmers", None),
        # a passive accusation holds its event noun
        ("The militia has been blamed for the bombing of a mosque in Kano in June 2023.",
         "attack", "militia", None),
        # what will befall "anyone who" does something is the announcer's threat
        ("The interior minister warned on Monday that anyone who joined the banned march "
         "would be arrested.", "threaten", "minister", None),
        # an order of an act tells the act, by whoever ordered it
        ("The army chief ordered 300 soldiers to deploy to the border town of Mopti on "
         "Saturday.", "deploy", "army chief", None),
        # a threatened act other than violence is the threat's content
        ("The rebels threatened to withdraw their fighters from the talks in Goma.",
         "threaten", "rebels", None),
    ],
)
def test_unseen_events_found(extract, text: str, kind: str, actor: str | None,
                             target: str | None) -> None:
    assert_found(extract, text, kind, actor, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army has control of the town, the governor said.", "seize"),
        ("Border control was tightened at the crossing on Monday.", "seize"),
        ("A rescue operation in the hills continued on Sunday.", "assault"),
        ("The senator threw his support behind the ceasefire plan on Monday.", "attack"),
        ("The two ministers had a chance encounter at the airport in Nairobi.", "fight"),
        # troops blocking a road, and a blocked account, are no protest
        ("Soldiers blocked the road to the border on Monday.", "protest"),
        ("The bank blocked the accounts of three traders.", "protest"),
        # a blast whose "of" names no device may be a mishap
        ("An explosion at a fuel depot in Gitega injured four workers on Sunday.", "attack"),
        # those who did something that is over are threatened with nothing
        ("Officials said those who fled the fighting have returned home.", "threaten"),
        # an order of an act is no request of its own
        ("The army chief ordered 300 soldiers to deploy to the border town of Mopti on "
         "Saturday.", "request"),
        # a threatened withdrawal is no retreat of its own
        ("The rebels threatened to withdraw their fighters from the talks in Goma.", "retreat"),
        # a price rise withdrawn is no retreat
        ("The government withdrew the fuel price increase on Friday.", "retreat"),
    ],
)
def test_unseen_negatives(extract, text: str, kind: str) -> None:
    assert not events_of(extract, text, kind)


def test_unseen_briefing_we_is_the_speaker(extract) -> None:
    text = ("MINISTER OKELLO: Good afternoon. The situation in the north is calm, and the "
            "roads to Lodwar are open again.\n\nWe have deployed 300 more police officers to "
            "Lodwar.")
    found = events_of(extract, text, "deploy")
    assert found and "OKELLO" in (found[0].actor or "").upper(), found


def test_unseen_arrest_announced_by_those_it_is_done_to(extract) -> None:
    text = ("Protest leaders from the coast say they came to the capital to demand the release "
            "of an opposition MP arrested on Thursday.")
    found = events_of(extract, text, "arrest")
    assert found and found[0].actor is None, found


def test_unseen_a_side_as_target_is_two_happenings(extract) -> None:
    text = ("The army said its jets struck an RSF convoy near Nyala on Monday.\n\nIn a "
            "separate statement, it said its artillery had shelled RSF positions near "
            "Geneina.")
    assert len(events_of(extract, text, "attack")) == 2


def test_unseen_a_background_day_is_another_happening(extract) -> None:
    text = ("Gunmen burned two houses at a farm near Horqueta, police said.\n\n"
            "Neighbours said the same farm had been attacked on New Year's Day.")
    found = events_of(extract, text, "attack", published="2026-01-20")
    assert len(found) == 2, found


def test_unseen_we_after_a_reported_claim_is_not_the_official(extract) -> None:
    """The statement's "we", past the words it reported of an official, is not his."""
    text = ("The district police chief, Omar Haji, said that 12 people were detained on "
            "Monday.\n\nRoadblocks have been set up around the town. We have sent 200 more "
            "officers to the market.")
    found = events_of(extract, text, "deploy")
    assert found and "Haji" not in (found[0].actor or ""), found


def test_unseen_no_group_claimed_names_nobody(extract) -> None:
    """ "No group has claimed the attack" names no claimer."""
    text = ("The explosion of a bomb outside the police station in Kidal wounded four people "
            "on Monday. No group has claimed the attack.")
    found = events_of(extract, text, "attack")
    assert len(found) == 1 and found[0].actor is None, found


def test_unseen_a_background_toll_is_kept(extract) -> None:
    """A happening years before the report, told with its toll and no side, is kept."""
    text = ("Herders crossed into the district on Sunday, and similar killings in March 2019 "
            "left at least 20 dead, officials said.")
    found = events_of(extract, text, "attack")
    assert any(e.date and e.date.startswith("2019") for e in found), found
