"""What round 15's unseen stories taught the cross-check, through the real model: where a
body was hit is part of what a claim says, a governing body told as "the prefecture of X" is
a named source, a local report naming no town but its dateline counts at that town, and a
count placed only by a guess is no second town's."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import crosscheck
from wiredesk.crosscheck._items import items_of
from wiredesk.crosscheck._text import content_words

CLAIM = ("FORT-DE-FRANCE, March 2 (Antilles Wire) - The family's lawyer said he had been shot "
         "in the back as he ran away.")


@pytest.mark.parametrize(("text", "denied"), [
    ("The prosecutor, Marc Belrose, denied that the young man had been shot in the back.",
     True),
    # negative: the same shooting, another wound
    ("The prosecutor, Marc Belrose, denied that the young man had been shot in the chest.",
     False),
])
def test_crosscheck_unseen_where_a_body_was_hit_is_what_is_denied(extract, text, denied):
    assert "back" in content_words("shot in the back")
    claim = extract(CLAIM, published="2026-03-02", source="Antilles Wire")
    reply = extract(text, published="2026-03-03", source="Radio Caraibes")
    found = [c for c in crosscheck([claim, reply]).contradictions if c.kind == "denial"]
    assert bool(found) is denied
    if denied:
        assert any("shot in the back" in r.text for r in found[0].sides[0])


@pytest.mark.parametrize(("speaker", "source"), [
    ("the prefecture of Martinique", "prefecture of Martinique"),  # a governing body
    ("residents of Le Lamentin", "Antilles Wire"),                 # no source named
])
def test_crosscheck_unseen_a_governing_body_told_with_of(extract, speaker, source):
    doc = extract(f"Two gendarmes were injured in Le Lamentin on Monday, {speaker} said.",
                  published="2026-03-02", source="Antilles Wire")
    (fig,) = [f for f in items_of(doc).figures if f.category in ("wounded", "injured")]
    assert fig.ref.chain[0] == source


def test_crosscheck_unseen_a_local_report_counts_at_its_dateline_town(extract):
    doc = extract("LE LAMENTIN - Three people were killed in Saturday's shooting in the "
                  "Bois-Quarré sector, the police said.", published="2026-03-02",
                  source="Radio Caraibes")
    (fig,) = [f for f in items_of(doc).figures if f.category == "killed"]
    assert fig.place is not None and fig.place.name == "Le Lamentin" and fig.guessed and fig.filed
    named = extract("LE LAMENTIN - Three people were killed in Saturday's shooting in "
                    "Fort-de-France, the police said.", published="2026-03-02",
                    source="Radio Caraibes")
    (fig,) = [f for f in items_of(named).figures if f.category == "killed"]
    assert fig.place is not None and fig.place.name == "Fort-de-France" and not fig.guessed
    assert not fig.filed


@pytest.mark.parametrize(("wire_text", "clash"), [
    ("Three people died in Le Lamentin on Saturday, the prefecture said.", True),
    # the wire's toll placed by its article too: two guesses are no evidence of one place
    ("Three people died on Saturday, the prefecture said. It was the third shooting in Le "
     "Lamentin this year.", False),
])
def test_crosscheck_unseen_a_count_at_its_dateline_town_meets_one_named_there(
        extract, wire_text, clash):
    radio = extract("LE LAMENTIN - Four people were killed in Saturday's shooting in the "
                    "Bois-Quarré sector, the police said.", published="2026-03-02T08:00:00",
                    source="Radio Caraibes")
    wire = extract(wire_text, published="2026-03-01T20:00:00", source="Antilles Wire")
    found = [c for c in crosscheck([radio, wire]).contradictions if c.kind == "figure"]
    assert bool(found) is clash


def test_crosscheck_unseen_a_guessed_place_is_no_second_town(extract):
    radio = extract("LE LAMENTIN - Four gendarmes were wounded on Monday night, the gendarmes' "
                    "union said, one of whom is still in hospital in Fort-de-France.",
                    published="2026-03-03", source="Radio Caraibes")
    wire = extract("A shooting during a roadblock clearance in Le Lamentin on Monday left a "
                   "man dead. The prosecutor, Marc Belrose, told reporters on Tuesday that four "
                   "gendarmes had been hurt.", published="2026-03-03", source="Antilles Wire")
    result = crosscheck([radio, wire])
    assert [lk for lk in result.links if lk.kind == "figure"]  # one count, corroborated
    assert not [c for c in result.contradictions if c.kind == "figure"]
