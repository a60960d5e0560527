"""Reported clauses the parser hangs where the reporting verb's clause is not: told before the
speaker, the words after the clause ("when ...", "on Friday") or the whole clause read as a
circumstance of the cue; told after it, a clause opening with "that" read as a relative
clause of a time word or as a verb coordinated with the cue. Each is the speaker's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # wire lead: the "when" clause hung from "said", told before the speaker
        (
            "Three soldiers were killed and two others wounded when their truck hit a mine "
            "near the town on Friday, the army said on Saturday.",
            "Three soldiers were killed and two others wounded when their truck hit a mine "
            "near the town on Friday",
            "army",
        ),
        # local weekly: the lead's verb read as a circumstance of "said"
        (
            "Shelling overnight damaged a bakery and two apartment blocks in Kostiantynivka, "
            "the city's military administration said on Monday.",
            "Shelling overnight damaged a bakery and two apartment blocks in Kostiantynivka",
            "city's military administration",
        ),
        # state agency: a time word between the cue and its clause
        (
            "The interior ministry said the same evening that officers had fired only "
            "warning shots after the crowd set a police car alight.",
            "officers had fired only warning shots after the crowd set a police car alight",
            "interior ministry",
        ),
        # monitoring site: "reported ..., citing ..., that", the clause read as a conjunct
        (
            "The website reported on Sunday, citing witnesses and a nurse, that about 200 "
            "people had marched and that 12 had been arrested.",
            "about 200 people had marched and that 12 had been arrested",
            "website",
        ),
        # exile radio: the clause after "citing ..." made the sentence's root, the cue its
        # circumstance
        (
            "Background: The exile radio Voz Libre, which broadcasts from Madrid, reported on "
            "Monday, citing two teachers and a nurse, that about 150 people had marched and "
            "that nine had been detained.",
            "about 150 people had marched and that nine had been detained",
            "Voz Libre",
        ),
    ],
)
def test_a_clause_the_parser_misread_is_the_speakers_words(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    found = [(a.content.text, a.speaker.name) for a in
             extract(text, published="2026-03-03").attributions]
    assert (content, speaker) in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle opening the sentence is the speaker's circumstance, not the content
        ("Fleeing the fighting, the farmer said he had lost everything.",
         "he had lost everything"),
        # a condition set off by commas before the cue: the clause after it is the content
        ("If the talks fail, the envoy said, the fighting will resume.",
         "the fighting will resume"),
        # an ordinary "said on Monday that": unchanged
        ("The mayor said on Monday that the town was calm.", "the town was calm"),
    ],
)
def test_the_circumstances_around_a_well_parsed_cue_stay_out(
    extract: Extract, text: str, content: str
) -> None:
    assert [a.content.text for a in extract(text, published="2026-03-03").attributions] == [
        content
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Twelve held after riot in northern town, police say\n\nTOWN - Twelve people were "
         "held overnight.", "Twelve held after riot in northern town", "police"),
        ("Four workers killed in attack on road crew in the highlands, police say",
         "Four workers killed in attack on road crew in the highlands", "police"),
    ],
)
def test_a_headline_with_its_verb_left_out_is_the_source_s_words(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    """A headline's "noun + participle, X say": the parser reads the noun as a second
    subject of "say"; the one after the comma speaks."""
    found = [(a.content.text, a.speaker.name) for a in
             extract(text, published="2026-03-03").attributions]
    assert (content, speaker) in found


def test_a_participle_in_a_subject_told_before_its_verb_is_no_headline(extract: Extract) -> None:
    found = [(a.content.text, a.speaker.name) for a in
             extract("Fighters killed in the ambush were foreigners, the army said.",
                     published="2026-03-03").attributions]
    assert found == [("Fighters killed in the ambush were foreigners", "army")]
