"""How a briefing writes what an event was done to, as its report names it."""

from __future__ import annotations

import pytest

from wiredesk.brief._phrases import object_phrase


@pytest.mark.parametrize(
    ("text", "target", "written"),
    [
        # a place's own name with its kind, told with no article: written so
        ("Armed men attacked Nanguruwe village near the Ruvuma river on Wednesday night.",
         "Nanguruwe village", "Nanguruwe village"),
        ("Gunmen attacked Kamituga market before dawn on Tuesday.", "Kamituga market",
         "Kamituga market"),
    ],
)
def test_object_phrase_names_and_described_things(extract, text: str, target: str,
                                                  written: str) -> None:
    doc = extract(text, published="2026-05-21")
    (event,) = [e for e in doc.events if e.target == target]
    assert object_phrase(doc, event, target) == (written, True)
