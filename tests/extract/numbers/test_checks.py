"""Checks: totals against parts, unit conversions and rates, including arithmetic that is off."""

from __future__ import annotations

import pytest

from wiredesk.extract.numbers.checks import step


@pytest.mark.parametrize(
    ("text", "kind", "holds", "detail"),
    [
        # live blog: a total and its parts that add up
        (
            "Kyiv said its losses that day were a total of 120 – 30 killed and 90 wounded.",
            "sum", True, "30+90 = 120 holds",
        ),
        # wire story: parts that do NOT add up
        (
            "The army said casualties were a total of 250: 40 killed, 180 wounded and 20 missing.",
            "sum", False, "parts sum to 240, stated total 250: off by 10",
        ),
        # military briefing: an approximate rate with its parts
        (
            "The enemy is taking casualties of about 600 a day, with 300 killed and 310 wounded.",
            "sum", True, "300+310 = 610, about stated total 600: holds",
        ),
        # official statement: parts listed as included may fall short of the total
        (
            "Officials counted a total of 95 casualties, including 12 killed and 40 wounded.",
            "sum", True, "12+40 = 52, within stated total 95: holds",
        ),
        # a count with no word of a total, broken down after its comma, each part its place
        (
            "The agency says at least 61 people have died, 40 in Gulmi and 21 in nearby "
            "Arghakhanchi, and more than 90 were hurt.",
            "sum", True, "40+21 = 61, at least stated total 61: holds",
        ),
        (
            "Nine people, six women and three boys, were shot dead at the market.",
            "sum", True, "6+3 = 9 holds",
        ),
        # conversions in brackets
        ("Troops pushed forward 20 km (12 miles) in a week.", "unit", True, None),
        ("The base is 1,000 km (620 miles) from the border.", "unit", True, None),
        ("The base is 1,000 km (400 miles) from the border.", "unit", False, None),
        ("The convoy stopped 300 miles (480 km) short of the city.", "unit", True, None),
        ("The convoy stopped 300 miles (800 km) short of the city.", "unit", False, None),
        # rates against rates
        (
            "Russia fires about 10,000 shells a day, or some 70,000 shells a week.",
            "other", True, None,
        ),
        (
            "Russia fires about 10,000 shells a day, or some 20,000 shells a week.",
            "other", False, None,
        ),
    ],
)
def test_checks_arithmetic(extract, text: str, kind: str, holds: bool, detail: str | None) -> None:
    checks = [c for c in extract(text).checks if c.kind == kind]
    assert len(checks) == 1, checks
    assert checks[0].holds is holds
    if detail is not None:
        assert checks[0].detail == detail


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine lost 18 soldiers on Monday and 243 on Tuesday.",
        "In all, 340 drones were launched. Separately, 18 were killed and 20 wounded in Sumy.",
        "The front line is 1,000 km long.",
        # after a comma, figures that do not add up to the count are no parts of it
        "Gunmen killed 12 villagers, burned 30 huts and stole 40 goats.",
    ],
)
def test_checks_negatives(extract, text: str) -> None:
    assert [c.kind for c in extract(text).checks if c.kind != "other"] == []


def test_checks_name_their_figures(extract) -> None:
    doc = extract("The toll was a total of 57 – 21 killed and 36 wounded.")
    check = doc.checks[0]
    assert [doc.figures[i].value for i in check.figures] == [57, 21, 36]
    assert check.span == (doc.figures[check.figures[0]].span[0], doc.figures[-1].span[1])


@pytest.mark.parametrize(
    ("value", "expected"), [(1300, 100), (10, 2), (6, 1), (800, 100), (1.5, 0.1), (1000, 200)]
)
def test_checks_step(value: float, expected: float) -> None:
    assert step(value) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "kind", "holds"),
    [
        # flash update: a highlight's total and the parts it includes, the next item apart
        ("HIGHLIGHTS\n- Some 2,400 people displaced, including 1,300 in Suai and 1,100 in "
         "Zumalai\n- Police evacuate 300 students from a school\n\nFighting broke out on "
         "Monday.", "sum", True),
        # official statement: the parts follow in an "Of these" sentence
        ("The fighting caused 2,900 deaths. Of these, 2,000 bodies were buried and 900 remain "
         "in morgues.", "sum", True),
        # agency update: "Of the N ..." opens its own breakdown, which falls short
        ("Of the 36 hospitals, 18 are partially working, 12 are closed and four are field "
         "hospitals.", "sum", False),
        # wire story: tonnes restated in pounds, a count over a period restated as a rate
        ("A Jordanian airdrop delivered 11 tonnes (24,250 lb) of food.", "unit", True),
        ("Kyiv needs about 1.5 million artillery shells this year, roughly 4,000 a day.",
         "other", True),
    ],
)
def test_checks_breakdowns_and_periods(extract, text: str, kind: str, holds: bool) -> None:
    checks = [c for c in extract(text).checks if c.kind == kind]
    assert [c.holds for c in checks] == [holds]


@pytest.mark.parametrize(
    ("text", "holds", "detail"),
    [
        # military briefing: a total broken down in the NEXT sentence
        ("The army suffered 13 casualties in the attack. Five soldiers were killed and eight "
         "wounded.", True, "5+8 = 13 holds"),
        # wire story: "The toll included ..." restates the dead of the sentence before
        ("Some 1,081 people were killed this year. The toll included 332 soldiers, 401 civilians "
         "and 358 militants.", False, "parts sum to 1091, stated total 1081: off by 10"),
        # what became of a count: a part "of them" and the counts after it, adding up exactly
        ("Thirty people were detained overnight, the prosecutor said. Twenty-one of them were "
         "released on Monday; nine face charges of rioting.", True, "21+9 = 30 holds"),
    ],
)
def test_checks_breakdown_in_the_next_sentence(extract, text: str, holds: bool,
                                               detail: str) -> None:
    sums = [c for c in extract(text).checks if c.kind == "sum"]
    assert [(c.holds, c.detail) for c in sums] == [(holds, detail)]


