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


def test_misread_verb_forms_get_their_lemma() -> None:
    doc = next(parse(["She hopes to win, he was hoping for a truce and they hated the deal. "
                      "The hopes of the crew faded."]))
    verbs = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert verbs["hopes"] == "hope"  # the model reads "hop"
    assert verbs["hoping"] == "hope"
    assert verbs["hated"] == "hate"  # the model reads "hat"
    assert [t.lemma_ for t in doc if t.text == "hopes" and t.pos_ == "NOUN"] == ["hope"]


def test_a_hoped_for_outcome_is_a_stance(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("The mayor hopes to reopen the bridge by Friday.", published="2026-03-04")
    assert [(a.speaker.name, a.content.text) for a in doc.attributions] == [
        ("mayor", "to reopen the bridge by Friday")]
