"""Figures: value, qualifier, unit, category and whose, on sentences written for these tests."""

from __future__ import annotations

import pytest

from wiredesk.extract.numbers._parse import find_numbers

MILITARY_BRIEFING = (
    "Air defence units shot down 47 of 58 drones overnight, the air force said on Sunday. "
    "Over the past day the enemy lost about 1,100 troops and nine tanks, the General Staff said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 10,000", [10000.0]),
        ("1.3 million", [1300000.0]),
        ("$1.3 billion", [1.3e9]),
        ("€40bn", [4e10]),
        ("twenty-five and two hundred and fifty", [25.0, 250.0]),
        ("a dozen", [12.0]),
        ("half a million", [500000.0]),
        ("hundreds of", [200.0]),
        ("tens of thousands of", [20000.0]),
        ("S-400, Su-34, F-16, Shahed-136, COVID-19 and G7", []),
        ("call +380 44 256 7890 on 2025-08-12 at 10:30", []),
        ("a 56-year-old man", []),
        ("a five-year plan", []),
    ],
)
def test_numbers_values(text: str, expected: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals read in the lowered text: the values, spans and currencies stay
        ("TWO HUNDRED AND FIFTY Fled; Hundreds Of homes",
         [(0, 21, 250.0, None), (28, 36, 200.0, None)]),
        ("Aid of USD 5 Million and US$ 3BN", [(7, 20, 5e6, "USD"), (25, 32, 3e9, "USD")]),
        ("INR 40 Crore", [(0, 12, 4e8, "INR")]),
        # "İ" grows lower-cased: the text is read as written, ignoring case
        ("İzmir: TWO HUNDRED fled, USD 5 million lost",
         [(7, 18, 200.0, None), (25, 38, 5e6, "USD")]),
        # a phone number stays masked whatever opens it
        ("Call (044) 256-7890 or +380 44 256 7890", []),
    ],
)
def test_numbers_read_whatever_the_case(
    text: str, expected: list[tuple[int, int, float, str | None]]
) -> None:
    assert [(n.start, n.end, n.value, n.currency) for n in find_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story
        (
            "Pyongyang has sent more than 3,000 soldiers to the border, officials said.",
            ("more than 3,000 soldiers", 3000, "more_than", None, "troops_deployed"),
        ),
        (
            "At least 12 civilians were killed in the strike on Kharkiv.",
            ("At least 12 civilians", 12, "at_least", None, "killed"),
        ),
        (
            "The shelling left 30 dead and 41 injured, the governor said.",
            ("30 dead", 30, "exact", None, "killed"),
        ),
        # military briefing
        (
            "Troops advanced by about 4 km (2.5 miles) west of the river.",
            ("about 4 km (2.5 miles)", 4, "about", "km", "distance"),
        ),
        (
            "The depot lies 500 miles from the front.",
            ("500 miles", 500, "exact", "mi", "distance"),
        ),
        (
            "The enemy launched 83 drones and six missiles overnight.",
            ("83 drones", 83, "exact", None, "drones"),
        ),
        (
            "Hundreds of people fled the city as the fighting spread.",
            ("Hundreds of people", 200, "at_least", None, "displaced"),
        ),
        # state media
        (
            "The ministry pledged $1.3 billion for reconstruction.",
            ("$1.3 billion", 1.3e9, "exact", "USD", "money"),
        ),
        (
            "Turnout reached 67% across the region.",
            ("67%", 67, "exact", "percent", "percent"),
        ),
        # official statement
        (
            "Police arrested up to 40 protesters in the capital.",
            ("up to 40 protesters", 40, "up_to", None, "arrested"),
        ),
        (
            "The army is losing nearly 900 troops a day, the spokesman said.",
            ("nearly 900 troops a day", 900, "less_than", "per_day", "casualties_per_day"),
        ),
    ],
)
def test_figures_reading(extract, text: str, expected: tuple) -> None:
    words, value, qualifier, unit, category = expected
    figures = extract(text).figures
    found = [f for f in figures if f.text == words]
    assert found, [f.text for f in figures]
    f = found[0]
    assert (f.value, f.qualifier, f.unit, f.category) == (value, qualifier, unit, category)


@pytest.mark.parametrize(
    "text",
    [
        "The S-400 batteries and Su-34 jets were moved, while F-16 pilots trained.",
        "Shahed-136 drones were seen; COVID-19 rules ended; the G7 met.",
        "Under Resolution 2231 the embargo expired in 2020.",
        "The 56-year-old commander was detained at 10:30 on 2025-08-12.",
        "It was the second such strike in four days.",
        "She is one of the few envoys left, and the two leaders agreed.",
        "Call the hotline on +380 44 256 7890 for details.",
        # vague counts of no kind, ages, clock times at a sentence's end, people counted before
        "Hundreds of young people gathered outside the station.",
        "Among the injured was a boy of 12 hit in the eye.",
        "Protesters threw stones at about 6 a.m. He said the crowd then left.",
        "One of the suspects was a woman, and one of the freed men was a teacher.",
    ],
)
def test_figures_negatives(extract, text: str) -> None:
    assert [f.text for f in extract(text).figures] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # ages listed after "aged" are all ages; the toll before them is a figure
        ("Four people were killed, among them two brothers aged 19 and 26.", [4.0]),
        ("Three men aged 30, 41 or 52 were detained.", [3.0]),
        ("Four men aged between 18 and 27 were arrested.", [4.0]),
    ],
)
def test_figures_ages_listed_are_no_figures(extract, text: str, values: list[float]) -> None:
    assert [f.value for f in extract(text).figures] == values


def test_figures_who_speaks_is_no_toll(extract) -> None:
    # the parse hangs the sources from the dead; the attributions name them as who speaks
    text = (
        "Gunmen attacked the market on Tuesday, killing at least 12 people, a nurse and two "
        "traders told reporters. The crew of 22 reported three sailors hurt."
    )
    found = [(f.text, f.category) for f in extract(text, published="2026-03-04").figures]
    assert ("at least 12 people", "killed") in found
    assert not any(text.startswith("two traders") for text, _ in found)
    assert any(text.endswith("22") for text, _ in found)


@pytest.mark.parametrize(
    ("text", "words", "about"),
    [
        ("Ukraine's casualties reached 1,200 last month.", "1,200", "Ukraine"),
        ("Russian losses stood at 950 soldiers on Friday.", "950 soldiers", "Russia"),
        ("North Korea has sent 6,000 troops to Kursk.", "6,000 troops", "North Korea"),
        ("Strikes killed 14 people in Odesa.", "14 people", None),
        # capitals and seats stand for their country
        ("Moscow's losses reached 1,200 troops last week.", "1,200 troops", "Russia"),
        ("Pyongyang has sent 3,000 troops to Kursk.", "3,000 troops", "North Korea"),
        ("Kinshasa's army lost 300 soldiers near Goma.", "300 soldiers", "Democratic Republic"),
        # a name before a thing is its model, not its owner; a counter is not whom it counts
        ("Russia launched four Iskander-M missiles at the port.", "four Iskander-M missiles",
         "Russia"),
        ("Police had counted 26 bodies by Monday evening.", "26 bodies", None),
    ],
)
def test_figures_about(extract, text: str, words: str, about: str | None) -> None:
    found = [f for f in extract(text).figures if words in f.text]
    assert found
    assert found[0].about == about or (about and found[0].about and about in found[0].about)


def test_figures_coordinated_numbers_share_the_noun(extract) -> None:
    doc = extract("Inspectors listed 12 official and 7 secret detention facilities in the region.")
    assert [(f.text, f.category) for f in doc.figures] == [
        ("12 official", "detention_facilities"),
        ("7 secret detention facilities", "detention_facilities"),
    ]


