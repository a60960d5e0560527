"""A count whose own words give it a day ("still sheltering ... on Tuesday evening") against
one dated only by its report: counts of what stood on two days, no clash; a toll is its
attack's whatever day a report gives it. Through the real model."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import crosscheck

FIRST = ("Floods forced residents of Kasese from their homes on Monday. About 300 people were "
         "sheltering in the town's stadium, the Red Cross said.")


@pytest.mark.parametrize(("later", "clash"), [
    ("Around 700 people were still sheltering in the stadium in Kasese on Tuesday evening, "
     "the mayor said.", False),
    ("By Tuesday night some 700 people had taken shelter in the Kasese stadium, the mayor "
     "said.", False),
    # the same day: a clash
    ("Around 700 people were sheltering in the stadium in Kasese on Monday, the mayor said.",
     True),
])
def test_crosscheck_days21_counts_of_two_days(extract, later, clash):
    first = extract(FIRST, published="2026-04-06", source="Daily Monitor")
    second = extract(later, published="2026-04-08", source="New Vision")
    found = [c for c in crosscheck([first, second]).contradictions if c.kind == "figure"]
    assert bool(found) is clash, [c.detail for c in found]


def test_crosscheck_days21_a_toll_dated_a_day_later_still_clashes(extract):
    first = extract("Gunmen attacked a bus station in Kasese on Monday, killing five people, "
                    "police said.", published="2026-04-06", source="Daily Monitor")
    second = extract("Nine people were killed in Kasese on Tuesday in the attack on the bus "
                     "station, a hospital official said.", published="2026-04-08",
                     source="New Vision")
    found = [c for c in crosscheck([first, second]).contradictions if c.kind == "figure"]
    assert found
