"""Events on round 16's reports (session 17): a report called false in one's own turn, and
again in a quote after a denial; a crowd gathered with the one addressed before it; forces
landing, and the troops told again; wars by their sides or their toll; warning shots; a
weapon behind a passive's "by"; a clause on "those who"."""

from __future__ import annotations


def _events(extract, text: str, published: str = "2026-09-18") -> list:
    return list(extract(text, published=published).events)


def test_a_report_called_false_in_a_transcript_turn_is_its_speakers_rejection(extract) -> None:
    text = (
        "Ministry of Interior - Press briefing on the unrest in the northern districts\n\n"
        "MINISTER (Teodora Vasquez): Good morning. On Tuesday night a group of inmates set "
        "fire to mattresses in the old wing.\n\n"
        "Nobody escaped. Rumours online that twelve inmates were on the run are simply wrong.\n"
    )
    rejects = [e for e in _events(extract, text) if e.type == "reject"]
    assert [(e.actor, e.target) for e in rejects] == [("Teodora Vasquez", None)]
    assert rejects[0].date is None  # said at the briefing: no act told before dates it


def test_a_report_called_false_after_the_same_speakers_denial_is_that_denial(extract) -> None:
    text = (
        "A navy spokesman, Captain Ilir Gashi, denied that any patrol boat had been hit near "
        'Durres. "This is pure invention. There was no exchange of fire," he said.'
    )
    rejects = [e for e in _events(extract, text) if e.type == "reject"]
    assert len(rejects) == 1
    assert "denied that" in rejects[0].text


def test_a_crowd_gathered_after_the_one_addressed_is_a_protest_by_the_crowd(extract) -> None:
    text = ("Mr Speaker, on Saturday a crowd of about 400 people gathered in Mkoani "
            "without a permit.")
    protests = [e for e in _events(extract, text) if e.type == "protest"]
    assert [e.actor for e in protests] == ["crowd"]


def test_forces_that_land_are_deployed_and_the_troops_told_again_are_that_deployment(
    extract,
) -> None:
    landed = _events(extract, "Sixty extra gendarmes will land at Hahaya airport on Friday.")
    assert [(e.type, e.actor) for e in landed] == [("deploy", "extra gendarmes")]
    plane = _events(extract, "A cargo plane landed at Hahaya airport on Friday.")
    assert not [e for e in plane if e.type == "deploy"]
    text = (
        "The regional force has ordered about 400 soldiers of its reserve to deploy to the "
        "country. The first troops are expected to land at the capital's airport on Monday."
    )
    deployments = [e for e in _events(extract, text) if e.type == "deploy"]
    assert len(deployments) == 1


def test_a_war_is_an_event_by_its_sides_or_its_toll_not_as_a_time(extract) -> None:
    sided = _events(extract, "Thousands fled during the brief war between Armenia and "
                             "Azerbaijan in 2020.")
    assert [e.type for e in sided] == ["fight"]
    toll = _events(extract, "The valley has been calm since the civil war, which killed as "
                            "many as 9,000 people between 1991 and 1995.")
    assert [e.type for e in toll] == ["fight"]
    during = _events(extract, "More than 2,000 people disappeared during the long civil war, "
                              "which ended in 1994.")
    assert not [e for e in during if e.type == "fight"]
    one_side = _events(extract, "Analysts say the region fears a war with Iran.")
    assert not [e for e in one_side if e.type == "fight"]


def test_a_stabbing_restated_by_an_apposition_is_an_attack_on_the_victim(extract) -> None:
    text = ("In 2019, the blogger Ahmed Nazim was stabbed to death in Hulhumale, a "
            "killing that took six years to reach a verdict.")
    attacks = [e for e in _events(extract, text) if e.type == "attack"]
    assert [e.target for e in attacks] in (["Ahmed Nazim"], ["blogger"])  # not "death"


def test_warning_shots_fired_into_the_air_are_no_attack(extract) -> None:
    events = _events(extract, "Officers fired warning shots into the air. "
                              "Later, soldiers fired shots at the crowd.")
    attacks = [(e.actor, e.target) for e in events if e.type == "attack"]
    assert attacks == [("soldiers", "crowd")]
    aimed = _events(extract, 'The army said its troops fired warning shots at "suspects".')
    assert [e.target for e in aimed if e.type == "attack"] == ["suspects"]


def test_a_weapon_behind_a_passives_by_is_the_instrument_not_the_actor(extract) -> None:
    events = _events(extract, "The herder, aged 30, was hit in the chest by an arrow near "
                              "Lodwar on Sunday.")
    assert all(e.actor != "arrow" for e in events)


def test_a_relative_clause_on_anyone_describes_no_happening(extract) -> None:
    text = ('"Those who fire on the forces of order will be pursued," the prefect said. '
            "Gunmen who fired on a patrol near Maripa fled into the forest.")
    attacks = [(e.actor, e.target) for e in _events(extract, text) if e.type == "attack"]
    assert attacks == [("Gunmen", "patrol")]
