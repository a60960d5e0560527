"""A pronoun in a reported claim stands for its speaker only when it can: "the group" is the
armed band named before, never a town the speaker layer read for it; a "they" is never one
person named by a singular noun, but the plural subject told before."""

import pytest

CASES = [
    # (text, event type, actor wanted)
    ("The rebels seized the town of Walikale on Sunday. The group later said it would "
     "withdraw.", "retreat", "rebels"),
    ("Militants from al-Shabaab stormed a hotel in Kismayo. The group said its fighters had "
     "killed 20 people.", "attack", "al-Shabaab"),
    ("Fighters took control of Tessalit overnight. The town's mayor said they had burned the "
     "market.", "attack", "Fighters"),
    ("Villagers said soldiers arrived at dawn. They burned 40 homes and detained the village "
     "chief, residents told our correspondent.", "attack", "soldiers"),
    # negatives: a body speaking of itself, a spokesman for a body, a plural speaker
    ("The Arakan Army attacked a police post in Maungdaw. The group said it had captured 30 "
     "officers.", "seize", "Arakan Army"),
    ("A spokesman for the rebels said they had captured two army posts near Goma.", "seize",
     "rebels"),
    ("Protesters marched through the capital. Police said they had arrested 40 people.",
     "arrest", "police"),
]


@pytest.mark.parametrize(("text", "kind", "actor"), CASES)
def test_the_pronoun_stands_for_who_can_be_it(extract, text: str, kind: str, actor: str) -> None:
    events = extract(text, published="2025-03-10").events
    actors = [e.actor for e in events if e.type == kind]
    assert actor.lower() in [(a or "").lower() for a in actors], [(e.type, e.actor) for e in events]


BLAMED = [
    # (text, actor of the attack, target it must not have)
    ("The killing of the journalist was blamed on a drug cartel.", "drug cartel", None),
    ("Saturday's ambush was blamed on the ADF, the army said.", "ADF", None),
    ("Officials blamed Monday's bombing on the Pakistani Taliban.", "Taliban", None),
    ("Authorities blamed the attack on the Baloch Liberation Army.", "Baloch Liberation Army",
     "Baloch Liberation Army"),
]


@pytest.mark.parametrize(("text", "actor", "not_target"), BLAMED)
def test_an_act_blamed_on_a_body_is_that_body_s(extract, text: str, actor: str,
                                                not_target: str | None) -> None:
    events = [e for e in extract(text, published="2025-03-10").events if e.type == "attack"]
    assert any(actor.lower() in (e.actor or "").lower() for e in events), events
    if not_target is not None:
        assert all(not_target.lower() not in (e.target or "").lower() for e in events), events


NOT_AGENTS = [
    # a place or a munition is no actor and no target
    ("Shots were fired from the Russian bank of the Narva River on Monday, the police said.",
     "Narva River"),
    ("Unknown men fired at least ten shots at a bus near Kandahar.", "shots"),
    ("The soldiers fired the shots that killed the boy, the inquiry found.", "shots"),
]


@pytest.mark.parametrize(("text", "word"), NOT_AGENTS)
def test_no_place_or_munition_acts_or_is_hit(extract, text: str, word: str) -> None:
    events = extract(text, published="2025-03-10").events
    roles = [(e.type, e.actor, e.target) for e in events]
    assert not [r for r in roles if word in (r[1] or "") or word in (r[2] or "")], roles


DONE_TO = [
    # (text, target wanted): a passive's subject is whom it was done to, not a phrase after it
    ("The mayor was shot dead by two men on a motorbike outside his home.", "mayor"),
    ("Ahmed Salah was shot by police on a street in Cairo.", "Ahmed Salah"),
    ("The convoy was fired on by gunmen near Bunia.", "convoy"),
    # negatives: a weapon as the subject leaves the aim to its "at"; an actor is no target
    ("Rockets were fired at the base by militants on Sunday.", "base"),
    ("Two policemen were attacked by a mob at a checkpoint in Lagos.", "policemen"),
]


@pytest.mark.parametrize(("text", "target"), DONE_TO)
def test_a_passive_subject_is_the_target(extract, text: str, target: str) -> None:
    events = [e for e in extract(text, published="2025-03-10").events if e.type == "attack"]
    assert [e.target for e in events] == [target], [(e.actor, e.target) for e in events]


def test_the_doer_of_a_noun_is_not_its_target(extract) -> None:
    text = "A soldier died in an ambush by Fulani militia in Benue state."
    events = [e for e in extract(text, published="2025-03-10").events if e.type == "attack"]
    assert [(e.actor, e.target) for e in events] == [("Fulani militia", None)]


TOLD_AGAIN = [
    # (text, events of the type wanted)
    ("Drone strike hits Kharkiv apartment block\n\nA Russian drone struck an apartment block "
     "in Kharkiv overnight, killing two people, the governor said. The strike set fire to the "
     "upper floors.", 1),
    ("An Israeli strike hit a house in Gaza City. The strike killed six members of one family.",
     1),
    # negative: another day's attack is another happening
    ("Troops shelled the village on Monday. The attack on the camp on Tuesday killed nine "
     "people.", 2),
]


@pytest.mark.parametrize(("text", "count"), TOLD_AGAIN)
def test_one_event_per_happening(extract, text: str, count: int) -> None:
    events = [e for e in extract(text, published="2025-03-10").events if e.type == "attack"]
    assert len(events) == count, [(e.actor, e.target, e.text) for e in events]


OWN_OPERATIONS = [
    # (text, actor of the operation): a force's own voice tells its own operation
    ("Army spokesman Colonel Moussa Diallo said 12 jihadists were killed in an operation near "
     "Mopti.", "Army"),
    ("Police said two suspects were killed in an operation in Kupwara on Monday.", "Police"),
    # negatives: a witness or a ministry that commands no force says nothing of who acted
    ("Witnesses said 12 people were killed in an operation near Mopti.", None),
    ("The health ministry said 12 people were killed in an operation near Mopti.", None),
]


@pytest.mark.parametrize(("text", "actor"), OWN_OPERATIONS)
def test_an_operation_told_by_a_force_is_its_own(extract, text: str, actor: str | None) -> None:
    events = [e for e in extract(text, published="2025-03-10").events if e.type in (
        "assault", "fight")]
    assert [e.actor for e in events] == [actor]


def test_speaking_to_the_press_is_no_event(extract) -> None:
    text = ("Speaking to Reuters, a spokesman for the rebels said they had downed a government "
            "helicopter.")
    events = extract(text, published="2025-03-10").events
    assert not [e for e in events if e.type in ("consult", "meet")], events
