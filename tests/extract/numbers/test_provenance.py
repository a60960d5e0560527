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
    "10:05 GMT - The regional governor said four people were injured.\n\n"
    "11:20 GMT - The interior ministry said it had sent 200 more police officers to the city."
)
STAMPED = (
    "Floods live: rivers burst their banks\n\n"
    "06:15\nHeavy rain hit the valley on Saturday, the weather office said.\n\n"
    "09:50\nThe minister has flown to the valley with 12 engineers, his aides said. The "
    "valley was hit by floods in August 2019, which killed more than 70 people."
)
NOTICE = (
    "PUBLIC NOTICE\n\n"
    "ROADSIDE BOMB NEAR GARISSA\n\n"
    "Garissa, 3rd June 2025\n\n"
    "The county wishes to announce that at about 6 a.m. yesterday, a bus struck a roadside "
    "bomb near the town. Six passengers lost their lives and nine others were hurt."
)
CUSTODY = (
    "Mob storms courthouse\n\n"
    "Six men remain in custody after a mob stormed a courthouse in the town, some 20 km south "
    "of the capital, on Sunday night, officials told a press briefing on Tuesday.\n\n"
    "About 300 people had gathered outside to demand the release of a trader detained the day "
    "before, the governor said. At least 14 officers were injured, he said."
)
CHECKPOINT = (
    "Police on Monday arrested 12 people over an attack on a checkpoint last week in which one "
    "guard was killed and two others were wounded, the police said.\n\n"
    "At around 11 p.m. on 28 May, a group of men stormed the checkpoint."
)
MINE = (
    "Raid on mine\n\n"
    "Soldiers raided an illegal mine near the river on Sunday, the prefect said. Four shotguns "
    "and about 3 kg of mercury were seized, he said. The mine had produced about 40 kg of gold, "
    "he said."
)
RUNNING = (
    "Army hits back in the north\n\n"
    "Troops killed eight fighters near Gao on Monday, the army said. In March, gunmen killed "
    "three herders. The insurgency, which began in 2012, has killed more than 9,000 people. "
    "The agency, set up in 2015, has issued 40 reports so far."
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
        # a live blog's entry stamped with only the hour: harm is the story's event's (the
        # overnight shelling), another count is the entry's own news, on its stamp's day
        (LIVE, "four people", "2025-06-02"),
        (LIVE, "200 more police officers", "2025-06-03"),
        # a stamp alone on the line above its entry; a stamp is no day of the clause
        (STAMPED, "12 engineers", "2025-06-03"),
        # the day the words of the figure meet first: the earlier floods', not the stamp's
        (STAMPED, "more than 70 people", "2019-08"),
        # headings and the dateline line are no lead: the story's day is its first sentence's
        (NOTICE, "Six passengers", "2025-06-02"),
        (NOTICE, "nine others", "2025-06-02"),
        # a clause that describes a noun tells its own day; a running count the telling's,
        # not the day of a figure carried from sentences before
        (RUNNING, "more than 9,000 people", "2025-06-03"),
        (RUNNING, "40 reports", "2025-06-03"),
        # the subject of the clause a reporting verb tells, when the parse makes it the object
        ("The network said at least 23 civilians, among them nine children, were killed when "
         "shells hit the camp on Saturday.", "at least 23 civilians", "2025-05-31"),
        # a count over a period up to the telling is no day's, not even the story's
        ("Shelling hit the camp on Sunday. Aid groups gave tents to 400 families over the past "
         "week, the agency said.", "400 families", None),
        # a count's period, under a verb that gives it
        ("The monitor recorded 85 attacks in May, its report said.", "85 attacks", "2025-05"),
        # "set fire to" gives no toll: its day is the day counted
        ("Villagers set fire to 30 huts on 30 May.", "30 huts", "2025-05-30"),
        # a count of a past happening in the present perfect is no running count
        ("Gunmen raided the village of Fataki on Saturday 31 May. Our monitors have counted "
         "30 civilians killed.", "30 civilians", "2025-05-31"),
        # ... unless no clause of the paragraph names one: the clock's day, from the paragraph
        # before, is the attack's
        ("The raid on the barracks began on 2 March.\n\nGunmen entered the barracks at around "
         "3 a.m. and fired on the guards. Two guards were wounded.",
         "Two guards", "2025-03-02"),
        # a blast the paragraph names by a noun lends its day to the harm told after it
        ("The decision follows the explosion of a device outside the station shortly after "
         "2 a.m. on Saturday. The ministry said one officer was wounded.", "one officer",
         "2025-05-31"),
        # harm told in passing, in a clause describing an earlier event, lends it no day
        ("Gunmen attacked the village of Tomba on Saturday 31 May, the army said. Its spokesman "
         "said the leader had planned the bombing of a market last month, which wounded nine "
         "people. Residents said two farmers had been wounded.", "two farmers", "2025-05-31"),
        # a time on a sentence the parse rooted on a noun tells the figure's verb
        ("Gunmen attacked the town on Sunday.\n\nBackground: In January 2024, protests after "
         "the presidential election left at least one person dead.", "at least one person",
         "2024-01"),
        # a total whose parts add up to it on different days counts no one day
        ("Police have arrested 40 people over the riots, a spokesman said.\n\nHe said 25 "
         "suspects were arrested in Mbare on Saturday night and 15 others in Epworth on Sunday.",
         "40 people", None),
        ("Police have arrested 40 people over the riots, a spokesman said.\n\nHe said 25 "
         "suspects were arrested in Mbare on Saturday night and 15 others in Epworth on Sunday.",
         "25 suspects", "2025-05-31"),
        # a clause told as later than the story's day names no day of its own
        ("Barracks raided\n\nGunmen attacked the barracks on Saturday 31 May.\n\nThe "
         "prosecutor said two guards "
         "were wounded. The attackers took 40 rifles, of which 31 were later recovered.", "31",
         None),
        # a day after publication is a plan's, no figure's
        ("Unions say they will march again on Friday unless the 30 per cent increase in fuel "
         "prices is withdrawn.", "30 per cent", None),
        # a date names the story's day before a clock time dated from its context does
        ("Fighters attacked the base in the night from Saturday to Sunday. They arrived around "
         "2 a.m. and burned the depot. Twenty soldiers were killed, the army said.",
         "Twenty soldiers", "2025-05-31"),
        # a bare clock time names no day: the story's
        ("Bandits raided the mine at Kalo on Sunday, the police said.\n\n\"Nine miners were "
         "at the mine when the raid took place at around 3 p.m. local time,\" an officer said "
         "in Kalo on Tuesday.", "Nine miners", "2025-06-01"),
        # a past day the parse hangs on a present verb is the story's day when no past one is
        ("PRESS RELEASE\n\nMedics Aid halts clinics\n\nKalo, 3 June 2025 - Medics Aid is "
         "suspending its clinics in Kalo after gunmen attacked its health post on the evening "
         "of Sunday 1 June.\n\nThe gunmen abducted two nurses.", "two nurses", "2025-06-01"),
        # the time the figure's own verb tells, not one a verb below it tells
        ("The minister said 300 officers were deployed to the port on Monday after rioting "
         "in the market over the weekend.", "300 officers", "2025-06-02"),
        # arrests told in the past perfect under a telling are held as of the telling ...
        ("Clashes broke out in the town on Sunday, killing three people. The minister said on "
         "Monday that 52 people had been arrested.", "52 people", None),
        ("Clashes broke out in the town on Sunday, killing three people. The minister replied "
         "that the two officers on duty had been suspended.", "two officers", None),
        # ... where the simple past tells a happening on the story's day
        ("Clashes broke out in the town on Sunday, killing three people. Twelve people were "
         "arrested, the minister said.", "Twelve people", "2025-06-01"),
        # a running total a participle brings a total noun to takes not the day of the
        # increment above it
        ("A UN spokesperson said about 4,000 refugees had crossed into the country over the "
         "weekend, bringing the number of refugees there to nearly 50,000.", "nearly 50,000",
         None),
        ("A UN spokesperson said about 4,000 refugees had crossed into the country over the "
         "weekend, bringing the number of refugees there to nearly 50,000.",
         "about 4,000 refugees", "2025-W22-WE"),
        # a state told by "be" takes no day it does not name
        ("Gunmen killed seven herders on Sunday. The victims were from two families, the "
         "governor said.", "two families", None),
        # a light verb carrying a violent noun tells the day of the paragraph's later harm
        ("The minister said 300 officers were deployed to the port on Monday.\n\nHe said that "
         "on Saturday night a crowd set fire to two shops. He said not fewer than 15 officers "
         "had been injured by stones.", "not fewer than 15 officers", "2025-05-31"),
        # an event noun modifying another names no earlier mention of that event
        ("Two gunmen were killed in an operation in the village on Sunday.\n\nThe operation "
         "regime was lifted on Monday. Residents of about 40 houses were moved to a school "
         "while the operation lasted.", "about 40 houses", "2025-06-01"),
        # a past day the parse hangs on a state ("remain") or the telling is the storming's,
        # the story's day, not the day of a detention told later
        (CUSTODY, "At least 14 officers", "2025-06-01"),
        # a clause "in which" tells the day of the event noun it describes
        ("The court on Monday ordered four men held over a riot outside the stadium at the "
         "weekend, in which nine officers were injured.", "nine officers", "2025-W22-WE"),
        # a week made finer by the violent happening told next; a coordinated passive tells
        # the day of the passive it is parallel to, not of the arrest the parse hung it on
        (CHECKPOINT, "one guard", "2025-05-28"),
        (CHECKPOINT, "two others", "2025-05-28"),
        # a harm counted by a violent noun is past, and not of the day of the act about it
        ("The ministry summoned the ambassador on Monday to protest against the killing of "
         "seven fishermen. The fishermen were killed on Saturday near the island, the ministry "
         "said.", "seven fishermen", "2025-05-31"),
        # a measure a seizure took counts the seizure's day; one produced names no day
        (MINE, "about 3 kg", "2025-06-01"),
        (MINE, "about 40 kg", None),
        # a time hung on the number a figure is compared with tells that number's count
        ("Murders fall\n\nThe district has recorded 31 murders since January, compared with "
         "48 at this time last year, police figures show.", "31 murders", None),
        ("Murders fall\n\nThe district has recorded 31 murders since January, compared with "
         "48 at this time last year, police figures show.", "48", "2024"),
        # a heading's count restates the body's told by a kindred verb: its day
        ("Tuzla court remands five over stadium riot\n\nThe Municipal Court in Tuzla on "
         "Monday ordered five men held in custody for 30 days over a riot at the stadium on "
         "Saturday.", "five", "2025-06-02"),
        # a harm restated in the past perfect counts the day of the figure it restates
        ("The court remanded five men on Monday over a riot at the weekend, in which 16 "
         "officers were injured.\n\nThe police said in a statement on Sunday that 16 officers "
         "had been injured.", "16 officers", "2025-W22-WE"),
        # a later death of one more is no new happening whose day the harm after it takes
        ("At about 10 p.m. on Saturday, gunmen opened fire outside a bar in the town. Two "
         "people died at the scene. A third victim died in hospital on Sunday. Five others "
         "were wounded.", "Five others", "2025-05-31"),
        # a count no one gives keeps its own day ("released" gives no toll without a giver)
        ("Police detained four men on Saturday for questioning. One was released yesterday.",
         "One", "2025-06-02"),
        # ... while a killing told with its own day still is
        ("Gunmen shot dead a trader on Sunday evening. Two others were wounded.",
         "Two others", "2025-06-01"),
        # a day on the noun a giving clause describes is the noun's, not the giving's
        ("Police arrested a student leader on Monday, a day after a march ended in clashes. "
         "His lawyer said he was charged.\n\nThe party called a meeting. Shops opened "
         "again.\n\nThe lawyer spoke.\n\nSunday's march, which the organisers put at not "
         "fewer than 2,500 people and police at about 1,100, moved along the avenue until "
         "the afternoon.",
         "about 1,100", "2025-06-01"),
    ],
)
def test_provenance_day_counted(extract, text: str, words: str, date: str | None) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = [f for f in doc.figures if f.text == words][-1]  # a restated figure: the later
    assert fig.date == date


