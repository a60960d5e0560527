"""The shared index answers as spaCy's own attributes do, on the real model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wiredesk.nlp import load_pipeline, parse
from wiredesk.nlp.index import (
    entities,
    entities_in,
    kids_of,
    sentences,
    tokens_among,
    words_over,
)

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


def test_kids_of_are_spacys_children(docs: list[Doc]) -> None:
    for doc in docs:
        for tok in doc:
            assert [t.i for t in kids_of(tok)] == [t.i for t in tok.children]
    said = next(t for t in docs[0] if t.lower_ == "said")
    assert [t.text for t in kids_of(said)] == ["Zelenskyy", "attacked", ",", "according", "."]


def test_kids_of_follow_the_document_asked(docs: list[Doc]) -> None:
    """Asking of one document, then another, then the first again answers for each."""
    first, second = docs[0], docs[1]
    for tok in (first[3], second[3], first[3]):
        assert [t.i for t in kids_of(tok)] == [t.i for t in tok.children]


def test_words_over_are_spacys_expanded_char_spans(docs: list[Doc]) -> None:
    """Every stretch of text, inside words, across spaces and at the ends, has the words
    spaCy's expanded `char_span` gives, built once a stretch; asking of another document
    and then the first again answers for each."""
    for doc in docs[:2]:
        n = len(doc.text)
        for start in range(0, n, 7):
            for end in range(start, min(n, start + 40) + 1, 5):
                want = doc.char_span(start, end, alignment_mode="expand")
                got = words_over(doc, start, end)
                assert (got.start, got.end) == (want.start, want.end) if want is not None \
                    else got is None
                assert words_over(doc, start, end) is got
    hit = words_over(docs[0], 13, 20)
    assert hit is not None and hit.text == "Reuters"
    words_over(docs[1], 0, 5)
    again = words_over(docs[0], 13, 20)
    assert again is not None and again.text == "Reuters" and again.doc is docs[0]


def test_parsed_sentences_are_spacys(docs: list[Doc]) -> None:
    """A parsed document answers `.sent` from its sentences read once, as spaCy would walk
    them: the same sentence for every word and every span (its first word's)."""
    plain = list(load_pipeline().pipe(TEXTS))  # no hooks: spaCy's own walk
    for doc, own in zip(docs, plain, strict=True):
        assert "sent" in doc.user_token_hooks and "sent" not in own.user_token_hooks
        for tok in doc:
            got, want = tok.sent, own[tok.i].sent
            assert (got.start, got.end) == (want.start, want.end)
            for end in (tok.i, tok.i + 1, min(len(doc), tok.i + 6)):
                got, want = doc[tok.i : end].sent, own[tok.i : end].sent
                assert (got.start, got.end) == (want.start, want.end)
    assert docs[1][-1].sent.text.startswith("It warned")
