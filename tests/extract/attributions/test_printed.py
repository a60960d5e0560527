"""A statement printed whole, between the sentence that announces it and the line that closes
it, is its issuer's words paragraph by paragraph; without the closing line nothing is found,
and the figures inside it are the issuer's."""

from __future__ import annotations

TEXT = """Border guards say one smuggler killed near river crossing

Steppe Courier | 9 July 2026

The State Border Guard of Kazakhstan issued the statement below on Monday. We print it in full.

STATEMENT OF THE STATE BORDER GUARD

On the night of 6 to 7 July, armed persons tried to cross the border near the village of Sarybel.

The violators opened fire on a patrol. One violator was killed and two were detained.

[end of statement]

Residents of Sarybel said they heard shooting for about ten minutes after midnight.
"""


def test_each_paragraph_of_a_printed_statement_is_its_issuers(extract) -> None:
    doc = extract(TEXT, published="2026-07-09")
    printed = [a for a in doc.attributions if a.speaker.name == "State Border Guard"
               and a.content.text.startswith(("On the night", "The violators"))]
    assert [a.content.text[:13] for a in printed] == ["On the night ", "The violators"]
    assert not [a for a in doc.attributions if "STATEMENT OF" in a.content.text]
    killed = next(f for f in doc.figures if f.category == "killed")
    assert killed.authority == "State Border Guard"


def test_without_a_closing_line_no_statement_is_printed(extract) -> None:
    text = TEXT.replace("[end of statement]\n\n", "")
    doc = extract(text, published="2026-07-09")
    assert not [a for a in doc.attributions if a.content.text.startswith("On the night")]
