"""A document's "we", in its own voice, is the issuer its heading names (a press release's,
a statement's, a report's), never the last source it quoted; a news story's headline or
byline names no issuer, and a "we" inside a quotation is the quoted speaker's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.extract.attributions._issuer import heading_issuer
from wiredesk.records import Document

Extract = Callable[..., Document]


@pytest.mark.parametrize(("text", "issuer"), [
    ("PRESS RELEASE\nLake Region Rights Watch\nKisumu, 3 May 2026\n\nPolice broke up a march "
     "on Friday.", "Lake Region Rights Watch"),
    ("NORTHSTAR SECURITY CONSULTING | INCIDENT REPORT\nRef: NS-2026-12 | Issued: 2 May 2026\n\n"
     "Two blasts hit a depot.", "NORTHSTAR SECURITY CONSULTING"),
    ("Statement of the Governorate of Upper Nile on the events in Malakal\n\nOn Monday, "
     "clashes broke out near the market.", "Governorate of Upper Nile"),
    # a headline and a byline: no document's label, no issuer
    ("Rebels Seize Border Town\n\nBy Jane Roe\n\nRebels took the town of Rubaya on Sunday.",
     None),
    ("Police Clash With Miners In Northern Town\n\nThree people were hurt.", None),
])
def test_issuer_is_read_only_from_a_labelled_heading(text: str, issuer: str | None) -> None:
    assert heading_issuer(text) == issuer


def test_issuer_speaks_as_we_in_its_own_voice(extract: Extract) -> None:
    text = (
        "PRESS RELEASE\nLake Region Rights Watch\nKisumu, 3 May 2026\n\n"
        "Police used tear gas on marchers in Kisumu on Friday, witnesses said. The county "
        "commander said his officers had acted with restraint.\n\n"
        "We call on the Inspector-General to suspend the officers involved. \"We will not "
        "stop marching,\" one organiser said."
    )
    doc = extract(text, published="2026-05-03")
    call = next(a for a in doc.attributions if a.content.text.startswith("the Inspector"))
    assert call.speaker.name == "Lake Region Rights Watch"
    march = next(a for a in doc.attributions if a.content.text.startswith("We will not"))
    assert march.speaker.name != "Lake Region Rights Watch"
