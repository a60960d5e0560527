"""The attribution recognizers: registered by name, run as data/cues.toml [recognizers] says,
each named in the explanation of the records it makes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.errors import ConfigError
from wiredesk.extract.attributions import _candidates
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._quotes import find_quotes
from wiredesk.extract.attributions._recognizers import (
    RECOGNIZERS,
    Finding,
    configured,
    resolve,
    run,
)
from wiredesk.nlp import parse
from wiredesk.records import Document

Extract = Callable[..., Document]


def test_recognizers_run_as_configured() -> None:
    names = list(cues().recognizers)
    assert [name for name, _ in configured()] == names
    # every registered recognizer is configured, but "fitted" (off until the sample brief is
    # reviewed with it, data/cues.toml)
    assert set(names) | {"fitted"} == set(RECOGNIZERS)
    with pytest.raises(ConfigError, match="no_such_recognizer"):
        resolve(["verbs", "no_such_recognizer"])
    assert [name for name, _ in resolve(["verbs"])] == ["verbs"]


@pytest.mark.parametrize(("text", "recognizer"), [
    ("“We will hold the line,” the commander said.", "quotes"),
    ("PESKOV: We have nothing to add to what was said yesterday.", "labels"),
    ("The ministry said that two depots had been hit overnight.", "verbs"),
    ("Two depots were hit overnight, according to the regional governor.", "according_to"),
    ("The talks are expected to resume in Geneva next week.", "unsourced"),
    ("The governor's claim that the bridge was intact drew scorn.", "nouns"),
])
def test_recognizers_name_themselves_in_the_explanation(extract: Extract, text: str,
                                                        recognizer: str) -> None:
    [a] = extract(text).attributions
    assert a.explanation.startswith(f"[{recognizer}] ")


def test_recognizers_left_out_find_nothing() -> None:
    """Which recognizers run is configuration: without "verbs" a reported clause is not found,
    and the quotation's recognizer still is."""
    text = "The mayor said the water was back. “We are fixing the last pipes,” he said."
    [doc] = parse([text])
    quotes = find_quotes(text)
    every = {f.recognizer for f in _candidates(doc, quotes)}
    assert every == {"quotes", "verbs"}
    some = run(Finding(doc, quotes), resolve(["quotes"]))
    assert {f.recognizer for f in some} == {"quotes"}
