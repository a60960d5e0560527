"""The shared index answers as spaCy's own attributes do, on the real model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wiredesk.nlp import parse
from wiredesk.nlp.index import entities, entities_in, sentences, tokens_among

TEXTS = [
    "According to Reuters, the Kyiv–Lviv railway was hit on Monday. Volodymyr Zelenskyy said "
    "Russia attacked Kharkiv, according to officials in the city.",
    "WARNS OF ATTACK\n\nThe army Says it repelled an assault near Bakhmut - Soledar road. It "
    "warned that more strikes were expected by the Defence Ministry of Ukraine.",
    "",
    "Calm.",
]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return list(parse(TEXTS))


def test_words_are_found_where_spacy_puts_them(docs: list[Doc]) -> None:
    words = {"according", "said", "warn", "attack", "-", "–"}
    for doc in docs:
        assert tokens_among(doc, words) == [t.i for t in doc if t.lower_ in words]
        assert tokens_among(doc, words, "orth") == [t.i for t in doc if t.text in words]
        assert tokens_among(doc, words, "lemma") == [
            t.i for t in doc if t.lemma_.lower() in words
        ]
    assert tokens_among(docs[0], {"according"}) == [0, 21]


def test_entities_inside_a_span_are_spacys(docs: list[Doc]) -> None:
    for doc in docs:
        assert entities(doc) == tuple(doc.ents)
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                assert entities_in(doc[start:end]) == tuple(doc[start:end].ents)
    assert [e.text for e in entities(docs[0])][:2] == ["Reuters", "Monday"]


def test_sentences_are_spacys(docs: list[Doc]) -> None:
    for doc in docs:
        assert sentences(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert len(sentences(docs[1])) == 3
    assert sentences(docs[2]) == []