def test_figures_date_and_attribution(extract) -> None:
    doc = extract(MILITARY_BRIEFING, published="2025-03-10")
    drones = next(f for f in doc.figures if f.category == "drones")
    assert drones.value == 58
    tanks = next(f for f in doc.figures if f.category == "tanks")
    assert tanks.value == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story: ranges written out, and the noun a list leaves out
        (
            "Gunmen killed between 30 and 40 villagers in the raid.",
            [("between 30 and 40 villagers", 30, "at_least", None, "killed")],
        ),
        (
            "Of the dead, 1,086 were killed by gangs, 331 by police and 103 by vigilantes.",
            [("1,086", 1086, "exact", None, "killed"), ("331", 331, "exact", None, "killed"),
             ("103", 103, "exact", None, "killed")],
        ),
        # Indian press: crore and lakh
        (
            "The state sanctioned Rs 500 crore for bunkers costing Rs 2.4 lakh each.",
            [("Rs 500 crore", 5e9, "exact", "INR", "money"),
             ("Rs 2.4 lakh", 240000, "exact", "INR", "money")],
        ),
        # agency update: shares, and people named by a demonym
        (
            "A third of the wells are dry and two-thirds of the clinics are shut.",
            [("A third", 1 / 3, "exact", "fraction", "share"),
             ("two-thirds", 2 / 3, "exact", "fraction", "share")],
        ),
        (
            "Air strikes killed 34 Palestinians, including nine children.",
            [("34 Palestinians", 34, "exact", None, "killed"),
             ("nine children", 9, "exact", None, "killed")],
        ),
        # military briefing: units the text restates
        (
            "The ship was hit about 60 nautical miles (110 km) off the coast.",
            [("about 60 nautical miles (110 km)", 60, "about", "nmi", "distance")],
        ),
        (
            "Israel says 1,200 people were killed and 251 taken hostage.",
            [("1,200 people", 1200, "exact", None, "killed"),
             ("251", 251, "exact", None, "hostages")],
        ),
    ],
)
def test_figures_lists_ranges_and_shares(extract, text: str, expected: list[tuple]) -> None:
    got = [(f.text, f.value, f.qualifier, f.unit, f.category) for f in extract(text).figures]
    assert [g[:2] for g in got] == [(e[0], pytest.approx(e[1])) for e in expected]
    assert [g[2:] for g in got] == [e[2:] for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Bo Nagar, 38, commands a brigade in the north.",
        "Only one in three fighters has a rifle.",
        "Helplines: 01965-220123 and 94190 12345.",
        "Situation update #41 was issued at 08:00.",
        "The two sides met in one room for three reasons.",
        "Between 2020 and 2023 the budget doubled.",
    ],
)
def test_figures_more_negatives(extract, text: str) -> None:
    assert [f.text for f in extract(text).figures] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story: a breakdown opened by "Of the dead," counts the dead
        ("Fighting killed 19 people and wounded 47. Of the dead, 11 were fighters and eight were "
         "civilians.", [("19 people", "killed"), ("47", "wounded"), ("11", "killed"),
                        ("eight", "killed")]),
        ("Police detained 241 people. Of those arrested, 23 were oil thieves.",
         [("241 people", "detained"), ("23", "arrested")]),
        # interview: the participle after the noun, or after an adverb
        ("Our teams counted 41 civilians killed in January.", [("41 civilians", "killed")]),
        ("Some 62,000 newly displaced people reached Mekelle.",
         [("Some 62,000 newly displaced", "displaced")]),
        # agency update: a bare toll counts the dead; martyrs are dead
        ("The toll rose to 64 on Tuesday.", [("64", "killed")]),
        ("The toll has risen to 182 martyrs and 488 wounded.",
         [("182 martyrs", "killed"), ("488 wounded", "wounded")]),
        # military briefing: each noun of a list counts its own kind
        ("Soldiers seized 27 rifles, 4,000 rounds of ammunition and nine armoured vehicles.",
         [("27 rifles", "weapons"), ("4,000 rounds", "shells"),
          ("nine armoured vehicles", "armoured_vehicles")]),
        ("A total of 117 rounds were fired at the positions.",
         [("A total of 117 rounds", "shells")]),
        ("Troops recovered 412,000 litres of stolen crude.", [("412,000 litres", "volume")]),
        # the harm a phrase, an apposition, a verb's complement or "more" names
        ("Two guards lost their lives in the blast.", [("Two guards", "killed")]),
        ("Six guards were killed and three more wounded in the blast.",
         [("Six guards", "killed"), ("three more wounded", "wounded")]),
        ("About 900 households, some 5,400 people, have fled the valley.",
         [("About 900 households", "displaced"), ("some 5,400 people", "displaced")]),
        ("The raid burned 60 homes, forcing some 700 people to flee.",
         [("60 homes", "buildings"), ("some 700 people", "displaced")]),
        ("The war has killed 2,000 people and driven over 90,000 from their homes.",
         [("2,000 people", "killed"), ("over 90,000", "displaced")]),
        # "from 0.7 per cent" is a unit after the number, not a revision to a new value
        ("Premiums rose to about 1 per cent on Monday, up from 0.7 per cent last week.",
         [("about 1 per cent", "percent"), ("0.7 per cent", "percent")]),
        # the harm a noun the counted noun is "of" names; those a court jails are sentenced
        ("The court jailed two men for the killing of at least 14 farmers.",
         [("two men", "sentenced"), ("at least 14 farmers", "killed")]),
        # what befell soldiers counts them, not their being soldiers; held no longer once freed
        ("A military court sentenced seven soldiers to prison terms.",
         [("seven soldiers", "sentenced")]),
        ("Eleven fighters surrendered to the army on Monday.",
         [("Eleven fighters", "surrendered")]),
        ("Gunmen stormed the police station and freed 20 detainees.",
         [("20 detainees", "people")]),
        ("Officers found two pistols and three shotguns in the car.",
         [("two pistols", "weapons"), ("three shotguns", "weapons")]),
        # a highlight's words, which the parse runs into the lines around them, say the harm
        # by their order
        ("HIGHLIGHTS\n- At least 60 houses burned near Suai\n- Some 2,400 people displaced, "
         "including 1,300 in Suai and 1,100 in Zumalai\n\nFighting broke out on Monday.",
         [("At least 60 houses", "buildings"), ("Some 2,400 people", "displaced"),
          ("1,300", "displaced"), ("1,100", "displaced")]),
        # a verb and its phrase say the displaced: "are staying with relatives"
        ("Authorities report that some 2,400 people are staying with relatives.",
         [("some 2,400 people", "displaced")]),
        ("Authorities report that some 2,400 people are staying at home.",
         [("some 2,400 people", "people")]),
        # a spelled number after a definite article counts things named before, unless harm
        # befell them; an indefinite one still counts
        ("The commander will meet the three members of the council on Tuesday.", []),
        ("It was the third fight between young men of the two villages.", []),
        ("The air defences shot down all four drones.", [("four drones", "drones")]),
        # "several thousand" with no "of" tells no number; "a thousand" does
        ("The clashes forced several thousand residents to flee.", []),
        ("The clashes forced a thousand residents to flee.",
         [("a thousand residents", "displaced")]),
        # those who tell, alone or with another, are sources, not a count
        ("A village official and two residents, who asked not to be named, said two farmers had "
         "been wounded.", [("two farmers", "wounded")]),
        # "others" with no verb of their own count more of the figure before them
        ("He said 24 suspects were arrested at a house on Monday night and seven others in "
         "Norton on Tuesday.", [("24 suspects", "arrested"), ("seven others", "arrested")]),
        ("The court sentenced seven soldiers to prison and acquitted three others.",
         [("seven soldiers", "sentenced"), ("three others", "count")]),
        # taken to hospital: a generic count is wounded, a harm noun keeps its own
        ("Fourteen people were taken to hospital after the brawl.",
         [("Fourteen people", "wounded")]),
        ("Five bodies were taken to hospital in the town.", [("Five bodies", "killed")]),
        # "N of them": the kind of the figure before it, or of the harmed named before it
        ("The clinic has treated 40 patients since Monday, nine of them children.",
         [("40 patients", "people"), ("nine", "people")]),
        ("The wounded were taken to the district hospital, where six of them are in a critical "
         "condition.", [("six", "wounded")]),
        # names and signs that are no figures
        ("Fighters of the 444 Brigade withdrew from the airport.", []),
        ("They seized crude worth an estimated N397 million.", []),
        ("Jets dropped 500-pound bombs (227 kg) on the sites.", []),
        ("The attack was not claimed, two officials said.", []),
        ("Two officials were killed in the attack.", [("Two officials", "killed")]),
        ("Three police officers are missing.", [("Three police officers", "missing")]),
        # harm done to people held counts that harm; held, they are prisoners
        ("More than 40 inmates were killed in the riot.", [("More than 40 inmates", "killed")]),
        ("Guards freed 12 prisoners.", [("12 prisoners", "prisoners")]),
        # an object the parse left loose after a name and its apposition: the verb's harm
        ("A military drone strike killed Luka Temo, a regional commander of the East Tana "
         "Liberation Army (ETLA), and two of his fighters at a hut outside this town on Monday "
         "evening, the army's regional command said.", [("two of his fighters", "killed")]),
    ],
)
def test_figures_categories_in_context(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-06-17")
    assert [(f.text, f.category) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "number", "about"),
    [
        # whose: through "which", "it" in a claim, an institution, "of", and never a dateline
        ("Rwanda's defence force, which has about 4,000 troops in the province, said the town "
         "was calm.", "4,000", "Rwanda"),
        ("Beirut said on Monday it had sent 1,500 more soldiers to the south.", "1,500",
         "Lebanon"),
        ("The government had sent 1,200 police officers to the capital.", "1,200", "government"),
        ("Two servicemen of the Azerbaijan Army were wounded.", "Two", "Azerbaijan"),
        ("ABUJA - Troops killed 42 militants in Borno State.", "42", None),
        ("Russia launched 87 drones overnight and Ukraine shot down 41 of them.", "41",
         "Ukraine"),
        ("Ukraine's defence minister said Kyiv needs about 1.5 million artillery shells.", "about",
         "Ukraine"),
        # harm and measures belong to nobody the clause names
        ("A Chinese drone hit a car, killing two fishermen.", "two", None),
        ("Chinese vessels sailed within 12 nautical miles of the coast.", "12", None),
    ],
)
def test_figures_whose(extract, text: str, number: str, about) -> None:
    doc = extract(text, published="2025-06-17")
    fig = next(f for f in doc.figures if f.text.startswith(number) or number in f.text)
    assert fig.about == about or (about is not None and fig.about and about in fig.about)