@pytest.mark.parametrize(
    ("text", "words", "authority", "via"),
    [
        # the outlet states it itself
        ("Villagers set fire to 30 huts on 30 May.", "30 huts", "Courier", None),
        # a counting verb's subject gives it
        ("The monitor recorded 85 attacks in May.", "85 attacks", "monitor", "Courier"),
        # a highlight restates the body's figure, with its source, however its line ends
        ("Flash Update No. 3\n\nHIGHLIGHTS\n- 14 people killed in Kasese; not fewer than 2,300 "
         "people displaced.\n\nGunmen attacked the village of Kasese on Saturday, killing 14 "
         "people, officials said.\n\nNot fewer than 2,300 people have fled to the town, the "
         "district officer said.", "not fewer than 2,300 people", "district officer", "Courier"),
        # an outlet's section label relays nothing
        ("Live updates\n\n18:40\nPolice fired tear gas at protesters.\n\nBackground: In "
         "January 2024, protests after the election left at least one person dead, according "
         "to the authorities at the time.", "at least one person", "authorities", "Courier"),
        # a statement's own words are its author's, relayed by the outlet that translates it
        ("Statement of the Governorate of Sool Region on the clashes in Erigavo\n\nTranslated "
         "by Courier.\n\nAbout 300 police officers have been deployed to the district.",
         "About 300 police officers", "Governorate of Sool Region", "Courier"),
        # ... unless the outlet is that author
        ("Statement of the Courier on the clashes\n\nAbout 300 police officers have been "
         "deployed to the district.", "About 300 police officers", "Courier", None),
        # "It said" after a speaker named before
        ("The provincial government said troops had retaken the port on Monday. It said 11 "
         "insurgents were killed in the fighting.", "11 insurgents", "provincial government",
         "Courier"),
        # a source the layer cannot name speaks by its words, and "He" after it too
        ("Gunmen attacked the post, one of the sources said. He said at least 20 guards were "
         "wounded.", "at least 20 guards", "one of the sources", "Courier"),
        # a toll's next sentence with no source of its own goes on with the same source's
        ("Of the 14 people killed, nine were guards, the committee said. Seven others were "
         "injured and taken to hospital.", "Seven others", "committee", "Courier"),
        # the agency a claim is told "according to" passes it on, not the outlet
        ("According to the state news agency Khovar, the Border Troops of Tajikistan said that "
         "guards had fired on a post, wounding one soldier.", "one soldier",
         "Border Troops of Tajikistan", "Khovar"),
        # a figure in the thing a stance is taken on is the outlet's description
        ("The farmers demand the return of some 320 acres.", "some 320 acres", "Courier", None),
        ("The communities oppose mining on the salt flats, some 40 km west of the town.",
         "some 40 km", "Courier", None),
        # ... but a verb that tells a count gives it
        ("The ministry reported 12 deaths in the district.", "12 deaths", "ministry",
         "Courier"),
        # a reporting verb the parse hung beside the clause, its subject an apposition
        ("At least nine protesters were admitted to the district hospital, a doctor there "
         "said, asking not to be named.", "At least nine protesters", "doctor there",
         "Courier"),
        # "according to" on the figure's own verb credits its source, wherever the claim's
        # words were cut
        ("Rights group decries arrests\n\nBackground: In March 2001, rebels attacked the "
         "barracks in Kolo. At least nine people were killed, according to the army at the "
         "time, and more than 50 people were later jailed.", "At least nine people", "army",
         "Courier"),
        # an order claims nothing: a figure of a clause describing a noun in it is the outlet's
        ("The court on Monday ordered four men held over a riot outside the stadium at the "
         "weekend, in which nine officers were injured.", "nine officers", "Courier", None),
        # a clause describing a time or a happening tells no one's count
        ("The government condemns the bombing at the market on Saturday, 31 May 2025, which "
         "claimed 19 lives.", "19 lives", "Courier", None),
        ("The bombing, which claimed 12 lives, shocked the town.", "12 lives", "Courier", None),
    ],
)
def test_provenance_whose(extract, text: str, words: str, authority: str, via: str | None) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert (fig.authority, fig.via) == (authority, via)


