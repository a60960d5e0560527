"""Events a researcher can code: PLOVER code and mode, instrument, coordinates, tolls, one
event per happening, the main event, and no weapon, place or victim as actor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from heldout_score import HERE, score_folder

SCHEMA = Path(__file__).resolve().parents[3].parent / "shared" / "schema" / "document.schema.json"


def _attacks(extract, text: str, published: str = "2025-06-10") -> list:
    return [e for e in extract(text, published=published).events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "actor", "instrument", "mode"),
    [
        # wire story: the weapon is the instrument, its side the actor
        ("Russian drones struck a power substation in Sumy on Tuesday.", "Russia", "drones",
         "drone"),
        # military statement: what was fired
        ("Houthi forces fired a cruise missile at a container ship in the Red Sea.", "Houthi",
         "cruise missile", "missile"),
        # agency update: the weapon before the event noun
        ("A Sudanese army drone strike hit a fuel depot in Nyala, the RSF said.", "Sudan",
         "drone strike", "drone"),
        # local paper: the trigger says the mode itself
        ("Pakistani troops shelled three villages along the Line of Control.", "Pakistan", None,
         "shelling"),
    ],
)
def test_happenings_instrument_and_mode(extract, text: str, actor: str, instrument: str | None,
                                        mode: str) -> None:
    attack = _attacks(extract, text)[0]
    assert attack.actor is not None and actor in attack.actor
    assert (attack.instrument, attack.plover_mode, attack.plover) == (instrument, mode, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The drones hit a school in Kherson overnight, the governor said.",
        "A missile struck the port of Odesa on Sunday.",
        "Artillery shells landed on a market in Donetsk.",
    ],
)
def test_happenings_a_weapon_is_never_the_actor(extract, text: str) -> None:
    for event in extract(text, published="2025-06-10").events:
        assert event.actor is None or not any(
            w in event.actor.lower() for w in ("drone", "missile", "shell")), event


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        # a local headline starting with the region: the region is where, never who
        ("Sumy region: drone attack damages hospital, three patients killed\n\nA Russian drone "
         "struck the regional hospital in Sumy on Friday, the governor said.", "Sumy"),
        # victims are never the attacker
        ("Four farmers killed as shells hit village near Kupiansk", "farmers"),
        # a live blog's time label is no actor
        ("16:20 GMT - Its jets bombed a warehouse near Sidon, the army said.", "GMT"),
        # nor the violence itself: "Russian shelling" acts for Russia
        ("Russian shelling hit a bus stop in Kherson on Monday.", "shelling"),
        # nor a measure the parser took for a subject
        ("It came a day after a drone attack on a depot in Sumy, about 90 km to the north, "
         "killed six people.", "km"),
    ],
)
def test_happenings_places_victims_and_labels_never_act(extract, text: str,
                                                        not_actor: str) -> None:
    for event in extract(text, published="2025-06-10").events:
        assert not_actor.lower() not in (event.actor or "").lower(), event


def test_happenings_tolls_belong_to_their_strike(extract) -> None:
    text = ("An air strike hit a wedding party in the village of Tal Abyad on Thursday, killing "
            "14 people and wounding 30, local officials said.\n\n"
            "Separately, the ministry said its forces had arrested six suspects in Raqqa.")
    attack = _attacks(extract, text, "2025-03-07")[0]
    assert (attack.killed, attack.wounded) == (14, 30)
    assert len(attack.figures) == 2
    assert attack.plover_mode == "airstrike" and attack.main


def test_happenings_a_toll_in_the_next_sentence(extract) -> None:
    text = ("A Russian missile hit a grain terminal in Izmail on Monday, the regional governor "
            "said.\n\nThree port workers were killed and eight were injured, he added.")
    attack = _attacks(extract, text, "2025-03-03")[0]
    assert (attack.killed, attack.wounded) == (3, 8)


def test_happenings_one_event_per_happening(extract) -> None:
    text = ("Israeli strike kills four in Rafah\n\n"
            "An Israeli strike on a house in Rafah killed four people on Tuesday, the civil "
            "defence agency said. The strike in Rafah also wounded six, it said.\n\n"
            "The second missile hit a car in Gaza City.")
    attacks = _attacks(extract, text, "2025-02-11")
    assert len(attacks) == 2, [(e.text, e.place) for e in attacks]
    rafah, gaza = attacks
    assert rafah.main and (rafah.actor, rafah.killed, rafah.wounded) == ("Israel", 4, 6)
    assert rafah.explanation.count("told again") == 2
    assert not gaza.main and gaza.place != rafah.place


def test_happenings_place_with_coordinates_and_target_site(extract) -> None:
    text = "A drone hit the Al-Amal clinic in El Geneina on 3 June, killing two medics."
    attack = _attacks(extract, text)[0]
    assert attack.place is not None and attack.geonameid is not None
    assert attack.lat is not None and 13 < attack.lat < 14
    assert attack.lon is not None and 22 < attack.lon < 23
    assert attack.date == "2025-06-03"


def test_happenings_the_main_event_is_the_one_nothing_governs(extract) -> None:
    text = ("The Malian army accused JNIM fighters on Sunday of burning a village near Mopti. "
            "The group denied the accusation.")
    events = extract(text, published="2025-07-06").events
    main = [e for e in events if e.main]
    assert [e.type for e in main] == ["accuse"]
    burning = [e for e in events if e.type == "attack"]
    assert burning and "JNIM" in (burning[0].actor or "") and not burning[0].main


@pytest.mark.parametrize(
    ("text", "kind", "plover"),
    [
        # ministry statement: cooperation short of an agreement
        ("The Philippine and US navies will coordinate patrols in the South China Sea.",
         "cooperate", "COOPERATE"),
        # state media: a unit giving itself up
        ("Forty soldiers of the 3rd battalion surrendered to the rebels near Kidal, the group "
         "said.", "surrender", "RETREAT"),
    ],
)
def test_happenings_plover_types(extract, text: str, kind: str, plover: str) -> None:
    events = [e for e in extract(text, published="2025-06-10").events if e.type == kind]
    assert events and events[0].plover == plover, extract(text).events


def test_happenings_no_event_without_actor_or_target(extract) -> None:
    for event in extract("It happened again after the talks were held.").events:
        assert event.actor or event.target or event.actor_text or event.place, event


@pytest.mark.parametrize(
    "text",
    [
        # verbs joined with one doer, and "the attackers" told back: one raid (local paper)
        "Rebels killed six soldiers at a checkpoint near Kidal on Monday, officials said. The "
        "attackers struck before dawn and set fire to three trucks, one official said.",
        # a police statement: the doers opened fire in the raid the lead told
        "Armed men raided a police post in Tillia overnight, killing four officers, the "
        "ministry said. The assailants opened fire with machine guns, it said.",
    ],
)
def test_happenings_one_raid_told_in_several_verbs(extract, text: str) -> None:
    attacks = _attacks(extract, text, "2026-01-06")
    assert len(attacks) == 1, attacks


def test_happenings_an_abduction_in_the_raid_is_its_own_attack(extract) -> None:
    doc = extract("Gunmen stormed a clinic near Bunia on Friday night, the charity said. The "
                  "attackers shot dead a watchman and abducted two midwives, it said.",
                  published="2026-02-02")
    violent = [e for e in doc.events if e.type in ("attack", "assault")]
    assert [e.plover_mode for e in violent].count("abduct") == 1, violent
    assert len(violent) == 2, violent  # the raid (the shooting told in it) and the abduction


def test_happenings_two_requests_in_one_sentence_stay_two(extract) -> None:
    doc = extract("The UN envoy called for restraint and urged the parties to resume talks in "
                  "Geneva next month.", published="2026-02-02")
    assert len([e for e in doc.events if e.type == "request"]) == 2, doc.events


def test_happenings_a_speech_act_its_clause_negates_is_none(extract) -> None:
    doc = extract("The agency does not blame any group for the bombing.", published="2026-02-02")
    assert not [e for e in doc.events if e.type == "accuse"], doc.events


def test_happenings_an_exchange_of_fire_is_a_fight(extract) -> None:
    doc = extract("A soldier was killed in an exchange of fire with smugglers near Ruwaished, "
                  "the army said. A prisoner exchange is planned.", published="2026-02-02")
    fights = [e for e in doc.events if e.type == "fight"]
    assert len(fights) == 1 and fights[0].actor == "smugglers", doc.events


def test_happenings_a_label_above_the_headline_leaves_it_a_headline(extract) -> None:
    attacks = _attacks(extract, "MEDIA RELEASE\n\nAttack on water plant near Kosti\n\n"
                       "Khartoum, 3 March 2026 - Armed men attacked the Kosti water plant on "
                       "Sunday, the utility said.", "2026-03-03")
    assert len(attacks) == 1, attacks


def test_happenings_a_headline_participle_is_a_passive(extract) -> None:
    doc = extract("Three fishermen detained off Kismayo; militia blamed\n\nKISMAYO, March 4 - "
                  "Coast guards detained three fishermen off Kismayo on Tuesday, officials "
                  "said.", published="2026-03-04")
    arrests = [e for e in doc.events if e.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].actor != "fishermen", doc.events
    assert not [e for e in doc.events if e.actor == "fishermen"], doc.events


def test_happenings_the_attackers_fighting_is_the_raid(extract) -> None:
    doc = extract("Jihadist fighters stormed an army post in Djibo on Sunday, killing nine "
                  "soldiers. The attackers fought the garrison for two hours before leaving, "
                  "a source said.", published="2026-01-06")
    violent = [e for e in doc.events if e.type in ("attack", "assault", "fight")]
    assert len(violent) == 1, doc.events


def test_happenings_same_doers_elsewhere_another_day_are_another_attack(extract) -> None:
    attacks = _attacks(extract, "Gunmen attacked a village near Kidal on Monday. On Friday, "
                       "the gunmen attacked a market in Gao, residents said.", "2026-01-10")
    assert len(attacks) == 2, attacks


def test_happenings_a_disaster_and_a_toll_of_its_own_are_no_attack(extract) -> None:
    doc = extract("A strong earthquake struck the region on Monday, killing 40 people.\n\n"
                  "Fighting has killed more than 6,000 people since 2017.", published="2026-01-06")
    assert not [e for e in doc.events if e.type == "attack"], doc.events


def test_happenings_a_denied_act_is_what_the_denial_is_about(extract) -> None:
    # wire story: one event, the denial, aimed at what the act was said to hit
    text = "Russia's defence ministry denied hitting a civilian vessel on Tuesday."
    events = extract(text, published="2025-06-10").events
    assert [(e.type, e.target, e.mode) for e in events] == [
        ("reject", "civilian vessel", "happened")]
    # a reason given beside a denial is no denied act: the accusation in it stays asserted
    text = ("The navy rejected the claim, saying the Kremlin was blaming the victim.")
    accusations = [e for e in extract(text).events if e.type == "accuse"]
    assert accusations and accusations[0].mode == "happened", extract(text).events
    # a threat inside a denial's clause is threatened, planned: the nearer head says
    text = ("A rebel spokesman denied that the commander had been killed and threatened to "
            "attack every army post in the district.")
    attacks = [e for e in extract(text).events if e.type == "attack"]
    assert all(a.mode == "planned" for a in attacks), attacks


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a killing and the attack it happened in are one (radio bulletin)
        ("Gunmen killed at least nine civilians in an attack on the market town of Sansanne "
        "late on Thursday, the government said.", "2026-02-21"),
        # newsletter: the clash the killing happened in
        ("Security forces killed 11 suspected rebels in a gunfight in the forests of Bijapur "
        "district on Wednesday, police said.", "2026-02-21"),
        # a happening told twice is one; wire story: coordinated violent verbs of one doer
        # are one raid, whatever their types
        ("Gang members armed with rifles stormed a rival wing of the prison in Ilama on Thursday "
        "and killed at least 17 people, the prison service said.", "2026-05-13"),
        # state agency: "the herders" killed point back at the killing told before
        ("Armed men killed seven herders near the border, the ministry said. It said the "
        "herders were killed on Saturday about 8 km inside Mali.", "2026-05-13"),
        # flash update: the site told again by its full name, the doers as "armed men"
        ("Suspected ADF fighters attacked a health centre in Kirumya on Saturday night.\n\n"
        "According to the committee, armed men attacked Kirumya Health Centre III at about "
        "11 p.m. on Saturday.", "2026-05-13"),
    ],
)
def test_happenings_one_violent_event_per_happening(extract, text: str, published: str
                                                   ) -> None:
    violent = [e for e in extract(text, published=published).events
               if e.type in ("attack", "fight", "assault")]
    assert len(violent) == 1, violent


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # a province pasted to a group is where they are from: the group acts (translated
        # statement)
        ("Cabinda separatists attacked an army post near Buco-Zau on Monday.",
         "Cabinda separatists", "army post"),
        # a demonym says whose the soldiers are: they are the target, not the country
        ("Gunmen attacked Beninese soldiers near the border on Monday.", "Gunmen",
         "Beninese soldiers"),
        # a flash update's section label is no part of the name under it
        ("HIGHLIGHTS\n- Suspected ADF fighters attacked a health centre in Kirumya on Saturday.",
         "Suspected ADF fighters", "health centre"),
    ],
)
def test_happenings_no_place_demonym_or_label_as_actor_or_target(
    extract, text: str, actor: str, target: str
) -> None:
    attack = _attacks(extract, text, "2026-07-16")[0]
    assert (attack.actor, attack.target) == (actor, target)


def test_happenings_a_headline_clause_after_a_semicolon_keeps_its_mode(extract) -> None:
    # live blog headline: the denial after the semicolon governs nothing before it
    text = ("Russia-Ukraine war live: drones hit Danube port of Izmail; Moscow denies targeting "
            "civilian ship\n\nRussian drones struck port infrastructure in Izmail overnight.")
    attacks = _attacks(extract, text, "2026-08-26")
    assert attacks and all(a.mode == "happened" for a in attacks), attacks




def test_happenings_the_press_reports_and_does_not_act(extract) -> None:
    # radio bulletin: the correspondent's reporting is no event
    text = ("Gunmen killed nine civilians in Mandouri on Thursday. Our correspondent in the "
            "region spoke to a local official by telephone.")
    assert [e.type for e in extract(text, published="2026-02-21").events] == ["attack"]
    # wire story: the outlet a passive is told by deployed nobody
    text = "About 1,500 soldiers were deployed to three bases near Amedi, Reuters reported."
    for event in extract(text, published="2026-10-14").events:
        assert event.actor != "Reuters", event


def test_happenings_a_date_of_another_event_noun_dates_not_this_one(extract) -> None:
    # court report headline: 1982 is the massacre's year, not the jailing's
    text = ("Court jails three former patrol chiefs over 1982 massacre\n\nA court in Guatemala "
            "City on Wednesday sentenced three former patrol chiefs to 30 years in prison.")
    events = extract(text, published="2026-11-26").events
    assert events and all(e.date != "1982" for e in events), events


def test_happenings_documents_keep_the_json_schema(extract) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("../shared/schema is not beside this checkout")
    doc = extract("Russian drones struck a depot in Kharkiv, killing two, the mayor said.",
                  published="2025-06-10")
    jsonschema.validate(json.loads(doc.to_json()), json.loads(SCHEMA.read_text()))
    event = doc.to_dict()["events"][0]
    assert {"plover", "plover_mode", "instrument", "lat", "lon", "killed", "main"} <= set(event)


# Held out: tests/golden/events_heldout/README.md has the first score (before any change):
# recall 0.816, precision 0.825, main found 9/12, main flagged 0/12. Floors only rise.
FLOORS = {"recall": 0.92, "precision": 0.94, "main_found": 11, "main_flagged": 12}


def test_happenings_heldout_scores_above_floors() -> None:
    score = score_folder(HERE)
    print(score.line())
    assert score.recalled / score.gold >= FLOORS["recall"], score.line()
    assert score.right / score.found >= FLOORS["precision"], score.line()
    assert score.main_found >= FLOORS["main_found"], score.line()
    assert score.main_flagged >= FLOORS["main_flagged"], score.line()
    assert score.bad_actors == 0, score.notes


# Round 7 (events_heldout5), held out until the end of session 7: tune nothing on it. First
# measured on commit 0ccce23's code: recall 0.676 (25/37), precision 0.806 (25/31), main found
# 7/8, main flagged 6/8, no place/weapon/label actor. Floors a little below, so that a
# regression shows; its test prints no misses. Scored again at the end of session 7 (after the
# session's events work): recall 0.649 (24/37), precision 0.800: the three violent verbs of one
# doer ("shot dead ..., looted ... and abducted ...") are now one happening where the gold
# keeps the abduction apart, and "does not attribute the attack to any party" is read as an
# accusation. A tuning set since: session 8 (a denial's REJECT, "an exchange of fire", the
# same-happening decision weighed, an abduction its own, a negated speech act none, a label
# above the headline, "returned fire", "regards these actions as a violation", a headline's
# bare participle read as a passive) took it to recall 0.838 (31/37), precision 0.941, main
# 8/8 and 8/8.
ROUND7_FLOORS = {"recall": 0.82, "precision": 0.96, "main_found": 8, "main_flagged": 8,
                 "most_bad_actors": 0}
# Round 8 (events_heldout6), held out until the end of session 8: tune nothing on it. First
# measured on commit 3fa6542's code (with its annotation slip fixed): recall 0.500 (18/36),
# precision 0.690 (20/29), main found 7/8, main flagged 6/8, four place/weapon/label actors.
# Floors a little below (and that count as a ceiling), so that a regression shows.
ROUND8_FLOORS = {"recall": 0.48, "precision": 0.86, "main_found": 6, "main_flagged": 5,
                 "most_bad_actors": 3}
# Round 9 (events_heldout7), held out until the end of session 9: tune nothing on it. First
# measured on commit 2e401ca's code (a court sentence may also be an arrest, as in round 6):
# recall 0.818 (27/33), precision 0.652, main found 8/8, main flagged 7/8. End of session 9:
# recall 0.848 (28/33), precision 0.646, main 8/8 and 7/8, three place/weapon/label actors.
# Session 10 (precision first; rounds 5-9 tuned on, round 7 left untouched until the end):
# round 9 precision 0.646 -> 0.738, round 8 0.784 -> 0.906, recall unchanged on both; round 7
# (untouched) recall 0.865 -> 0.865, precision 0.943 -> 1.000. Floors raised a little below.
ROUND9_FLOORS = {"recall": 0.8, "precision": 0.71, "main_found": 7, "main_flagged": 6,
                 "most_bad_actors": 1}
# Round 10 (events_heldout8), held out until the end of session 10: first measured on commit
# e0f3a19's code: recall 0.600 (after three gold slips fixed; strict 0.575), precision 0.744,
# main found 6/8; end of session 10 recall 0.575, precision 0.778. Session 11 tuned on it
# (triggers, nominal harms, parse routes): recall 0.825 (33/40), precision 0.814, main 7/8.
ROUND10_FLOORS = {"recall": 0.8, "precision": 0.79, "main_found": 7, "main_flagged": 7,
                  "most_bad_actors": 1}
# Round 11 (events_heldout9), held out until the end of session 11: first measured on commit
# 0298b7c (code of a72172d): recall 0.569 (29/51), precision 0.778 (0.795 with two gold slips
# fixed), main found 5/8, main flagged 4/8, two place/weapon/label actors; end of session 11
# (code of 119840e) recall 0.569 (29/51), precision 0.778 (35/45), main 5/8 and 4/8, two bad
# actors. Floors a little below; a tuning set from session 12, which lifted it (code of
# da558db): recall 0.804 (41/51), precision 0.918, main 7/8 and 7/8, one bad actor.
ROUND11_FLOORS = {"recall": 0.78, "precision": 0.89, "main_found": 6, "main_flagged": 6,
                  "most_bad_actors": 2}
# Round 12 (events_heldout10), held out until the end of session 12: first measured on commit
# 53bd68f (code of 119840e): recall 0.592 (29/49), type-only recall 0.714, precision 0.795,
# main found 5/8, main flagged 3/8 (4/8 before a gold slip was fixed), two place/weapon/label
# actors; end of session 12 (code of da558db) recall 0.653 (32/49), type-only 0.755, precision
# 0.804, main 5/8 and 3/8, two bad actors. Floors a little below; a tuning set from session 13.
ROUND12_FLOORS = {"recall": 0.63, "precision": 0.78, "main_found": 4, "main_flagged": 2,
                  "most_bad_actors": 3}
# Round 13 (events_heldout11), held out until the end of session 13: first measured on commit
# af64b8b (code of 0fd3290), with two gold slips fixed: recall 0.717 (33/46), type-only recall
# 0.826, precision 0.776 (38/49), main found 6/8, main flagged 5/8, no place/weapon/label
# actor, place 0.750, date 0.848; end of session 13 (code of bcd76fb) recall 0.804 (37/46),
# type-only 0.848, precision 0.765 (39/51), main 7/8 and 6/8, no bad actor, place 0.708, date
# 0.811. Floors a little below; a tuning set from session 14.
ROUND13_FLOORS = {"recall": 0.78, "precision": 0.74, "main_found": 6, "main_flagged": 5,
                  "most_bad_actors": 1}
# Round 14 (events_heldout12), held out until the end of session 14: first measured on commit
# 64e1785 (code of ae49706), with one gold slip fixed: recall 0.688 (22/32), type-only recall
# 0.812, precision 0.788 (26/33), main found 5/8, main flagged 7/8, no place/weapon/label
# actor, place 0.688, date 0.773; end of session 14 (code of 39d9a8b) the same but date 0.818.
# A tuning set from session 15, which raised it (roles in passive clauses, blows and hand
# weapons, reports called false) to recall 0.812 (26/32), precision 0.750 (27/36), main found
# 7/8, main flagged 7/8; the floors follow a little below.
ROUND14_FLOORS = {"recall": 0.78, "precision": 0.72, "main_found": 6, "main_flagged": 6,
                  "most_bad_actors": 1}
# Round 15 (events_heldout13), held out until the end of session 15: first measured on commit
# 175599f (code of 8fa4422): recall 0.650 (26/40), type-only recall 0.725, precision 0.690
# (29/42), main found 6/8, main flagged 7/8, one place/weapon/label actor, place 1.000, date
# 0.846; end of session 15: recall 0.675 (27/40), precision 0.690, main found 7/8, main flagged
# 7/8, one bad actor, place 0.947, date 0.852. A tuning set from session 16, which raised it
# (a passive's "by" hung on a day or place, curfews, custody, one event per happening told
# again) to recall 0.850 (34/40), precision 0.800 (36/45), main found 7/8, main flagged 6/8;
# the floors follow a little below.
ROUND15_FLOORS = {"recall": 0.82, "precision": 0.76, "main_found": 6, "main_flagged": 5,
                  "most_bad_actors": 1}
# Round 16 (events_heldout14), held out until the end of session 16: first measured on commit
# 4e260f4 (code of 7aec455): recall 0.694 (25/36), type-only recall 0.722, precision 0.684
# (26/38), main found 7/8, main flagged 5/8, one place/weapon/label actor; end of session 16:
# recall 0.694, precision 0.703 (26/37), main found 7/8, main flagged 5/8, one bad actor. A
# tuning set from session 17, which raised it (a report called false in one's own voice,
# forces landing, wars by their sides or toll, fire set, the main event a fitted choice) to
# recall 0.889 (32/36), precision 0.786 (33/42), main found 8/8, main flagged 6/8, no bad
# actor; the floors follow a little below.
ROUND16_FLOORS = {"recall": 0.85, "precision": 0.75, "main_found": 6, "main_flagged": 5,
                  "most_bad_actors": 0}
# Round 17 (events_heldout15), held out until the end of session 17: first measured on commit
# 86c2e9e (code of 5b1fe4f), one annotation slip fixed: recall 0.761 (35/46), precision 0.804,
# main found 7/8, main flagged 5/8, no bad actor; end of session 17 (commit e75c76d): recall
# 0.761 (35/46); type-only recall 0.804 (37/46); precision 0.804 (37/46); main found 7/8; main
# flagged 5/8; place/weapon/label actors 0. Floors a little below; a tuning set from session 18.
ROUND17_FLOORS = {"recall": 0.73, "precision": 0.77, "main_found": 6, "main_flagged": 4,
                  "most_bad_actors": 0}
# Round 18 (events_heldout16), held out until the end of session 18: first measured on the
# annotation of f99d067 (code of aac4e54), slips fixed: recall 0.591 (26/44), type-only 0.795,
# precision 0.795, main found 7/8, main flagged 7/8, no bad actor; end of session 18 (commit
# 26c53c8): recall 0.614 (27/44); type-only recall 0.795 (35/44); precision 0.795 (35/44); main
# found 7/8; main flagged 7/8; place/weapon/label actors 0. Floors a little below; a tuning set
# from session 19.
ROUND18_FLOORS = {"recall": 0.58, "precision": 0.76, "main_found": 6, "main_flagged": 6,
                  "most_bad_actors": 0}
# Round 19 (events_heldout17), held out until the end of session 19: first measured on the
# annotation of ec1a7b7 (code of 648eb1b): recall 0.629 (22/35); type-only recall 0.686 (24/35);
# precision 0.706 (24/34); main found 6/8; main flagged 6/8; place/weapon/label actors 2; end of
# session 19 (commit cdbfc6a): recall 0.629 (22/35); type-only recall 0.686 (24/35); precision
# 0.706 (24/34); main found 6/8; main flagged 6/8; place/weapon/label actors 2. Floors a little
# below; a tuning set from session 20.
ROUND19_FLOORS = {"recall": 0.59, "precision": 0.67, "main_found": 5, "main_flagged": 5,
                  "most_bad_actors": 2}
# Round 20 (events_heldout18), held out until the end of session 20: first measured on the
# annotation of d973e7d (code of 88a42bc): recall 0.727 (24/33); type-only recall 0.758 (25/33);
# precision 0.781 (25/32); main found 7/8; main flagged 6/8; place/weapon/label actors 0; end of
# session 20 (commit ec20ca1): recall 0.727 (24/33); type-only recall 0.758 (25/33); precision
# 0.781 (25/32); main found 7/8; main flagged 6/8; place/weapon/label actors 0. Floors a little
# below; a tuning set from session 21.
ROUND20_FLOORS = {"recall": 0.69, "precision": 0.75, "main_found": 6, "main_flagged": 5,
                  "most_bad_actors": 0}
# Round 21 (events_heldout19), held out until the end of session 21: first measured on the
# annotation of 124d2d7 (code of 9155c19); end of session 21 (commit 20847bf).
# first: recall 0.692 (18/26); type-only recall 0.769 (20/26); precision 0.606 (20/33); main found
# 7/8; main flagged 7/8; place/weapon/label actors 1; target 1.000 (14/14); instrument 1.000 (5/5);
# place 0.615 (8/13); date 0.778 (14/18); wounded 1.000 (7/7); plover 1.000 (18/18); plover_mode
# 1.000 (6/6); killed 1.000 (4/4)
# end: recall 0.692 (18/26); type-only recall 0.769 (20/26); precision 0.606 (20/33); main found
# 7/8; main flagged 7/8; place/weapon/label actors 1; target 1.000 (14/14); instrument 1.000 (5/5);
# place 0.769 (10/13); date 0.778 (14/18); wounded 1.000 (7/7); plover 1.000 (18/18); plover_mode
# 1.000 (6/6); killed 1.000 (4/4)
# Floors a little below; a tuning set from session 22.
ROUND21_FLOORS = {"recall": 0.66, "precision": 0.57, "main_found": 6, "main_flagged": 6,
                  "most_bad_actors": 1}


@pytest.mark.parametrize(
    ("folder", "floors"),
    [("events_heldout5", ROUND7_FLOORS), ("events_heldout6", ROUND8_FLOORS),
     ("events_heldout7", ROUND9_FLOORS), ("events_heldout8", ROUND10_FLOORS),
     ("events_heldout9", ROUND11_FLOORS), ("events_heldout10", ROUND12_FLOORS),
     ("events_heldout11", ROUND13_FLOORS), ("events_heldout12", ROUND14_FLOORS),
     ("events_heldout13", ROUND15_FLOORS), ("events_heldout14", ROUND16_FLOORS),
     ("events_heldout15", ROUND17_FLOORS), ("events_heldout16", ROUND18_FLOORS),
     ("events_heldout17", ROUND19_FLOORS),
     ("events_heldout18", ROUND20_FLOORS),
     ("events_heldout19", ROUND21_FLOORS)],
    ids=["round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14",
         "round15", "round16", "round17", "round18",
         "round19",
         "round20",
         "round21"],
)
def test_happenings_heldout_round_scores_above_floors(
    folder: str, floors: dict[str, float]
) -> None:
    score = score_folder(HERE.parent / folder)
    assert score.recalled / score.gold >= floors["recall"], score.line()
    assert score.right / score.found >= floors["precision"], score.line()
    assert score.main_found >= floors["main_found"], score.line()
    assert score.main_flagged >= floors["main_flagged"], score.line()
    assert score.bad_actors <= floors["most_bad_actors"], score.line()
