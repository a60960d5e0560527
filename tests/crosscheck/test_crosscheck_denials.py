"""Denials worded as a judgment of what was reported ("were unfounded", "a fabrication"),
through the real model: each answers the claim it names, and only that."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import crosscheck

CLAIM = ("Ukrainian drones hit an oil depot in Tuapse on Monday, the Ukrainian General Staff "
         "said.")


@pytest.mark.parametrize(("text", "denied"), [
    ("Kremlin spokesman Dmitry Peskov said reports of a drone strike on an oil depot in "
     "Tuapse were unfounded.", True),
    ("Reports that Ukrainian drones hit an oil depot in Tuapse are fake, the regional "
     "governor Veniamin Kondratyev said.", True),
    ("The Russian defence ministry said the reports of drones hitting an oil depot in "
     "Tuapse were a lie.", True),
    # negatives: the same place and thing, not judged untrue; a judgment of something else
    ("Kremlin spokesman Dmitry Peskov said firefighters were still working at the oil depot "
     "in Tuapse.", False),
    ("Kremlin spokesman Dmitry Peskov said reports of new sanctions on Russian banks were "
     "unfounded.", False),
])
def test_crosscheck_denials_judged_untrue(extract, text, denied):
    claim = extract(CLAIM, published="2025-05-12", source="Kyiv Independent")
    reply = extract(text, published="2025-05-12", source="TASS")
    found = [c for c in crosscheck([claim, reply]).contradictions if c.kind == "denial"]
    assert bool(found) is denied


def test_crosscheck_denials_the_other_side_of_one_sentence(extract):
    """ "X said A, while Y denied B": Y denies, and A is X's claim, not a denial."""
    claim = extract("Ukraine's General Staff said its drones hit the oil refinery in Ryazan "
                    "overnight, setting a storage tank on fire.", published="2025-05-12",
                    source="Ukrinform")
    wire = extract("KYIV, May 12 (Reuters) - Ukraine's military said its drones hit an oil "
                   "refinery in Ryazan overnight, while Russia's defence ministry denied that "
                   "the Ryazan refinery had been hit by drones.", published="2025-05-12",
                   source="Reuters")
    (clash,) = crosscheck([claim, wire]).contradictions
    assert clash.kind == "denial"
    assert all("denied" not in r.text for r in clash.a_reports)
    assert any("its drones hit an oil refinery in Ryazan" in r.text for r in clash.a_reports)
    assert {r.source for r in clash.b_reports} <= {"Russian Defence Ministry", "Reuters"}
    assert "Ukraine" not in clash.detail.split(" denied ")[0]


@pytest.mark.parametrize(("denial", "denied"), [
    ("The brigade spokesman, Ramon Dizon, denied that the airstrike had hit civilian homes.",
     True),  # right after the claim in the same report: one specific word is enough
    ("The brigade spokesman, Ramon Dizon, denied that the airstrike had hit civilian cars.",
     False),
])
def test_crosscheck_denials_right_after_the_claim(extract, denial, denied):
    report = extract("Villagers said an army airstrike on Saturday afternoon hit two houses and "
                     f"wounded a woman and her son. {denial}", published="2026-01-26",
                     source="Radyo Ranao")
    found = [c for c in crosscheck([report]).contradictions if c.kind == "denial"]
    assert bool(found) is denied


REPORT = ("A bomb attack on the cattle market in Garoua killed five people on Monday, police "
          "said. Traders told the paper that soldiers had taken three hours to arrive and that "
          "the wounded were carried to hospital on motorbikes.")


@pytest.mark.parametrize(("denial", "answers"), [
    # the delay denied, told with the place and day of the attack: the traders' claim
    ("The army spokesman, Col. Paul Ndjock, on Wednesday denied that soldiers had taken three "
     "hours to reach the cattle market in Garoua after Monday's attack.", "Traders"),
    ("Army spokesman Paul Ndjock rejected reports that soldiers took three hours to get to "
     "the Garoua cattle market on Monday.", "Traders"),
    # the attack itself denied: the attack
    ("The separatist Ambazonia Defence Forces denied carrying out the bomb attack on the "
     "cattle market in Garoua.", "attack"),
])
def test_crosscheck_denials_of_what_the_setting_tells(extract, denial, answers):
    """The places and days a denial names set the story, they tell not which of its claims it
    answers: a denial of the army's delay at the market bombed on Monday answers the claim of
    the delay, not the report of the bombing."""
    report = extract(REPORT, published="2026-03-10", source="Le Jour")
    reply = extract(denial, published="2026-03-12", source="Cameroon Tribune")
    found = [c for c in crosscheck([report, reply]).contradictions if c.kind == "denial"]
    assert found
    assert all(answers in c.detail.split(" denied ")[-1] or answers in c.key for c in found)
