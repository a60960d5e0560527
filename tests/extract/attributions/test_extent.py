"""Where a content told after its cue ends: run on to the end of its sentence when the fitted
model says the rules stopped short, or to the mark closing a quotation it leaves open,
never over another attribution's cue or the reporter's own words; a reported clause cut back
before an aside when the second fitted model says so, a noun phrase object never; and the
weights they ship name features, never words."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from wiredesk.extract.attributions._extent import cut_model, model
from wiredesk.extract.attributions._fitted import Model
from wiredesk.records import Document

Extract = Callable[..., Document]
PUBLISHED = "2025-08-12"
_FEATURE = re.compile(
    r"^[a-z_]+(?:=[A-Za-z_$'\-]+(?::[a-z_ ]+)?|=[a-z]+\+[A-Za-z_]+|=[0-9]|=True|=False)?$")


def contents(extract: Extract, text: str) -> list[tuple[str | None, str]]:
    doc = extract(text, published=PUBLISHED)
    return [(a.speaker.name, a.content.text) for a in doc.attributions]


@pytest.mark.parametrize(("text", "content"), [
    # a list of what the speaker wants, cut by the parse after its first item
    ("The envoy wants to double the aid budget, open two crossings and send more doctors.",
     "to double the aid budget, open two crossings and send more doctors"),
    ("The minister talked about the grain corridor and reopening the ports.",
     "the grain corridor and reopening the ports"),
])
def test_content_runs_on_where_the_rules_stopped_short(
    extract: Extract, text: str, content: str
) -> None:
    assert [c for _, c in contents(extract, text)] == [content]


def test_content_never_runs_over_another_cue(extract: Extract) -> None:
    text = "The envoy called for calm and urged both sides to return to talks."
    assert [c for _, c in contents(extract, text)] == [
        "calm", "both sides to return to talks"]


def test_content_never_runs_over_the_speakers_next_act(extract: Extract) -> None:
    text = "The president promised a veto and attempted to persuade the senators."
    assert [c for _, c in contents(extract, text)][:1] == ["a veto"]


@pytest.mark.parametrize(("text", "content"), [
    ("The agency reported the strike on the depot without mentioning casualties.",
     "the strike on the depot"),
    ("The governor described the flooding as the worst in decades, which forced 3,000 "
     "people from their homes.", "the flooding as the worst in decades"),
])
def test_content_never_runs_over_the_reporters_words(
    extract: Extract, text: str, content: str
) -> None:
    got = [c for _, c in contents(extract, text)]
    assert got and got[0] in (content, content.rsplit(" in ", 1)[0])
    assert "without" not in got[0] and "which" not in got[0]


@pytest.mark.parametrize(("text", "content"), [
    ('The mayor said the dam "will hold. We have checked every wall twice this week."',
     'the dam "will hold. We have checked every wall twice this week."'),
    ('The governor said that the flood defences "are strong enough. Nobody needs to leave '
     'their home tonight."',
     'the flood defences "are strong enough. Nobody needs to leave their home tonight."'),
    # closed in its sentence: the next sentence is the reporter's
    ('The mayor said the dam "will hold." Residents were not so sure, and many left.',
     'the dam "will hold."'),
])
def test_content_runs_on_to_the_mark_closing_its_quotation(
    extract: Extract, text: str, content: str
) -> None:
    assert [c for _, c in contents(extract, text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("The spokesman said the ceasefire was holding - a claim the rebels deny.",
     "the ceasefire was holding"),
    ("Officials said the bridge would reopen on Friday -- a date the contractors dispute.",
     "the bridge would reopen on Friday"),
    # words holding a number are never cut: they are the figures the source gives
    ("Villagers said army artillery shelled the fields around the village after the raid, "
     "destroying three houses.",
     "army artillery shelled the fields around the village after the raid, destroying three "
     "houses"),
    # an aside inside the clause is kept: the words after it finish what was said
    ("The spokesman said the ceasefire, which began on Monday, was holding.",
     "the ceasefire, which began on Monday, was holding"),
])
def test_content_is_cut_back_before_an_aside(extract: Extract, text: str, content: str) -> None:
    assert [c for _, c in contents(extract, text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # a noun phrase object keeps its circumstances: the count is told with its period
    ("The general staff reported 52 clashes over the past day, most of them near the river.",
     "52 clashes over the past day"),
])
def test_noun_phrase_object_is_not_cut_back(extract: Extract, text: str, content: str) -> None:
    assert [c for _, c in contents(extract, text)] == [content]


@pytest.mark.parametrize("m", [model(), cut_model()], ids=["run_on", "cut_back"])
def test_extent_weights_name_features_not_words(m: Model) -> None:
    assert 0.0 < m.threshold < 1.0
    assert m.weights and all(_FEATURE.match(name) for name in m.weights), [
        n for n in m.weights if not _FEATURE.match(n)]