NEWSLETTER = (
    "THE DAILY BRIEF | Tuesday, June 3, 2025\n\n"
    "1. Nine herders killed near Kalo\n\n"
    "Gunmen killed nine herders near Kalo on Sunday, police said. Two more were wounded.\n\n"
    "2. Rain expected\n\nForecasters expect rain this week."
)
FACT_CHECK = (
    "CHECK\n\nDid rebels burn 50 homes in Tomo?\n\n"
    "CLAIM: A post shared online says rebels burned 50 homes.\n\nVERDICT: FALSE.\n\n"
    "What happened? Rebels raided the village of Tomo on Saturday 31 May. The army said three "
    "guards had been wounded."
)


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        # an item's heading restates its body: the body's day (not only the title's line)
        (NEWSLETTER, "Nine herders", "2025-06-01"),
        # a lead that names no day (a claim, a verdict): the body's first day of a happening
        (FACT_CHECK, "three guards", "2025-05-31"),
        # a clause opened by a relative "when" tells the time right before it
        ("Patrols were doubled after the clash on Monday, when four smugglers were killed.",
         "four smugglers", "2025-06-02"),
        # an event set apart from the story's takes no day from the story
        ("Gunmen attacked the market on Sunday, police said. A previous attack on the town "
         "killed 12 traders.", "12 traders", None),
        # a past happening with no day of its own: the paragraph's violent event's day, not the
        # day the lead tells ("released on Monday"); a burial is no such event
        ("PRESS STATEMENT\n\nThe movement released a statement on Monday.\n\n\"On the night "
         "of Friday 30 May, our units attacked a patrol near Tabo. Our fighters killed six "
         "soldiers and seized two trucks.\"", "six soldiers", "2025-05-30"),
        ("Market raided\n\nGunmen raided the market of Tabo late on Friday, the mayor "
         "said.\n\n\"We buried nine people yesterday,\" an elder said. He added that 14 "
         "stalls had been burned.",
         "14 stalls", "2025-05-30"),
        # a time after the violent event noun a figure counts, though the parse hangs it on
        # the verdict: the event's day
        ("A court on Monday jailed two officers for the killing of 14 miners near Tabo, in "
         "the east, in July 2011.", "14 miners", "2011-07"),
        # a lead's day named with its part ("on Saturday evening") before the day it was said
        ("A drone struck a convoy near Tabo on Saturday evening, the army said. The drone "
         "fired two missiles, its spokesman said in a statement on Sunday.", "two missiles",
         "2025-05-31"),
        # the displaced are counted as of the telling: no story's day
        ("Gunmen attacked Tabo on Saturday. About 3,000 people have fled, and 1,200 people "
         "were displaced to the town of Koro, the mayor said.", "1,200 people", None),
        # the story's day is that of its harm, not of the act its lead tells first
        ("Envoy summoned\n\nThe ministry summoned the ambassador on Monday over the killings. "
         "The herders were killed on Saturday near the border, it said.\n\nRelatives said "
         "that 150 head of cattle had been taken.", "150 head", "2025-05-31"),
        # a period ("over the weekend") the body restates with a day inside it: that day
        ("Raiders attack villages\n\nAt least 31 people were killed when raiders attacked "
         "villages over the weekend, officials said.\n\nThe raid happened on Saturday. The "
         "governor said 31 people were killed.", "At least 31 people", "2025-05-31"),
        # a count over a period of a week or more is no day's, not even the story's
        ("War crimes court rules\n\nA court ruled on Monday in Koro. A truth commission found "
         "that more than 80,000 people were killed during the 20-year civil war.",
         "more than 80,000 people", None),
        # an amount a court orders counts the day of the order, whatever its kind
        ("A court in Koro ordered the state on Monday to pay 2 million quetzales to the "
         "families.", "2 million quetzales", "2025-06-02"),
    ],
)
def test_provenance_day_of_headings_and_other_events(
    extract, text: str, words: str, date: str | None
) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.date == date


