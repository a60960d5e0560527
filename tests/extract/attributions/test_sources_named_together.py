"""Sources named together, in a phrase the parse cuts short, or by the shape of what they
say: each credited source speaks, a country's word or a place in the phrase is no speaker,
and an estimate or a participle's agent reports a figure or a claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Attribution, Document

Extract = Callable[..., Document]


def _said(extract: Extract, text: str) -> list[Attribution]:
    return list(extract(text, published="2026-05-04").attributions)


def _speakers(extract: Extract, text: str, content: str) -> list[str | None]:
    return sorted((a.speaker.name or "") for a in _said(extract, text)
                  if a.content.text.startswith(content))


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        # a wire lead: two bodies, the second opening its own phrase inside one tagged name
        ("Armenia's Ministry of Emergency Situations and the Red Cross Mission to Armenia said "
         "they had found no survivors.",
         "they had found no survivors",
         ["Armenia's Ministry of Emergency Situations", "Red Cross Mission"]),
        # a local paper: the second source joined to the name apposed to the first one's office
        ("The mayor of Ouahigouya, Adama Sawadogo, and the imam of the central mosque told "
         "reporters that the market would reopen on Monday.",
         "the market would reopen on Monday",
         ["Adama Sawadogo", "imam of the central mosque"]),
        # two bodies the registry knows, run by the tagger into one name, with or without an
        # aside before the cue
        ("Amnesty International and Human Rights Watch said the detainees had been tortured.",
         "the detainees had been tortured", ["Amnesty International", "Human Rights Watch"]),
        ("Médecins Sans Frontières and the World Health Organization, in a joint statement, said "
         "cholera had spread to three camps.", "cholera had spread to three camps",
         ["Médecins Sans Frontières", "World Health Organization"]),
        # one body whose name holds "and" stays one
        ("The Ministry of Defence and Foreign Affairs said the talks would resume.",
         "the talks would resume", ["Ministry of Defence and Foreign Affairs"]),
        # a person's editor is a source like any other
        ("Local journalist Maria Lopes died in hospital on Monday. Her editor said she had been "
         "investigating land deals.", "she had been investigating land deals",
         ["editor for Maria Lopes"]),
    ],
)
def test_each_source_credited_together_speaks(
    extract: Extract, text: str, content: str, speakers: list[str]
) -> None:
    assert _speakers(extract, text, content) == speakers


def test_both_names_again_the_sources_credited_together(extract: Extract) -> None:
    text = ("The mayor of Ouahigouya, Adama Sawadogo, and the imam of the central mosque told "
            "reporters that the market would reopen on Monday. Both called on traders to stay "
            "calm.")
    assert _speakers(extract, text, "traders to stay calm") == [
        "Adama Sawadogo", "imam of the central mosque"]


def test_trailing_source_is_the_whole_phrase_split_at_its_and(extract: Extract) -> None:
    """ "..., his brother and a neighbour told the radio": the parse hangs "told" from the
    content; both sources are read off the phrase before it, each apart."""
    text = ("Moussa Diallo, 41, was shot at a checkpoint outside Sévaré and died on the way to "
            "hospital, his brother and a neighbour from the village told the radio.")
    found = [a for a in _said(extract, text) if a.content.text.startswith("Moussa Diallo")]
    assert sorted(a.speaker.mention.text for a in found if a.speaker.mention) == [
        "a neighbour", "his brother"]


def test_trailing_source_after_a_place_is_the_body_not_its_last_word(extract: Extract) -> None:
    """The body is read whole ("the Ministry of Internal Affairs"), and a comma joining it
    to the place before ("near Prilep, the Ministry ...") joins no second source."""
    text = ("Four men suspected of smuggling weapons were detained overnight in the village of "
            "Dolneni, near Prilep, the Ministry of Internal Affairs announced.")
    assert _speakers(extract, text, "Four men suspected") == ["Ministry of Internal Affairs"]


def test_one_of_them_named_beside_is_that_person(extract: Extract) -> None:
    text = ("Defence lawyers said the searches were unlawful. One of them, Marko Petrović, said "
            "his client had been held without food for a day.")
    assert _speakers(extract, text, "his client had been held") == ["Marko Petrović"]


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        # a country's word the tagger takes for a person only modifies the speaking noun
        ("About 900 troops remain at the base, according to the Moldovan government.",
         "About 900 troops remain at the base", ["Moldovan government"]),
        # a place after "of" is where the body is, not the body
        ("Two soldiers were wounded in a clash with gold miners, the prefecture of French "
         "Guiana said.", "Two soldiers were wounded", ["prefecture of French Guiana"]),
    ],
)
def test_a_country_or_place_in_the_phrase_is_no_speaker(
    extract: Extract, text: str, content: str, speakers: list[str]
) -> None:
    assert _speakers(extract, text, content) == speakers


@pytest.mark.parametrize(
    ("text", "content", "speakers"),
    [
        # no "and" before the last piece: the commas open the clause, not a list of sources
        ("According to the prosecution, a crowd of about 200 people, most of them students, "
         "gathered outside the court on Friday.",
         "a crowd of about 200 people", ["prosecution"]),
        # a list of sources ends "and Z"
        ("The convoy was hit near the border, according to a diplomat, a rebel official and "
         "an aid worker.", "The convoy was hit near the border",
         ["aid worker", "diplomat", "rebel official"]),
        # the clause before the phrase, not the one after ", and"
        ("At least six people were killed, according to the army at the time, and dozens "
         "were later tried for treason.", "At least six people were killed", ["army"]),
    ],
)
def test_according_to_credits_the_right_sources_and_clause(
    extract: Extract, text: str, content: str, speakers: list[str]
) -> None:
    assert _speakers(extract, text, content) == speakers


def test_an_advisory_section_label_is_no_speaker(extract: Extract) -> None:
    """ "DETAILS:" opens a section of a risk advisory's report: the verbs inside it are read."""
    text = ("INCIDENT REPORT\n\nDETAILS: A bridge near Bender was damaged by a blast on Monday, "
            "according to local police. The police said two men had been detained.\n")
    found = _said(extract, text)
    assert [a.speaker.name for a in found if a.content.text.startswith("two men")] == ["police"]
    assert all(a.speaker.name != "DETAILS" for a in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Police put the figure at about 2,500.", "the figure at about 2,500", "Police"),
        ("The health ministry placed the death toll at 37 on Sunday.", "the death toll at 37",
         "health ministry"),
        ("Local councillors put their number at 1,600; we have counted 1,180.",
         "their number at 1,600", "Local councillors"),
        ("The fishermen's union in Tangalle, which has given the number of boats lost as 40, "
         "wants compensation.", "the number of boats lost as 40", "fishermen's union in Tangalle"),
        # the verbs of estimating itself, with a count and a figure after "at"
        ("The port was shut for nine days, and the traders' union estimates the losses at "
         "about 40 million dollars.", "the losses at about 40 million dollars",
         "traders' union"),
        ("Insurers reckon the damage at two million euros.", "the damage at two million euros",
         "Insurers"),
    ],
)
def test_an_estimate_is_the_sources_figure(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    assert [a.speaker.name for a in _said(extract, text) if a.content.text == content] == [speaker]


def test_an_estimating_verb_keeps_its_reported_clause(extract: Extract) -> None:
    said = _said(extract, "The ministry estimated that 300 people had died in the floods.")
    assert [a.content.text for a in said] == ["300 people had died in the floods"]


def test_an_estimate_in_a_heading_is_the_storys_below_it(extract: Extract) -> None:
    """A heading restates its entry, whose source the entry names in full."""
    text = ("18.05 GMT - Fire service puts toll at 12\n"
            "The regional fire service says 12 people died in the blaze.")
    assert [a for a in _said(extract, text) if a.cue is not None and a.cue.text == "puts"] == []


@pytest.mark.parametrize("text", [
    "The United States put pressure on the junta to hold elections.",
    "The army set a deadline for the fighters to leave the town.",
    "The commander gave the order to withdraw at dawn.",
    "The inspectors will assess the damage to the bridge on Monday.",
])
def test_put_or_set_without_a_figure_is_no_speech(extract: Extract, text: str) -> None:
    assert [a for a in _said(extract, text)
            if a.cue is not None and a.cue.text in {"put", "set", "gave", "assess"}] == []


def test_a_document_named_with_its_publisher_is_no_claim(extract: Extract) -> None:
    text = ("A curfew is in force from 8 p.m., according to a notice published by the "
            "governor's office.")
    assert [a for a in _said(extract, text)
            if a.cue is not None and a.cue.text == "published"] == []


def test_a_pronoun_is_one_speaker_for_every_content_it_says(extract: Extract) -> None:
    text = ("The regional governor, Ana Costa, visited the shelters on Sunday. The army, she "
            "said, had moved two units to the border, and that more would follow.")
    names = {a.speaker.name for a in _said(extract, text)
             if a.speaker.mention is not None and a.speaker.mention.text == "she"}
    assert len(names) == 1 and "Ana Costa" in str(names.pop())


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("We have been told by the authorities in the north that the work is suspended.",
         "the work is suspended", "authorities"),
        ("Villagers were warned by the army that the road would close at dusk.",
         "the road would close at dusk", "army"),
    ],
)
def test_the_one_who_told_speaks_a_passive_of_telling(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    assert [a.speaker.name for a in _said(extract, text) if a.content.text == content] == [speaker]


def test_a_passive_of_telling_without_a_clause_says_nothing(extract: Extract) -> None:
    text = "He was told by his doctor to rest for a week."
    assert [a for a in _said(extract, text) if a.cue is not None and a.cue.text == "told"] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Local radio reported, citing a nurse at the clinic, that nine workers were treated.",
         "nine workers were treated", "Local radio"),
        ("Buses arrived in the afternoon, the organisers said, citing their local branches.",
         "Buses arrived in the afternoon", "organisers"),
    ],
)
def test_citing_names_whence_the_words_come_not_what_was_said(
    extract: Extract, text: str, content: str, speaker: str
) -> None:
    said = _said(extract, text)
    assert [a.speaker.name for a in said if a.content.text == content] == [speaker]
    assert [a for a in said if a.cue is not None and a.cue.text == "citing"] == []


def test_a_country_s_government_is_no_place_and_stops_at_a_semicolon(extract: Extract) -> None:
    text = ("Honduras has been under a state of emergency since 2023. More than 9,000 people have "
            "been detained under it, the government says; rights groups put the number of deaths "
            "in custody at over 40.")
    said = [a for a in _said(extract, text) if a.cue is not None and a.cue.text == "says"
            and a.content.text.startswith("More than")]
    assert [(a.speaker.name, a.content.text) for a in said] == [
        ("Honduras government", "More than 9,000 people have been detained under it")]


def test_citing_a_reason_is_a_claim_of_its_own(extract: Extract) -> None:
    text = "The union endorsed her on Friday, citing her work on pensions."
    found = [a.content.text for a in _said(extract, text)
             if a.cue is not None and a.cue.text == "citing"]
    assert found == ["her work on pensions"]
