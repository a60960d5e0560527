"""A stance on words told elsewhere ("rejected such claims") is no attribution of its own;
the words' own clause or the speaker's description of them is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]


def _contents(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name, a.content.text)
            for a in extract(text, published="2026-05-04").attributions]


@pytest.mark.parametrize("text", [
    "Residents said soldiers burned two houses. The army rejected such claims.",
    "Relatives said the men were beaten. The minister rejected that account.",
    "The union says 40 people were hurt. Police disputed the union's figures.",
    "The mayor blamed the rebels for the attack. He offered no evidence.",
    "Note from the Weekly Star, which publishes this communiqué.",
])
def test_a_stance_on_words_told_elsewhere_is_no_attribution(
    extract: Extract, text: str
) -> None:
    found = _contents(extract, text)
    assert not any(c.split()[-1] in {"claims", "account", "figures", "evidence", "communiqué"}
                   for _, c in found), found


def test_the_speaker_of_such_a_stance_has_spoken_for_a_pronoun_after_it(
    extract: Extract,
) -> None:
    text = ("Opposition MP Ana Petrova said migrants were beaten at the border. "
            "The interior minister, Boris Ilic, rejected that account. "
            "\"No migrant was harmed,\" he said.")
    assert ("Boris Ilic", "No migrant was harmed,") in _contents(extract, text)


@pytest.mark.parametrize(("text", "content"), [
    # the words' own clause
    ("The governor denied claims by residents that troops had fired on a crowd.",
     "troops had fired on a crowd"),
    # what the speaker makes of them
    ("The mayor called the governor's claim \"an insult to our town\".",
     "the governor's claim \"an insult to our town\""),
])
def test_a_clause_or_description_of_those_words_stays(
    extract: Extract, text: str, content: str
) -> None:
    assert any(c == content or content in c for _, c in _contents(extract, text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police dismissed the account given on Friday by a deputy for the constituency, who "
     "said that two of the raiders had been shot.", "deputy for the constituency"),
    ("The army denies the claims made on Sunday by a councillor for the district, who said "
     "that two of the raiders had been shot.", "councillor for the district"),
])
def test_who_after_an_offices_phrase_is_the_office_holder(
    extract: Extract, text: str, speaker: str
) -> None:
    found = [name for name, c in _contents(extract, text) if c.startswith("two of the raiders")]
    assert found == [speaker]


def test_a_body_owning_the_office_tells_two_offices_apart(extract: Extract) -> None:
    text = ("The prosecutor's office said on Monday that four men were charged. "
            "The Ombudsman's office says 23 civilians were treated in hospital.")
    found = [name for name, c in _contents(extract, text) if c.startswith("23 civilians")]
    assert found == ["Ombudsman's office"]


def test_the_one_asked_is_no_source(extract: Extract) -> None:
    assert _contents(extract, "Anyone with information is asked to call the police hotline.") == []


def test_words_brought_up_rather_than_answered_stay(extract: Extract) -> None:
    """ "cited her remarks": the speaker brings those words up, a stance of their own."""
    text = "The senator cited the governor's remarks about the border."
    assert ("senator", "the governor's remarks about the border") in _contents(extract, text)