def test_provenance_decided_amount_is_the_deciders(extract) -> None:
    doc = extract("The court also ordered the state to build a school and to pay 2 million "
                  "quetzales to the families.", published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == "2 million quetzales")
    assert (fig.category, fig.unit, fig.authority, fig.via) == ("money", "GTQ", "court",
                                                                "Courier")


def test_provenance_heading_takes_the_body_source(extract) -> None:
    doc = extract(NEWSLETTER, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == "Nine herders")
    assert (fig.category, fig.authority, fig.via) == ("killed", "police", "Courier")


def test_provenance_relayed_claim_is_its_teller(extract) -> None:
    """A transcript turn relays a claim: the figure is the teller's, not the presenter's."""
    text = "ANCHOR: We begin in the north, where the army says it has killed six fighters."
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == "six fighters")
    assert (fig.authority, fig.via) == ("army", "Courier")


TRANSCRIPT = (
    "RADIO KALO - MORNING NEWS - TRANSCRIPT\n\n"
    "ANCHOR: Good morning. Our reporter is in Tabo. What do we know?\n\n"
    "REPORTER: The raid happened in two villages about 20 kilometres east of Tabo. The district "
    "governor, Amadou Sow, told me that 14 people were killed. He said about 300 goats were "
    "driven away."
)


