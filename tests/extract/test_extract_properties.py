"""Property test: `wiredesk.extract` on generated news-like and shuffled real words, with odd
publication dates, records no stage failure and keeps every span on the text
(`scripts/fuzz.py --only extract` runs many more)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import wiredesk
from fuzzing import DATES, prose, shuffled

CASES = 60  # about 20 s; the fuzz script runs 1,000


@seed(13)
@settings(max_examples=CASES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(prose(max_words=150), shuffled(max_words=150)), DATES)
def test_extract_properties_extract_never_fails_a_stage(text: str, published: str | None) -> None:
    doc = wiredesk.extract(text, published=published)
    surrogate = any("\ud800" <= c <= "\udfff" for c in text)
    assert [f.stage for f in doc.failures] == (["parse"] if surrogate else [])
    for layer in ("times", "places", "figures", "events"):
        for item in getattr(doc, layer):
            start, end = item.span
            assert 0 <= start <= end <= len(text)
    for att in doc.attributions:
        start, end = att.content.span
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Units of its army shelled the town on Monday.", "army"),
        ("Forces of its army attacked the village.", "army"),
    ],
)
def test_extract_properties_pronoun_inside_its_owner_does_not_recurse(
    text: str, actor: str
) -> None:
    doc = wiredesk.extract(text, published="2026-03-02")
    assert doc.failures == ()
    assert [(e.type, e.actor) for e in doc.events] == [("attack", actor)]