GENERAL_STAFF = (
    "KYIV - The General Staff gave these figures for Russian losses since February 2022:\n\n"
    "personnel - about 1,050,200 (+980)\n"
    "tanks - 11,020 (+7)\n"
    "artillery systems - 31,900 (+35)\n"
    "air defence systems - 1,190\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a losses table: running totals, and daily increments as per-day rates
        (GENERAL_STAFF, [
            ("about 1,050,200", "casualties", None, "Russia"),
            ("+980", "casualties_per_day", "per_day", "Russia"),
            ("11,020", "tanks", None, "Russia"),
            ("+7", "tanks_per_day", "per_day", "Russia"),
            ("31,900", "artillery", None, "Russia"),
            ("+35", "artillery_per_day", "per_day", "Russia"),
            ("1,190", "air_defence", None, "Russia"),
        ]),
        # how often a violent act happened counts attacks
        ("The rebels attacked 14 times near Bunia overnight, the army said.",
         [("14 times", "attacks", None, None)]),
        ("US troops in Syria have been attacked at least 20 times since June.",
         [("at least 20 times", "attacks", None, None)]),
        # what an air defence shoots down, whatever it is called
        ("Air defences shot down a total of 48 aerial targets over the Black Sea.",
         [("a total of 48 aerial targets", "shot_down", None, None)]),
        ("The army destroyed 12 multiple rocket launchers and 9 air defence systems.",
         [("12 multiple rocket launchers", "artillery", None, None),
          ("9 air defence systems", "air_defence", None, None)]),
    ],
)
def test_figures_tables_and_counted_acts(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-06-17")
    got = [(f.text, f.category, f.unit, f.about) for f in doc.figures]
    for want in expected:
        match = [g for g in got if g[:3] == want[:3]]
        assert match, got
        assert want[3] is None or match[0][3] == want[3], match


@pytest.mark.parametrize(
    "text",
    [
        "The talks were postponed three times, the mediators said.",  # no violent act
        "Kyiv - 3\nLviv - 2\n",  # two lines are no table
        "He visited the front 12 times this year.",
    ],
)
def test_figures_tables_and_counted_acts_negatives(extract, text: str) -> None:
    doc = extract(text, published="2025-06-17")
    assert all(f.category != "attacks" and f.unit != "per_day" for f in doc.figures), doc.figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local paper: those "killed or wounded" are casualties, a total of the parts after it
        ("Since January, 27 soldiers and police officers have been killed or wounded in the "
         "province: 9 killed and 17 wounded.",
         [("27 soldiers", "casualties", True), ("9 killed", "killed", False),
          ("17 wounded", "wounded", False)]),
        # UN flash update: the key-figures line and the verb before the number
        ("- 56 people killed or injured", [("56 people", "casualties", True)]),
        ("Shelling has killed or injured more than 400 civilians this year.",
         [("more than 400 civilians", "casualties", True)]),
        # hospital director: "N of them dead" is the dead among the total
        ("The hospital received 61 people killed or wounded, 23 of them dead and 38 injured.",
         [("61 people", "casualties", True), ("23 of them dead", "killed", False),
          ("38 injured", "wounded", False)]),
        # negatives: a killed count and a wounded count side by side are no such total
        ("The raid killed 9 and wounded 17.", [("9", "killed", False), ("17", "wounded", False)]),
        ("Four soldiers were killed and five wounded.",
         [("Four soldiers", "killed", False), ("five wounded", "wounded", False)]),
    ],
)
def test_figures_killed_or_wounded_totals(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-04-04")
    assert [(f.text, f.category, f.total) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # live blog: a toll revised is two figures, the old and the new, not a range
        ("The death toll rose from 12 to 15, the ministry said.",
         [("12", 12.0, "exact", "killed"), ("15", 15.0, "exact", "killed")]),
        ("The number of dead has climbed from 40 to 52.",
         [("40", 40.0, "exact", "killed"), ("52", 52.0, "exact", "killed")]),
        ("The toll was revised down from 31 to 27.",
         [("31", 31.0, "exact", "killed"), ("27", 27.0, "exact", "killed")]),
        # the old value is measured in, and counts, what the new one is
        ("Fuel rose from 5 to 7 dollars a litre.",
         [("5", 5.0, "exact", "money"), ("7 dollars", 7.0, "exact", "money")]),
        ("The number of displaced climbed from 40,000 to 52,000 people.",
         [("40,000", 40000.0, "exact", "displaced"),
          ("52,000 people", 52000.0, "exact", "displaced")]),
        # agency update: a range stays one figure, its low end at least
        ("Fighting left between 20 and 30 civilians dead.",
         [("between 20 and 30 civilians", 20.0, "at_least", "killed")]),
        ("Estimates of the rebel force range from 4,000 to 6,000 fighters.",
         [("4,000 to 6,000 fighters", 4000.0, "at_least", "troops")]),
    ],
)
def test_figures_running_tolls_and_ranges(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-03-22")
    assert [(f.text, f.value, f.qualifier, f.category) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire: a measure hyphenated to its noun, and its restatement
        ("Troops patrol the 740-km (460-mile) frontier.",
         [("740-km (460-mile)", 740.0, "km", 460.0, "mi")]),
        ("A 30-mile convoy stalled.", [("30-mile", 30.0, "mi", None, None)]),
        # military statement: nautical miles kept, their kilometres the restatement
        ("The vessel was hit about 55 nautical miles (102 km) southeast of Aden.",
         [("about 55 nautical miles (102 km)", 55.0, "nmi", 102.0, "km")]),
        ("The drone boat was destroyed 40 nmi west of Hodeidah.",
         [("40 nmi", 40.0, "nmi", None, None)]),
    ],
)
def test_figures_measures(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2024-01-19")
    assert [(f.text, f.value, f.unit, f.alt_value, f.alt_unit) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # areas and money in a currency named by its own word; a verb bounds it
        ("The farmers demand the return of some 320 acres.",
         [("some 320 acres", "area", "acre", "about")]),
        ("Traders said their losses exceeded 40 million vatu.",
         [("exceeded 40 million vatu", "money", "VUV", "more_than")]),
        # a name several countries' money shares takes the code of the story's country ...
        ("Police in Medellín, Colombia, seized 200 million pesos in cash.",
         [("200 million pesos", "money", "COP", "exact")]),
        ("Police in Karachi, Pakistan, seized 5 million rupees.",
         [("5 million rupees", "money", "PKR", "exact")]),
        # ... or its default, where it has one
        ("Donors pledged 5 million rupees.", [("5 million rupees", "money", "INR", "exact")]),
    ],
)
def test_figures_areas_and_money(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2024-01-19")
    assert [(f.text, f.category, f.unit, f.qualifier) for f in doc.figures] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army recovered a 12.7 mm machine gun.",
        "Crews loaded 155-mm shells onto the trucks.",
        "An F-16 and an Su-34 were seen over the S-400 site.",
        "A Patriot PAC-3 battery was moved to the port.",
        "The council cited Resolution 2334 and Resolution 47.",
        "Call the hotline on 310 455 2870 or the free number 80 00 11 14.",
        "The ceasefire of 2003 was renewed in 2021.",
        "09:12 GMT - Update, 1530 GMT: no news yet.",
    ],
)
def test_figures_identifiers_are_no_figures(extract, text: str) -> None:
    assert [f.text for f in extract(text, published="2025-03-22").figures] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agency update: "left N civilians dead", "two of the wounded"
        (
            "Fighting has left between 20 and 30 civilians dead in the past three days.",
            [("between 20 and 30 civilians", "killed")],
        ),
        (
            "He said two of the wounded were flown to the capital.",
            [("two of the wounded", "wounded")],
        ),
        # statement: a phrase after the noun or its verb says what befell them
        ("The crew reported three sailors with minor injuries.", [("three sailors", "wounded")]),
        (
            "The floods of violence forced some 50,000 people from their homes.",
            [("some 50,000 people", "displaced")],
        ),
        (
            "Officials said about 1,500 people had moved to safer places.",
            [("about 1,500 people", "displaced")],
        ),
        # live blog: those listed among the killed were killed
        (
            "The ministry said 12 people were killed, among them two children.",
            [("12 people", "killed"), ("two children", "killed")],
        ),
        # UN flash update: a key-figures list, one line a figure, dates no figures
        (
            "KEY FIGURES\n- 3,200 people displaced since 31 March\n- 42 people killed or injured\n"
            "- 5 temporary sites opened",
            [
                ("3,200 people", "displaced"),
                ("42 people", "casualties"),
                ("5 temporary sites", "count"),
            ],
        ),
        ("Neighbours said some 40 families left their farms after the fighting.",
         [("some 40 families", "displaced")]),
        # negatives: troops moved are not displaced (but deployed, as forces sent or
        # arriving are); a phrase of place is no harm
        ("Some 300 soldiers left the base on Monday.", [("Some 300 soldiers", "troops")]),
        ("The army moved 500 troops to the border.", [("500 troops", "troops_deployed")]),
        ("Police said 80 officers had arrived from the capital.",
         [("80 officers", "troops_deployed")]),
        # the held who escape are at large
        ("The commander said 23 detainees escaped in the confusion.",
         [("23 detainees", "escaped")]),
        # a toll verb's subject is the teller, not what is counted
        ("Our reporter estimates the crowd at more than 8,000. Police put the figure at "
         "about 3,000.", [("more than 8,000", "count"), ("about 3,000", "count")]),
        ("Some 300 people from the town attended.", [("Some 300 people", "people")]),
    ],
)
def test_figures_harm_told_around_the_noun(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-04-04")
    assert [(f.text, f.category) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "number", "about"),
    [
        # a military speaker's own soldiers, told as the subject
        (
            "Three soldiers died on Sunday when rebels attacked a base, the Army's Eighteenth "
            "Brigade reported.",
            "Three soldiers",
            "Eighteenth Brigade",
        ),
        # not a civilian source's, nor the soldiers another side lost
        (
            "Three soldiers died on Sunday when rebels attacked a base, the hospital said.",
            "Three soldiers",
            None,
        ),
        # "accused X of sending": X sent them
        (
            "The Congolese government accused Rwanda of sending some 4,000 troops into Congo.",
            "some 4,000 troops",
            "Rwanda",
        ),
        # a live blog's time zone owns nothing
        ("11:30 GMT - The death toll rose from 12 to 15, the ministry said.", "15", None),
    ],
)
def test_figures_whose_soldiers(extract, text: str, number: str, about: str | None) -> None:
    doc = extract(text, published="2025-03-22")
    assert [f.about for f in doc.figures if f.text == number] == [about]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # communique: a force "numbering" so many
        ("The assailants, numbering about 200, were repelled.", [("about 200", 200.0, "troops")]),
        # local paper: the number "of displaced" put at so many people
        ("The ombudsman's office put the number of displaced at 150 people.",
         [("150 people", 150.0, "displaced")]),
        # a claim quoting its vague number
        ('JNIM said its fighters had killed "dozens" of soldiers.',
         [('dozens" of soldiers', 24.0, "killed")]),
        # UN update: a breakdown's own nouns keep their kind
        ("Of the 3,200 people displaced from Kenscoff, 1,900 are staying in five temporary sites "
         "and 1,300 with host families.",
         [("3,200 people", 3200.0, "displaced"), ("1,900", 1900.0, "displaced"),
          ("five temporary sites", 5.0, "count"), ("1,300", 1300.0, "displaced")]),
    ],
)
def test_figures_numbering_totals_and_breakdowns(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-04-04")
    assert [(f.text, f.value, f.category) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state agency: a long named group before its "killed or wounded"
        ("The toll stands at 23 civilians and Volunteers for the Defence of the Homeland killed "
         "or wounded: 11 killed and 12 wounded.",
         [("23 civilians", 23.0, "casualties"), ("11 killed", 11.0, "killed"),
          ("12 wounded", 12.0, "wounded")]),
        # governor's updates: "the number of injured", then "Four of them"
        ("The number of injured has risen to 21. Four of them are in a serious condition.",
         [("21", 21.0, "wounded"), ("Four", 4.0, "wounded")]),
        # vague amounts with their own lower bounds
        ('The army neutralised "several dozen" of them.', [("several dozen", 24.0, "killed")]),
        ("Several hundred of the fighters surrendered.",
         [("Several hundred of the fighters", 200.0, "surrendered")]),
        # negative: "Four of them" opening a story has nothing to count with
        ("Four of them are in a serious condition.", []),
    ],
)
def test_figures_groups_counts_and_vague_amounts(extract, text: str, expected: list[tuple]) -> None:
    doc = extract(text, published="2025-08-14")
    assert [(f.text, f.value, f.category) for f in doc.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of killing beyond "kill" (a family in figures.toml [verbs])
        ("Across the province, 214 people were murdered last year, officials said.",
         ("214 people", 214, "killed")),
        ("Gunmen massacred 19 villagers near the border post.", ("19 villagers", 19, "killed")),
        # an adverb that makes a wound fatal
        ("Two guards were fatally wounded in the ambush.", ("Two guards", 2, "killed")),
        ("Four miners were mortally injured when the tunnel caved in.",
         ("Four miners", 4, "killed")),
        # the end a blow is told to: dead, not hurt; a sentence to death stays a sentence
        ("Three traders were stabbed to death near the fish market.",
         ("Three traders", 3, "killed")),
        ("The mob beat two suspected thieves to death on Friday.",
         ("two suspected thieves", 2, "killed")),
        ("Five men were stabbed in the street outside the club.", ("Five men", 5, "wounded")),
        ("A military court sentenced four officers to death.", ("four officers", 4, "sentenced")),
        # the last of two joined verbs tells what befell them; dying of wounds is dying
        ("Two fishermen were shot and killed near the jetty.", ("Two fishermen", 2, "killed")),
        ("Three guards were shot and wounded at the gate.", ("Three guards", 3, "wounded")),
        ("Four protesters were beaten and detained by soldiers.",
         ("Four protesters", 4, "wounded")),
        ("Bandits shot dead six herders and wounded two near the river.",
         ("six herders", 6, "killed")),
        ("Two of the passengers later succumbed to their injuries.",
         ("Two of the passengers", 2, "killed")),
        # hurt told by what was received or by care given; patients stay people
        ("Six firefighters received minor injuries.", ("Six firefighters", 6, "wounded")),
        ("Eleven pupils were treated at the scene.", ("Eleven pupils", 11, "wounded")),
        ("A field clinic treated 90 patients on Sunday.", ("90 patients", 90, "people")),
        # where the held are taken
        ("Some 25 youths were taken to police stations across the city.",
         ("Some 25 youths", 25, "detained")),
        # small weights and hand-thrown weapons
        ("Officers seized 450 grams of heroin.", ("450 grams", 450, "weight")),
        ("Rioters hurled at least five petrol bombs at the gate.",
         ("at least five petrol bombs", 5, "weapons")),
    ],
)
def test_figures_harm_families_and_small_weights(extract, text: str, expected: tuple) -> None:
    words, value, category = expected
    figures = extract(text, published="2026-05-04").figures
    found = [(f.text, f.value, f.category) for f in figures]
    assert (words, value, category) in found, found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rangers recovered one rifle, a saw and six (6) rhino horns.", "six (6) rhino horns"),
        ("Five (5) suspects were arrested at the checkpoint.", "Five (5) suspects"),
    ],
)
def test_figures_words_restated_in_digits_are_one(extract, text: str, words: str) -> None:
    figures = extract(text, published="2026-05-04").figures
    assert words in [f.text for f in figures]
    assert [f.value for f in figures].count(float(words.split("(")[1][0])) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words after bracketed digits the tagger misreads: the last noun before a function word
        ("Troops seized four (4) Kalashnikov rifles and two (2) pistols at the camp.",
         ("four (4) Kalashnikov rifles", 4, "weapons")),
        ("Wardens confiscated six (6) hunting guns, the park said.",
         ("six (6) hunting guns", 6, "weapons")),
        # a vague amount right before a harm word
        ("A raid on the village in 2009 left scores dead, witnesses said.",
         ("scores dead", 40, "killed")),
        # blows a body takes hurt people
        ("Three nurses were beaten by the crowd outside the clinic.",
         ("Three nurses", 3, "wounded")),
        ("One driver was stabbed at the checkpoint.", ("One driver", 1, "wounded")),
        # an ordinal standing alone counts one more
        ("Two miners died in the collapse and a third was injured.", ("a third", 1, "wounded")),
        # a person told by "one" in a list after the count
        ("Two porters were hurt, one in the leg and one in the back.", ("one", 1, "wounded")),
        # a number the parser ran a time into
        ("Forty inmates escaped; by this afternoon 31 had been caught, the warden said.",
         ("31", 31, "arrested")),
        ("Forty inmates fled on Sunday, which leaves nine still at large.",
         ("nine", 9, "escaped")),
        # a place phrase on a verb of being; a phrase after a bare part
        ("Four others remain in hospital, the mayor said.", ("Four others", 4, "wounded")),
        ("Police detained 30 people, 12 of them with head wounds.", ("12", 12, "wounded")),
    ],
)
def test_figures_round15_families(extract, text: str, expected: tuple) -> None:
    found = [(f.text, f.value, f.category) for f in extract(text, published="2026-05-04").figures]
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Two radio masts were hit by shells overnight.",  # things hit are not hurt
        "Protesters gathered for a third day in the capital.",  # an order, not a count
        "One in three households has no water, the agency said.",  # a ratio
        "A second convoy left the city on Friday.",
    ],
)
def test_figures_round15_families_negatives(extract, text: str) -> None:
    figures = extract(text, published="2026-05-04").figures
    assert not [f for f in figures if f.category == "wounded" or f.value == 1], figures