@pytest.mark.parametrize(
    ("words", "authority", "via"),
    [
        # the outlet's own staff state it: the outlet's own figure, relayed by no one
        ("about 20 kilometres", "Courier", None),
        # an official the reporter quotes, and "He" after him in the same turn
        ("14 people", "Amadou Sow", "Courier"),
        ("about 300 goats", "Amadou Sow", "Courier"),
    ],
)
def test_provenance_transcript_turns(extract, words: str, authority: str, via: str | None) -> None:
    doc = extract(TRANSCRIPT, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert (fig.authority, fig.via) == (authority, via)


def test_provenance_body_named_short_relays_nothing(extract) -> None:
    """A statement's body named short is the outlet that publishes it."""
    text = ("Libreville, 10 September 2026\n\nThe General Staff recalls that in 2025 the "
            "forces seized more than two tonnes of ivory in the north.")
    doc = extract(text, published="2026-09-10", source="General Staff of the Armed Forces")
    fig = next(f for f in doc.figures if f.text == "more than two tonnes")
    assert fig.via is None


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        # the parse hangs the ministry on the town before it and "announced" on the arrest
        ("Three men accused of running an armed cell were arrested in the early hours of today "
         "in the hamlet of Zerovjane, in Bogovinje municipality west of Tetovo, the Ministry of "
         "Internal Affairs announced.", "Ministry of Internal Affairs"),
        # a telling that goes on tells something else
        ("Six men were detained in the village of Rasce, south of Tetovo, the Ministry of "
         "Internal Affairs announced a curfew.", None),
    ],
)
def test_provenance_aside_teller_of_a_clause_beside(text: str, teller: str | None) -> None:
    from wiredesk.extract.numbers._provenance import _aside_teller
    from wiredesk.nlp import load_pipeline

    doc = load_pipeline()(text)
    assert _aside_teller(doc[1]) == teller


