"""Property tests: every reader, on generated hostile inputs, yields only articles and located
problems, never an exception (`scripts/fuzz.py` runs the same with many more cases)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from fuzzing import READER_INPUTS, read_generated, scratch

CASES = 150  # a few seconds a reader; scripts/fuzz.py runs 10,000


@pytest.mark.parametrize("kind", sorted(READER_INPUTS))
def test_reader_properties_reader_never_raises(kind: str) -> None:
    name, inputs = READER_INPUTS[kind]
    with scratch() as folder:

        @seed(13)
        @settings(max_examples=CASES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(data=inputs)
        def check(data: bytes) -> None:
            read_generated(folder, name, data)

        check()


@seed(13)
@settings(max_examples=CASES, deadline=None, database=None)
@given(st.text(max_size=300), st.booleans())
def test_reader_properties_header_split_keeps_every_body_character(raw: str, blank: bool) -> None:
    from wiredesk.ingest import split_header

    meta, body = split_header(raw)
    assert raw.endswith(body) and (meta or body == raw)
