"""Places resolution: which namesake a name means, settled by the article's other places."""

from __future__ import annotations

import pytest


def _regions(doc, text):
    """The (country, admin1) of every place written as `text`."""
    hits = [(p.country, p.admin1) for p in doc.places if p.text == text]
    assert hits, f"{text!r} not found in {[p.text for p in doc.places]}"
    return set(hits)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # local paper: the home town named again and again, its county once
        ("Richmond police arrested two men on Tuesday after a chase through downtown "
         "Richmond. The Madison County sheriff said deputies helped officers. Richmond's "
         "mayor thanked them.", "Richmond", ("US", "Kentucky")),
        ("Richmond police arrested two men on Tuesday after a chase through downtown "
         "Richmond. The Madison County sheriff said deputies helped officers.",
         "Madison County", ("US", "Kentucky")),
        # a suburb, its county and its metro: all three in one state, not the famous Dublin
        ("Dublin city council approved the plan on Monday. Franklin County commissioners "
         "will vote next week, and Columbus officials said the bus line would reach Dublin "
         "by 2011.", "Franklin County", ("US", "Ohio")),
        ("Dublin city council approved the plan on Monday. Franklin County commissioners "
         "will vote next week, and Columbus officials said the bus line would reach Dublin "
         "by 2011.", "Dublin", ("US", "Ohio")),
        # a county list sharing one state with the town beside them
        ("Mount Pleasant firefighters responded on Friday. Henry County deputies and "
         "Washington County officers joined them near Big Creek, Iowa.",
         "Washington County", ("US", "Iowa")),
        # a small town beside its neighbour, not the country of the same name
        ("Flooding closed roads near Jordan, Minn., and in Shakopee on Sunday.",
         "Jordan", ("US", "Minnesota")),
        # military briefing: a suburb beside its neighbour, not the bigger Egyptian city
        ("Troops withdrew from Alexandria and Arlington overnight, a Pentagon spokesman "
         "told reporters at a briefing.", "Alexandria", ("US", "Virginia")),
        # interview: the town beside the city the speaker left
        ("The interview took place in Cambridge, where the professor has lived since she "
         "left Boston.", "Cambridge", ("US", "Massachusetts")),
        # state media: two cities of one province
        ("Floods swept through Hyderabad and Karachi on Monday, the provincial disaster "
         "authority said.", "Hyderabad", ("PK", "Sindh")),
        # a UK story: the English town, not a bigger American namesake
        ("Police in Lancaster said the man was later seen in Morecambe and in Preston.",
         "Lancaster", ("GB", "England")),
    ],
)
def test_places_resolution_coherent_namesake(extract, text, mention, expected):
    assert _regions(extract(text), mention) == {expected}


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # nothing points elsewhere: the big namesake stands
        ("Tourists returned to Paris on Friday as museums reopened.", "Paris",
         ("FR", "Ile-de-France")),
        ("King Abdullah of Jordan met the president on Monday.", "Jordan", ("JO", None)),
        ("Ships unloaded grain in Alexandria on Monday, the Egyptian ministry said.",
         "Alexandria", ("EG", "Alexandria")),  # its governorate, now that towns are told
        # their region by the nearest point where no point is the same
        ("Hamas fighters in Gaza fired rockets toward Israel on Tuesday, the army said.",
         "Gaza", ("PS", "Gaza Strip")),
        # the state around it decides, or the state written after it
        ("The Ohio State Highway Patrol said traffic into Columbus was slowed by snow.",
         "Columbus", ("US", "Ohio")),
        ("Fort Benning soldiers live in Columbus, Ga., and commute daily.", "Columbus",
         ("US", "Georgia")),
        ("The Virginia General Assembly met in Richmond on Wednesday to debate the budget.",
         "Richmond", ("US", "Virginia")),
    ],
)
def test_places_resolution_big_namesake_stands(extract, text, mention, expected):
    assert _regions(extract(text), mention) == {expected}
