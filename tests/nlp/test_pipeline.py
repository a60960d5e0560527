"""The pipeline's own components on the real model: blank lines bound sentences and entities."""

from __future__ import annotations

import pytest

from wiredesk.nlp import parse
from wiredesk.nlp.pipeline import doc_lowered


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a communique's heading stands alone
        ("COMMUNIQUE\n\nThe Ministry of Defence informs the public that a depot was hit.",
         ["COMMUNIQUE", "The Ministry of Defence informs the public that a depot was hit."]),
        # a statement number is no subject of the paragraph under it
        ("Statement No. 31\n\nA drone struck the market of Ber on Monday.",
         ["Statement No. 31", "A drone struck the market of Ber on Monday."]),
        # one line break alone leaves the parser's reading
        ("The army said the town was taken.\nIt gave no figures.",
         ["The army said the town was taken.", "It gave no figures."]),
    ],
)
def test_pipeline_paragraph_breaks(text: str, sentences: list[str]) -> None:
    doc = next(parse([text]))
    assert [s.text.strip() for s in doc.sents] == sentences


def test_pipeline_entities_end_at_a_blank_line() -> None:
    doc = next(parse(["UPDATE\n\nThe Ministry of Defence of Armenia said on Friday ..."]))
    assert all("\n\n" not in e.text for e in doc.ents)
    assert any(e.text.startswith("The Ministry of Defence") or e.text.startswith("the Ministry")
               or e.text.startswith("Ministry") for e in doc.ents if e.label_ == "ORG")


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Officials COULD NOT verify the Claim.", "officials could not verify the claim."),
        # "İ" grows when lower-cased: the offsets would drift, so there is no lowered text
        ("Shelling near İzmit could not be verified.", None),
        # a dotless i stays itself lower-cased, but matches "I" ignoring case: read as written
        ("Claims from Kırıkkale could not be verified.", None),
    ],
)
def test_pipeline_doc_lowered_keeps_offsets(text: str, lowered: str | None) -> None:
    doc = next(parse([text]))
    assert doc_lowered(doc) == lowered
    assert doc_lowered(doc) is doc_lowered(doc)  # built once a document