@pytest.mark.parametrize(
    ("text", "words", "authority"),
    [
        # "put X at N": the estimate is the subject's, whatever X is
        ("Organisers put the crowd at about 12,000.", "about 12,000", "Organisers"),
        # ... even inside another's claim
        ("About 900 people have been held since May, the ministry says; lawyers put the number "
         "of those who have died in custody at over 40.", "over 40", "lawyers"),
        # a teller the parse hung as an apposition on the noun before its verb
        ("Nine guards were hurt and 12 men were taken to police stations, a prison spokesman, "
         "Tomas Brel, told reporters.", "12 men", "Tomas Brel"),
        # the cue's own subject, where the claim was credited to words that name no one
        ("Besides the two dead, nine passengers were hurt, three of them badly, Mayor Ilse "
         "Brandt said; they are in hospital.", "nine passengers", "Ilse Brandt"),
        # a source named as a thing given by someone: that one's
        ("Seven people were killed, according to a toll reported by local officials.",
         "Seven people", "local officials"),
        # a giver named as some of a group
        ("Neighbours heard the shooting. Some of them put the number of shots at more than 20.",
         "more than 20", "Some of them"),
        # ... or to a transcript's turn label
        ("QUESTION: Regional papers reported, citing a clinic, that six drivers were also "
         "treated.", "six drivers", "Regional papers"),
        # a giver told by a relative pronoun is the noun its clause describes
        ("A colonel, who estimated the fighters at some 500, said the army would hold the "
         "bridge.", "some 500", "colonel"),
        # a possessive pronoun on the total noun stands for the body named before it
        ("The ministry said on Monday that the army was in control. Its toll of 31 dead could "
         "not be checked.", "31 dead", "ministry"),
    ],
)
def test_provenance_givers_and_loose_tellers(extract, text: str, words: str,
                                             authority: str) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert (fig.authority, fig.via) == (authority, "Courier")


def test_provenance_running_count_since_a_clock_time(extract) -> None:
    text = "21:40\nThe field hospital has treated 31 people since 6 p.m., a nurse said."
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == "31 people")
    assert (fig.date, fig.category) == ("2025-06-03", "wounded")


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        # a population is a state: no day
        ("Troops sealed off Kolda, a town of about 90,000 people, on Monday.",
         "about 90,000 people", None),
        # a count over a period of months is the year's; of days, no one day's
        ("The province recorded 84 murders between February and August, against 61 in the "
         "same period of 2024.", "84 murders", "2025"),
        ("The province recorded 84 murders between February and August, against 61 in the "
         "same period of 2024.", "61", "2024"),
        ("Between 2 May and 9 May, gunmen attacked at least six villages.",
         "at least six villages", None),
    ],
)
def test_provenance_populations_periods_and_comparisons(extract, text: str, words: str,
                                                        date: str | None) -> None:
    doc = extract(text, published="2025-10-01", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.date == date


def test_provenance_count_claimed_in_the_present(extract) -> None:
    text = ("18:05\nPolice put the crowd at about 3,000. The organisers claim more than 15,000, "
            "a figure we cannot verify.")
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == "more than 15,000")
    assert fig.date == "2025-06-03"


def test_provenance_introduced_text_and_its_day(extract) -> None:
    # an outlet introduces a body's text it quotes: the quoted paragraphs' figures are the
    # body's, of the day the text tells, not of the day it was published; the outlet's own
    # context after it stays the outlet's
    text = (
        "KENYA: Police statement on unrest in Garsen\n\n"
        "Coast Monitor | Published 10 June 2025\n\n"
        "Text of a statement from the National Police Service, published on its website on "
        "Monday.\n\n"
        '"On the evening of Saturday 7 June, a group of youths blocked the road at Garsen and '
        "set fire to a lorry.\n\n"
        '"Officers restored order within the hour. Twelve suspects were arrested."\n\n'
        "Context: Residents said about 200 people had joined the protest."
    )
    doc = extract(text, published="2025-06-10", source="Coast Monitor")
    fig = next(f for f in doc.figures if f.text == "Twelve suspects")
    assert (fig.authority, fig.via, fig.date) == ("National Police Service", "Coast Monitor",
                                                  "2025-06-07")
    other = next(f for f in doc.figures if f.text == "about 200 people")
    assert other.authority != "National Police Service"


def test_provenance_note_of_the_printing_outlet(extract) -> None:
    """A note an outlet adds to a statement it prints is the outlet's; what it cites it relays."""
    text = (
        "STATEMENT OF THE NORTHERN COMMAND\n\nOur units repelled an attack on Monday and "
        "killed nine attackers.\n\nEditor's note (The Valley Herald): A village elder told this "
        "paper that four civilians were killed in the crossfire. In 2019, 30 people died in a "
        "similar attack."
    )
    doc = extract(text, published="2026-03-04", source="Northern Command")
    by_text = {f.text: f for f in doc.figures}
    assert by_text["nine attackers"].authority == "Northern Command"
    assert by_text["four civilians"].via == "The Valley Herald"
    assert by_text["four civilians"].authority != "The Valley Herald"
    assert by_text["30 people"].authority == "The Valley Herald"


