"""The fitted recognizer: a cue the rules pass over is kept when its features score high
enough, and the weights it ships name features, never words."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from wiredesk.extract.attributions._fitted import Model, model
from wiredesk.extract.attributions._fitted_nouns import families
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._quotes import find_quotes
from wiredesk.extract.attributions._recognizers import Finding, resolve, run, settled
from wiredesk.extract.attributions._speakers import mention_span
from wiredesk.nlp import parse
from wiredesk.records import Document

Extract = Callable[..., Document]
PUBLISHED = "2025-08-12"
# every feature _fitted.py makes: a fixed name, or a name = a grammatical value
_VALUES = re.compile(r"^[a-z_]+(?:=[A-Za-z_$]+(?::[a-z_0-9]+)?|=[0-9])?$|^[a-z_]+:[a-z_]+$")


def found(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    """What the recognizers find with "fitted" run after the rules (as cues.toml can say)."""
    doc = next(parse([text]))
    finding = Finding(doc, find_quotes(text))
    names = [n for n in cues().recognizers if n not in ("continuations", "fitted")] + ["fitted"]
    return [
        (mention_span(f.speaker).text if f.speaker is not None else None,
         text[f.content[0] : f.content[1]], f"[{f.recognizer}] {f.pattern}")
        for f in settled(run(finding, resolve(names)))
    ]


@pytest.mark.parametrize(("text", "mention", "content"), [
    ("The provincial council has long favored moving the camp further from the front line.",
     "The provincial council", "moving the camp further from the front line"),
    ("The union's leaders have consistently opposed sending conscripts to the border.",
     "The union's leaders", "sending conscripts to the border"),
])
def test_fitted_keeps_a_stance_the_lexicon_frames_otherwise(
    extract: Extract, text: str, mention: str, content: str
) -> None:
    got = found(extract, text)
    assert [(m, c) for m, c, _ in got] == [(mention, content)]
    assert got[0][2].startswith("[fitted] fitted: speaker + cue + gerund")


@pytest.mark.parametrize(("text", "mention", "content"), [
    ("The farmers' union strongly supports a cut in the fuel tax.",
     "The farmers' union", "a cut in the fuel tax"),
])
def test_fitted_keeps_a_verb_of_the_lexicon_long_tail_by_its_own_weight(
    extract: Extract, text: str, mention: str, content: str
) -> None:
    got = found(extract, text)
    assert [(m, c) for m, c, _ in got] == [(mention, content)]
    assert got[0][2].startswith("[fitted]")
    assert model().weights["lemma=support"] > 0.0


@pytest.mark.parametrize("text", [
    "The brigade crossed the river near Kherson on Tuesday.",
    "The convoy reached the city before dawn.",
    "Officials held a meeting in Geneva on Tuesday.",
    "Fighters attacked a military base near the airport.",
    "The drone hit an apartment block, killing three people.",
    "The said substations supply about 200,000 homes.",
    "Reporters asked whether the border would reopen.",
])
def test_fitted_leaves_acts_and_questions_alone(extract: Extract, text: str) -> None:
    assert found(extract, text) == []


def test_fitted_model_scores_by_feature_weights() -> None:
    m = Model(bias=-1.0, threshold=0.5, weights={"frame=that": 2.0, "negated": -3.0})
    assert m.probability(["frame=that"]) == pytest.approx(0.7311, abs=1e-4)
    assert m.probability(["frame=that", "negated"]) == pytest.approx(0.1192, abs=1e-4)
    assert m.probability(["unknown"]) == pytest.approx(0.2689, abs=1e-4)


def test_fitted_weights_name_features_and_unlisted_lemmas_only() -> None:
    shipped = model()
    assert 0.0 < shipped.threshold < 1.0
    words = ("lemma=", "noun=", "governor=")
    shapes = [name for name in shipped.weights if not name.startswith(words)]
    lemmas = [name.removeprefix("lemma=") for name in shipped.weights if name.startswith("lemma=")]
    assert len(shapes) < 300
    # a cue noun's own weight is a noun the lexicon or [fitted] nouns lists
    nouns = [name.removeprefix("noun=") for name in shipped.weights if name.startswith("noun=")]
    lex = cues()
    listed = families()[0] | lex.noun_clause | lex.noun_infinitive | set(lex.noun_preposition)
    assert len(nouns) > 0
    assert [n for n in nouns if n not in listed] == []
    assert [name for name in shapes if not _VALUES.match(name)] == []
    # one lowercase lemma a weight, none the lexicon lists: the lexicon says what its verbs tell
    assert 0 < len(lemmas) < 1000
    assert [w for w in lemmas if not re.fullmatch(r"[a-z][a-z'-]*", w)] == []
    assert [w for w in lemmas if cues().is_cue(w)] == []


@pytest.mark.parametrize("text", [
    "At least four people were treated at the clinic, a nurse there said, asking not to be named.",
    "Two officials, speaking on condition of anonymity and asking not to be identified, "
    "confirmed the move.",
])
def test_fitted_takes_no_anonymity_for_a_claim(extract: Extract, text: str) -> None:
    assert [c for _, c, r in found(extract, text) if r.startswith("[fitted]")] == []


@pytest.mark.parametrize(("text", "mention", "content", "frame"), [
    ("The senator raised questions about the cost of the new border wall.",
     "The senator", "the cost of the new border wall", "prep:about"),
    ("Her reluctance to back the measure angered the party.",
     "Her", "to back the measure", "infinitive"),
])
def test_fitted_weighs_a_cue_noun_and_its_owner(
    extract: Extract, text: str, mention: str, content: str, frame: str
) -> None:
    got = [(m, c, r) for m, c, r in found(extract, text) if r.startswith("[fitted]")]
    assert [(m, c) for m, c, _ in got] == [(mention, content)]
    assert got[0][2] == f"[fitted] fitted: owner + cue noun + {frame}"


@pytest.mark.parametrize("text", [
    "The bridge was closed with a warning sign at each end.",
    "The ministry published its report on Monday.",
    "Talks on food prices broke down on Friday.",
])
def test_fitted_leaves_a_cue_noun_without_a_claim(extract: Extract, text: str) -> None:
    assert [c for _, c, r in found(extract, text) if "cue noun" in r] == []