@pytest.mark.parametrize(
    ("text", "words", "category", "unit"),
    [
        # people held: what befell them, told by a verb, a phrase or a care verb, says what
        # they count; with none, they are people
        ("One detainee died of his injuries overnight, the warden said.",
         "One detainee", "killed", None),
        ("Twelve detainees were treated in hospital after the clashes.",
         "Twelve detainees", "wounded", None),
        ("Officials said 41 detainees would appear before a judge next week.",
         "41 detainees", "detained", None),
        ("The prosecutor said 33 detainees would be charged with arson.",
         "33 detainees", "people", None),
        ("Police said 19 detainees had been questioned overnight and would be indicted.",
         "19 detainees", "people", None),
        ("The ministry said ten prisoners were still on the run on Sunday.",
         "ten prisoners", "escaped", None),
        # ... but a state their verb names wins over a phrase of the part after them
        ("A nurse said six inmates had been brought in dead, two of them with burns.",
         "six inmates", "killed", None),
        # the parse's slips: a coordinated subject, an adjective made the predicate
        ("Eight nurses and the driver were hurt, the health agency said.",
         "Eight nurses", "wounded", None),
        ("Clashes between the clans in 2019 left at least 14 people dead and drove thousands "
         "from their homes.", "at least 14 people", "killed", None),
        # a place that holds people counts them; where they were moved to says more
        ("The old wing of the jail holds 300 men, the governor said.", "300 men", "people", None),
        ("Police said 18 people were moved to police cells in the capital.",
         "18 people", "detained", None),
        # wounds counted, not the wounded; how often something happened
        ("The victim suffered 14 knife wounds, the coroner said.", "14 knife wounds", "count",
         None),
        ("Bus drivers have walked out nine times since March.", "nine times", "count", None),
        # blades are weapons; things of no kind a verb seizes are seized
        ("Customs officers seized 35 machetes at the port.", "35 machetes", "weapons", None),
        ("Investigators said 200 cartridges were seized in the raid.", "200 cartridges",
         "seized", None),
        # money by any currency's name, in the code of the story's country or its own
        ("The finance ministry in Willemstad put the damage at 3 million guilders.",
         "3 million guilders", "money", "XCG"),
        ("The court in Chisinau fined him 9,000 Moldovan lei.", "9,000 Moldovan lei", "money",
         "MDL"),
        ("Donors in Sydney gave 50,000 Australian dollars to the fund.",
         "50,000 Australian dollars", "money", "AUD"),
        # more than one told apart from the whole is a figure of its own
        ("Seven of the suspects had confessed, the prosecutor said.", "Seven of the suspects",
         "people", None),
        ("Six of the detained are minors, she added.", "Six of the detained", "count", None),
    ],
)
def test_figures_round16_families(extract, text: str, words: str, category: str,
                                  unit: str | None) -> None:
    found = [(f.text, f.category, f.unit) for f in extract(text, published="2026-05-04").figures]
    assert (words, category, unit) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Turnout passed the 1,000 mark in the town on Tuesday.",  # a threshold, no money
        "Reception centres held four times as many people as planned.",  # a multiple
        "The agency confirmed the raid, citing two herders who saw it.",  # who tells
        "Police cited reports from three stations in the district.",
        "A relative of one of the men spoke to reporters.",  # someone, not a count
    ],
)
def test_figures_round16_negatives(extract, text: str) -> None:
    figures = extract(text, published="2026-05-04").figures
    assert not [f for f in figures if f.category == "money" or f.value in (1, 2, 3, 4)], figures


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a group counted before, named again by its number: no count of its own
        ("Gunmen attacked the checkpoint at dawn. The ministry said the two had fired on the "
         "post from a car.", []),
        ("A sergeant and a driver were hurt in the blast; those two were flown to the capital.",
         []),
        ("Prosecutors said the three were arrested at the border on Friday.", []),
        # ... but a count after "the" with its own words stays
        ("Of the 119 killed in the past day, 56 were aid seekers.", [("119 killed", 119)]),
        ("Two people were killed and the three wounded were taken to hospital.",
         [("Two people", 2), ("three wounded", 3)]),
    ],
)
def test_figures_named_before(extract, text: str, kept: list[tuple[str, int]]) -> None:
    found = [(f.text, f.value) for f in extract(text, published="2026-05-04").figures]
    assert [k for k in kept if k not in found] == [], found
    assert not [f for f in found if f[0] in ("two", "three")], found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one of a group counted before, told of without harm: someone, not a count
        ("The minister said one of those detained was a foreign national.", []),
        ("The paper quoted the brother of one of those held at the base.", []),
        ("Police said one of the shotguns was being examined by experts.", []),
        ("An uncle of one of the fishermen, who gave only his first name, spoke to us.", []),
        # ... but harm told of it, or one of a count in its own sentence, is a part
        ("Police said one of the suspects was killed in the raid.",
         [("one of the suspects", "killed")]),
        ("The frigate shot down three drones and one of the missiles.",
         [("one of the missiles", "missiles")]),
    ],
)
def test_figures_one_described(extract, text: str, kept: list[tuple[str, str]]) -> None:
    found = [(f.text, f.category) for f in extract(text, published="2026-05-04").figures]
    assert [f for f in found if f[0].lower().startswith("one")] == kept, found


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # admitted (to the hospital the report is at) is hurt, patients too; only in the passive
        ("A doctor said 31 soldiers had been admitted, several with burns.", "31 soldiers",
         "wounded"),
        ("The clinic said 22 patients had been admitted overnight, six of them with gunshot "
         "wounds.", "22 patients", "wounded"),
        ("The neighbouring country admitted 300 refugees last week.", "300 refugees",
         "displaced"),
        ("A mobile clinic treated 140 patients in the camp.", "140 patients", "people"),
    ],
)
def test_figures_admitted(extract, text: str, words: str, category: str) -> None:
    found = [(f.text, f.category) for f in extract(text, published="2026-05-04").figures]
    assert (words, category) in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal naming the subject of a death with no count before it: the toll it
        # brings the dead to
        ("A third young man has died after the knife fight in the square, the hospital's "
         "director said on Wednesday.", ("A third young man", 3, "killed")),
        ("Police said a fourth victim, a woman of 30, had died in hospital overnight.",
         ("a fourth victim", 4, "killed")),
        ("A second inmate died in the prison clinic on Tuesday, the warden said.",
         ("A second inmate", 2, "killed")),
    ],
)
def test_figures_ordinal_brings_a_toll_to_its_rank(extract, text: str, expected: tuple) -> None:
    figures = extract(text, published="2026-02-18").figures
    found = [(f.text, f.value, f.category) for f in figures]
    assert expected in found, found
    (fig,) = [f for f in figures if f.text == expected[0]]
    assert fig.date is None  # the dead since what happened, not of the day the last died


