"""Attributions told last in their sentence whose verb the parser misread: hung from the
speaker's noun ("forces announced") or from the content's verb as an adverbial clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # state broadcaster: a long lead and "the general staff of the armed forces announced"
        (
            "ABIDJAN - Three soldiers were killed and four others wounded when armed men "
            "attacked an army post at Tougbo, in the Bounkani region, on Tuesday night, the "
            "general staff of the armed forces announced on Wednesday.\n\nThe wounded were "
            "taken to Bouna.",
            "Three soldiers were killed and four others wounded",
            "general staff of the armed forces",
        ),
        # regional paper: the reporting verb read as an adverbial clause of the killing
        (
            "Two traders were shot dead near the market, the regional council of Kayes "
            "reported on Friday.",
            "Two traders were shot dead near the market",
            "regional council of Kayes",
        ),
        # wire lead: "said" read as a conjunct of the content's first verb
        (
            "NIAMEY, May 21 (Wire) - Insurgents from Mali's Menaka region crossed into "
            "western Niger on Wednesday night and killed five herders in Ayorou, the "
            "regional governor said on Thursday.",
            "Insurgents from Mali's Menaka region",
            "regional governor",
        ),
        # wire lead: the conjunct "said" given two subjects, the content's and its own
        (
            "Two guards were killed and nine workers injured during an attack on a gold mine "
            "near the northern town of Kidal on Monday, police said on Tuesday.",
            "Two guards were killed and nine workers injured",
            "police",
        ),
    ],
)
def test_trailing_cue_the_parser_misread_is_an_attribution(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    found = [a for a in extract(text, published="2026-03-03").attributions
             if a.content.text.startswith(content)]
    assert [a.speaker.name for a in found] == [speaker]


def test_participle_cue_after_a_misread_one_is_the_same_speakers(extract: Extract) -> None:
    """ "..., the Forum said yesterday, adding that ...": the one who said it adds it, not the
    subject of the content the parser hung "said" from."""
    text = ("Nine people were killed when troops broke up Friday's march in Goma, the Congolese "
            "Human Rights League said yesterday, adding that its observers had seen the bodies.")
    added = [a for a in extract(text, published="2026-03-03").attributions
             if a.cue is not None and a.cue.text == "adding"]
    assert [a.speaker.name for a in added] == ["Congolese Human Rights League"]


def test_trailing_participle_inside_the_sentence_is_no_cue(extract: Extract) -> None:
    """A participle that does not close its sentence modifies its noun ("the curfew
    announced on Monday"): no attribution is made of it."""
    text = "Shops stayed shut under the curfew announced on Monday by the regional governor."
    assert [a for a in extract(text, published="2026-03-03").attributions
            if a.cue is not None and a.cue.text == "announced"] == []


def test_a_trailing_office_with_its_name_set_off_by_commas_speaks(
    extract: Callable[..., Document],
) -> None:
    text = ("Nine officers were hurt and 20 people were taken to police stations in the city, a "
            "police spokeswoman, Marta Kovac, told our reporter. Four of the detained are "
            "minors, she added.")
    said = extract(text, published="2026-05-04").attributions
    found = {a.content.text: a.speaker.name for a in said}
    assert found.get("Four of the detained are minors") == "Marta Kovac"
    assert any(c.startswith("Nine officers were hurt") and s == "Marta Kovac"
               for c, s in found.items())


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a content that opens with the pronoun "that" keeps it
        ("That was not what happened, the spokesman said.", "That was not what happened"),
        # the word that joins a clause to its cue goes; a pronoun after it stays
        ("The spokesman said that that was not what happened.", "that was not what happened"),
        ("The spokesman said that the convoy was hit.", "the convoy was hit"),
    ],
)
def test_content_keeps_an_opening_pronoun_that(extract: Extract, text: str, content: str) -> None:
    said = extract(text).attributions
    assert [a.content.text for a in said] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # NGO report: the aside tells the first clause, the participle adds the rest
        (
            "Two teenagers died of stab wounds at Makeni Regional Hospital, the hospital's duty "
            "doctor told our reporter, adding that 14 people had been treated since Friday.",
            "14 people had been treated since Friday",
            "hospital's duty doctor",
        ),
        # local paper: the aside coordinated with the clause it tells
        (
            "Four farmers died of burns at Mopti Central Clinic, the clinic's head nurse told "
            "our team, adding that 11 people had been admitted since Sunday.",
            "11 people had been admitted since Sunday",
            "clinic's head nurse",
        ),
    ],
)
def test_trailing_participle_after_an_aside_is_the_aside_speakers(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    found = {a.content.text: a.speaker.name for a in extract(text).attributions}
    assert found.get(content) == speaker, found
