"""What a figure counts, read by extract and kept on the record: the harm a bare count
takes from the words before it, the outcome its clause names, and whether it is a part of
another count. The cross-check reads these fields, never the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.extract.numbers._counts import _harm_before
from wiredesk.records import Document, Figure

Extract = Callable[..., Document]


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("The number of people killed in the strike on Sumy has risen to nine, the mayor said.",
     "nine", "killed"),
    ("The death toll from the flooding of the camp climbed to 41 on Friday.", "41", "killed"),
    ("The number of people injured when the drone hit the depot rose to 16.", "16", "wounded"),
    ("Rescuers recovered the bodies of eleven people from the rubble.", "eleven", "killed"),
    ("The drone hit a house where six people lived.", "six", ""),    # harm not before
    ("Officials said 30 people were evacuated.", "30", ""),
    # "lives" right before a count is the verb ("who lives two streets away")
    ("A witness, who lives two streets from the depot, said the ground shook.", "two", ""),
    ("The fire claimed the lives of nine workers.", "nine", "killed"),
])
def test__harm_before(text, figure, expected):
    start = text.index(figure)
    assert _harm_before(text, (start, start + len(figure))) == expected



def _figure(doc: Document, text: str) -> Figure:
    return next(f for f in doc.figures if f.text.startswith(text))


def test_outcomes_tell_launched_from_shot_down(extract: Extract) -> None:
    doc = extract("Russia launched 41 drones overnight. Air defences shot down 35 of them, "
                  "the air force said on Tuesday.", published="2025-08-12")
    assert _figure(doc, "41").outcome == "launched"
    shot = _figure(doc, "35")
    assert shot.outcome == "shot_down"
    assert shot.part
    assert not _figure(doc, "41").part
    start, end = shot.clause or (0, 0)
    assert "shot down 35" in doc.article.text[start:end]


def test_a_bare_count_takes_its_harm(extract: Extract) -> None:
    doc = extract("The number of people killed in the strike on Sumy has risen to nine, "
                  "the mayor said.", published="2025-08-12")
    nine = _figure(doc, "nine")
    assert (nine.harm or nine.category) == "killed"
    assert nine.outcome == "killed"


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # a comma's breakdown of a toll that adds up to it: the parts count the dead too
        ("Police counted 12 bodies on Monday, eight men and four women, the chief said.",
         "eight men", "killed"),
        # a total's noun with no kind restates the earlier count of its value
        ("Soldiers killed 40 civilians, a post claimed. The figure of 40 could not be verified.",
         "40", "killed"),
    ],
)
def test_parts_and_restatements_take_the_kind(extract, text: str, words: str,
                                              category: str) -> None:
    doc = extract(text, published="2025-06-03")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.category == category


@pytest.mark.parametrize(("text", "words", "part"), [
    # "of the" right before a figure names the whole: its count is no part
    ("The council says it will cover the funeral costs of the 14 people killed in the "
     "flood on Sunday.", "14", False),
    ("The mayor visited the families of the 11 people injured in the blast on Friday.", "11",
     False),
    # ... and with words and a comma between it opens a part of a count told before
    ("Forty people were hurt in the blast. Of the injured, 12 remain in hospital.", "12", True),
    ("Thirty people were detained. Of those held, six were later freed, police said.", "six",
     True),
    ("The crash killed 20 passengers, including three children.", "three", True),
])
def test_of_the_before_a_figure_is_a_part_only_past_its_words(
        extract: Extract, text: str, words: str, part: bool) -> None:
    doc = extract(text, published="2026-05-04")
    assert _figure(doc, words).part is part
