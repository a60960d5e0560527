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
    ],
)
def test_trailing_cue_the_parser_misread_is_an_attribution(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    found = [a for a in extract(text, published="2026-03-03").attributions
             if a.content.text.startswith(content)]
    assert [a.speaker.name for a in found] == [speaker]



def test_trailing_participle_inside_the_sentence_is_no_cue(extract: Extract) -> None:
    """A participle that does not close its sentence modifies its noun ("the curfew
    announced on Monday"): no attribution is made of it."""
    text = "Shops stayed shut under the curfew announced on Monday by the regional governor."
    assert [a for a in extract(text, published="2026-03-03").attributions
            if a.cue is not None and a.cue.text == "announced"] == []
