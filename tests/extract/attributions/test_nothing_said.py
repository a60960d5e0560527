"""Cue words that say nothing of the speaker's own are no attribution: a refusal to speak of
words told elsewhere ("declined to comment on that claim"), an order given on the scene to
those just told of ("ordered them to leave"), a naming verb with no description ("called a
march"), a judging verb with no judgement ("condemned the killing"), a deed claimed
("claimed responsibility for the ambush"), a stance on words of another's hung with a
relative clause ("rejects the allegations made by X, who said ..."), a pronoun before a
question tag ("denies that, doesn't it?"), a negated answer to a request for comment or to
words told elsewhere ("did not respond to a request for comment") and a source cited beside
a saying ("said, citing its own records"). Their neighbours stay. A figure in a relative
clause just before "according to" is what the source vouches for, and a source telling of
its own earlier words makes one claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]


def _found(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker.name, a.cue.text if a.cue else "", a.content.text)
            for a in extract(text, published="2026-05-04").attributions]


@pytest.mark.parametrize(("text", "cue"), [
    ("The union said two drivers were hurt. Police declined to comment on that claim.",
     "declined"),
    ("The agency said 12 people were held. The ministry refused to comment on it.",
     "refused"),
    ("Police ordered them to leave.", "ordered"),
    ("A crowd gathered at the gate. Our patrol asked them to stop.", "asked"),
    ("Protesters blocked the bridge until officers told them to go home.", "told"),
    ("A residents' group has called a march for Saturday.", "called"),
    ("The command rejects the allegations made on Monday by a local deputy, who said that "
     "some of the prisoners had been shot.", "rejects"),
    ("PRESENTER: The governor's office denies that, doesn't it?", "denies"),
    ("Five reporters were attacked this year, the association said, citing its own records.",
     "citing"),
    # a deed judged with no judgement spelt out, a deed claimed
    ("The rights group condemned the killing of three protesters on Sunday.", "condemned"),
    ("The party deplored the arrests and said the detained were peaceful marchers.",
     "deplored"),
    ("The African Union denounced the coup, calling it an assault on democracy.", "denounced"),
    ("Gunmen killed four guards at a checkpoint near the border on Sunday, police said. The "
     "Northern Front claimed responsibility for the ambush in a statement on its website.",
     "claimed"),
    # ... with a quotation of a clause joined after it, which is no judgement of the deed
    ("The movement condemned the killing and said it would \"not go unanswered\".",
     "condemned"),
    ("The opposition party denounced the arrests but rejected what it called \"smears\" by "
     "officials.", "denounced"),
    ("The council decried the decision, calling it \"a betrayal of the valley\".", "decried"),
    # a question a refusal leaves open
    ("The spokesman declined to say how many soldiers had been killed.", "declined"),
    ("The spokesman declined to say how many soldiers had been killed.", "say"),
    ("Police declined to say whether anyone had been arrested.", "declined"),
    ("The ministry refused to say where the detainees were being held.", "say"),
    # a deed still to come under a modal of the future, itself or through the verb it joins
    ("The electoral board will announce the results of the vote next week.", "announce"),
    ("Ministers from both countries will discuss the border crisis at a summit in Accra.",
     "discuss"),
    ("The budget session resumes on Monday, and the commission will announce the poll dates "
     "next week.", "announce"),
    ("The governor will meet the elders on Friday and discuss the attack.", "discuss"),
    # a negated answer to a request to speak or to words told elsewhere
    ("Three gendarmes were killed in the ambush, a security source said. The army did not "
     "respond to a request for comment.", "respond"),
    ("Two villagers were shot, residents said. The army did not respond to that claim, which "
     "the agency could not verify.", "respond"),
])
def test_a_cue_that_says_nothing_of_its_own_is_no_attribution(
    extract: Extract, text: str, cue: str
) -> None:
    found = _found(extract, text)
    assert not any(c == cue or c.startswith(cue + " ") for _, c, _ in found), found


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # an appeal to those named is made public: it stays
    ("The governor asked parents to keep their children at home.", "governor",
     "parents to keep their children at home"),
    ("The president ordered the army to reinforce its posts along the river.", "president",
     "the army to reinforce its posts along the river"),
    # a judging verb with its judgement spelt out
    ("The foreign ministry condemned the raid as a violation of international law.",
     "foreign ministry", "the raid as a violation of international law"),
    ("Moscow condemned the strike as \"an act of terror\" and said it would respond.",
     "Moscow", "the strike as \"an act of terror\""),
    # a deed done, or a clause told, whatever the modal before another verb
    ("Police will patrol the area tonight, and the mayor announced a curfew.", "mayor",
     "a curfew"),
    ("The prosecutor will tell the court that the men were armed.", "prosecutor",
     "the men were armed"),
    # a request or stance to come, not a making known, is still words
    ("Perhaps the debate moderators will demand more details.", "debate moderators",
     "more details"),
    # a naming verb with its description
    ("The mayor called the governor's claim \"an insult to our town\".", "mayor",
     "the governor's claim \"an insult to our town\""),
    # the clause of another's words the stance is taken on
    ("The minister denied claims by residents that troops had fired on a crowd.", "minister",
     "troops had fired on a crowd"),
    # the relative clause's own speaker
    ("The command rejects the allegations made on Monday by a local deputy, who said that "
     "some of the prisoners had been shot.", "local deputy",
     "some of the prisoners had been shot"),
    # a refusal to back or do something is a stance of its own
    ("The senator refused to endorse the governor.", "senator", "to endorse the governor"),
])
def test_the_words_said_around_them_stay(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    found = _found(extract, text)
    assert any(s is not None and speaker in s and c == content for s, _, c in found), found


@pytest.mark.parametrize(("text", "content"), [
    ("The island is still rebuilding after Cyclone Ola, which killed at least 39 people in "
     "2024, according to official figures.",
     "Cyclone Ola, which killed at least 39 people in 2024"),
    ("The valley has known years of feuding since the end of the war, which killed as many "
     "as 8,000 people between 1990 and 1995, according to most estimates.",
     "the war, which killed as many as 8,000 people between 1990 and 1995"),
    # a figure in the sentence's own clause: the whole of it
    ("Gunmen killed 12 people in Kamba, which lies 40 km from the capital, according to police.",
     "Gunmen killed 12 people in Kamba"),
])
def test_according_to_after_a_figure_set_off_in_a_relative_clause_vouches_for_it(
    extract: Extract, text: str, content: str
) -> None:
    found = _found(extract, text)
    assert [c for _, cue, c in found if cue == "according to"] == [content], found


@pytest.mark.parametrize(("text", "expected"), [
    ("The prisons union says it warned the ministry last month that only four guards were on "
     "duty at night.",
     [("prisons union", "it warned the ministry last month that only four guards were on duty "
       "at night")]),
    ("Residents said they told the police that the gunmen had fled north.",
     [("Residents", "they told the police that the gunmen had fled north")]),
    # another's words told inside the claim are an attribution of their own
    ("The mayor said the governor told her that troops would come.",
     [("mayor", "the governor told her that troops would come"),
      ("governor", "troops would come")]),
])
def test_a_source_telling_of_its_own_earlier_words_makes_one_claim(
    extract: Extract, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, c) for s, _, c in _found(extract, text)] == expected

