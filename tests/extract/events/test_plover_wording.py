"""PLOVER's wording by category rather than the words a round used: a sit-in, vigil or picket
held (a word the tokenizer cuts at its hyphen read whole; "staged" kept "stage"), munitions
that land, fall or rip through a place, property wrecked, a crowd charged, fire traded,
networks cut off, relief sent, crowds pouring into the streets, a square occupied by
protesters, forces put on alert, a fight "there was"; the doer of a passive never a witness
who saw it, a spokesman's "their" the body's, a statement's body the doer; and the negatives
each must leave alone. Every sentence is the helper's own."""

from __future__ import annotations

import pytest
from events_found import assert_found, events_of


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("Several hundred teachers staged a sit-in outside the ministry in Kavala on Tuesday.",
         "protest", "teachers", None),
        ("About 150 market traders held a vigil outside the town hall on Monday evening.",
         "protest", "traders", None),
        ("Mortar rounds landed near the market in Zeli on Wednesday, killing a child.",
         "attack", None, "market"),
        ("A powerful bomb ripped through a crowded market in Baidoa on Sunday.", "attack",
         None, "market"),
        ("Riot police charged the crowd with batons and water cannon on Sunday.", "attack",
         "police", "crowd"),
        ("Rival militias traded fire in the centre of Abeche for hours on Monday.", "fight",
         "militias", None),
        ("The government cut off mobile internet across the northern province on Friday.",
         "coerce", "government", "internet"),
        ("Tens of thousands poured into the streets of Tbilisi on Saturday night.", "protest",
         "thousands", None),
        ("Students occupied the main square of Novi Sad for a third day on Tuesday.",
         "protest", "Students", "square"),
        ("The army put its troops in the north on high alert on Monday.", "deploy", "army",
         None),
        ("Gunmen went on the rampage in the village of Dogo on Monday, killing eight.",
         "attack", "Gunmen", None),
        ("There was heavy fighting near Sake on Tuesday, residents said.", "fight", None,
         None),
        # the doer of a passive: nobody the witnesses saw, the body of a spokesman or a
        # statement
        ("Dozens of protesters were rounded up after the rally, witnesses said.", "arrest",
         None, "protesters"),
        ("A spokesman for the rebels said their fighters had captured two army posts.",
         "seize", "rebels", "posts"),
        ("Eight people were arrested after the clashes, according to a police statement.",
         "arrest", "police", "people"),
        ("The government blamed the attack on separatist rebels.", "attack",
         "separatist rebels", None),
        ("A student shot by police during the protest died in hospital on Sunday.", "attack",
         "police", "student"),
        # a report called false unquoted ahead of its cue, or brushed aside
        ("The claims are untrue, the ministry said in a statement.", "reject", "ministry",
         None),
        ("The police chief brushed aside reports that officers had beaten detainees.",
         "reject", "police chief", "reports"),
    ],
)
def test_wording_found(extract, text: str, kind: str, actor: str | None,
                       target: str | None) -> None:
    assert_found(extract, text, kind, actor, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hamas said the killing would not go unanswered.", "reject"),
        ("The patrol was caught in an ambush on the road to Diffa.", "arrest"),
        ("The group, which has fought the government since 2012, claimed the attack.",
         "fight"),
        ("There was no fighting in the province on Monday, the army said.", "fight"),
        ("Police fired into the air on Monday.", "attack"),
        ("A plane landed at the airport on Monday with 200 passengers.", "attack"),
        ("The rights group does not attribute the attack to any party.", "accuse"),
        ('"The report is false," the minister said.', "reject"),
    ],
)
def test_wording_negatives(extract, text: str, kind: str) -> None:
    assert not events_of(extract, text, kind)


def test_a_blamed_attack_has_its_doer_not_for_target(extract) -> None:
    attacks = events_of(extract, "The government blamed the attack on separatist rebels.",
                        "attack")
    assert [(e.actor, e.target) for e in attacks] == [("separatist rebels", None)]
