"""Events on round 17's reports (session 18): a passive arrest told with no day or place and
a description of the one held; arrests of other people told apart; a strike by the people a
governing verb names; a state of emergency declared; a sentence whose only verb the parser hung
on its subject; ammunition behind a passive's "by"; a role named in apposition; a force's raid."""

from __future__ import annotations


def _events(extract, text: str, published: str = "2026-10-09") -> list:
    return list(extract(text, published=published).events)


def test_a_passive_arrest_without_day_or_place_is_an_arrest(extract) -> None:
    text = (
        "Nine suspects were apprehended, among them a woman wanted since 2024 for the murder "
        "of a customs officer. Twelve rifles were seized."
    )
    arrests = [e for e in _events(extract, text) if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].text.startswith("Nine suspects were apprehended")


def test_a_later_arrest_of_other_people_is_no_toll_of_an_earlier_one(extract) -> None:
    text = (
        "About 300 people marched to the governor's office to demand the release of a "
        "teacher detained the day before. Forty people were detained overnight, the "
        "prosecutor said."
    )
    arrests = [e.text for e in _events(extract, text) if e.type == "arrest"]
    assert any(t.startswith("Forty people were detained") for t in arrests)


def test_a_strike_begun_by_a_workers_federation_is_a_protest(extract) -> None:
    text = "Two dockworkers' federations began a strike on Monday over unpaid wages."
    events = _events(extract, text)
    assert [e.type for e in events] == ["protest"]
    assert events[0].actor is not None and "federations" in events[0].actor.lower()


def test_a_state_of_emergency_declared_is_a_restriction_and_no_team_is_one(extract) -> None:
    declared = _events(
        extract, "The cabinet declared a state of emergency in the province on Friday."
    )
    assert [(e.type, e.target) for e in declared] == [("coerce", None)]
    assert _events(extract, "The MSF emergency team reached the camp on Friday.") == []


def test_a_sentence_whose_only_verb_hangs_on_its_subject_still_tells_its_act(extract) -> None:
    text = (
        "The Ombudsman's Office, which inspected the cells on Tuesday, called for an "
        "independent inquiry."
    )
    requests = [e for e in _events(extract, text) if e.type == "request"]
    assert [e.actor for e in requests] == ["The Ombudsman Office"]


def test_ammunition_behind_a_passive_is_no_actor(extract) -> None:
    text = "Two farmers had been hit by live ammunition near the bridge, the hospital said."
    attacks = [e for e in _events(extract, text) if e.type == "attack"]
    assert attacks and all(e.actor is None for e in attacks)


def test_a_role_named_in_apposition_is_the_person_who_acts(extract) -> None:
    text = "The Minister of the Interior, Ana Lopez, met the Red Cross envoy in Lima on Monday."
    meets = [e for e in _events(extract, text) if e.type == "meet"]
    assert [e.actor for e in meets] == ["Ana Lopez"]


def test_an_army_raid_is_the_armys(extract) -> None:
    text = "An army raid on the village killed three farmers on Monday."
    attacks = [e for e in _events(extract, text) if e.type == "attack"]
    assert [e.actor for e in attacks] == ["army"]


def test_force_used_on_people_with_a_crowd_weapon_is_an_attack(extract) -> None:
    events = _events(extract, "Border guards used pepper spray to stop the crowd on Tuesday.")
    attacks = [(e.actor, e.instrument) for e in events if e.type == "attack"]
    assert attacks == [("Border guards", "pepper spray")] or attacks == [("guards", "pepper spray")]
    assert _events(extract, "The ministry used the grant to rebuild two schools.") == []


def test_we_in_a_turn_begun_after_the_last_claim_is_that_turns_speaker(extract) -> None:
    text = (
        "COMMISSIONER ALVIN ROSS: Good morning. Two men were shot dead on Friday night.\n\n"
        "INSPECTOR MARIA TEKLE (Homicide Unit): Since Saturday we have detained three men.\n"
    )
    arrests = [e for e in _events(extract, text) if e.type == "arrest"]
    assert [e.actor for e in arrests] == ["INSPECTOR MARIA TEKLE"]  # the label as written,
    # its unit in brackets aside


def test_children_abducted_with_no_day_or_place_is_an_abduction(extract) -> None:
    text = "Nine children were abducted, local officials said; this could not be verified."
    abducted = [e for e in _events(extract, text) if "abducted" in e.text]
    assert len(abducted) == 1 and abducted[0].target == "children"


# Session 19, after round 19's end score: classes its reports showed.


def test_a_further_arrest_with_its_own_day_and_place_is_one_of_its_own(extract) -> None:
    text = (
        "Two men were arrested in Lund on Monday, the prosecutor said. A third suspect was "
        "detained this morning in Ystad."
    )
    arrests = [e.text for e in _events(extract, text) if e.type == "arrest"]
    assert any(t.startswith("A third suspect was detained") for t in arrests), arrests


def test_a_further_arrest_told_with_nothing_more_is_no_event_of_its_own(extract) -> None:
    text = "Two men were arrested in Lund on Monday. A third suspect was also detained."
    arrests = [e.text for e in _events(extract, text) if e.type == "arrest"]
    assert not any(t.startswith("A third suspect") for t in arrests), arrests


def test_firearms_are_weapons_never_actors(extract) -> None:
    text = "A border post near Valga came under fire from two automatic weapons on Friday."
    assert all(e.actor is None or "weapon" not in e.actor for e in _events(extract, text))


def test_an_offence_or_a_crime_denied_is_a_rejection(extract) -> None:
    for text in ("The 23-year-old man denies the offence.", "Both defendants deny the crime."):
        rejects = [e for e in _events(extract, text) if e.type == "reject"]
        assert rejects, text
