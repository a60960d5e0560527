"""Who did it and to whom when a clause is passive (session 15): a subject shared by a
passive verb is the one it was done to; a "by" agent and a verb's own subject are doers even
when their noun usually names victims; a list of participles shares its patient; a plural
"they" stands for the plural subject before it; blows and hand weapons are a mode; a force
named just before carried out an arrest told next in the passive; a press outlet announcing
arrests made none; an event noun spread over a place is there, done to nobody; a speaker
who calls reports false rejects them."""

from __future__ import annotations

import pytest


def _events(extract, text: str, kind: str, published: str = "2026-05-20") -> list:
    return [e for e in extract(text, published=published).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        # a passive verb joined to an active one shares its subject as its patient
        ("The driver fled on foot and was arrested on Monday in the village of Kalofer.",
         "arrest", None, "driver"),
        # a "by" agent, and a subject with its own object, act whatever their noun
        ("Two peacekeepers were assaulted by workers near Pyla on Tuesday.", "assault",
         "workers", "peacekeepers"),
        ("Farm workers beat two protesters near Kalofer on Tuesday.", "attack", "Farm workers",
         "protesters"),
        # a list of participles shares the passive subject; "they" is the plural subject
        # before it; blows with a stick are an assault whoever struck
        ("When the peacekeepers formed a line near Pyla on Tuesday, they were pushed, punched "
         "and struck with sticks.", "attack", None, "peacekeepers"),
        # the force named just before carried out the arrest told in the passive
        ("Police cleared the square in Ruse on Friday night. Eleven people were detained.",
         "arrest", "Police", "people"),
        # a cue the parser joined to the second claim still names who announces it
        ("Police say 14 officers were hurt and 37 people were detained in Ruse on Friday.",
         "arrest", "Police", "people"),
    ],
)
def test_passive_roles(extract, text: str, kind: str, actor: str | None,
                       target: str | None) -> None:
    found = _events(extract, text, kind)
    assert found, extract(text, published="2026-05-20").events
    assert (found[0].actor, found[0].target) == (actor, target), found


def test_passive_roles_blows_are_a_physical_assault(extract) -> None:
    """Sticks say the mode; shots fired say firearms with no weapon named."""
    text = "Guards were struck with sticks near Pyla on Tuesday."
    found = _events(extract, text, "attack")
    assert found and (found[0].plover_mode, found[0].instrument) == ("physical", "sticks")
    text = "Gunmen fired more than 80 shots at a bar in Ruse on Friday."
    found = _events(extract, text, "attack")
    assert found and (found[0].plover_mode, found[0].instrument) == ("firearms", None), found


@pytest.mark.parametrize(
    "text",
    [
        # an outlet reporting arrests arrested nobody
        "The independent site reported that at least 30 people had been detained in Ruse.",
        # people who took part did not detain those detained
        "About 300 people had taken part and at least 30 had been detained, the site said.",
        # a question asks; the force before it did nothing it asks of
        "Riot police cleared the square in Ruse. How many were arrested?",
    ],
)
def test_passive_roles_nobody_named(extract, text: str) -> None:
    found = _events(extract, text, "arrest")
    assert all(e.actor is None for e in found), found


def test_passive_roles_a_kind_of_force_has_no_owner(extract) -> None:
    """ "The forces of order" are owned by no "order"."""
    found = _events(extract, "The forces of order detained nine people in Ruse.", "arrest")
    assert found and found[0].actor != "order", found


def test_passive_roles_protests_spread_over_a_place(extract) -> None:
    """ "Protests swept the town of X": where they were, not whom they were done to."""
    found = _events(extract, "Protests swept the town of Ruse on Friday.", "protest")
    assert found and (found[0].place, found[0].target) == ("Ruse", None), found


@pytest.mark.parametrize(
    ("text", "rejects"),
    [
        ('The Interior Ministry said on Sunday that reports abroad were "fabrications by '
         'hostile circles".', True),
        ("The army said on Sunday that the reports were not true.", True),
        ("The army said on Sunday that the reports were true.", False),
        ("The monitors said on Sunday that the vote was false.", False),
    ],
)
def test_falsity_a_report_called_false_is_rejected(extract, text: str, rejects: bool) -> None:
    """Calling reports false rejects them; calling them true, or a vote false, does not."""
    found = _events(extract, text, "reject")
    assert bool(found) == rejects, found
    assert not found or found[0].actor in ("The Interior Ministry", "army"), found