@pytest.mark.parametrize(
    "text",
    [
        "The army suffered 13 casualties in the attack. Later, five soldiers were killed and "
        "eight wounded in another raid.",
        "At least 19 people were killed. Police arrested 11 men and detained four women.",
        # parts "of them" that do not add up to the count before are other counts
        "Thirty people were detained overnight. Two of them were women; five face charges.",
    ],
)
def test_checks_next_sentence_needs_a_breakdown(extract, text: str) -> None:
    assert [c.detail for c in extract(text).checks if c.kind == "sum"] == []


@pytest.mark.parametrize(
    ("text", "kind", "holds", "detail"),
    [
        # local paper: a "killed or wounded" total against its parts after a colon
        ("Since January, 27 soldiers and police officers have been killed or wounded in the "
         "province: 9 killed and 17 wounded.",
         "sum", False, "parts sum to 26, stated total 27: off by 1"),
        ("Officials said 42 people were killed or injured in the attacks: 18 were killed and 24 "
         "injured.", "sum", True, "18+24 = 42 holds"),
        ("The hospital received 61 people killed or wounded, 23 of them dead and 38 injured.",
         "sum", True, "23+38 = 61 holds"),
        # live blog: a revised toll against the count said to be added
        ("The death toll rose from 12 to 15 after rescuers pulled three more bodies from the "
         "rubble.", "other", True, "12 + 3 = 15, revised to 15: holds"),
        ("The death toll rose from 12 to 16 after rescuers found three more bodies.",
         "other", False, "12 + 3 = 15, revised to 16: off by 1"),
        ("The number of missing fell from 40 to 35 after five more people were found alive.",
         "other", True, "40 - 5 = 35, revised to 35: holds"),
        # CENTCOM statement: nautical miles against kilometres
        ("The ship was struck about 55 nautical miles (102 km) off Aden.", "unit", True,
         "55 nmi = 101.9 km, stated 102: holds"),
        ("A drone boat was destroyed 70 nautical miles (110 km) west of Hodeidah.", "unit", False,
         "70 nmi = 129.6 km, stated 110: off by 19.6 km"),
        ("Troops patrol the 740-km (460-mile) frontier.", "unit", True,
         "740 km = 459.8 mi, stated 460: holds"),
    ],
)
def test_checks_totals_revisions_and_nautical_miles(
    extract, text: str, kind: str, holds: bool, detail: str
) -> None:
    checks = [c for c in extract(text, published="2025-03-22").checks if c.kind == kind]
    assert [(c.holds, c.detail) for c in checks] == [(holds, detail)]


@pytest.mark.parametrize(
    "text",
    [
        # a revision alone is no sum, nor a range
        "The death toll rose from 12 to 15, the ministry said. It has since risen to 17.",
        "The toll has risen to 17. Another 27 people were wounded.",
        # a range is no total of its ends
        "Between 2,500 and 3,000 people were killed when the rebels took the city.",
        # parts of different things do not sum to a "killed or wounded" total
        "In all, 85 people were killed or wounded; 60 homes and 25 shops burned.",
    ],
)
def test_checks_revisions_and_ranges_are_no_sums(extract, text: str) -> None:
    assert [c.detail for c in extract(text, published="2025-03-22").checks] == []


@pytest.mark.parametrize(
    ("text", "holds", "detail"),
    [
        # a colon opens the parts, however the clause before it runs
        ("Medics said 251 people had been killed or wounded while seeking aid on Saturday alone: "
         "56 dead and 185 wounded.", False, "parts sum to 241, stated total 251: off by 10"),
        # a count followed by a colon is the total of the counts listed after it
        ("U.S. forces have been attacked at least 170 times: 66 times in Iraq and 98 times in "
         "Syria.", False, "parts sum to 164, stated total 170: off by 6"),
        ("Drones attacked the port 30 times: 12 times on Monday and 18 times on Tuesday.", True,
         "12+18 = 30 holds"),
    ],
)
def test_checks_totals_before_a_colon(extract, text: str, holds: bool, detail: str) -> None:
    checks = [c for c in extract(text, published="2024-02-06").checks if c.kind == "sum"]
    assert [(c.holds, c.detail) for c in checks] == [(holds, detail)]


@pytest.mark.parametrize(
    "text",
    [
        # a colon after a count of another kind opens no sum of it
        "The army listed 3 demands: 12 prisoners freed and 30 roads reopened.",
        "Fighting killed 12 people: the worst toll since March, while 30 were hurt elsewhere.",
    ],
)
def test_checks_totals_before_a_colon_negatives(extract, text: str) -> None:
    assert [c.detail for c in extract(text, published="2024-02-06").checks] == []


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Two porters were hurt, one in the leg and one in the back, the company said.",
         "1+1 = 2"),
        ("Forty inmates fled the jail; by this afternoon 31 had been caught, which leaves nine "
         "still at large, the warden said.", "31+9 = 40"),
    ],
)
def test_checks_parts_told_by_one_and_by_bare_numbers(extract, text: str, detail: str) -> None:
    checks = extract(text, published="2026-05-04").checks
    assert [c.kind for c in checks] == ["sum"] and detail in checks[0].detail, checks
    assert checks[0].holds


def test_checks_bare_numbers_that_do_not_add_up_are_no_sum(extract) -> None:
    text = "Forty inmates fled the jail; by this afternoon 31 had been caught and 4 were shot."
    assert not [c for c in extract(text, published="2026-05-04").checks if c.kind == "sum"]
