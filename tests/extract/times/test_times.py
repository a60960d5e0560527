"""The times layer on our own sentences: each pattern, its TIMEX3 value, and its negatives.

Publication dates used: Tuesday 2025-08-12 (week 33, third quarter), Thursday 2024-02-29
and Monday 2023-01-02.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from times_found import TUE, Extract, times_found

from wiredesk.extract.times import _grammar as grammar
from wiredesk.extract.times import _lexicon


def _record(extract: Extract, text: str, words: str, published: str | None = TUE):
    doc = extract(text, published=published)
    hits = [t for t in doc.times if t.text == words]
    assert hits, [t.text for t in doc.times]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # wire story
        (
            "The ceasefire took effect on 12 August 2025, officials said.",
            "12 August 2025",
            "2025-08-12",
        ),
        ("The talks opened in Geneva on Aug. 4, 2025.", "Aug. 4, 2025", "2025-08-04"),
        ("The decree, dated 2025-07-30, was published late.", "2025-07-30", "2025-07-30"),
        ("The convoy left on 25/07/2025 under escort.", "25/07/2025", "2025-07-25"),
        ("The strike on March 3 killed four people.", "March 3", "2025-03-03"),
        ("The summit is scheduled for September 2.", "September 2", "2025-09-02"),
        ("Delegates met on the 5th of August.", "the 5th of August", "2025-08-05"),
        ("The port was shelled in July 2024.", "July 2024", "2024-07"),
        ("Grain exports resumed in March.", "March", "2025-03"),
        ("Exports collapsed in early March.", "early March", "2025-03"),
        ("The elections are due in October.", "October", "2025-10"),
        ("Troops withdrew in November last year.", "November last year", "2024-11"),
        # state media
        ("The Supreme Leader inspected the plant on Christmas Day.", "Christmas Day", "2024-12-25"),
        ("The ministry said last month that the drills had ended.", "last month", "2025-07"),
        ("The minister arrived in Minsk yesterday.", "yesterday", "2025-08-11"),
        ("Parliament will vote tomorrow on the bill.", "tomorrow", "2025-08-13"),
        ("Officials said the border is open today.", "today", "2025-08-12"),
        ("The treaty was signed in 1994.", "1994", "1994"),
        ("Industrial output rose last year.", "last year", "2024"),
        ("Inflation will slow next year, the bank said.", "next year", "2026"),
        ("The fighting intensified this week.", "this week", "2025-W33"),
        ("Shelling was heavy last week.", "last week", "2025-W32"),
        ("The base was built in the 1990s.", "the 1990s", "199"),
        ("The army was reformed in the early 1980s.", "the early 1980s", "198"),
        ("The village changed hands in the '90s.", "the '90s", "199"),
        ("The city was founded in the 12th century.", "the 12th century", "11"),
        # official statement and financial wording
        ("Revenue fell in the third quarter.", "the third quarter", "2025-Q3"),
        (
            "Defence spending rose in the second quarter of 2024.",
            "the second quarter of 2024",
            "2024-Q2",
        ),
        ("Arms sales jumped in Q1 2025.", "Q1 2025", "2025-Q1"),
        ("Output grew in the first half of 2024.", "the first half of 2024", "2024-H1"),
        ("The offensive began in the summer of 2023.", "the summer of 2023", "2023-SU"),
        ("Fighting may pause this winter.", "this winter", "2025-WI"),
        ("Refugees returned last spring.", "last spring", "2025-SP"),
        ("Evacuations will finish by the end of the month.", "the end of the month", "2025-08"),
        ("The mission ends in mid-2026.", "mid-2026", "2026"),
        # interview and transcript
        ("We lost the farm in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("Nobody spoke of peace in the year two thousand.", "the year two thousand", "2000"),
        ("He was arrested two years ago.", "two years ago", "2023"),
        ("The bridge was hit three days ago.", "three days ago", "2025-08-09"),
        ("A month ago the town was quiet.", "A month ago", "2025-07"),
    ],
)
def test_times_explicit_and_relative_dates(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # reported events read the weekday back, scheduled ones forward (published on a Tuesday)
        ("The Kremlin said on Tuesday that talks were useful.", "on Tuesday", "2025-08-12"),
        ("Five civilians were killed on Monday, the governor said.", "on Monday", "2025-08-11"),
        ("Drones struck the depot on Friday.", "on Friday", "2025-08-08"),
        ("The leaders will meet on Friday in Anchorage.", "on Friday", "2025-08-15"),
        ("She is to visit Warsaw on Thursday.", "on Thursday", "2025-08-14"),
        ("The summit scheduled on Friday may be moved.", "on Friday", "2025-08-15"),
        ("Officials said Friday's summit would postpone new sanctions.", "Friday's", "2025-08-15"),
        ("Ministers met last Wednesday in Brussels.", "last Wednesday", "2025-08-06"),
        # "set" plans only with "for" or "to" after it
        ("Gold neared the high set on Thursday.", "on Thursday", "2025-08-07"),
        ("The vote, set for Thursday, was moved.", "Thursday", "2025-08-14"),
        # said on a Tuesday, "last Monday" is a week back: the day before is "on Monday"
        ("Ministers met last Monday in Brussels.", "last Monday", "2025-08-04"),
        ("Ministers met this past Monday in Brussels.", "this past Monday", "2025-08-11"),
        ("The vote will be held next Monday.", "next Monday", "2025-08-18"),
        ("Sirens sounded in Kharkiv on Sunday night.", "on Sunday night", "2025-08-10TNI"),
        ("The blast happened on Tuesday morning.", "on Tuesday morning", "2025-08-12TMO"),
        ("Rescuers worked through the weekend.", "the weekend", "2025-W32-WE"),
        # a deadline set in the past lies ahead; a thing that lasted until a day ended then
        ("Police imposed a curfew until Thursday in Gulu.", "Thursday", "2025-08-14"),
        ("The army gave the fighters until Sunday to surrender.", "Sunday", "2025-08-17"),
        ("The governor ordered shops shut until Friday.", "Friday", "2025-08-15"),
        ("Shelling continued until Sunday, residents said.", "Sunday", "2025-08-10"),
    ],
)
def test_times_weekdays_follow_tense(extract: Extract, text: str, words: str, value: str) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value", "kind"),
    [
        # military briefing: durations, rates, clock times
        (
            "The second such strike in four days hit the refinery.",
            "in four days",
            "P4D",
            "duration",
        ),
        ("Units held the line for two weeks.", "for two weeks", "P2W", "duration"),
        ("Prices doubled over the past three years.", "the past three years", "P3Y", "duration"),
        ("Talks lasted more than six hours.", "more than six hours", "PT6H", "duration"),
        ("He signed a two-year contract.", "two-year", "P2Y", "duration"),
        (
            "The siege went on for two and a half years.",
            "for two and a half years",
            "P2Y6M",
            "duration",
        ),
        ("The army loses about 1,000 soldiers a day.", "a day", "P1D", "set"),
        ("Patrols cross the river every week.", "every week", "P1W", "set"),
        ("Convoys leave each Thursday.", "each Thursday", "XXXX-WXX-4", "set"),
        ("The report is updated annually.", "annually", "P1Y", "set"),
        ("The curfew starts at 10:00 GMT.", "at 10:00 GMT", "2025-08-12T10:00", "time"),
        ("The briefing begins at 3 p.m.", "at 3 p.m.", "2025-08-12T15:00", "time"),
        ("Explosions were heard last night.", "last night", "2025-08-11TNI", "time"),
        ("The minister spoke this morning.", "this morning", "2025-08-12TMO", "time"),
    ],
)
def test_times_durations_sets_and_clock_times(
    extract: Extract, text: str, words: str, value: str, kind: str
) -> None:
    record = _record(extract, text, words)
    assert (record.value, record.type) == (value, kind)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # live blog: vague references
        ("The front is now quiet.", "now", "PRESENT_REF"),
        ("Some 300 families currently live in the camp.", "currently", "PRESENT_REF"),
        ("The town was recently retaken.", "recently", "PAST_REF"),
        ("Such attacks were rare in the past.", "the past", "PAST_REF"),
        ("Troops advanced 10 km in recent days.", "in recent days", "PAST_REF"),
        ("Both sides hope to meet in the future.", "the future", "FUTURE_REF"),
        ("A deal could come in the near future.", "the near future", "FUTURE_REF"),
        ("Aid will arrive in the coming weeks.", "the coming weeks", "FUTURE_REF"),
        ("Several years ago the plant was closed.", "Several years ago", "PAST_REF"),
        # adjectives TimeML marks: the time of the noun they qualify
        ("Troops must hold the current frontlines.", "current", "PRESENT_REF"),
        ("The recent shelling cut the road.", "recent", "PAST_REF"),
        ("Shares were sold at the then current price.", "then current", "PAST_REF"),
        # the nth day of an event, said of the day it is
        ("It's the second day of an offensive on the town.", "the second day", "2025-08-12"),
        ("Today is the 100th day of the siege.", "the 100th day", "2025-08-12"),
        # two days off publication
        ("He left the day before yesterday.", "the day before yesterday", "2025-08-10"),
        ("They meet the day after tomorrow.", "the day after tomorrow", "2025-08-14"),
        # a day named again in apposition
        (
            "Shares have lagged since Aug. 4, the day before the raid.",
            "the day",
            "2025-08-04",
        ),
        # a week the passage leaves open, TimeML's "WXX"
        ("Shares fell on Friday. For the week, the index lost 3%.", "For the week", "2025-WXX"),
    ],
)
def test_times_vague_references(extract: Extract, text: str, words: str, value: str) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Ten soldiers died on Monday. Their casualties on the same day were higher.",
            "on the same day",
            "2025-08-11",
        ),
        ("Rebels took the town on 3 May 2024. That day the mayor fled.", "That day", "2024-05-03"),
        (
            "The dam broke on 6 June 2023 and the water peaked the next day.",
            "the next day",
            "2023-06-07",
        ),
        ("The treaty was signed in 1994. That year the army shrank.", "That year", "1994"),
        # the year told last, not an older day, is the one "the following year" follows
        (
            "The raid on Monday recalled the coup of 2019. The junta expelled the envoys the"
            " following year.",
            "the following year",
            "2020",
        ),
        (
            "Net profit rose in the third quarter. A year earlier it fell.",
            "A year earlier",
            "2024-Q3",
        ),
        (
            "The firm reported second-quarter results. Net was $5 million, against $4 million a"
            " year earlier. Sales were $9 million, up from $8 million a year earlier.",
            "a year earlier",
            "2024-Q2",
        ),
        (
            "Sales rose 5% in the third quarter from the year-ago quarter.",
            "the year-ago quarter",
            "2024-Q3",
        ),
    ],
)
def test_times_anaphora_take_the_date_in_context(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words) == value


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        ("The offensive ended on Friday.", "2024-02-29", "on Friday", "2024-02-23"),
        ("Fighting resumed yesterday.", "2024-02-29", "yesterday", "2024-02-28"),
        ("The truce held last week.", "2023-01-02", "last week", "2022-W52"),
        ("The sanctions took effect last December.", "2023-01-02", "last December", "2022-12"),
        # the month just before publication is "last month": "last February" is a year back
        ("The sanctions took effect last February.", "2024-03-05", "last February", "2023-02"),
        ("The sanctions took effect last January.", "2024-03-05", "last January", "2024-01"),
        # a participle clause takes its tense from the clause it hangs from: a past month
        (
            "The shares have swung widely, climbing to a peak in September from a low in June.",
            "2024-03-05",
            "September",
            "2023-09",
        ),
        ("Officials met in November.", "2023-01-02T08:30:00Z", "November", "2022-11"),
    ],
)
def test_times_other_publication_dates(
    extract: Extract, text: str, published: str, words: str, value: str
) -> None:
    assert times_found(extract, text, published).get(words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ministry said on Tuesday the talks had ended.", "on Tuesday", "XXXX-WXX-2"),
        ("The strike on March 3 killed four people.", "March 3", "XXXX-03-03"),
        ("Shells fell yesterday on the market.", "yesterday", None),
        ("The fighting intensified this week.", "this week", None),
        ("The treaty was signed on 12 August 2025.", "12 August 2025", "2025-08-12"),
    ],
)
def test_times_without_publication_date_never_guess_today(
    extract: Extract, text: str, words: str, value: str | None
) -> None:
    assert times_found(extract, text, None).get(words, "missing") == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The 56-year-old commander was dismissed.", "56"),
        ("Two Su-34 bombers and an S-400 battery were hit.", "34"),
        ("Kyiv asked for more S-400 style systems.", "400"),
        ("Moscow would use the land to start a future war.", "future"),
        ("The current in the river swept the raft away.", "current"),
        ("The current account deficit widened.", "current"),
        ("The footage is recent, the agency said.", "recent"),
        ("Russia sent 2000 troops to the border.", "2000"),
        ("May I ask one more question?", "May"),
        ("Protesters joined the March for peace.", "March"),
        ("The fall of the city shocked the capital.", "fall"),
        ("Prices fall when supply rises.", "fall"),
        ("The grant was worth $1999 in total.", "1999"),
        ("He reached the second round after a second attempt.", "second"),
        ("About three-quarters of the town was destroyed.", "quarters"),
        ("Call me as soon as you land.", "soon"),
        ("It was the dawn of a new era.", "dawn"),
        ("Nurses on the night shift were hurt.", "night"),
        ("They waited for the night to fall.", "night"),
        ("Today the tapes from the night the plane fell were released.", "night"),
    ],
)
def test_times_negatives(extract: Extract, text: str, word: str) -> None:
    assert not [t.text for t in extract(text, published=TUE).times if word in t.text]


def test_times_record_carries_anchor_and_explanation(extract: Extract) -> None:
    record = _record(extract, "The Kremlin said on Tuesday the call was useful.", "on Tuesday")
    assert record.anchor == TUE
    assert record.extractor == "times.v1"
    assert record.explanation.startswith("weekday:")
    assert record.type == "date"


@pytest.mark.parametrize(
    ("text", "published", "words", "value", "kind"),
    [
        # live blogs: entry stamps with a dot or a colon, alone on their line or before a dash
        ("14.05 BST\nStrikes hit the port of Odesa.", TUE, "14.05 BST", "2025-08-12T14:05", "time"),
        ("09:15 - Sirens sounded in Kharkiv.", TUE, "09:15", "2025-08-12T09:15", "time"),
        ("Updated 2 hours ago\n\nThe border stays shut.", TUE, "2 hours ago", "PAST_REF", "date"),
        # the time a story was updated, in its header, is a clock of the day it was published,
        # whatever day its first line names
        ("Ridge Post | Sunday | Updated 16:20\n\nShelling resumed.", TUE, "Updated 16:20",
         "2025-08-12T16:20", "time"),
        ("UPDATED 11:40: adds the second death\n\nTwo men died on Sunday.", TUE, "UPDATED 11:40",
         "2025-08-12T11:40", "time"),
        # a clock time takes the day named after it in its sentence
        (
            "The raid began at 04:30 local time (01:30 GMT) on Sunday, police said.",
            TUE,
            "01:30 GMT",
            "2025-08-10T01:30",
            "time",
        ),
        (
            "Shelling stopped at 3 p.m. on Saturday.",
            TUE,
            "at 3 p.m.",
            "2025-08-09T15:00",
            "time",
        ),
        # ... or the day the sentence before tells; the small hours of a night told are the
        # next day's
        (
            "Gunmen raided a checkpoint late on Saturday. They opened fire at around 11 p.m.",
            TUE,
            "around 11 p.m.",
            "2025-08-09T23:00",
            "time",
        ),
        (
            "Rebels stormed the depot in the night from Friday to Saturday. The first shots "
            "came around 3 a.m., a guard said.",
            TUE,
            "around 3 a.m.",
            "2025-08-09T03:00",
            "time",
        ),
        (
            "Rebels stormed the depot in the night from Friday to Saturday.",
            TUE,
            "the night from Friday to Saturday",
            "2025-08-08TNI",
            "time",
        ),
        # ... or the day the report tells, when it lies just before publication
        (
            "On 10 August, mortars hit the outpost. Two guards were hurt. Three houses burned."
            " The firing stopped at about 21:00.",
            TUE,
            "about 21:00",
            "2025-08-10T21:00",
            "time",
        ),
        # a part of the day the passage tells: "spent the night", "after dawn"
        (
            "Floods hit the camp on Sunday afternoon. Families spent the night on roofs.",
            TUE,
            "the night",
            "2025-08-10TNI",
            "time",
        ),
        (
            "Gunmen stormed the post on Sunday. They arrived shortly after dawn.",
            TUE,
            "dawn",
            "2025-08-10TMO",
            "time",
        ),
        # a clock alone on its line heads a live-blog entry: the publication day's
        (
            "Shelling hit the port on Sunday, officials said.\n\n12:20 Kyiv time\nThe"
            " governor said on Sunday that two were hurt.",
            TUE,
            "12:20 Kyiv time",
            "2025-08-12T12:20",
            "time",
        ),
        # a run of days, nights or weeks
        (
            "Fighting raged for the third day running.",
            TUE,
            "for the third day running",
            "P3D",
            "duration",
        ),
        (
            "Rockets hit the city for a fifth straight night.",
            TUE,
            "for a fifth straight night",
            "P5D",
            "duration",
        ),
        (
            "Food prices rose for the second consecutive week.",
            TUE,
            "for the second consecutive week",
            "P2W",
            "duration",
        ),
        # uncounted spans and sets of day parts
        ("The town could fall within weeks.", TUE, "within weeks", "PXW", "duration"),
        ("The siege tightened over months.", TUE, "over months", "PXM", "duration"),
        ("We hear drones every night.", TUE, "every night", "XXXX-XX-XXTNI", "set"),
        ("Two mobile clinics now run daily.", TUE, "daily", "P1D", "set"),
    ],
)
def test_times_live_blogs_runs_and_clock_days(
    extract: Extract, text: str, published: str, words: str, value: str, kind: str
) -> None:
    record = _record(extract, text, words, published)
    assert (record.value, record.type) == (value, kind)


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        # movable feasts, from the table in data/times.toml
        ("Aid convoys were blocked during Ramadan.", "2025-03-10", "Ramadan", "2025-03"),
        ("Families marked Eid al-Adha in the camps.", "2025-06-06", "Eid al-Adha", "2025-06-06"),
        ("Families will mark Eid al-Fitr in tents.", TUE, "Eid al-Fitr", "2026-03-20"),
        ("The front was quiet at Easter.", "2024-05-02", "Easter", "2024-03-31"),
        ("Shelling hit Kherson last Orthodox Easter.", TUE, "last Orthodox Easter", "2025-04-20"),
        ("Talks broke down during Ramadan 2024.", TUE, "Ramadan 2024", "2024-03"),
        # days kept from Easter, and fixed holidays, with the tense's direction
        ("Markets were shut on Good Friday.", "2024-03-14", "Good Friday", "2023-04-07"),
        ("Shops will close on Good Friday.", "2024-03-14", "Good Friday", "2024-03-29"),
        ("Pilgrims gathered on Palm Sunday.", "2025-04-20", "Palm Sunday", "2025-04-13"),
        ("Thousands marched on May Day.", "2024-03-14", "May Day", "2023-05-01"),
        ("Veterans laid wreaths on Armistice Day.", "2024-11-12", "Armistice Day", "2024-11-11"),
        ("Families marked Eid al-Adha.", "2036-06-15", "Eid al-Adha", None),  # not in the table
        # the new year: the one coming late in a year, the one begun early in it
        ("Nobody will negotiate before the new year.", "2024-11-23", "the new year", "2025"),
        ("Fighting has eased since the new year.", "2025-01-20", "the new year", "2025"),
        # day/month without a year: one reading resolved, two readings left open
        ("A police log dated 3/8 lists the dead.", "2025-10-08", "dated 3/8", None),
        ("The convoy left on 25/8 under guard.", "2025-10-08", "on 25/8", "2025-08-25"),
        # the day the passage tells
        (
            "The truce collapsed on 20 July. That evening the shelling resumed.",
            TUE,
            "That evening",
            "2025-07-20TEV",
        ),
        (
            "Crowds gathered in the square throughout the day.",
            TUE,
            "throughout the day",
            "2025-08-12",
        ),
        (
            "Rebels took the airport on 3 August and the port the previous day. Looting was "
            "reported overnight.",
            TUE,
            "overnight",
            "2025-08-03TNI",
        ),
        (
            "Drones struck Kyiv overnight, the air force said on Tuesday.",
            TUE,
            "overnight",
            "2025-08-11TNI",
        ),
        # a bare weekday narrated after a yearless date weeks back is that week's
        (
            "Militants entered the village on July 20. On Tuesday they burned the school.",
            TUE,
            "On Tuesday",
            "2025-07-22",
        ),
        # ... but not when it dates the report, does not open its sentence, or the date is
        # history with its year
        (
            "Militants entered the village on July 20. Police found arms there Sunday.",
            TUE,
            "Sunday",
            "2025-08-10",
        ),
        ("Shares were bought from July 14 to Thursday.", TUE, "Thursday", "2025-08-07"),
        (
            "Militants entered the village on July 20, witnesses told reporters on Tuesday.",
            TUE,
            "on Tuesday",
            "2025-08-12",
        ),
        (
            "The war began on 24 February 2022. On Monday drones hit Kharkiv.",
            TUE,
            "On Monday",
            "2025-08-11",
        ),
        # without a publication date, a day and month take the year last named
        (
            "She fled in September 2023. On 20 September the shooting stopped.",
            None,
            "20 September",
            "2023-09-20",
        ),
        # a national day is the story's country's (the one it names most); its eve the day before
        (
            "Two Malian soldiers died near Gao. Mali's army cancelled the Independence Day parade.",
            TUE,
            "Independence Day",
            "2024-09-22",
        ),
        (
            "Pakistani troops were on alert on the eve of Independence Day, Pakistan's army said.",
            "2025-08-14",
            "the eve of Independence Day",
            "2025-08-13",
        ),
        (
            "Ukraine will mark Independence Day with a parade in Kyiv, Ukrainian officials said.",
            TUE,
            "Independence Day",
            "2025-08-24",
        ),
        ("The minister spoke on Independence Day.", TUE, "Independence Day", None),
    ],
)
def test_times_feasts_and_days_in_context(
    extract: Extract, text: str, published: str | None, words: str, value: str | None
) -> None:
    assert times_found(extract, text, published).get(words, "missing") == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Delegates discussed the third day of talks.", "third"),
        ("The party won 3/8 seats in the council.", "3/8"),
        ("Medics work 24/7 in the ward.", "24/7"),
        ("Shops open from 9/5 on weekdays.", "9/5"),
        ("He spoke for 11.25 hours in parliament.", "11.25"),
        ("Each family gets a daily ration of bread.", "daily"),
        ("He visited Easter Island as a student.", "Easter"),
        ("The president gave his New Year address.", "New Year"),
        ("He recalled the day of the attack.", "the day"),
        ("The ceasefire collapsed on 20 July.", "July."),
    ],
)
def test_times_negatives_of_conflict_reporting(extract: Extract, text: str, word: str) -> None:
    assert not [t.text for t in extract(text, published=TUE).times if word in t.text]


@pytest.mark.parametrize(
    ("text", "published", "words", "value", "kind"),
    [
        # bare clock times after a preposition; a clock told "on" a day takes that day
        ("The curfew starts at 22:00 in Goma.", TUE, "at 22:00", "2025-08-12T22:00", "time"),
        (
            "Figures are as of 07:30 on 11 August 2025.",
            TUE,
            "as of 07:30",
            "2025-08-11T07:30",
            "time",
        ),
        (
            "The road was shut on 10 August from 06:00 until 18:00 on Monday.",
            TUE,
            "until 18:00",
            "2025-08-11T18:00",
            "time",
        ),
        # day/month/year with a two-digit year, and at the end of a sentence
        ("Ref. 0412 of 23/07/25 lists the convoy.", TUE, "23/07/25", "2025-07-23", "date"),
        ("The next report is due 28/08/2025.", TUE, "28/08/2025", "2025-08-28", "date"),
        ("The notice was dated 7/30/2025.", TUE, "7/30/2025", "2025-07-30", "date"),
        # "on the 14th": a day of the month under discussion, else of the publication month
        (
            "Voting began on 2 July and results came on the 9th.",
            TUE,
            "on the 9th",
            "2025-07-09",
            "date",
        ),
        ("Talks resume on the 20th, a mediator said.", TUE, "on the 20th", "2025-08-20", "date"),
        # seasons: "the summer" of the publication year; "next winter" the first to begin
        ("Fighting has eased since the summer.", TUE, "the summer", "2025-SU", "date"),
        ("Stocks must last through the winter.", TUE, "the winter", "2025-WI", "date"),
        ("Repairs will finish before next winter.", "2025-04-10", "next winter", "2025-WI", "date"),
        ("Repairs will finish before next winter.", "2025-12-20", "next winter", "2026-WI", "date"),
        ("Power cuts returned this winter.", "2025-01-20", "this winter", "2024-WI", "date"),
        # "since" a month or day: not one still to come
        ("Since the floods in October, 40 schools closed.", TUE, "October", "2024-10", "date"),
        ("Since October 7, trade has collapsed.", "2024-10-06", "October 7", "2023-10-07", "date"),
        # "the previous week" after a day the passage tells is the week before it
        (
            "In the week to 3 August, 900 people fled, against 400 the previous week.",
            TUE,
            "the previous week",
            "2025-W30",
            "date",
        ),
        # spans without a count, fortnights, runs of weeks
        ("Over the past day, 40 clashes were recorded.", TUE, "the past day", "P1D", "duration"),
        ("Prices doubled in the past fortnight.", TUE, "the past fortnight", "P2W", "duration"),
        ("The town was shelled a fortnight ago.", TUE, "a fortnight ago", "2025-W31", "date"),
        (
            "Cases fell for three consecutive weeks.",
            TUE,
            "for three consecutive weeks",
            "P3W",
            "duration",
        ),
        ("Rebuilding the bridge will take years.", TUE, "take years", "PXY", "duration"),
        # ISO dates with slashes; the first day of a range written with one month
        ("The decree was signed on 2025/07/30.", TUE, "2025/07/30", "2025-07-30", "date"),
        ("Shelling raged from 3 to 7 August.", TUE, "3", "2025-08-03", "date"),
        ("Talks ran between 10 and 12 March 2024.", TUE, "10", "2024-03-10", "date"),
        ("The summit is set for 22-23 August.", TUE, "22", "2025-08-22", "date"),
        # a winter told as past before the next one begins is the one just gone
        ("Kyiv faced blackouts through the winter.", "2025-03-20", "the winter", "2024-WI", "date"),
        ("The rains failed this winter.", "2025-03-20", "this winter", "2024-WI", "date"),
        ("Aid will run short this winter.", "2025-03-20", "this winter", "2025-WI", "date"),
        ("Clashes erupted this summer.", "2025-03-20", "this summer", "2025-SU", "date"),
        # military clock times: four digits with a leading zero, before a day
        (
            "Strikes went on from 0600 on 10 August to 0600 on 11 August.",
            TUE,
            "to 0600",
            "2025-08-11T06:00",
            "time",
        ),
        # halves of the year under discussion; runs told with "for a second week"
        (
            "In the first half of the year, 300 died.",
            TUE,
            "the first half of the year",
            "2025-H1",
            "date",
        ),
        ("Protests went on for a second week.", TUE, "for a second week", "P2W", "duration"),
        ("Schools stayed shut for the third day.", TUE, "for the third day", "P3D", "duration"),
        # ISO date and time stamps; reporting periods closed by a date
        ("Last updated: 2025-08-12T10:15Z", TUE, "2025-08-12T10:15Z", "2025-08-12T10:15", "time"),
        ("In the week to 3 August, 900 fled.", TUE, "the week", "P1W", "duration"),
        ("Data for the month ending 31 July show a rise.", TUE, "the month", "P1M", "duration"),
        # fiscal shorthand and halves by code; more movable feasts
        ("Guidance for FY26 was cut.", TUE, "FY26", "2026", "date"),
        ("Sales in H1 2025 were weak.", TUE, "H1 2025", "2025-H1", "date"),
        ("Markets shut for Lunar New Year.", "2025-02-03", "Lunar New Year", "2025-01-29", "date"),
        ("Rockets were fired on Yom Kippur.", "2024-10-20", "Yom Kippur", "2024-10-12", "date"),
        ("Families will gather for Passover.", "2025-03-12", "Passover", "2025-04-13", "date"),
        ("Celebrations for Diwali were muted.", "2025-11-02", "Diwali", "2025-10-20", "date"),
        # a month after publication's, told as past, is last year's; not a deadline, not a plan
        ("The only truce came in late November.", "2024-10-06", "late November", "2023-11", "date"),
        (
            "Rebels were given until mid-November to leave.",
            "2025-10-20",
            "mid-November",
            "2025-11",
            "date",
        ),
        (
            "Rules to be published in early November were delayed.",
            "2025-10-30",
            "early November",
            "2025-11",
            "date",
        ),
        # a yearless date setting the scene after a year the passage tells is in that year
        (
            "I stayed in Mariupol until 2022. On the morning of 24 February we heard blasts.",
            TUE,
            "the morning of 24 February",
            "2022-02-24TMO",
            "time",
        ),
        (
            "The siege began in 2022. Food ran out. On 16 March the theatre was hit.",
            TUE,
            "16 March",
            "2022-03-16",
            "date",
        ),
        # ... but not a date inside a sentence after a year that only qualifies a noun
        (
            "A plan approved in 2019 set no cap. The firm bought shares through 30 July.",
            TUE,
            "30 July",
            "2025-07-30",
            "date",
        ),
        # a night across two days is the first day's night, one expression with both days (as
        # the golden rounds mark "the night of 16 to 17 June"); the past hour is a span
        (
            "Drones hit the port on the night of 5-6 August.",
            TUE,
            "the night of 5-6 August",
            "2025-08-05TNI",
            "time",
        ),
        ("Within the past hour, sirens sounded again.", TUE, "the past hour", "PT1H", "duration"),
        (
            "Since the start of the day, 46 assaults failed.",
            TUE,
            "the start of the day",
            "2025-08-12",
            "date",
        ),
        # holidays on the nth weekday of a month; a bare holiday follows the tense
        ("Families gathered on Thanksgiving.", "2025-03-12", "Thanksgiving", "2024-11-28", "date"),
        ("The parade is set for Memorial Day.", "2025-03-12", "Memorial Day", "2025-05-26", "date"),
        ("The shop was looted at Christmas.", "2025-03-12", "Christmas", "2024-12-25", "date"),
        ("Shops will close for Christmas.", "2025-03-12", "Christmas", "2025-12-25", "date"),
        # a deadline set in the past still looks ahead
        (
            "Police posted guards at the depot through Memorial Day.",
            "2025-05-20",
            "Memorial Day",
            "2025-05-26",
            "date",
        ),
        # ... even when that day was told paragraphs before
        (
            "The index closed at 2,082 on Oct. 27.\n\nBrokers were busy.\n\nThey sold steel."
            " Gas lost 3%, down from the previous Friday.",
            "2025-10-30",
            "the previous Friday",
            "2025-10-24",
            "date",
        ),
        # "the previous Friday" counts back from the day the passage tells
        (
            "The index closed at 2,082 on Oct. 27, down 4% from the previous Friday.",
            "2025-10-30",
            "the previous Friday",
            "2025-10-24",
            "date",
        ),
        # "early on" and "late on" a date or a weekday keep their mod
        (
            "Early on 11 August, a drone hit the depot.",
            TUE,
            "Early on 11 August",
            "2025-08-11",
            "date",
        ),
        ("Late on Sunday, the army retook the town.", TUE, "Late on Sunday", "2025-08-10", "date"),
        # years later: counted from the year told, not from publication
        (
            "Sanctions were lifted in 2019 and reimposed two years later.",
            TUE,
            "two years later",
            "2021",
            "date",
        ),
        # months later count from the month told last, not from publication
        ("Talks collapsed in June 2021. Six months later, fighting resumed.", TUE,
         "Six months later", "2021-12", "date"),
        ("The riot on 5 February spread; a month later the governor quit.", "2024-03-14",
         "a month later", "2024-03", "date"),
        ("The mine will reopen in May, and a month later it will reach full output.",
         "2024-03-14", "a month later", "2024-06", "date"),
        # datelines and headers in capitals, and a full date with its time stamp
        (
            "RADIO KIVU | EVENING BULLETIN | FRIDAY, 8 AUGUST 2025",
            TUE,
            "FRIDAY, 8 AUGUST 2025",
            "2025-08-08",
            "date",
        ),
        ("BULLETIN OF JULY 30, 2025: three dead", TUE, "JULY 30, 2025", "2025-07-30", "date"),
        (
            "Sahel Desk | Monday, 11 August 2025, 17:45",
            TUE,
            "17:45",
            "2025-08-11T17:45",
            "time",
        ),
        (
            "Posted Aug 12, 2025 09:05 by the desk",
            TUE,
            "09:05",
            "2025-08-12T09:05",
            "time",
        ),
        # a day and month in a year told from publication
        (
            "The army set June 30 next year as its deadline to clear the road.",
            TUE,
            "June 30 next year",
            "2026-06-30",
            "date",
        ),
        ("The bridge fell on 3 May last year.", TUE, "3 May last year", "2024-05-03", "date"),
        # a dotted clock in hours after "at" (a span of hours has no "at")
        (
            "On 10 August 2025, at approximately 06.15 hrs, the post was shelled.",
            TUE,
            "06.15 hrs",
            "2025-08-10T06:15",
            "time",
        ),
        # a mark of the day's light on a day told from publication
        (
            "Gunmen attacked the post at dawn yesterday.",
            TUE,
            "dawn yesterday",
            "2025-08-11TMO",
            "time",
        ),
    ],
)
def test_times_clocks_numeric_dates_seasons_and_spans(
    extract: Extract, text: str, published: str, words: str, value: str, kind: str
) -> None:
    record = _record(extract, text, words, published)
    assert (record.value, record.type) == (value, kind)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The score was 2:1 at half time.", "2:1"),
        ("Read Psalm 23:4 aloud.", "23:4"),
        ("The talks lasted 11.25 hours.", "11.25"),
        ("He spends every weekend at the front.", "every week"),
        ("TRUCKERS MAY STRIKE AGAIN, UNION WARNS", "MAY"),
        ("The 12 August 2025, 14:3 build failed.", "14:3"),
        ("He lives on the 14th floor.", "14th"),
        ("She finished on the 3rd lap.", "3rd"),
        ("The summer heat wave killed crops.", "summer"),
        ("He is a summer intern.", "summer"),
        ("Rations for the last day ran out.", "last day"),
        ("Recruits aged 19 to 24 left.", "19"),
        ("The ministry put the toll at 1500 on Monday.", "1500"),
        ("Aid will flow for the first week of March.", "first week"),
        ("He won for the first time in years.", "first time"),
        ("The week-long summit opened in Doha.", "week"),
        ("He applied for an H1 visa.", "H1"),
        ("At the end of the day, voters decide.", "the day"),
        ("The Yom Kippur War began in 1973.", "Yom Kippur"),
        ("He walked to the week to come.", "week"),
        ("The score was 3 to 1 at the end.", "3"),
    ],
)
def test_times_negatives_of_clocks_days_and_seasons(extract: Extract, text: str, word: str) -> None:
    assert not [t.text for t in extract(text, published=TUE).times if word in t.text]


@pytest.mark.parametrize(
    ("text", "words", "mod"),
    [
        ("Early on 11 August, a drone hit the depot.", "Early on 11 August", "START"),
        ("Late on Sunday, the army retook the town.", "Late on Sunday", "END"),
        ("Rebels were given until mid-November.", "mid-November", "MID"),
        ("Since the start of the day, 46 assaults failed.", "the start of the day", "START"),
        ("Aid arrived on 11 August.", "11 August", None),
    ],
)
def test_times_mods(extract: Extract, text: str, words: str, mod: str | None) -> None:
    assert _record(extract, text, words).mod == mod


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a present-tense plan names the coming weekday; a day hung on a noun does not
        ("The two envoys meet Monday in Doha.", "Monday", "2025-08-18"),
        ("Talks are resuming on Thursday, mediators say.", "on Thursday", "2025-08-14"),
        ("The curfew follows Monday's shelling of the port.", "Monday's", "2025-08-11"),
        ("Shells hit the depot, which burned on Sunday.", "on Sunday", "2025-08-10"),
        # a plan told in the past perfect was due before publication
        ("The truce had been due to expire on Friday.", "on Friday", "2025-08-08"),
        ("The truce is due to expire on Friday.", "on Friday", "2025-08-15"),
        # the current quarter runs at publication, whatever quarter was named before
        (
            "Grain exports fell in the second quarter. The current quarter looks weaker.",
            "The current quarter",
            "2025-Q3",
        ),
        # a year-back figure is set against the quarter reported, not one forecast
        (
            "Port revenue rose in the second quarter and may fall in the fourth quarter. "
            "In the year-ago period it fell 3%.",
            "the year-ago period",
            "2024-Q2",
        ),
        ("Exports rose 4% from the year-ago period.", "the year-ago period", "2024"),
        # a year close to publication that modifies a plural noun is still the year
        ("The ministry cut its 2025 harvest forecasts again.", "2025", "2025"),
        # a deadline months back from publication lies ahead
        ("The truce was extended through January.", "January", "2026-01"),
        # the year's end, halves told as two quarters, last year's quarter, vague futures
        ("Engineers hope to restore power by year-end.", "year-end", "2025-12-31"),
        ("Prices are up 4% since year-end.", "year-end", "2024-12-31"),
        ("Engineers hope to restore power by the year's end.", "the year's end", "2025"),
        (
            "Repairs will take the first two quarters of 2026.",
            "the first two quarters of 2026",
            "2026-H1",
        ),
        (
            "Fuel imports rose in the second quarter. Last year's quarter was weaker.",
            "Last year's quarter",
            "2024-Q2",
        ),
        ("Prices may ease in the short term.", "the short term", "FUTURE_REF"),
        # plural weekdays and parts of weekdays recur
        ("The crossing opens on Fridays.", "on Fridays", "XXXX-WXX-5"),
        ("Buses leave on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("The river floods each July.", "each July", "XXXX-07"),
        ("Every winter the road closes.", "Every winter", "XXXX-WI"),
        ("Rebels broke a June truce.", "June", "2025-06"),
        ("The vote was put off to a later date.", "a later date", "FUTURE_REF"),
    ],
)
def test_times_plans_quarters_and_deadlines(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words, "missing") == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a clock time written against its day is a time on that day, and the day stays its
        # own date (news annotation scores "Wednesday" apart from "10 p.m."); a clock opening
        # a span after a day stays apart
        ("Gunmen seized the trader at 10 p.m. Wednesday, police said.", "at 10 p.m.",
         "2025-08-06T22:00"),
        ("Gunmen seized the trader at 10 p.m. Wednesday, police said.", "Wednesday",
         "2025-08-06"),
        ("Talks broke off at noon Thursday.", "at noon", "2025-08-07T12:00"),
        ("Talks broke off at noon Thursday.", "Thursday", "2025-08-07"),
        ("The offer runs until 5 p.m. EST, Aug. 29.", "until 5 p.m. EST", "2025-08-29T17:00"),
        ("The offer runs until 5 p.m. EST, Aug. 29.", "Aug. 29", "2025-08-29"),
        ("The envoy will brief reporters tomorrow at 9 a.m.", "at 9 a.m.", "2025-08-13T09:00"),
        ("The envoy will brief reporters tomorrow at 9 a.m.", "tomorrow", "2025-08-13"),
        ("Crowds gathered from 9 p.m. tonight in Bamako.", "from 9 p.m.", "2025-08-12T21:00"),
        ("Tuesday 5 August 2025, 18:40 - Two boats sank.", "Tuesday 5 August 2025",
         "2025-08-05"),
        ("Tuesday 5 August 2025, 18:40 - Two boats sank.", "18:40", "2025-08-05T18:40"),
        ("The port closed on 10 August from 06:00.", "from 06:00", "2025-08-10T06:00"),
        # a plan verb in the simple past tells when the plan was made; "for" tells its day
        ("On Sunday, the mayor threatened to shut the market.", "On Sunday", "2025-08-10"),
        ("Rioters set fire to a police post late on Saturday.", "late on Saturday",
         "2025-08-09"),
        ("The generals scheduled new talks for Friday.", "Friday", "2025-08-15"),
        # a deadline through a clock time: "until 6 a.m. on Friday" lies ahead
        ("Police declared a curfew from 8 p.m. until 6 a.m. on Friday.",
         "until 6 a.m.", "2025-08-15T06:00"),
        ("Police declared a curfew from 8 p.m. until 6 a.m. on Friday.", "on Friday",
         "2025-08-15"),
        # an evening clock, then a morning one: midnight has passed
        ("The raid began at 11 p.m. on Sunday and ended after 3 a.m.", "after 3 a.m.",
         "2025-08-11T03:00"),
        ("A curfew runs nightly from 10 p.m. to 5 a.m.", "5 a.m.", "2025-08-13T05:00"),
        ("Shelling began at 3 p.m. Earlier, at 10 a.m., a drone struck.", "at 10 a.m.",
         "2025-08-12T10:00"),
        # a yearless day with no tense to tell is the nearer of this year's and last year's;
        # told as past it is never months ahead
        ("The third flight departs each Thursday from November 6.", "November 6",
         "2025-11-06"),
        ("Ships docked in Odesa on November 6, the port said.", "November 6", "2024-11-06"),
        # "in" a count of units on a future verb is the date that far ahead
        ("The bonds will be repaid in five years.", "in five years", "2030"),
        ("It was the steepest fall in five years.", "in five years", "P5Y"),
        # the latest year is the last one closed
        ("Exports made up 27% of sales in the latest fiscal year.", "the latest fiscal year",
         "2024"),
        # holidays kept on a fixed day, and the day a country keeps for its saint
        ("A brawl broke out on Assumption Day in Dili.", "Assumption Day", "2024-08-15"),
        ("Thai police patrolled Bangkok during Songkran.", "Songkran", "2025-04-13"),
        ("Georgian pilgrims marked Giorgoba in Tbilisi on Monday.", "Giorgoba", "2024-11-23"),
        # a part of the day next to the one the passage tells
        ("Shots rang out on Sunday night and the wounded reached the clinic the next morning.",
         "the next morning", "2025-08-11TMO"),
        # counted spans written as adjectives, with a half after the unit or as a fraction,
        # and with "more" before the unit
        ("Shares hit a five year low in Manila.", "five year", "P5Y"),
        ("Envoys ended a three hour meeting in Doha.", "three hour", "PT3H"),
        ("A minute and a half later the siren sounded.", "A minute and a half", "PT1M30S"),
        ("The jet climbed to three thousand. A minute and a half later it turned.",
         "A minute and a half", "PT1M30S"),
        ("Families lived in the camp for 2 1/2 years.", "for 2 1/2 years", "P2Y6M"),
        ("The fleet may use the port for at least 20 more years.",
         "for at least 20 more years", "P20Y"),
        ("Rations fell to one meal a day.", "a day", "P1D"),
        # "between eight and 15 years" is two spans in the text as in value ("eight", then
        # "15 years", as rounds 11 and 18 mark them); "to" makes one vague span
        ("He faces between eight and 15 years in jail.", "eight", "P8Y"),
        ("He faces between eight and 15 years in jail.", "15 years", "P15Y"),
        ("Repairs should take two to three weeks.", "two to three weeks", "PXW"),
        # a clock or dawn leans on the day of the event, not on the day it was reported
        ("Gunmen stormed the post on Sunday, two sources told us on Tuesday. They came "
         "shortly after dawn.", "dawn", "2025-08-10TMO"),
        ("Rebels fired on a patrol on Saturday evening, the army said in a statement on "
         "Monday. The shots came at about 6:40 p.m.", "about 6:40 p.m.", "2025-08-09T18:40"),
    ],
)
def test_times_clocks_join_their_day_and_plans_keep_their_tense(
    extract: Extract, text: str, words: str, value: str
) -> None:
    assert times_found(extract, text).get(words, "missing") == value


def test_times_a_live_blog_entry_time_is_no_stamp_of_the_day_above(extract: Extract) -> None:
    """ "Sunday 8 March 2026" then, on a line of its own, "09:12 ...": the day stays a day."""
    found = times_found(extract, "Sunday 8 March 2026\n\n09:12 Gunmen opened fire in Bawku, police "
                   "said.", published="2026-03-08")
    assert found.get("Sunday 8 March 2026") == "2026-03-08"


_RULE_WORD_TEXTS = ("times_heldout", "times_heldout11", "attributions", "numbers", "events_dev3")


def test_times_rule_words_stand_in_every_match() -> None:
    """A rule skipped for want of its words (data/times.toml [grammar.rule_words]) could
    not have matched: every match of it, on golden texts of several outlets, holds one."""
    golden = Path(__file__).resolve().parents[2] / "golden"
    paths = [p for d in _RULE_WORD_TEXTS for p in sorted((golden / d).glob("*.txt"))]
    texts = [p.read_text("utf-8") for p in paths]
    assert len(texts) > 30
    matched = set()
    for text in texts:
        words = frozenset(grammar._WORD.findall(text.lower()))
        for name, pattern in grammar.PATTERNS:
            if name in grammar.NEEDED and pattern.search(text):
                matched.add(name)
                assert not grammar.NEEDED[name].isdisjoint(words), (name, text[:80])
    assert {"anaphor", "season", "the_year", "relday"} <= matched


def test_times_rules_read_near_their_words_find_what_the_whole_text_gives() -> None:
    """A rule that needs a word reads only around the places it stands (`_near_words`): on
    golden texts of several outlets, its matches there are its matches over the whole text."""
    golden = Path(__file__).resolve().parents[2] / "golden"
    paths = [p for d in _RULE_WORD_TEXTS for p in sorted((golden / d).glob("*.txt"))]
    narrowed = set()
    for text in [p.read_text("utf-8") for p in paths]:
        lowered = text.lower()
        words = frozenset(grammar._WORD.findall(lowered))
        for name, pattern in grammar.PATTERNS:
            if name not in grammar.NEEDED or name in grammar.TRIGGERS:
                continue
            near = grammar._near_words(grammar.NEEDED[name], words, lowered)
            whole = [m.span() for m in pattern.finditer(text)]
            if near is not None:
                narrowed.add(name)
                assert sum(b - a for a, b in near) <= len(text)
            assert [m.span() for m in grammar._matches(name, pattern, text, near)] == whole
    assert {"vague", "relday", "anaphor", "the_day"} <= narrowed


def test_times_rules_read_near_their_triggers_find_what_the_whole_text_gives() -> None:
    """A rule with a trigger reads only the windows around its trigger's parts (`_windows`):
    on golden texts of several outlets, its matches there are its matches over the whole
    text, and the parts of a trigger find the places the trigger did as one pattern."""
    golden = Path(__file__).resolve().parents[2] / "golden"
    paths = [p for d in _RULE_WORD_TEXTS for p in sorted((golden / d).glob("*.txt"))]
    matched = set()
    for text in [p.read_text("utf-8") for p in paths]:
        lowered, seen = text.lower(), {}
        for name, pattern in grammar.PATTERNS:
            if name not in grammar.TRIGGERS:
                continue
            near = grammar._windows(grammar.TRIGGERS[name], text, lowered, seen)
            whole = [m.span() for m in pattern.finditer(text)]
            matched.update([name] if whole else [])
            assert [m.span() for m in grammar._matches(name, pattern, text, near)] == whole
            written = grammar._TRIGGERS[name]
            joined = "|".join((written,) if isinstance(written, str) else written)
            spans = [m.span() for m in re.finditer(joined, text, re.IGNORECASE)]
            parts = sorted(s for t in grammar.TRIGGERS[name] for s in seen[t.pattern])
            assert set(spans) <= set(parts), (name, text[:60])
    assert {"year", "set", "clock_bare", "ago", "relunit"} <= matched


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Shelling resumed the day after. Every morning since, and each night, sirens sounded; "
         "it stopped at 14:30, a year ago, then again in 2025-06-01's report and Q3 2024.",
         {"ago(?<=\\bago)\\b", "after(?<=\\bafter)\\b"}),
    ],
)
def test_times_trigger_parts_open_on_their_words(text: str, words: set[str]) -> None:
    """A trigger of word alternatives is read word by word, each part opening on its word
    (sre skips to it in C) and checking the word boundary behind it."""
    parts = {t.pattern for t in grammar.TRIGGERS["ago"]}
    assert words <= parts
    assert not any(p.startswith("\\b") for p in parts)
    lowered, seen = text.lower(), {}
    near = grammar._windows(grammar.TRIGGERS["ago"], text, lowered, seen)
    assert near and near[0][0] == 0 and all(b <= len(text) for _, b in near)
    assert grammar._top_level(r"a\|b|(?:c|d)|e") == [r"a\|b", "(?:c|d)", "e"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a letter whose lower case is longer ("İ") shifts the lowered text: read it whole
        ("Shelling near İzmit stopped in recent days, the governor said on 3 May 2025.",
         "in recent days"),
        # a needed word inside a longer one ("Nowhere") only widens the reading; its later
        # places, far from the first, are read too
        ("Nowhere in the district was safe for civilians during the long siege of the "
         "town, but for now the road is open, the governor said.", "now"),
    ],
)
def test_times_a_needed_word_is_found_however_the_text_lowers(text: str, words: str) -> None:
    assert words in [c.match.group() for c in grammar.candidates(text)]


def _plain(words: list[str]) -> str:
    """The alternation as it was written before words shared their beginnings."""
    parts = [r"\s+".join(re.escape(p) for p in w.split()) + (r"\b" if w[-1].isalnum() else "")
             for w in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


@pytest.mark.parametrize(
    ("words", "text", "shared"),
    [
        # words sharing a beginning: the longest that fits wins, as in a plain alternation
        (["the past", "the previous", "the", "past"],
         "In the past  week, the previous day and the pastor's house: the past.", "the"),
        (["day", "days", "daybreak", "a.m.", "a"], "A day, two days, at daybreak, 6 a.m. a",
         "day"),
        # ignoring case, capitals and small letters of one word both match
        (["Eid al-Fitr", "Eid", "EID"], "eid AL-FITR ended; Eid came; EIDs", None),
    ],
)
def test_times_alternation_matches_as_a_plain_alternation(
    words: list[str], text: str, shared: str | None
) -> None:
    ours = re.compile(_lexicon.alternation(words), re.IGNORECASE)
    plain = re.compile(_plain(words), re.IGNORECASE)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert ours.pattern.count(r"\s+") <= plain.pattern.count(r"\s+")
    if shared:  # a beginning the words share is written once
        assert ours.pattern.count(shared) == 1 < plain.pattern.count(shared)


def test_times_alternation_keeps_the_stop_of_an_abbreviation() -> None:
    pattern = re.compile(_lexicon.alternation(["Aug", "August", "Sept"], abbreviations=True))
    assert [m.group() for m in pattern.finditer("Aug. 3, August 4, Aug 5, Augusta")] == [
        "Aug.", "August", "Aug"]