def test_provenance_participle_adding_is_its_teller(extract) -> None:
    text = ("Two farmers died of their wounds at the district hospital, the hospital's director "
            "told reporters, adding that 18 patients had been admitted since Friday.")
    doc = extract(text, published="2026-03-04", source="Wire")
    fig = next(f for f in doc.figures if f.text == "18 patients")
    assert "director" in (fig.authority or "")


def test_provenance_counting_in_the_present_is_the_stamps_day(extract) -> None:
    text = ("LIVE | Tuesday 13 October 2026\nDaily Post\n\n21:10 - Our correspondent counts at "
            "least six burning buses near the port.")
    doc = extract(text, published="2026-10-13", source="Daily Post")
    fig = next(f for f in doc.figures if f.value == 6)
    assert fig.date == "2026-10-13"


def test_provenance_clause_after_a_semicolon_keeps_its_own_day(extract) -> None:
    """A time in the clause after a semicolon is not the day of the clause before it."""
    text = ("MAPUTO, Wednesday 6 May 2026 - Inmates rioted at the central jail on Monday night. "
            "Forty inmates escaped; by this afternoon 31 had been caught, the warden said.")
    doc = extract(text, published="2026-05-06", source="Wire")
    by_text = {f.text: f for f in doc.figures}
    assert by_text["Forty inmates"].date == "2026-05-04"
    assert by_text["31"].date == "2026-05-06"



@pytest.mark.parametrize(
    ("text", "words", "authority"),
    [
        # a semicolon parts a claim from the clause after it: "we" is the outlet
        ("Village elders put their number at 2,000; we have registered 1,450 so far, 600 of "
         "them children.", "600", "Courier"),
        # a claim closed by its cue before the figure is not the figure's when a telling
        # after the figure tells it; without one it goes on with the same teller
        ("Last year the floods left the valley in ruins and cost some 400 million dollars in "
         "damage, according to the Red Cross, and forced 9,000 people from their homes, the "
         "finance ministry estimated.", "9,000 people", "finance ministry"),
        ("Gunmen killed nine villagers near Mopti on Sunday, according to the mayor, and "
         "wounded at least 12 others.", "at least 12 others", "mayor"),
        # a court's ruling decides what it rules
        ("Seven men accused of arson will stay in custody for another two weeks, the High "
         "Court ruled on Monday.", "Seven men", "High Court"),
        # a total someone owns is theirs
        ("The jail holds 210 men. The guards' union's figure of 260 is not correct.", "260",
         "guards' union's"),
        # a claim no one is named to tell is its cue noun's
        ("Nobody escaped. Rumours on social media last night that 40 or more inmates were on "
         "the run are simply wrong.", "40 or more inmates", "Rumours on social media last night"),
    ],
)
def test_provenance_whose_of_parted_claims_counters_and_owners(extract, text: str, words: str,
                                                               authority: str) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.authority == authority


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        # a day carried from a harm stops at a sentence naming a later happening's day
        ("On the night of Saturday 31 May, raiders attacked a village and killed two farmers. "
         "Troops caught up with them on Sunday afternoon. In the fighting that followed, six "
         "raiders were killed.", "six raiders", "2025-06-01"),
        # a period that begins after publication is a plan's
        ("The minister said the 900 pupils of the burnt school would be taught elsewhere from "
         "next week.", "900 pupils", None),
        # a count a preposition other than "of" hangs on a noun describes the noun, on no
        # day; a group "of" people is counted by its happening's day
        ("Gunmen killed three herders near the well on Sunday in what police called the latest "
         "round of a feud between two clans over grazing land.", "two clans", None),
        ("Gunmen killed three herders near the well on Sunday. Lawyers for four of the "
         "suspects said their clients were innocent.", "four of the suspects", None),
        ("On Sunday a group of about 40 men attacked the post.", "about 40 men", "2025-06-01"),
        # a time a telling takes after it is the telling's day, wherever the parse hangs
        # the telling
        ("Protesters marched through Goma on Friday. The local radio Kivu FM reported on "
         "Saturday, citing witnesses, that about 200 people had taken part.", "about 200 people",
         "2025-05-30"),
        # harm a verb says befell people where they were held is a happening of its own, on
        # no day the story gives; without the place it is the story's
        ("Police broke up the march on Sunday and arrested 30 people. A lawyer for the group "
         "said at least six of them had been assaulted in custody.", "at least six", None),
        ("Police broke up the march on Sunday and arrested 30 people. A lawyer for the group "
         "said at least six of them had been assaulted.", "at least six", "2025-06-01"),
        ("Police broke up the march on Sunday. Twenty people were held in custody, the police "
         "said.", "Twenty people", "2025-06-01"),
        # what a relative clause says a noun has done so far describes it
        ("The Teachers' Union, which has staged three strikes outside the ministry, said talks "
         "had failed.", "three strikes", None),
        # a count in apposition restates the people of its clause, not a noun it describes
        ("Gunmen attacked the market on Sunday. Families from two hamlets, some 300 people, "
         "fled to the church.", "some 300 people", "2025-06-01"),
    ],
)
def test_provenance_day_of_later_happenings_plans_and_descriptions(extract, text: str,
                                                                   words: str,
                                                                   date: str | None) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.date == date


