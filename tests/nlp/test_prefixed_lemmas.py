"""A prefixed irregular verb takes the lemma of its prefix and base, so the finders that
look verbs up by lemma ("retake" is a seizure) see it."""

from __future__ import annotations

from wiredesk.nlp import parse


def test_prefixed_irregular_verbs_get_their_lemma() -> None:
    doc = next(parse(["Troops retook the town, reshot the scene and overran two posts. "
                      "They reiterated it."]))
    lemmas = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert lemmas["retook"] == "retake"
    assert lemmas["reshot"] == "reshoot"
    assert lemmas["overran"] == "overrun"  # the model knew it: unchanged
    assert lemmas["reiterated"] == "reiterate"  # no irregular base: unchanged


def test_a_retaken_town_is_a_seizure(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("Somali troops later retook the base on Wednesday.", published="2026-03-04")
    assert [(e.type, e.target) for e in doc.events] == [("seize", "base")]
