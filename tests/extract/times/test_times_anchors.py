"""Which day a weekday, a clock time or "that night" belongs to, read from the verb over it
and from the days the story has told (issue 17): our own sentences, published on Tuesday
2025-08-12 unless said otherwise, negatives beside each rule."""

from __future__ import annotations

import pytest
from times_found import Extract, times_found


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a present perfect puts no past day on itself: the day is the thing's to come
        ("The union has called a general strike for Friday.", "Friday", "2025-08-15"),
        ("The council has summoned the elders to a meeting on Thursday.", "on Thursday",
         "2025-08-14"),
        ("Dockers have voted to walk out on Monday over unpaid wages.", "on Monday",
         "2025-08-18"),
        # ... but not through a lead that looks back from now
        ("Forty people have been held since Sunday.", "Sunday", "2025-08-10"),
        ("The army has tripled its patrols since the ambush on Saturday.", "on Saturday",
         "2025-08-09"),
        # a purpose under way, and a state told in the present, look ahead
        ("The gangs were recruiting youths to loot the market on Thursday.", "on Thursday",
         "2025-08-14"),
        ("He said the troops would stay, and the checkpoints remain until Sunday.", "Sunday",
         "2025-08-17"),
        # the plain past still reads back, the reporting day too
        ("Gunmen looted the market on Thursday, police said on Monday.", "on Thursday",
         "2025-08-07"),
        ("Gunmen looted the market on Thursday, police said on Monday.", "on Monday",
         "2025-08-11"),
    ],
)
def test_times_weekday_direction_from_the_verb_over_it(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # the day after a past reporting verb is the day of the saying, whatever the parse
        # hangs it on: a future in the content does not move it
        ("Police said on Monday they will charge him.", "on Monday", "2025-08-11"),
        ("The ministry said on Thursday it would appeal the ruling.", "on Thursday",
         "2025-08-07"),
        ("Authorities announced Sunday schools will reopen Friday.", "Sunday", "2025-08-10"),
        ("Authorities announced Sunday schools will reopen Friday.", "Friday", "2025-08-15"),
        ("The coach told reporters on Saturday he is going to quit.", "on Saturday",
         "2025-08-09"),
        # negatives: the day opens the content, or is one to come
        ("The agency said Friday would be the last day of voting.", "Friday", "2025-08-15"),
        ("The minister will say on Thursday whether talks resume.", "on Thursday",
         "2025-08-14"),
        # an obligation looks ahead; a modal perfect looks back
        ("The report must be filed by Friday.", "Friday", "2025-08-15"),
        ("Results should be known on Saturday.", "on Saturday", "2025-08-16"),
        ("The convoy must have left on Sunday.", "on Sunday", "2025-08-10"),
        ("The army should have acted on Monday, critics said.", "on Monday", "2025-08-11"),
        # a past report over a present plan does not make it past
        ("The envoys meet in Geneva on Friday, a diplomat said.", "on Friday", "2025-08-15"),
    ],
)
def test_times_a_day_after_a_past_report_is_the_saying_day(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value


def test_times_a_past_clock_takes_no_day_still_to_come(extract: Extract) -> None:
    text = (
        "Rebels overran a border post early on 6 August, the army said. A relief convoy "
        "reached the area on Sunday; a second one is expected on Thursday.\n\n"
        "DETAILS\nThe assault started at about 2 a.m. and went on until dawn, villagers said."
    )
    found = times_found(extract, text)
    assert found["about 2 a.m."] == "2025-08-06T02:00"
    assert found["on Thursday"] == "2025-08-14"


def test_times_a_clock_told_to_come_stays_off_the_story_day(extract: Extract) -> None:
    text = (
        "Rebels overran a border post on Saturday, the army said. Its men have held the "
        "road ever since. A spokesman said the next briefing would be held at 15:00 as usual."
    )
    assert times_found(extract, text)["at 15:00"] == "2025-08-12T15:00"


def test_times_a_clock_in_a_briefing_on_a_later_day_is_the_events(extract: Extract) -> None:
    text = (
        "Inmates set fire to a cell block on Saturday night, the prison service said.\n\n"
        "The governor told reporters this afternoon that the fire started at around 10 p.m. "
        "when two guards were attacked."
    )
    assert times_found(extract, text)["around 10 p.m."] == "2025-08-09T22:00"


def test_times_that_night_is_the_story_nights_not_a_later_days(extract: Extract) -> None:
    text = (
        "Six men were charged over Friday's raid on a village market. The shopkeeper, who was "
        "hurt in the raid, died in hospital on Sunday, his family said. Police are looking for "
        "four more men.\n\nA lawyer for the six said they were at a wedding that night."
    )
    assert times_found(extract, text)["that night"] == "2025-08-08TNI"


def test_times_that_night_told_ahead_keeps_the_day_last_told(extract: Extract) -> None:
    text = "The envoys will land on Thursday. They will dine with the president that night."
    assert times_found(extract, text)["that night"] == "2025-08-14TNI"


def test_times_a_clock_keeps_the_event_day_before_it_over_a_later_clauses_day(
    extract: Extract,
) -> None:
    text = (
        "The army on Monday sealed off the valley after a patrol was ambushed there. Soldiers "
        "closed every road at 5 a.m. and began searching farms near the river, where the "
        "patrol was attacked on Saturday evening, a spokesman said."
    )
    found = times_found(extract, text)
    assert found["at 5 a.m."] == "2025-08-11T05:00"
    assert found["on Saturday evening"] == "2025-08-09TEV"


def test_times_a_clock_told_on_a_later_day_in_its_own_clause_still_waits(
    extract: Extract,
) -> None:
    text = "Aid trucks left the depot at 6 a.m. on Sunday, the agency said."
    found = times_found(extract, text)
    assert (found["at 6 a.m."], found["on Sunday"]) == ("2025-08-10T06:00", "2025-08-10")


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Yesterday at around 8.15 a.m., a crowd gathered at the gate.",
         "around 8.15 a.m.", "2025-08-11T08:15"),
        ("Yesterday at around 8.15 a.m., a crowd gathered at the gate.", "Yesterday",
         "2025-08-11"),
        ("On Sunday at about 4 p.m. the first shots were heard.", "about 4 p.m.",
         "2025-08-10T16:00"),
        ("On Sunday at about 4 p.m. the first shots were heard.", "On Sunday", "2025-08-10"),
        # a comma keeps the date and the clock apart, as the day's stamp is written
        ("The reporter was stabbed on 2 June 2025, at about 22:40, near his flat.",
         "2 June 2025", "2025-06-02"),
    ],
)
def test_times_a_day_and_the_estimated_clock_after_it(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # after midnight: 00:00 of the day it opens (after a night told, the next day's)
        ("Gunmen raided the village late on Saturday night and left after midnight.",
         "after midnight", "2025-08-10T00:00"),
        ("The guard was shot shortly after midnight on 3 August.",
         "after midnight", "2025-08-03T00:00"),
        # a deadline at midnight is the end of its day
        ("The ultimatum expires at midnight Thursday.", "at midnight", "2025-08-14T24"),
    ],
)
def test_times_midnight_starts_or_ends_a_day_by_its_lead(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a step back from the day told, whatever follows it
        ("Rebels took the town on Sunday. The army had warned residents the day before that "
         "an attack was coming.", "the day before", "2025-08-09"),
        # before an event named after it: the day beside the story's event
        ("Gunmen raided the market on Saturday, police said. Traders had moved their stock "
         "the day before the raid.", "the day before", "2025-08-08"),
        # beside a date after a comma: that date named again (TimeML marks "the day")
        ("Two guards were arrested on 4 August, the day before the army ended its search.",
         "the day", "2025-08-04"),
    ],
)
def test_times_the_day_before_and_what_follows_it(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value