@pytest.mark.parametrize(
    "text",
    [
        "A second man was arrested at the port on Monday.",  # arrests are no running toll
        "Rebels burned a second village on Sunday, residents said.",  # an order of things
        "It was the third attack on the town this month.",
    ],
)
def test_figures_ordinal_of_no_toll_is_no_count(extract, text: str) -> None:
    figures = extract(text, published="2026-02-18").figures
    assert not [f for f in figures if f.value in (2, 3)], figures


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a time told in a clause still to come is no day of a count told in the past
        ("The coroner confirmed that two men died in the raid and said autopsies would be "
         "carried out on Tuesday.", None),
        ("Two men were killed on Saturday and funerals will be held on Monday, police said.",
         "2026-06-13"),
        # a time of the count's own clause, or of one coordinated with it, still dates it
        ("Two men were killed and four were wounded on Saturday, police said.", "2026-06-13"),
    ],
)
def test_figures_a_time_still_to_come_dates_no_past_count(extract, text: str, day) -> None:
    figures = extract(text, published="2026-06-15").figures
    (fig,) = [f for f in figures if f.value == 2]
    assert fig.date == day, figures


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # the state a verb leaves its object in, told between them: dead, not shot at
        ("Police shot dead two protesters outside the depot on Friday.", "two protesters",
         "killed"),
        ("In 2021, border guards shot dead three Afghan herders near the crossing.",
         "three Afghan herders", "killed"),
        # a part "among them" that the parse hangs on the whole's verb is harmed as the whole
        ("Nineteen people were treated at the district hospital, among them four police "
         "officers, a nurse said.", "four police officers", "wounded"),
        ("Police arrested 12 dockers, among them two union officials.",
         "two union officials", "arrested"),
        ("Thirty people were treated at the clinic, among them five firefighters, a doctor "
         "told us.", "five firefighters", "wounded"),
        # whole families of verbs, not the one a report used
        ("Nine suspects were apprehended at a roadblock.", "Nine suspects", "arrested"),
        ("At least 40 migrants perished when the boat capsized.", "At least 40 migrants",
         "killed"),
        ("The rebels executed six hostages on Tuesday.", "six hostages", "killed"),
        ("Fourteen activists have disappeared since the vote.", "Fourteen activists", "missing"),
        ("The council evicted some 300 families from the settlement.", "some 300 families",
         "displaced"),
        ("Nearly 500 families were left homeless by the floods and fighting.",
         "Nearly 500 families", "displaced"),
        ("An additional 250 police officers were drafted in from the capital.",
         "250 police officers", "troops_deployed"),
        ("Customs officers seized 16 firearms at the port.", "16 firearms", "weapons"),
        ("About 30 people were bundled into police vans.", "About 30 people", "detained"),
        # care, custody and refuge told by other words than the last report's
        ("Three men were hospitalised after the brawl.", "Three men", "wounded"),
        ("Two conductors remain in intensive care.", "Two conductors", "wounded"),
        ("Four of the miners are in a critical condition.", "Four of the miners", "wounded"),
        ("Six spectators needed medical attention.", "Six spectators", "wounded"),
        ("Two officers are on life support.", "Two officers", "wounded"),
        ("Five people are undergoing treatment.", "Five people", "wounded"),
        ("Three guards sustained fractures.", "Three guards", "wounded"),
        ("About 60 people remain under arrest, the prosecutor said.", "About 60 people",
         "arrested"),
        ("Nine activists are still behind bars.", "Nine activists", "detained"),
        ("Twelve students were taken in for questioning.", "Twelve students", "detained"),
        ("Some 4,000 people sought refuge in churches and schools.", "Some 4,000 people",
         "displaced"),
        ("The ministry sent 200 reinforcements to the port.", "200 reinforcements",
         "troops_deployed"),
        # a verb of things done to people: shot at, they are hurt; seized, held hostage
        ("Two boys were shot in the leg during the raid.", "Two boys", "wounded"),
        ("Gunmen seized 20 passengers from the bus.", "20 passengers", "hostages"),
        ("Air defences shot down 12 drones overnight.", "12 drones", "drones"),
        ("Border guards intercepted four smugglers near the river.", "four smugglers",
         "arrested"),
        ("Two suspects remain at large.", "Two suspects", "escaped"),
        ("Three officers were struck by stones.", "Three officers", "wounded"),
        ("About a dozen inmates broke out of the jail.", "About a dozen inmates", "escaped"),
        # a relative clause on the counted noun tells what befell it, not what they did
        ("Seven people who were wounded in the blast were flown to the capital.",
         "Seven people", "wounded"),
        ("Twelve miners who died in the collapse were buried on Sunday.", "Twelve miners",
         "killed"),
        ("Three men who killed a guard were arrested.", "Three men", "arrested"),
        # a total noun restated by a bare number says what the number counts
        ("The number of arrested dockers is 37, the union says.", "37", "arrested"),
        ("Its tally of injured officers - 19, five of them by gunshot - could not be checked.",
         "19", "wounded"),
    ],
)
def test_figures_round18_families(extract, text: str, words: str, category: str) -> None:
    found = [(f.text, f.category) for f in extract(text, published="2026-05-04").figures]
    assert (words, category) in found, found


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # shot, with no state told, is hurt, not dead
        ("Police shot two protesters outside the depot on Friday.", "two protesters",
         "wounded"),
        # "among them" on a verb of no harm says nothing of harm
        ("About 300 people gathered in the square, among them 40 students.", "40 students",
         "count"),
        # a blockade that "held up" ships delayed them: nobody was held
        ("The blockade had held up some 40 ships at the port.", "some 40 ships", "count"),
        # things seized or shot down stay things
        ("Police seized 1.2 million pills at the port.", "1.2 million pills", "seized"),
        ("Air defence shot down three balloons.", "three balloons", "shot_down"),
        ("Two radio masts were struck.", "Two radio masts", "count"),
        # people rushed to hospital are hurt, not deployed
        ("Three people were rushed to hospital.", "Three people", "wounded"),
    ],
)
def test_figures_round18_negatives(extract, text: str, words: str, category: str) -> None:
    found = [(f.text, f.category) for f in extract(text, published="2026-05-04").figures]
    assert (words, category) in found, found


