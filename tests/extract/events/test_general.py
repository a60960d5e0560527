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


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # PLOVER's other ways of doing harm, each with its doer
        ("Suspected jihadists kidnapped 14 aid workers near Gao on Tuesday.", "attack",
         "jihadists"),
        ("The separatists executed two hostages in Bamenda, residents said.", "attack",
         "separatists"),
        ("Rebels blew up a bridge on the highway near Lashio overnight.", "attack", "Rebels"),
        ("Russian forces invaded the border district of Vovchansk last spring.", "assault",
         "Russia"),
        # a band's named side, a count's people, a group named in full
        ("Gunmen from the Kalwa militia raided a village in Ituri on Monday.", "attack",
         "Kalwa"),
        ("Troops loyal to General Haftar besieged the town of Gharyan for a week.", "assault",
         "Haftar"),
        ("Thousands of teachers marched through Dhaka on Sunday.", "protest", "teachers"),
        ("The village of Kari was attacked by Boko Haram fighters on Saturday.", "attack",
         "Boko Haram"),
        ("Hundreds of Wagner fighters were deployed to Bangui last week.", "deploy", "Wagner"),
        # an event noun put on its doer, or claimed by it
        ("An attack on a mosque in Maiduguri, blamed on Boko Haram, killed 17 worshippers.",
         "attack", "Boko Haram"),
        ("JNIM, an al-Qaeda affiliate, claimed the ambush.", "attack", "JNIM"),
        # the noun of an act judged by another verb is an event of its own
        ("The Houthi-led attack on the tanker was condemned by Britain.", "attack", "Houthi"),
    ],
)
def test_general_argument_structures(extract, text: str, kind: str, actor: str) -> None:
    found = [e for e in _events(extract, text, kind) if actor in (e.actor or "")]
    assert found, extract(text, published="2025-10-20").events


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A convoy was ambushed near Djibo on Monday. JNIM claimed responsibility for the "
         "attack.", "JNIM"),
        ("Al-Shabaab claimed the attack. Its gunmen had stormed a hotel in Kismayo at dawn.",
         "Shabaab"),
    ],
)
def test_general_a_claimed_attack_is_the_one_told(extract, text: str, actor: str) -> None:
    violent = [e for e in extract(text, published="2025-10-20").events
               if e.type in ("attack", "assault")]
    assert len(violent) == 1 and actor in (violent[0].actor or ""), violent


@pytest.mark.parametrize(
    "text",
    [
        "Protests exploded across the country after the vote.",  # no weapon exploded
        "The ministry executed the plan within a week.",  # a plan, not a person
        "Analysts criticised the budget on Monday.",  # no act of violence
    ],
)
def test_general_new_verbs_need_their_arguments(extract, text: str) -> None:
    events = extract(text, published="2025-10-20").events
    assert not [e for e in events if e.type in ("attack", "assault")], events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Unidentified aircraft bombed a market in Kabkabiya on Monday.", "market"),
        ("Tanks shelled the village of Kodo overnight.", "village"),
        ("A 120 mm mortar round hit a school in Goma.", "school"),
        ("Gunfire killed two people in Tabarre on Sunday.", "people"),
        ("Bullets hit a minibus near the checkpoint in Bunia.", "minibus"),
    ],
)
def test_general_a_weapon_or_machine_is_never_the_actor(extract, text: str, target: str) -> None:
    attacks = _events(extract, text, "attack")
    assert attacks and attacks[0].actor is None and attacks[0].actor_text is None, attacks
    assert target in (attacks[0].target or ""), attacks


def test_general_a_machine_hit_is_a_target(extract) -> None:
    attacks = _events(extract, "Ukrainian drones destroyed two Russian tanks near Pokrovsk.",
                      "attack")
    assert attacks and attacks[0].actor == "Ukraine" and "tanks" in (attacks[0].target or "")


def test_general_a_headline_telling_twice_is_one_happening(extract) -> None:
    text = ("Gunmen kill 12 in attack on Nigerian village\n\n"
            "Gunmen killed 12 villagers in an attack on Kwari in Zamfara state on Sunday, "
            "police said.")
    attacks = _events(extract, text, "attack")
    assert len(attacks) == 1 and attacks[0].main, [(e.text, e.actor) for e in attacks]


