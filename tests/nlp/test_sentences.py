"""Where a report's sentences start (`Article.sentences`): what the cross-check counts as
told together, found once a text."""

from __future__ import annotations

import pytest

from wiredesk.nlp import sentence_of, sentence_starts, sentenced
from wiredesk.records import Article


@pytest.mark.parametrize(("text", "starts"), [
    ("Two died. Four were hurt.", ["Two died. ", "Four were hurt."]),
    ('"We fired back," he said. The army denied it!', ['"We fired back," he said. ',
                                                      "The army denied it!"]),
    ("Was it shelling? Residents said so.", ["Was it shelling? ", "Residents said so."]),
    ("BUNIA\nRebels attacked a camp (on Monday.) Nine died.",
     ["BUNIA\n", "Rebels attacked a camp (on Monday.) ", "Nine died."]),
    ("A 3.5 km convoy and U.S.-made drones were hit.", ["A 3.5 km convoy and U.S.-made drones "
                                                        "were hit."]),
])
def test_sentences_start_after_an_end_and_a_space_or_a_line(text: str, starts: list[str]) -> None:
    found = sentence_starts(text)
    assert [text[a:b] for a, b in zip(found, [*found[1:], len(text)], strict=True)] == starts


def test_sentences_on_the_article_and_a_span_in_them() -> None:
    article = sentenced(Article("Two died. Four were hurt."))
    assert article.sentences == (0, 10)
    assert [sentence_of(article.sentences, (i, i + 1)) for i in (0, 9, 10, 20)] == [0, 0, 1, 1]
    assert sentence_of(Article("Two died. Four were hurt.").sentences, (20, 21)) == 0  # by hand