@pytest.mark.parametrize(
    ("text", "words", "value", "qualifier"),
    [
        # a range told in words is read as one told in digits
        ("Two to three soldiers were wounded in the ambush.", "Two to three soldiers", 2.0,
         "at_least"),
        ("Between five and ten people were injured.", "Between five and ten people", 5.0,
         "at_least"),
        # a bound told with "of" that the parse makes the head keeps its bound and its harm
        ("Upwards of 300 people were displaced by the floods.", "Upwards of 300 people", 300.0,
         "more_than"),
    ],
)
def test_figures_round18_bounds(extract, text: str, words: str, value: float,
                                qualifier: str) -> None:
    found = [(f.text, f.value, f.qualifier) for f in extract(text, published="2026-05-04").figures]
    assert (words, value, qualifier) in found, found


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a revision is two figures, not a range; a lower number after "to" is no range's end
        ("The toll rose from two to five overnight.", [2.0, 5.0]),
        ("Two were killed and three wounded.", [2.0, 3.0]),
    ],
)
def test_figures_round18_no_ranges(extract, text: str, values: list[float]) -> None:
    assert [f.value for f in extract(text, published="2026-05-04").figures] == values


def test_figures_labelled_counts() -> None:
    """A situation report's lines name their counts by a label and a colon; a line's number
    is never the next line's noun, nor harmed by the line above."""
    from wiredesk import extract

    text = ("Situation overview\n- Deaths: 14\n- Injured: 230 (including 31 police officers)\n"
            "- Arrests: 112\n- Displaced: about 4,000 people\n")
    found = [(f.text, f.value, f.category) for f in extract(text).figures]
    assert found == [("14", 14.0, "killed"), ("230", 230.0, "wounded"),
                     ("31 police officers", 31.0, "wounded"), ("112", 112.0, "arrested"),
                     ("about 4,000 people", 4000.0, "displaced")]
    assert [f.category for f in extract("The score: 3 to 1.").figures] == []


