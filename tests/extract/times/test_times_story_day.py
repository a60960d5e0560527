"""Times that lean on the day of the story's happening rather than on the day it was
reported or published (issue 17): "overnight", "the following day", "the same night", a
night told by its two days, a bare month in the clause of a past year, and two counts of one
unit. Our own sentences, published on Tuesday 2025-08-12 unless said otherwise, negatives
beside each rule."""

from __future__ import annotations

import pytest
from times_found import TUE, Extract, times_found


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the night after the happening told before, passing over the day it was reported
        ("Rebels seized the town on Sunday, residents said on Monday. Fighting went on "
         "overnight and several houses burned.", TUE, "2025-08-10TNI"),
        # the night before the day it runs into, or the day a report of it was made
        ("Shelling went on overnight into Monday in the eastern districts.", TUE,
         "2025-08-10TNI"),
        ("Three people were killed overnight in air strikes on the port, officials said on "
         "Sunday.", "2025-08-11", "2025-08-09TNI"),
        # on a past perfect, the night before the happening
        ("A roadside bomb hit a police truck at about 8 a.m. yesterday near the market. "
         "Investigators believe the device had been buried overnight.", TUE, "2025-08-10TNI"),
        # no day told: the night before publication
        ("Five soldiers were killed overnight when their convoy hit a mine, the army said.", TUE,
         "2025-08-11TNI"),
        # a day still to come after it is no end of its night
        ("Troops shelled the hills overnight and will hold talks on Friday.", TUE,
         "2025-08-11TNI"),
    ],
)
def test_times_overnight_is_the_night_of_the_story(
    extract: Extract, text: str, published: str, value: str
) -> None:
    assert times_found(extract, text, published)["overnight"] == value


def test_times_a_step_from_a_reported_day_counts_from_the_happening(extract: Extract) -> None:
    text = (
        "The strike began on Saturday, the union said in a statement on Monday. The following "
        "day, dockworkers joined it."
    )
    assert times_found(extract, text)["The following day"] == "2025-08-10"
    # with no happening told before the report, the report's day is the one counted from
    alone = "The union announced the strike on Monday. The following day, dockworkers joined it."
    assert times_found(extract, alone)["The following day"] == "2025-08-12"


def test_times_the_same_night_is_that_night(extract: Extract) -> None:
    text = "Protesters burned the town hall on Saturday. Two officers were hurt the same night."
    assert times_found(extract, text)["the same night"] == "2025-08-09TNI"
    assert "the night" not in times_found(extract, "Soldiers patrol the streets at night.")


def test_times_a_night_told_by_its_two_days_is_one_time(extract: Extract) -> None:
    text = (
        "Clashes broke out on the night of 4 to 5 August. "
        "The next morning, the mayor imposed a curfew."
    )
    found = times_found(extract, text)
    assert found == {
        "the night of 4 to 5 August": "2025-08-04TNI",
        "The next morning": "2025-08-05TMO",
    }
    weekdays = times_found(extract, "On the night of Saturday 2 to Sunday 3 August 2025 they left.")
    assert weekdays == {"the night of Saturday 2 to Sunday 3 August 2025": "2025-08-02TNI"}
    # a range of days that is no night stays a range's first day
    assert times_found(extract, "Talks ran from 4 to 6 August.").get("4") == "2025-08-04"


def test_times_two_counts_joined_by_and_are_two_spans(extract: Extract) -> None:
    found = times_found(extract, "He was sentenced to between four and eight years in prison.")
    assert found == {"four": "P4Y", "eight years": "P8Y"}
    # "to" and "or" make one vague span
    assert times_found(extract, "Repairs take 10 to 14 days.") == {"10 to 14 days": "PXD"}


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The road was cut several times in 2019, when rebels blew up two bridges in February "
         "and May.", "February", "2019-02"),
        ("The road was cut several times in 2019, when rebels blew up two bridges in February "
         "and May.", "May", "2019-05"),
        # a clause joined beside the year's keeps the tense's reading
        ("Elections held in 2021 were disputed, and a new vote in January was postponed.",
         "January", "2025-01"),
        # "since" a year, and a month in the next sentence, are not of that year
        ("The border has been closed since 2019. In March, traders were allowed to cross.",
         "March", "2025-03"),
    ],
)
def test_times_a_bare_month_in_the_clause_of_a_past_year(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text)[words] == value


def test_times_a_day_in_the_content_before_its_report_clause_is_the_happenings(
    extract: Extract,
) -> None:
    text = (
        "Nine men are in jail after a mob burned a tax office in the market town of Lera, about "
        "20 km from the coast, on Sunday, regional officials told a news conference on "
        "Monday.\n\nThe crowd had come to protest against the arrest of a trader held the day "
        "before, a police spokesman said.\n\nAbout 30 people were detained overnight, the "
        "prosecutor said."
    )
    found = times_found(extract, text)
    assert found["on Monday"] == "2025-08-11"
    assert found["the day before"] == "2025-08-09"
    assert found["overnight"] == "2025-08-10TNI"
