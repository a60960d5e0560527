"""Transcript and layout labels: a line's opening label ("QUESTION (Radio Norte):",
"Editor's note (The Lakeside Herald):", "Q:") is no subject of the verb after it, and a
briefing's role label names the spokesperson its header named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.nlp import parse
from wiredesk.records import Attribution, Document

Extract = Callable[..., Document]


def _said(extract: Extract, text: str) -> list[Attribution]:
    return list(extract(text, published="2026-05-04").attributions)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a briefing transcript's question names a source the journalist quotes
        ("QUESTION (Radio Norte): The governor's office said on Monday that the road was "
         "closed. Is that right?",
         "the road was closed", "governor's office"),
        # a newspaper's note under an army statement
        ("Editor's note (The Lakeside Herald): A police spokesman, Inspector Tomas Berg, told "
         "this newspaper that two men were missing.",
         "two men were missing", "Tomas Berg"),
        ("Q: The mayor told reporters that the bridge would reopen. Will it?",
         "the bridge would reopen", "mayor"),
    ],
)
def test_a_line_label_is_no_subject(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    found = [a for a in _said(extract, text) if a.content.text == content]
    assert [a.speaker.name for a in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("QUESTION (Radio Norte): The governor's office said the road was closed.",
         ["QUESTION", "The"]),
        ("Context: A local site reported that 300 people took part.", ["Context", "A"]),
        ("Police said: the road is closed until further notice.", ["Police"]),
        ("The talks went on until 22:10 on Friday.", ["The"]),
    ],
)
def test_a_line_label_ends_its_own_sentence(text: str, starts: list[str]) -> None:
    doc = next(parse([text]))
    assert [s[0].text for s in doc.sents] == starts


def test_a_briefing_role_label_is_the_spokesperson_its_header_named(extract: Extract) -> None:
    # a story printing the briefing after its lead: the turns are the speakers'
    text = ("The peacekeeping force briefed reporters on Monday.\n\nPartial transcript:\n\n"
            "SPOKESPERSON (Anna Fischer): Good morning. Two of our patrols were stopped at the "
            "crossing yesterday.\n\nQUESTION (Radio Norte): Local radio said two soldiers were "
            "hurt. Can you confirm that?\n\nSPOKESPERSON: Nobody was hurt. "
            "The patrols returned to base.")
    turns = [a for a in _said(extract, text) if a.content.text.startswith("Nobody")]
    assert [(a.speaker.name, a.speaker.mention.text) for a in turns] == [
        ("Anna Fischer", "SPOKESPERSON")]


def test_a_role_label_nobody_was_named_for_stays_unresolved(extract: Extract) -> None:
    text = ("The peacekeeping force briefed reporters on Monday.\n\n"
            "SPOKESPERSON: The crossing will reopen on Monday. The patrols returned to base.")
    turns = _said(extract, text)
    assert [(a.speaker.name, a.speaker.mention.text) for a in turns] == [(None, "SPOKESPERSON")]


@pytest.mark.parametrize("heading", [
    "Transcript: the peacekeeping force's briefing on the crossing",
    "Ministry of the Interior - Transcript of press conference\nLa Paz, 4 May 2026",
    "Evening News - Radio Lago\nTranscript, Monday 4 May 2026, 6 p.m. bulletin",
])
def test_the_turns_of_a_publishers_own_transcript_are_its_voice(
    extract: Extract, heading: str
) -> None:
    """The publisher's record of its own briefing or broadcast: its spokesperson's or
    presenter's turns are no attributions; the sources a turn reports are, and the turn's
    'I' is nobody else's."""
    text = (f"{heading}\n\nSPOKESPERSON (Anna Fischer): Good morning. Two of our patrols were "
            "stopped at the crossing yesterday. I want to be clear: this is unacceptable.\n\n"
            "QUESTION (Radio Norte): Can you confirm that?\n\n"
            "SPOKESPERSON: The mayor told us that the crossing would reopen on Monday. "
            "Nobody was hurt.")
    said = _said(extract, text)
    assert [(a.speaker.name, a.content.text) for a in said] == [
        ("mayor", "the crossing would reopen on Monday")]


def test_a_source_named_inside_a_turn_speaks(extract: Extract) -> None:
    text = ("MINISTER LOPEZ: No. Our commanders at the base say the soldiers were held in the "
            "gym until Tuesday.")
    found = [a for a in _said(extract, text)
             if a.content.text == "the soldiers were held in the gym until Tuesday"]
    assert [a.speaker.name for a in found] == ["Our commanders at the base"]


@pytest.mark.parametrize("text", [
    "Press release\nNo: 47, 4 March 2026\nThe delegations will meet in Istanbul.",
    "Kherson market strike: what we know\nSeven people were killed.",
])
def test_a_colon_before_no_sentence_is_no_label(text: str) -> None:
    doc = next(parse([text]))
    starts = {s[0].text for s in doc.sents}
    assert "47" not in starts and "what" not in starts


def test_a_pronoun_inside_a_turn_is_the_turns_talk(extract: Extract) -> None:
    text = ("HOST: Let us start with the port.\n\n"
            "GUEST: Well, you know, he wants to distract attention from the strike.")
    assert [a for a in _said(extract, text) if a.cue is not None and a.cue.text == "wants"] == []


def test_a_capitalised_office_in_a_sentence_is_no_label(extract: Extract) -> None:
    text = "The answers are not meeting the demand, CEO Jane Roe says."
    said = [a for a in _said(extract, text) if a.cue is not None and a.cue.text == "says"]
    assert [a.speaker.name for a in said] == ["Jane Roe"]


def test_a_guests_turn_in_an_own_transcript_stays_the_guests(extract: Extract) -> None:
    text = ("Evening Report - Radio Lago\nTranscript, Monday 4 May 2026\n\n"
            "HOST: Minister, what happened at the crossing?\n\n"
            "OKONKWO: Our patrol was fired on at dawn and two soldiers were wounded.")
    said = _said(extract, text)
    assert [(a.speaker.mention.text, a.content.text[:15]) for a in said] == [
        ("OKONKWO", "Our patrol was ")]


def test_an_office_holders_turns_under_a_surname_alone_are_still_the_publishers_voice(
    extract: Extract,
) -> None:
    """The first turn gives the office and the name, later ones the surname only: both are the
    publisher's voice in its own transcript; a unit in brackets names no speaker."""
    text = ("POLICE FORCE OF NORTH ISLAND\nPress briefing, Port Vale, 4 May 2026 (transcript)\n\n"
            "DEPUTY COMMISSIONER ALAN REES: Good morning. Two men were shot dead on Saturday.\n\n"
            "QUESTION (Island FM): Was it a gang killing?\n\n"
            "REES: I won't speculate. We are looking at several lines of inquiry.\n\n"
            "SERGEANT MARY OKAFOR (Traffic Unit): The witnesses told us the car was blue.\n")
    said = _said(extract, text)
    assert [(a.speaker.name, a.content.text) for a in said] == [
        ("witnesses", "the car was blue")]