def test_figures_section_numbers_are_no_counts() -> None:
    """A heading's number ("4. Arrests and response") counts no arrests; a sentence that
    opens a numbered item still tells its count."""
    from wiredesk import extract

    text = "1. Summary\n\n4. Arrests and response\n\nPolice said 27 people had been detained.\n"
    assert [(f.text, f.category) for f in extract(text).figures] == [("27 people", "detained")]
    found = [f.text for f in extract("3. Five people were injured on Monday.").figures]
    assert found == ["Five people"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number a sentence ends on as all a teller says is another count of the same
        ("The ministry says 14 died. Local groups say 20.",
         [("14 died", "killed"), ("20", "killed")]),
        # ... never a year, nor a number with words after it
        ("Police said 12 people were arrested. He said 2024 would be calmer.",
         [("12 people", "arrested")]),
    ],
)
def test_figures_counts_said_alone(extract, text: str, expected: list[tuple]) -> None:
    found = [(f.text, f.category) for f in extract(text, published="2026-05-04").figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        # a part listed after another part of a whole shares the whole's harm, however the
        # parse hangs the first part
        ("At least 22 people were killed, among them seven women and two infants, and 35 were "
         "wounded.", "two infants", "killed"),
        ("Thirteen passengers were hurt, including a guard and four students.",
         "four students", "wounded"),
        # a relative partitive, and care told by a named hospital, surgery or a ventilator
        ("Two rangers were hurt, one of whom was flown to Mater Misericordiae Hospital.",
         "one", "wounded"),
        ("Eight people were taken to the infirmary, where one needed surgery.",
         "one", "wounded"),
        # the whole family of road vehicles
        ("Youths torched four minibuses at the depot.", "four minibuses", "vehicles"),
        ("Soldiers stopped three ambulances at the checkpoint.", "three ambulances", "vehicles"),
        # a noun's own aim is no harm made to it
        ("Guards foiled 310 attempts to cross the fence last month.", "310 attempts", "count"),
        # a bare number compared with a count of its own noun counts the same
        ("The service logged 95 complaints in May, compared with 70 in April.", "70", "count"),
        # a bare number a verb takes right after it, read by the parse as an adverb
        ("Nine inmates escaped on Friday and by Sunday guards had recaptured four.",
         "four", "arrested"),
        # boats are counted, not shot down, whatever a verb of the air says
        ("The navy intercepted 40 boats off the coast.", "40 boats", "count"),
        # "that" opening a clause is no determiner of the count after it
        ("The prefect added that sixty gendarmes would be deployed at the port.",
         "sixty gendarmes", "troops_deployed"),
        # a state the parse hangs as a clause right after its verb, or a predicate adjective
        # the parse makes the noun a modifier of
        ("Three hikers went missing on the ridge.", "Three hikers", "missing"),
        ("The raid left 14 herders dead and 20 cattle missing.", "14 herders", "killed"),
        # hostages set free, and armed men held
        ("Two of the hostages were released at dawn.", "Two", "freed"),
        ("Four gunmen were arrested at a roadblock.", "Four gunmen", "arrested"),
        # the rescued are survivors, not the dead counted before them
        ("Nine fishermen drowned and 22 were rescued by the navy.", "22", "people"),
    ],
)
def test_figures_round19_families(extract, text: str, words: str, category: str) -> None:
    found = [(f.text, f.category) for f in extract(text, published="2026-05-04").figures]
    assert any(t.startswith(words) and c == category for t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor was charged with four counts of fraud.",
        "She was convicted on 12 counts of assault and acquitted on two charges of arson.",
        # a radio station's frequency
        "Speaking to Sunrise 88.6 FM, the governor thanked the rescuers.",
    ],
)
def test_figures_charges_and_frequencies_are_no_figures(extract, text: str) -> None:
    assert [f.text for f in extract(text, published="2026-05-04").figures] == []


def test_figures_rate_words_told_as_a_time_are_no_rate(extract) -> None:
    """"up from 61 a year earlier": a year is when, not how often."""
    found = [(f.text, f.unit) for f in extract(
        "Patrols stopped 88 smugglers in June, up from 61 a year earlier.",
        published="2026-05-04").figures]
    assert ("61", None) in found, found


