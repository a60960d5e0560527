"""Where a content told after its cue ends: run on to the end of its sentence when the
fitted model says the rules stopped short, never over another attribution's cue or the
reporter's own words; and the weights it ships name features, never words."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from wiredesk.extract.attributions._extent import model
from wiredesk.records import Document

Extract = Callable[..., Document]
PUBLISHED = "2025-08-12"
_FEATURE = re.compile(r"^[a-z_]+(?:=[A-Za-z_$'\-]+(?::[a-z_ ]+)?|=[0-9]|=True|=False)?$")


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


def test_extent_weights_name_features_not_words() -> None:
    m = model()
    assert 0.0 < m.threshold < 1.0
    assert m.weights and all(_FEATURE.match(name) for name in m.weights), [
        n for n in m.weights if not _FEATURE.match(n)]
