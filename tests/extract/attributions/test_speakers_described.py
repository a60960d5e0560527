"""Speakers named by description: a document's issuer speaks for it, a body noun never names a
person, a body's name stays whole, a number or a quantifier names no one, several sources
split only between names (each of several sources credited together speaks), and what a
source asks or keeps to itself is no claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Attribution, Document

Extract = Callable[..., Document]


def _said(extract: Extract, text: str, content: str) -> list[Attribution]:
    doc = extract(text, published="2026-03-03")
    return [a for a in doc.attributions if a.content.text.startswith(content)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the statement is the police's: its issuer speaks, and "the statement" later too
        (
            "According to a statement from the Kerala police, officers seized 40 kilograms of "
            "explosives at a quarry. The suspects had fled before dawn, the statement said.",
            "The suspects had fled",
            "Kerala police",
        ),
        # "the bureau" is the bureau, not the person whose title holds the word
        (
            "The Tigray Regional Peace and Security Bureau said 12 suspects were held. "
            "Bureau head Abebe Kassa said the suspects had hidden weapons.\n\n"
            "According to the bureau, the raids went on for three days.",
            "the raids went on",
            "Tigray Regional Peace and Security Bureau",
        ),
        # "the statement added": the body that spoke "in a statement" earlier
        (
            "Niger's interior ministry said in a statement that gunmen attacked a police "
            "post near Tera overnight. Two attackers were killed, the statement added.",
            "Two attackers were killed",
            "Niger's interior ministry",
        ),
        (
            "Chad's army said in a communique on Monday that a patrol was ambushed near Bol. "
            "\n\nA second patrol was not attacked, the communique said.",
            "A second patrol was not",
            "Chad's army",
        ),
        # a time the parse takes for the subject is no speaker; its conjunct is
        (
            "Three guards were hurt at a checkpoint outside Kindia on Sunday, the eve of the "
            "holiday, the gendarmerie's press office said on Monday.",
            "Three guards were hurt",
            "gendarmerie's press office",
        ),
        # a ministry named again as "The Ministry" is that ministry, not a body called Ministry
        (
            "The Ministry of Interior of Georgia said two border guards were detained. "
            "The Ministry said the guards had crossed the line by mistake.",
            "the guards had crossed",
            "Ministry of Interior of Georgia",
        ),
    ],
)
def test_described_speaker_is_the_body_named(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    found = _said(extract, text, content)
    assert [a.speaker.name for a in found] == [speaker]


def test_one_of_them_is_someone_unnamed(extract: Extract) -> None:
    text = (
        "Dozens of traders gathered outside the market on Monday. One of them said the stalls "
        "had been shut for a week."
    )
    (said,) = _said(extract, text, "the stalls had been shut")
    assert said.speaker.name is None
    assert said.speaker.mention is not None and said.speaker.mention.text == "One of them"


def test_a_name_with_and_is_one_source(extract: Extract) -> None:
    text = (
        "Up to 9,000 people have left their homes, according to the Office of Relief and "
        "Rehabilitation."
    )
    (said,) = _said(extract, text, "Up to 9,000 people")
    assert said.speaker.name == "Office of Relief and Rehabilitation"


def test_sources_credited_together_each_speak(extract: Extract) -> None:
    text = (
        "A fisherman and a nurse from the clinic told the station the patrol boat had opened "
        "fire. Traders and local officials said the road was closed on Friday."
    )
    boat = _said(extract, text, "the patrol boat had opened fire")
    assert [a.speaker.mention.text for a in boat if a.speaker.mention] == [
        "A fisherman", "a nurse from the clinic"]
    road = _said(extract, text, "the road was closed")
    assert [a.speaker.name for a in road] == ["Traders", "local officials"]


def test_according_to_names_the_source_without_its_relative_clause(extract: Extract) -> None:
    text = "The dead included six children, according to the city hospital, which said 21 men died."
    (said,) = _said(extract, text, "The dead included six children")
    assert said.speaker.mention is not None and said.speaker.mention.text == "the city hospital"


def test_according_to_several_is_not_doubled(extract: Extract) -> None:
    text = "According to a diplomat and two aid workers, the convoy was turned back at the bridge."
    found = _said(extract, text, "the convoy was turned back")
    assert [a.speaker.name for a in found] == ["diplomat", "two aid workers"]


def test_the_clause_subject_is_no_second_source(extract: Extract) -> None:
    text = (
        "According to a report from the district council, a rescue team and two volunteers "
        "reached the village on Tuesday."
    )
    found = _said(extract, text, "a rescue team and two volunteers reached")
    assert [a.speaker.name for a in found] == ["district council"]


def test_a_headline_semicolon_parts_two_claims(extract: Extract) -> None:
    text = (
        "Armenia says it repelled an incursion; Azerbaijan claims hill\n\n"
        "YEREVAN, May 4 - Armenia's defence ministry said on Monday its troops had pushed back "
        "a unit near the border."
    )
    found = _said(extract, text, "it repelled an incursion")
    assert [a.speaker.name for a in found] == ["Armenia"]


def test_asking_not_to_be_named_is_no_claim(extract: Extract) -> None:
    text = (
        "A nurse, who asked not to be named, said the ward had run out of oxygen on Sunday."
    )
    doc = extract(text, published="2026-03-03")
    said = [a.content.text for a in doc.attributions]
    assert said == ["the ward had run out of oxygen on Sunday"]


def test_a_call_on_someone_says_what_is_asked(extract: Extract) -> None:
    text = "The foreign ministry called on both sides to return to talks in Geneva."
    doc = extract(text, published="2026-03-03")
    assert [a.content.text for a in doc.attributions] == [
        "both sides to return to talks in Geneva"
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        # a role with its holder's name beside it: the holder speaks, in that role
        (
            "The home ministry says 84 people died. Its spokesperson, Bishnu Prasad Adhikari, "
            "said the toll would rise.",
            "the toll would rise",
            "Bishnu Prasad Adhikari",
            "Its spokesperson",
        ),
        (
            "The head of the Sumy regional military administration, Volodymyr Artiukh, said "
            "five people were hurt.",
            "five people were hurt",
            "Volodymyr Artiukh",
            "head of the Sumy regional military administration",
        ),
        # a rank before the name is no part of it
        (
            "The commander of the northern sector, Colonel Amadou Diallo, said the road was "
            "open again.",
            "the road was open",
            "Amadou Diallo",
            None,  # found by the tagger as the subject itself: no role kept
        ),
        # a capitalised title is a role too, and a clause read as the subject never speaks
        (
            "FREETOWN, June 1 - The treason trial of 14 men opened on Monday.\n\nOpening the "
            "case, the Director of Public Prosecutions, Fatmata Kamara, told the court that "
            "phone records placed at least five of the accused near the armoury.",
            "phone records placed",
            "Fatmata Kamara",
            None,
        ),
        (
            "Summing up the case, the Director of Public Prosecutions, Grace Mensah, told the "
            "jury that bank records linked four of the accused to the arms dealer.",
            "bank records linked",
            "Grace Mensah",
            None,
        ),
    ],
)
def test_a_role_named_beside_it_is_its_holder(
    extract: Extract, text: str, content: str, speaker: str, role: str | None
) -> None:
    (found,) = _said(extract, text, content)
    assert (found.speaker.name, found.speaker.type) == (speaker, "person")
    assert role is None or found.speaker.role == role


def test_speakers_described_again_an_unnamed_source_keeps_its_own_words(
    extract: Callable[..., Document],
) -> None:
    """ "The police spokesman" after "a police spokesman in the capital" is still nobody
    named: its words are the description's own, not the longer one before."""
    text = (
        "Fighting between two youth gangs left one man dead in the town overnight, a police "
        "spokesman in the capital said on Saturday.\n\nThe town's mayor, Joana Pereira, said "
        "about 40 houses had burned.\n\nThe police spokesman said officers had detained 19 "
        "people."
    )
    doc = extract(text, published="2026-01-01")
    again = next(a for a in doc.attributions if a.content.text.startswith("officers had"))
    assert (again.speaker.name, again.speaker.mention.text) == (
        "police spokesman", "The police spokesman")