@pytest.mark.parametrize(
    "text",
    [
        "Monday's strike on the port killed four dockworkers.",
        "Last night's shelling of the market wounded 11 traders.",
    ],
)
def test_general_a_time_never_acts(extract, text: str) -> None:
    events = extract(text, published="2025-10-20").events
    assert events and all(e.actor is None for e in events), events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("An army convoy came under fire near Boni on Tuesday.", "convoy"),
        ("The base suffered a drone attack overnight.", "base"),
    ],
)
def test_general_the_subject_suffers_the_event_it_came_under(extract, text: str,
                                                             target: str) -> None:
    attacks = _events(extract, text, "attack")
    assert attacks and attacks[0].actor is None and target in (attacks[0].target or ""), attacks



@pytest.mark.parametrize(
    ("text", "kind", "actor", "absent"),
    [
        # an order is the event; the act it orders is not one yet
        ("The governor condemned the raid and directed police to arrest those responsible.",
         "request", "governor", "arrest"),
        ("Delhi summoned the Nepali envoy over the border incident.", "accuse", "India", None),
        ("Drones belonging to the RSF struck the airport in Port Sudan.", "attack",
         "Rapid Support Forces", None),
    ],
)
def test_general_orders_protests_and_owned_weapons(extract, text: str, kind: str, actor: str,
                                                    absent: str | None) -> None:
    events = extract(text, published="2025-10-20").events
    assert [e for e in events if e.type == kind and actor in (e.actor or "")], events
    assert absent is None or not [e for e in events if e.type == absent], events


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # a passive's "by" names a weapon its side holds: the side acts
        ("A school in Kadugli was struck by an RSF drone on Sunday.", "attack",
         "Rapid Support Forces"),
        # ... or a violence its side holds, told by a gerund
        ("Four civilians were killed by Russian shelling in Nikopol on Monday.", "attack",
         "Russia"),
        # a demonym the model types as a place still names its country
        ("Two people were killed in a Ukrainian drone attack on Kursk.", "attack", "Ukraine"),
        # sides hung on the verb that says the event noun happened
        ("Clashes broke out between Druze fighters and Bedouin tribes near Sweida.", "fight",
         "Druze"),
    ],
)
def test_general_sides_named_around_the_event(extract, text: str, kind: str, actor: str) -> None:
    found = [e for e in _events(extract, text, kind) if actor in (e.actor or "")]
    assert found, extract(text, published="2025-10-20").events


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the dateline's day is when the story was filed, not when the attack happened
        ("NIAMEY, March 5 (Wire) - Gunmen attacked a police station in Tera late on Tuesday, "
         "killing two officers, the interior ministry said on Wednesday.", "2026-03-05",
         "2026-03-03"),
        # a day told of the verb of saying dates the saying
        ("Rebels shelled the market in Kidal on Sunday night, a local official said on Monday.",
         "2026-03-03", "2026-03-01"),
    ],
)
def test_general_event_dated_by_its_own_clause(extract, text: str, published: str,
                                               date: str) -> None:
    found = _events(extract, text, "attack", published)
    assert [e.date for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        # the object is what was struck; "at" the town is where
        ("Gunmen attacked a police station at Dapaong on Sunday night.", "police station",
         "Dapaong"),
        # a weapon fired "at" something: that is the target
        ("The navy fired its water cannon at the ship near Scarborough Shoal.", "ship",
         "Scarborough Shoal"),
    ],
)
def test_general_struck_object_and_the_town_it_stands_at(extract, text: str, target: str,
                                                        place: str | None) -> None:
    (found,) = _events(extract, text, "attack", "2026-03-03")
    assert (found.target, found.place) == (target, place)


def test_general_army_spokesman_correcting_the_general_staff_denies_nothing(extract) -> None:
    """The military's spokesman who denies a detail its general staff reported corrects it:
    the attack the general staff told stays a happening."""
    text = ("Gunmen attacked an army base near Dori late on Monday, killing two soldiers, the "
            "armed forces general staff said on Tuesday.\n\nArmy spokesman Colonel Issa Sawadogo "
            "denied that the base had been overrun.")
    (found,) = _events(extract, text, "attack", "2026-03-03")
    assert found.mode == "happened"
