"""Cue words that say nothing of the speaker's own are no attribution: a refusal to speak
("declined to comment"), an order given on the scene to those just told of ("ordered them
to leave"), a naming verb with no description ("called a march"), a stance on words of
another's hung with a relative clause ("rejects the allegations made by X, who said ..."),
a pronoun before a question tag ("denies that, doesn't it?") and a source cited beside a
saying ("said, citing its own records"). Their neighbours stay."""

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
    ("The agency said 12 people were held. The ministry refused to confirm the figure.",
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
    # a refusal of a deed, not of speech, is not silenced by the rule
    ("The rebels said they would not attend. The army refused to withdraw from the town.",
     "rebels", "they would not attend"),
])
def test_the_words_said_around_them_stay(
    extract: Extract, text: str, speaker: str, content: str
) -> None:
    found = _found(extract, text)
    assert any(s is not None and speaker in s and c == content for s, _, c in found), found