@pytest.mark.parametrize(
    ("text", "words", "about"),
    [
        # people counted are no one's the clause's subject is: not the body that disperses,
        # treats, holds or judges them
        ("Riot police dispersed about 200 students outside the faculty.", "200 students", None),
        ("The district hospital treated 31 people for burns.", "31 people", None),
        ("The regional court sentenced five men to prison.", "five men", None),
        # ... but troops sent stay the sender's, and a toll its owner's
        ("The government sent 300 troops to the valley.", "300 troops", "government"),
        ("Ukraine's casualties reached 1,200 last month.", "1,200", "Ukraine"),
        # a town or a region is where they are, never whose; a capital stands for its country
        ("About 2,000 Kharkiv residents were evacuated on Monday.", "2,000", None),
        ("About 2,000 Kyiv residents were evacuated on Monday.", "2,000", "Ukraine"),
    ],
)
def test_figures_about_no_body_owns_people(extract, text: str, words: str,
                                           about: str | None) -> None:
    found = [f for f in extract(text, published="2026-05-04").figures if words in f.text]
    assert found, text
    assert found[0].about == about or (about and found[0].about and about in found[0].about)


@pytest.mark.parametrize(
    ("text", "words", "category", "whose"),
    [
        # lives a happening claims, costs or takes are the killed, and the happening tells
        # nothing: the figure is the teller's
        ("The bombing claimed 19 lives on Monday, the governor said.", "19 lives", "killed",
         "governor"),
        ("The fighting cost at least 200 lives, officials said.", "at least 200 lives", "killed",
         "officials"),
        ("The ambush took the lives of 8 soldiers, the army said.", "8 soldiers", "killed",
         "army"),
        ("The epidemic has taken 45 lives in the camp, aid workers said.", "45 lives", "killed",
         "aid workers"),
        # an adjective of a kind of people before the noun counted names no count of people;
        # camps are counted as camps unless people are held there
        ("The military said it had struck more than 100 militant targets overnight.",
         "more than 100 militant targets", "count", "military"),
        ("Troops raided 12 rebel camps, the army said.", "12 rebel camps", "count", "army"),
        ("The regime runs at least 5 prison camps in the north, the report said.",
         "at least 5 prison camps", "detention_facilities", "report"),
        # a dateline the parse made the teller's subject holds the figure and tells nothing
        ("GAZA CITY, July 8 (Reuters) - Israeli air strikes killed at least 31 Palestinians "
         "across the Gaza Strip on Tuesday, including 12 members of one family in Deir al-Balah, "
         "local health officials said.", "12 members", "killed", "local health officials"),
        # a number the parse left apart from its noun, modifiers between, counts that noun;
        # guns are arms carried unless named the artillery's
        ("Officers recovered 6 locally made guns, 40 cartridges and 9 machetes, police said.",
         "6 locally made guns", "weapons", "police"),
        ("Ukraine's army said it had destroyed eight field artillery guns and 3 self-propelled "
         "guns.", "3 self-propelled guns", "artillery", "Ukraine's army"),
        ("The militants were armed with 2 heavy machine guns, police said.",
         "2 heavy machine guns", "weapons", "police"),
        # a total brought "to" a number restates the total's count, wherever the parse hangs
        # the "to"
        ("That raised the number of people killed since Friday to 112, officials said.",
         "112", "killed", "officials"),
        ("This brings the number of aid workers killed in the country this year to 9, the "
         "agency said.", "9", "killed", "agency"),
        # ... lives saved or at risk are not
        ("The new shelters saved 300 lives, the mayor said.", "300 lives", "count", "mayor"),
        ("The lives of 2 million people are at risk, the agency warned.", "2 million people",
         "people", "agency"),
        ("The blockade endangers the lives of 40,000 children, the charity said.",
         "40,000 children", "people", "charity"),
        # people of a standing held are of that standing still
        ("Troops rescued 23 hostages held by the gang, the army said.", "23 hostages",
         "hostages", "army"),
        ("Some 30 prisoners held at the base were moved to the capital, officials said.",
         "Some 30 prisoners", "prisoners", "officials"),
    ],
)
def test_figures_session21_categories(extract, text: str, words: str, category: str,
                                      whose: str | None) -> None:
    found = [(f.text, f.category, f.authority)
             for f in extract(text, published="2026-05-20").figures]
    assert (words, category, whose) in found, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a "when" clause the parse hung on the second of two coordinated harms tells the
        # happening both count
        ("MOGADISHU, May 12 (Xinhua) -- At least 9 people were killed and 14 others injured "
         "when a car bomb exploded near a checkpoint on Monday afternoon, police said.",
         "2026-05-12", [("At least 9 people", "2026-05-11"), ("14 others", "2026-05-11")]),
        ("Three people died and 20 others were wounded as rockets hit the town on Thursday "
         "night, the mayor said.", "2026-05-20",
         [("Three people", "2026-05-14"), ("20 others", "2026-05-14")]),
        # a clause told "N days after" (or "before") another counts the other's day moved by
        # the span, unless it names its own day
        ("Soldiers were deployed in the town on Wednesday night, two days after gunmen shot "
         "dead two men outside a bar.", "2026-10-30", [("two men", "2026-10-26")]),
        ("The attack on Tuesday came a week after 30 people were killed in a similar raid.",
         "2026-10-30", [("30 people", "2026-10-20")]),
        ("Three days after the bombing that killed 12 people, the city reopened on Friday.",
         "2026-10-30", [("12 people", "2026-10-27")]),
        ("The army launched the offensive on Sunday, two days before militants killed 40 "
         "soldiers.", "2026-10-30", [("40 soldiers", "2026-10-27")]),
        ("The talks resumed on Monday, a week after 12 people were killed on October 14 in the "
         "capital.", "2026-10-30", [("12 people", "2026-10-14")]),
        ("The ceasefire collapsed on Monday, a week after it was signed, and 20 people were "
         "killed on Tuesday.", "2026-10-30", [("20 people", "2026-10-27")]),
        # ... and "since" said of a clause beside the figure's makes no running count of it
        ("The assailants arrived late Tuesday and opened fire on residents, a local official "
         "said. Six others were wounded and about 200 residents have since fled.",
         "2026-05-21", [("Six others", "2026-05-19")]),
        # a period the text does not place ("the week's violence": 2026-WXX) names no day
        ("Gunmen killed 12 people in the village on Monday. The deaths bring the toll from the "
         "week's violence to 48.", "2026-05-20", [("12 people", "2026-05-18"), ("48", None)]),
        # ... but a clause of its own keeps its own time
        ("Eleven civilians were killed last month, and 4 more died when a shell struck a school "
         "on Friday.", "2026-05-20",
         [("Eleven civilians", "2026-04"), ("4 more died", "2026-05-15")]),
    ],
)
def test_figures_session21_days(extract, text: str, published: str,
                                expected: list[tuple[str, str | None]]) -> None:
    found = [(f.text, f.date) for f in extract(text, published=published).figures]
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    ("text", "expected", "check"),
    [
        # a count of places in the total's own clause frames its parts: no part, no list's end
        ("In total, 31 people were killed across three provinces: 14 in Kherson, 10 in "
         "Zaporizhzhia and 7 in Donetsk.", [("14", "killed"), ("7", "killed")], True),
        ("In total, 31 people were killed across three provinces, 14 in Kherson, 10 in "
         "Zaporizhzhia and 7 in Donetsk.", [("10", "killed")], True),
        ("At least 20 people were killed in two villages, 12 in Kadi and 9 in Maru.",
         [("12", "killed"), ("9", "killed")], None),
        # ... and people are hurt, never the places counted before them
        ("Gunmen killed 12 people in two villages, and 30 were wounded.", [("30", "wounded")],
         None),
        # ... while a list of places goes on with places
        ("Rebels attacked four villages on Sunday, and 2 were burned to the ground.",
         [("2", "settlements")], None),
    ],
)
def test_figures_session21_frames(extract, text: str, expected: list[tuple[str, str]],
                                  check: bool | None) -> None:
    doc = extract(text, published="2026-05-20")
    found = [(f.text, f.category) for f in doc.figures]
    for item in expected:
        assert item in found, found
    assert [c.holds for c in doc.checks if c.kind == "sum"] == ([] if check is None else [check])
