"""The compiled attribute rules set what the model's own attribute ruler sets, word for word."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from wiredesk.nlp import MODEL_NAME, load_pipeline
from wiredesk.nlp.attributes import AttributeRules, Unsupported

_COLUMNS = [POS, TAG, LEMMA, MORPH, DEP]


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load(MODEL_NAME)


def _both(nlp: Language, text: str) -> tuple[Doc, Doc]:
    """The text run to the ruler, then through the stock ruler and the compiled rules, and
    the components after them."""
    names = nlp.pipe_names
    k = names.index("attribute_ruler")
    doc = nlp.make_doc(text)
    for name in names[:k]:
        doc = nlp.get_pipe(name)(doc)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    theirs, ours = ruler(doc.copy()), AttributeRules(ruler)(doc.copy())
    for name in names[k + 1 :]:
        theirs, ours = nlp.get_pipe(name)(theirs), nlp.get_pipe(name)(ours)
    return theirs, ours


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday that 12 people were killed in Kharkiv.",
        # the two-token rules: "gon na", "got ta", "let 's", "y' all", "ai n't", "c'm on"
        "We're gon na hold, y' all know it. They ain't leaving, he got ta go. Let's see. C'm on!",
        # "there is": the verb after an expletive; a space token; nothin' by its regex
        "There is no water.  There's nothin' left.\n\nHe gets it and got it.",
        "",
    ],
)
def test_attribute_rules_match_the_models_ruler(stock: Language, text: str) -> None:
    theirs, ours = _both(stock, text)
    assert ours.to_array(_COLUMNS).tolist() == theirs.to_array(_COLUMNS).tolist()
    assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]


def test_attribute_rules_set_the_tag_maps_pos_and_morphology(stock: Language) -> None:
    _, ours = _both(stock, "Troops shelled the town.")
    assert [t.pos_ for t in ours] == ["NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    assert str(ours[1].morph) == "Tense=Past|VerbForm=Fin"


def test_the_pipeline_runs_the_compiled_rules() -> None:
    names = load_pipeline().pipe_names
    assert "attribute_rules" in names and "attribute_ruler" not in names


def test_a_pattern_of_an_unknown_kind_keeps_the_stock_ruler(stock: Language) -> None:
    ruler = AttributeRuler(stock.vocab)
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})
    with pytest.raises(Unsupported):
        AttributeRules(ruler)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Troops took the villages; officials were meeting and said the strikes had stopped.",
         "said", "say"),
        ("The children's hopes rose. Better roads, worse floods, the biggest rallies.",
         "children", "child"),
    ],
)
def test_remembered_lemmas_match_the_models_lemmatizer(
    stock: Language, text: str, word: str, lemma: str
) -> None:
    fast = spacy.load(MODEL_NAME)
    fast.add_pipe("remembered_lemmas", before="lemmatizer")
    fast.remove_pipe("lemmatizer")
    theirs, ours = stock(text), fast(text)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert next(t.lemma_ for t in ours if t.text == word) == lemma


def test_the_pipeline_asks_the_lemmatizer_once_a_kind_of_word() -> None:
    nlp = load_pipeline()
    assert "remembered_lemmas" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    doc = nlp("Police arrested two men. Police arrested three women.")
    assert [t.lemma_ for t in doc if t.pos_ == "VERB"] == ["arrest", "arrest"]
