"""General mechanisms of the events layer, each in several outlets' styles: agentless
passives, violent nouns told by a verb of harm, passive light verbs, deployed forces, speech
acts whose doer the attributions layer names, verdicts, series of weapons, headlines merged
with their body, and the negatives that must stay without an event."""

from __future__ import annotations

import pytest


def _events(extract, text: str, kind: str, published: str = "2025-10-20") -> list:
    return [e for e in extract(text, published=published).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        # agency update: violence in the passive with nobody named keeps its target
        ("On 14 October a school in Kamituga was looted, local sources said.", "seize", None,
         "school"),
        ("Overnight, a clinic near Bunia was torched.", "attack", None, "clinic"),
        # the passive's "by" names a weapon, not who used it
        ("A church in Kiwanja was hit by mortar fire on Sunday.", "attack", None, "church"),
        # coordinated passives: "others" are arrested, not arresting
        ("Four gunmen were killed and two others arrested in a raid in Maiduguri, the army "
         "said.", "arrest", "army", "others"),
        # a fight people were killed in, its other side the actor
        ("Nine herders were killed in clashes with vigilantes near Jos last week.", "fight",
         "vigilantes", "herders"),
        # a violent noun the subject of a verb of harm that is no trigger itself
        ("A car bombing injured six traders in Mogadishu on Saturday.", "attack", None,
         "traders"),
        # the passive of a light verb names its doer after "by"
        ("The ambush was carried out by Al-Shabaab fighters, the governor said.", "attack",
         "Shabaab", None),
    ],
)
def test_general_passive_and_nominal_events(extract, text: str, kind: str, actor: str | None,
                                            target: str | None) -> None:
    found = _events(extract, text, kind)
    assert found, extract(text, published="2025-10-20").events
    event = found[0]
    assert (actor is None) == (event.actor is None) and (actor or "") in (event.actor or "")
    assert (target or "") in (event.target or ""), event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a deployed force told in the passive, announced by nobody named
        ("Two more battalions of marines have been deployed to the port, officials said.",
         "marines"),
        # by a named side: the side sends them
        ("Interior Minister Ana Ruiz said 300 more police officers would be sent to Tumaco.",
         "Ana Ruiz"),
        # a force joined to another verb does not borrow its subject
        ("The navy sent two patrol boats, and more soldiers were deployed to the island.",
         "soldiers"),
    ],
)
def test_general_deployed_forces(extract, text: str, actor: str) -> None:
    event = _events(extract, text, "deploy")[0]
    assert actor in (event.actor or ""), event


def test_general_speech_acts_take_the_attributed_speaker(extract) -> None:
    text = ("The mayor of Goma, Jean Kalume, said the city had run out of clean water and asked "
            "aid agencies to send tankers.\n\nKalume said the water plant was shelled on "
            "Friday. He called on both sides to spare civilian sites.")
    requests = _events(extract, text, "request")
    assert len(requests) == 2 and all(e.actor == "Jean Kalume" for e in requests), requests


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The foreign minister called the shelling a crime against civilians.", True),
        ("The UN envoy described the attack as a massacre.", True),
        # naming reports or a place is no verdict on an act
        ("The ministry called the reports a provocation.", False),
        ("Residents called the town a ghost town.", False),
    ],
)
def test_general_verdicts(extract, text: str, accused: bool) -> None:
    events = extract(text, published="2025-10-20").events
    assert any(e.type == "accuse" for e in events) == accused, events
    assert not any(e.type == "attack" for e in events), events


def test_general_the_next_weapon_of_a_series_has_its_side(extract) -> None:
    text = ("Sudanese army aircraft bombed a market in Kabkabiya on Monday. A second salvo "
            "hit a water point in Tawila.")
    attacks = _events(extract, text, "attack", "2025-10-21")
    assert len(attacks) == 2 and attacks[1].actor == attacks[0].actor, attacks


def test_general_a_headline_is_told_again_in_the_body(extract) -> None:
    text = ("Drone strike on Sumy power plant kills two\n\n"
            "SUMY, Oct 20 (Wire) - A Russian drone struck a thermal power plant in Sumy on "
            "Sunday, killing two workers, the regional governor said.\n\n"
            "The attack was carried out by Shahed-type drones, the air force said.")
    attacks = _events(extract, text, "attack")
    assert len(attacks) == 1, [(e.text, e.actor) for e in attacks]
    assert attacks[0].actor == "Russia" and attacks[0].killed == 2 and attacks[0].main


@pytest.mark.parametrize(
    "text",
    [
        # a pattern, not one happening
        "The city has been shelled repeatedly since the summer.",
        # a call that carries no violence, a reputation that is no verdict
        "He called the attack 'a cowardly act' and left.",
        # recovered bodies are no seizure
        "Rescuers recovered the bodies of four miners on Tuesday.",
    ],
)
def test_general_no_event(extract, text: str) -> None:
    events = extract(text, published="2025-10-20").events
    assert not [e for e in events if e.type in ("attack", "seize")], events