def test_provenance_counted_by_what_they_did(extract) -> None:
    """A count asked about in the present takes the day of the past clause that says who they
    are ("the 30 detainees who took part"): the riot's."""
    text = ("Ministry of Justice - Press conference on the riot at the city jail\n\n"
            "MINISTER (Ana Silva): Good afternoon. Last night, at about ten, a group of "
            "detainees set mattresses on fire in the east wing.\n\n"
            "QUESTION (Radio Sol): What happens now with the 30 detainees who took part?\n\n"
            "MINISTER: They will be charged.")
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == "30 detainees")
    assert fig.date == "2025-06-02"


@pytest.mark.parametrize(
    ("text", "words", "date"),
    [
        # the day a text came out is a telling's: the lead's happening names the story's day
        ("Border guards kill three smugglers\n\nThe Border Service issued the communique below "
         "on Monday through the state news agency.\n\nOn the night of 28 May, armed men tried "
         "to cross the border near the river post. In the exchange of fire three smugglers "
         "were killed.", "three smugglers", "2025-05-28"),
        # ... and it is the story's day when the lead tells no happening of its own day
        ("Border guards kill three smugglers\n\nThe Border Service released a statement on "
         "Monday. Three smugglers were killed near the river post, it said.",
         "Three smugglers", "2025-06-02"),
        # a list the parse makes a verbless root ("rifles") is told by its coordinated passive
        ("Police raided a farm on Sunday. At the crossing 40 kilograms of narcotic substances, "
         "three Kalashnikov rifles and a night-vision device were seized.",
         "three Kalashnikov rifles", "2025-06-01"),
        ("Police raided a farm outside the town on Sunday. At the farm 40 kilograms of "
         "cannabis, three pistols and a car were seized.", "three pistols", "2025-06-01"),
        # people whose words name their harm, told in the present as what they are, are the
        # harm's count; where they are now is a state
        ("Soldiers shot dead three gunmen in the market on Sunday. The three dead are men "
         "with criminal records, the army said.", "three dead", "2025-06-01"),
        ("Soldiers clashed with gunmen in the market on Sunday. The two wounded are in "
         "hospital, the army said.", "two wounded", None),
        # a lead's day named through a violent happening's noun is the happening's: what a
        # telling says had been done before it counts that day, not the remand's
        ("Court remands six\n\nA court in Mombasa on Monday remanded six men over an attack "
         "on a police post on Saturday. Prosecutors said the men had fired at least 40 rounds "
         "at the post.", "at least 40 rounds", "2025-05-31"),
    ],
)
def test_provenance_day_of_issued_texts_lists_harm_and_lead_events(extract, text: str, words: str,
                                                              date: str | None) -> None:
    doc = extract(text, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.date == date


def test_a_document_no_one_is_named_as_issuing_tells_nobody(extract) -> None:
    """ "..., according to a statement posted online" keeps the figure with the body its
    clause names; a statement with an issuer still gives it to that issuer."""
    text = ("The Border Police (BP) say nine officers were injured, one of them seriously, by "
            "stones and bottles, according to a statement posted on social media.")
    figures = extract(text, published="2026-10-20").figures
    assert [f.authority for f in figures] == ["Border Police", "Border Police"], figures
    text = "Eleven officers were hurt, according to a statement from the interior ministry."
    (fig,) = [f for f in extract(text, published="2026-10-20").figures if f.value == 11]
    assert fig.authority is not None and "ministry" in fig.authority.lower(), fig


LIVE_PAGE = (
    "LIVE: Unrest in the capital\n\nTuesday 3 June 2025\n\n"
    "21:40 - One man, a 30-year-old driver, is in intensive care with a head wound.\n\n"
    "21:10 - Police are using water cannon to push back about 80 youths near the station, "
    "our correspondent reports.\n\n"
    "20:50 - The union says it wants talks on the pay of some 4,000 dockers.\n\n"
    "20:15 - Police fired tear gas at protesters outside the parliament."
)


@pytest.mark.parametrize(
    ("words", "date"),
    [
        # a count a live entry tells in the present is as of its stamp's day
        ("One man", "2025-06-03"),
        ("about 80 youths", "2025-06-03"),
        # ... not one inside a thing someone wants
        ("some 4,000 dockers", None),
    ],
)
def test_provenance_live_entry_told_in_the_present(extract, words: str, date: str | None) -> None:
    doc = extract(LIVE_PAGE, published="2025-06-03", source="Courier")
    fig = next(f for f in doc.figures if f.text == words)
    assert fig.date == date
