"""The day a figure counts and whose figure it is, read by grammar with their fallbacks."""

from __future__ import annotations

import pytest

STORY = (
    "Rebels shell Beni\n\n"
    "BENI - Rebels shelled the town of Beni on Sunday, the army said. Residents spent the night "
    "in the church. A local doctor said at least nine people were wounded. Aid groups say more "
    "than 40,000 people need food. The province would need $3 million to rebuild the market."
)
BLAST = (
    "Blast in Kirkuk\n\n"
    "A blast hit a police station in Kirkuk on 12 May. On Friday, the city's governor resigned "
    "over it. Police said on Monday that 11 officers had died in the blast."
)
LIVE = (
    "Live: fighting in Kherson\n\n"
    "07:30 GMT - Shelling overnight hit the city centre, officials said.\n\n"
    "10:05 GMT - The regional governor said four people were injured."
)


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        # the story's day: a past happening with no day of its own, sentences after the lead
        (STORY, "at least nine people", "2025-06-01"),
        # a state and a plan take no day they do not name
        (STORY, "more than 40,000 people", None),
        (STORY, "$3 million", None),
        # an earlier event named again ("in the blast"), not the day it was told
        (BLAST, "11 officers", "2025-05-12"),
        # a live blog's entry: the day of its stamp
        (LIVE, "four people", "2025-06-03"),
        # a count's period, under a verb that gives it
        ("The monitor recorded 85 attacks in May, its report said.", "85 attacks", "2025-05"),
        # "set fire to" gives no toll: its day is the day counted
        ("Villagers set fire to 30 huts on 30 May.", "30 huts", "2025-05-30"),
    ],
)
def test_provenance_day_counted(extract, text: str, words: str, date: str | None) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.date == date


@pytest.mark.parametrize(
    ("text", "words", "authority", "via"),
    [
        # the outlet states it itself
        ("Villagers set fire to 30 huts on 30 May.", "30 huts", "Courier", None),
        # a counting verb's subject gives it
        ("The monitor recorded 85 attacks in May.", "85 attacks", "monitor", "Courier"),
        # "It said" after a speaker named before
        ("The provincial government said troops had retaken the port on Monday. It said 11 "
         "insurgents were killed in the fighting.", "11 insurgents", "provincial government",
         "Courier"),
    ],
)
def test_provenance_whose(extract, text: str, words: str, authority: str, via: str | None) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert (fig.authority, fig.via) == (authority, via)
