"""Who said what: each pattern of the attributions layer and the negatives it must leave alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]
PUBLISHED = "2025-08-12"


def found(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    doc = extract(text, published=PUBLISHED)
    return [(a.speaker.name, a.content.text, a.kind) for a in doc.attributions]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin said on Tuesday that the talks would take place in Istanbul.",
     ("Kremlin", "the talks would take place in Istanbul", "indirect")),
    ("“We will not give up our land,” Zelenskyy said.",
     ("Volodymyr Zelenskyy", "We will not give up our land,", "direct")),
    ("\"We will not give up our land,\" Zelenskyy said.",
     ("Volodymyr Zelenskyy", "We will not give up our land,", "direct")),
    ("“The strikes hit two power stations,” said Energy Minister Herman Halushchenko.",
     ("Herman Halushchenko", "The strikes hit two power stations,", "direct")),
    ("Dmitry Peskov told reporters: “There are no plans for a meeting yet.”",
     ("Dmitry Peskov", "There are no plans for a meeting yet.", "direct")),
    ("About 300 drones were launched overnight, according to the Ukrainian air force.",
     ("Ukrainian Air Force", "About 300 drones were launched overnight", "indirect")),
    ("The defence ministry said in a statement that the convoy had reached Kherson.",
     ("defence ministry", "the convoy had reached Kherson", "indirect")),
    ("A senior Ukrainian official told Reuters that the shipment of shells had been delayed.",
     ("senior Ukrainian official", "the shipment of shells had been delayed", "indirect")),
    ("The DeepState map showed on Monday that Russian troops had entered the village.",
     ("DeepState", "Russian troops had entered the village", "indirect")),
    ("Leaders of 26 EU states signed a declaration, saying that Ukraine must be at the table.",
     ("Leaders of 26 EU states", "Ukraine must be at the table", "indirect")),
    ("Foreign Minister Andrii Sybiha wrote on X that “every Patriot system saves lives”.",
     ("Andrii Sybiha", "every Patriot system saves lives", "direct")),
    ("The White House said the meeting would be “a listening exercise”.",
     ("White House", "the meeting would be “a listening exercise”", "mixed")),
])
def test_attributions_speech_patterns(extract: Extract, text: str,
                                      expected: tuple[str, str, str]) -> None:
    assert found(extract, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials believe the attack was planned for weeks.",
     ("Officials", "the attack was planned for weeks")),
    ("The campaign wants to cut defence spending by a third.",
     ("campaign", "to cut defence spending by a third")),
    ("Sources familiar with the talks said a draft could be ready by Friday.",
     ("Sources familiar with the talks", "a draft could be ready by Friday")),
    ("Kyiv accused Moscow of targeting civilian energy sites.",
     ("Kyiv", "targeting civilian energy sites")),
    ("The UN secretary-general called for an immediate ceasefire in Gaza.",
     ("UN secretary-general", "an immediate ceasefire in Gaza")),
    ("Hungary has long maintained that sanctions hurt Europe more than Russia.",
     ("Hungary", "sanctions hurt Europe more than Russia")),
    ("The general argued that the brigade needed more artillery.",
     ("general", "the brigade needed more artillery")),
    ("The minister insisted that no troops had crossed the river.",
     ("minister", "no troops had crossed the river")),
    # a body's name that modifies a common noun is the noun's, with it
    ("About 2,000 families fled the camp last week, according to the United Nations refugee "
     "agency.", ("United Nations refugee agency", "About 2,000 families fled the camp last week")),
    ("Karenni resistance forces said they had retaken the bridge.",
     ("Karenni resistance forces", "they had retaken the bridge")),
    # the speaker in apposition to the clause's last noun, up to the cue
    ("Gunmen stormed the market and killed at least nine traders, the regional police "
     "command said.",
     ("regional police command", "Gunmen stormed the market and killed at least nine traders")),
    # a wish to say something: what is said is the claim
    ("The ministry wishes to inform the public that the border crossing will reopen on Monday.",
     ("ministry", "the border crossing will reopen on Monday")),
    # an order given to someone
    ("The governor ordered the police to deploy more officers to the market.",
     ("governor", "the police to deploy more officers to the market")),
    # the claim goes on after a comma to the end of the sentence ...
    ("The herders said they would leave the valley, but only if the raiders gave back the goats.",
     ("herders", "they would leave the valley, but only if the raiders gave back the goats")),
    # ... but not into the reporter's own sentence about someone else
    ("Two officials said the road was open, and a third official has not been named.",
     ("Two officials", "the road was open")),
])
def test_attributions_beliefs_and_positions(extract: Extract, text: str,
                                            expected: tuple[str, str]) -> None:
    assert [(name, content) for name, content, _ in found(extract, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The so-called “special military operation” entered its fourth year.",
    "The said agreement expired in 2023.",
    "The bridge, said to be the longest in Europe, was damaged in the attack.",
    "Reporters asked whether the talks would resume next week.",
    "The documentary “20 Days in Mariupol” won an Oscar.",
    "It was not possible to independently confirm the report.",
])
def test_attributions_negatives(extract: Extract, text: str) -> None:
    assert found(extract, text) == []


def test_attributions_split_quote_is_one_direct_quote(extract: Extract) -> None:
    text = ("General Oleksandr Syrskyi visited the front. “The line is holding,” he said, "
            "“but the pressure is growing.”")
    [a] = extract(text, published=PUBLISHED).attributions
    assert (a.speaker.name, a.speaker.mention.text if a.speaker.mention else None, a.kind) == (
        "Oleksandr Syrskyi", "he", "direct")
    assert a.content.text.startswith("The line is holding")
    assert a.content.text.endswith("the pressure is growing.")


@pytest.mark.parametrize(("text", "expected"), [
    # wire style: “X,” he said. “Y.” is one attribution over both quotations
    ("“Our air defence worked well tonight,” Mayor Vitali Klitschko said. "
     "“Two districts still have no water.”",
     [("Vitali Klitschko", False, ["Our air defence worked well tonight,",
                                   "Two districts still have no water."])]),
    # a long description between the quotations, with abbreviations in it
    ("\"The port is open again,\" said Lt. Col. Anna Berg, a spokeswoman for the U.S. Navy. "
     "\"Ships are moving.\" ",
     [("Anna Berg", False, ["The port is open again,", "Ships are moving."])]),
    # briefing style, three quotations of one paragraph
    ("“The enemy lost 40 tanks,” the general told reporters. “The bridge is ours.” "
     "“We expect more attacks.”",
     [("general", False, ["The enemy lost 40 tanks,", "The bridge is ours.",
                          "We expect more attacks."])]),
    # a new paragraph: the previous speaker goes on, as an attribution of its own
    ("“Our air defence worked well tonight,” Mayor Vitali Klitschko said.\n\n"
     "“Two districts still have no water.”",
     [("Vitali Klitschko", False, []), ("Vitali Klitschko", True, [])]),
    # the second quotation has a cue of its own: two attributions
    ("“The talks were useful,” Sybiha said. “We will meet again,” he added.",
     [("Andrii Sybiha", False, []), ("Andrii Sybiha", False, [])]),
])
def test_attributions_quotation_goes_on(extract: Extract, text: str,
                                        expected: list[tuple[str, bool, list[str]]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.speaker.mention is None,
             [text[s:e] for s, e in a.content_fragments]) for a in doc.attributions] == expected


def test_attributions_relative_clause_gives_two_attributions(extract: Extract) -> None:
    text = ("NATO chief Mark Rutte, who confirmed the alliance would meet in June, said members "
            "must spend more on defence.")
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.cue.text if a.cue else None, a.content.text)
            for a in doc.attributions] == [
        ("Mark Rutte", "confirmed", "the alliance would meet in June"),
        ("Mark Rutte", "said", "members must spend more on defence"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said Russia is believed to be preparing a new offensive.", ["hedged"]),
    ("Officials said the commander had reportedly been killed.", ["hedged"]),
    ("The Kremlin denied that its forces had targeted the hospital.", ["denied"]),
    ("Moscow rejected reports that its troops had crossed the border.", ["denied"]),
    ("The regional governor said two people were killed in the strike. Reuters could not "
     "independently verify the report.", ["unverified"]),
    ("The governor said two people were killed. He said a school was hit. It was not possible "
     "to independently confirm the report.", ["unverified", "unverified"]),
    ("The governor said two people were killed in the strike.", ["asserted"]),
])
def test_attributions_status(extract: Extract, text: str, expected: list[str]) -> None:
    assert [a.status for a in extract(text, published=PUBLISHED).attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("State news agency KCNA said Kim Jong-un told the delegation that the alliance was "
     "unbreakable.", [(), ("KCNA",)]),
    ("UN secretary-general António Guterres warned that he had serious concerns, according to "
     "a report seen by Reuters.", [("report", "Reuters")]),
])
def test_attributions_via(extract: Extract, text: str, expected: list[tuple[str, ...]]) -> None:
    assert [a.via for a in extract(text, published=PUBLISHED).attributions] == expected


def test_attributions_second_clause_of_one_speaker_is_no_relay(extract: Extract) -> None:
    """ "X denied A, saying B": two statements of X; A ends before ", saying", and B is X's
    own, not relayed through X."""
    found = extract("The brigade spokesman, Ramon Dizon, denied that the airstrike had hit "
                    "civilian homes, saying it targeted an enemy position far from the village.",
                    published=PUBLISHED).attributions
    assert [(a.content.text, a.status, a.via) for a in found] == [
        ("the airstrike had hit civilian homes", "denied", ()),
        ("it targeted an enemy position far from the village", "asserted", ())]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin said on Tuesday that the talks would take place in Istanbul.", "2025-08-12"),
    ("Ukraine's air force said on Sunday that 95 drones were shot down.", "2025-08-10"),
    ("The Kremlin said that the talks would take place in Istanbul.", None),
])
def test_attributions_said_on(extract: Extract, text: str, expected: str | None) -> None:
    [a] = extract(text, published=PUBLISHED).attributions
    assert a.said_on == expected


def test_attributions_speaker_literal_mention_and_role(extract: Extract) -> None:
    text = ("White House spokeswoman Karoline Leavitt said the summit was on. "
            "The spokeswoman said Trump would travel on Thursday.")
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.speaker.mention.text if a.speaker.mention else None,
             a.speaker.role) for a in doc.attributions] == [
        ("Karoline Leavitt", "White House spokeswoman Karoline Leavitt", "White House spokeswoman"),
        ("Karoline Leavitt", "The spokeswoman", "White House spokeswoman"),
    ]


def test_attributions_explain_the_pattern(extract: Extract) -> None:
    [a] = extract("“We are ready,” he said.", published=PUBLISHED).attributions
    assert (a.extractor, a.explanation) == (
        "attributions.v1", "[quotes] quote: “content,” speaker + cue")


@pytest.mark.parametrize(("text", "expected"), [
    # interview transcript: a name in capitals or a named person opens the line
    ("Transcript of the interview:\nPESKOV: We have nothing to add to what the president said.",
     [("Dmitry Peskov", "We have nothing to add to what the president said")]),
    ("Sen. Jeanne Shaheen (D-N.H.): The aid package has to pass this month.",
     [("Jeanne Shaheen", "The aid package has to pass this month")]),
    # a colon after any verb with a subject hands it a quotation
    ("The protesters had one message: “Stop the war now.”",
     [("protesters", "Stop the war now.")]),
    # headings and clock times are not speakers
    ("CORRECTION: An earlier version misspelled the name of the village.", []),
    ("Kherson market shelling: Live updates", []),
    ("17:45: Air raid sirens sounded across the east of the country.", []),
    # a section's label is no speaker, nor part of what its source said
    ("Background: In May 2019, floods left 40 people dead, according to the Red Cross.",
     [("International Committee of the Red Cross", "In May 2019, floods left 40 people dead")]),
    # the outlet's own presenter and correspondent narrate: the sources they report speak
    ("ANCHOR: Our reporter Maria Lindqvist is in Odesa. Maria?\n\n"
     "LINDQVIST: The port authority said two cranes were damaged overnight.",
     [("port authority", "two cranes were damaged overnight")]),
    ("ANCHOR: Good evening. The navy says it sank a landing craft near the island.",
     [("navy", "it sank a landing craft near the island")]),
])
def test_attributions_labels_and_colons(extract: Extract, text: str,
                                        expected: list[tuple[str, str]]) -> None:
    assert [(name, content) for name, content, _ in found(extract, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks are expected to resume in Geneva next week.",
     [(None, "The talks are expected to resume in Geneva next week", "hedged")]),
    ("The ceasefire seems to be holding along most of the front.",
     [(None, "The ceasefire seems to be holding along most of the front", "hedged")]),
    ("Hundreds of civilians are believed to be trapped in the basement.",
     [(None, "Hundreds of civilians are believed to be trapped in the basement", "hedged")]),
    # a named source is the speaker, not an empty one
    # a verb of seeming with a state or a that-clause, not a verb of showing up
    ("The rescue teams appeared exhausted after the night.",
     [(None, "The rescue teams appeared exhausted after the night", "hedged")]),
    ("It appears that the convoy turned back at the border.",
     [(None, "the convoy turned back at the border", "hedged")]),
    ("The minister appeared at the rally on Sunday.", []),
    ("The talks are expected by diplomats to resume next week.", []),
    ("Officials expect the talks to resume next week.",
     [("Officials", "the talks to resume next week", "asserted")]),
])
def test_attributions_unsourced_claims(extract: Extract, text: str,
                                       expected: list[tuple[str | None, str, str]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.content.text, a.status) for a in doc.attributions] == expected
    assert all(a.speaker.mention is None for a in doc.attributions if a.speaker.name is None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Seven killed as shells hit central market\nKHERSON - Russian shells hit the central "
     "market on Tuesday, killing seven people, the regional administration said.",
     "Russian shells hit the central market on Tuesday, killing seven people"),
    ("The ships left port overnight\nMost of the ships had left port, according to the Odesa "
     "Regional Military Administration.", "Most of the ships had left port"),
])
def test_attributions_content_stays_in_its_paragraph(extract: Extract, text: str,
                                                     expected: str) -> None:
    [a] = extract(text, published=PUBLISHED).attributions
    assert a.content.text == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the article's own person wins over a registry namesake with the same surname
    ("Myanmar's military spokesman Major General Zaw Min Tun denied that the army had shelled "
     "the town. Tun said the fighters had attacked first.",
     [("Zaw Min Tun", "Myanmar's military spokesman Major General Zaw Min Tun"),
      ("Zaw Min Tun", "Tun")]),
    ("Local councillor Maria Zelenska said the school had been hit. Zelenska said the "
     "children were safe.",
     [("Maria Zelenska", "Local councillor Maria Zelenska"), ("Maria Zelenska", "Zelenska")]),
])
def test_attributions_document_people_first(extract: Extract, text: str,
                                            expected: list[tuple[str, str]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.speaker.mention.text if a.speaker.mention else None)
            for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The prime minister mentioned the grain corridor twice.",
     ("prime minister", "the grain corridor")),
    ("The envoy likened the proposal to a surrender.", ("envoy", "the proposal to a surrender")),
    ("Moscow apologized for the strike on the embassy.", ("Moscow", "the strike on the embassy")),
    ("The minister touted the new air defence systems.",
     ("minister", "the new air defence systems")),
    # "say" with a noun phrase and no clause: what was said is the object
    ("The governor said the same thing about the second bridge.",
     ("governor", "the same thing about the second bridge")),
])
def test_attributions_positions_by_object(extract: Extract, text: str,
                                          expected: tuple[str, str]) -> None:
    assert [(name, content) for name, content, _ in found(extract, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The army tried to retake the village twice.",
    "The engineers repaired the bridge before the storm.",
])
def test_attributions_not_positions(extract: Extract, text: str) -> None:
    assert found(extract, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the cue's clause runs on with its own subordinate verbs: still one quotation
    ("“Checkpoints are not optional,” regional governor Oleh Syniehubov said after the convoy "
     "failed to arrive at the crossing it was sent to. “The drivers are our witnesses.”",
     [("Oleh Syniehubov", ["Checkpoints are not optional,", "The drivers are our witnesses."])]),
    # a programme title inside the cue's sentence is passed over
    ("“He is right,” Kallas said on Monday on the BBC’s “Newsnight.” “There is a gap between "
     "the leaders and the army.”",
     [("Kaja Kallas", ["He is right,", "There is a gap between the leaders and the army."])]),
    # a participle that reports nothing does not split the quotation
    ("“Every time you say that,” Stoltenberg said, referring to the funding gap, “you hand "
     "ammunition to the other side.”",
     [("Jens Stoltenberg", ["Every time you say that,",
                            "you hand ammunition to the other side."])]),
    # the speaker's next reporting verb starts a second attribution
    ("“The talks were useful,” Sybiha said, adding later, “We will meet again in Geneva.”",
     [("Andrii Sybiha", []), ("Andrii Sybiha", [])]),
    # the parser's subject inside the marks is not the speaker
    ("“My answer, that was reckless,” Ukraine's former defence minister said in an interview. "
     "“He really should apologise.”",
     [("Ukraine's former defence minister", ["My answer, that was reckless,",
                                             "He really should apologise."])]),
])
def test_attributions_quotation_over_the_cue(extract: Extract, text: str,
                                             expected: list[tuple[str, list[str]]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, [text[s:e] for s, e in a.content_fragments])
            for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parse hangs a clause of the opening words on the cue: the that-clause after the
    # cue is what it reports
    ("Writing for a Chicago paper that all agreed Smith won the debate, Jane Roe noted that "
     "the way Smith carried himself was critical to his success.",
     [("noted", "the way Smith carried himself was critical to his success")]),
    ("While he acknowledged money was a major reason he felt tired serving under Jones, Brown "
     "also noted that several problems left him disillusioned.",
     [("noted", "several problems left him disillusioned")]),
    ("Should the mayor's company run into financial trouble, residents worry that the cost of "
     "cleaning the river could fall to local taxpayers.",
     [("worry", "the cost of cleaning the river could fall to local taxpayers")]),
    # negatives: a content told before its cue stays the content
    ("Besides the two dead, nine workers were hurt, three of them badly, the governor said, "
     "and they were taken to the city hospital.",
     [("said", "Besides the two dead, nine workers were hurt, three of them badly")]),
    ("The strike hit a depot, the ministry said, adding that two soldiers were hurt.",
     [("said", "The strike hit a depot"), ("adding", "two soldiers were hurt")]),
])
def test_attributions_clause_after_an_opening(extract: Extract, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.cue.text if a.cue else None, a.content.text) for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after the quotation with a clause of its own is a second attribution;
    # the quotation keeps the cue before it
    ("The minister said: \"We will not back down,\" adding that talks would resume next week.",
     [("said", "We will not back down,"), ("adding", "talks would resume next week")]),
    ("Police chief Ana Ruiz told reporters: “The suspect fled on foot,” noting that the car "
     "was found near the river.",
     [("told", "The suspect fled on foot,"), ("noting", "the car was found near the river")]),
    # a quotation opening in lower case goes on from its sentence's own words: mixed
    ("With the bridge down, “we cannot reach the villages in the valley,” the governor said.",
     [("said", "With the bridge down, “we cannot reach the villages in the valley,”")]),
    ("If the talks fail, “there will be no second chance for the region,” the envoy told "
     "reporters on Tuesday.",
     [("told", "If the talks fail, “there will be no second chance for the region,”")]),
    # negatives: a cue after the quotation stays its cue
    ("“We will not back down,” the minister said, adding that talks would resume next week.",
     [("said", "We will not back down,"), ("adding", "talks would resume next week")]),
    ("The governor told the crowd: “We will rebuild,” waving at the flooded square.",
     [("told", "We will rebuild,")]),
    ("The governor spoke at noon. “We cannot reach the villages in the valley,” he said.",
     [("said", "We cannot reach the villages in the valley,")]),
    ("In the end, he said, “we will rebuild every house that was lost.”",
     [("said", "we will rebuild every house that was lost.")]),
])
def test_attributions_quotation_and_its_clause(extract: Extract, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.cue.text if a.cue else None, a.content.text) for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # short quotations that a reporting verb takes as its object
    ("When the mayor thanked the volunteers and said it was good to be back, a man yelled "
     "“Go home!”", ("man", "yelled", "Go home!")),
    ("The soldiers marched past the ministry, chanting “Glory to the heroes!”",
     ("soldiers", "chanting", "Glory to the heroes!")),
    ("The crowd outside the parliament chanted “No to war,” “Free the prisoners” and "
     "“Elections now.”", ("crowd outside the parliament", "chanted",
                          "No to war,” “Free the prisoners” and “Elections now.")),
    ("The minister would later denounce “forced evacuation,” which emptied whole villages.",
     ("minister", "denounce", "forced evacuation,")),
    # a quotation after "according to X," is X's words as a whole
    ("According to the commander, “the bridge will not be rebuilt this year. The river is too "
     "high.”", ("commander", "According to",
               "the bridge will not be rebuilt this year. The river is too high.")),
    # a transcript label glued to the quotation
    ("Rep. Jane Roe (D-Ohio):\"Who told you that the figure was right?\"",
     ("Jane Roe", ":", "Who told you that the figure was right?")),
    # a name the tokenizer glued to the closing mark
    ("“It is surprising to see a man who was good company traffic in fear and paranoia,”Kallas "
     "said.", ("Kaja Kallas", "said",
               "It is surprising to see a man who was good company traffic in fear and paranoia,")),
])
def test_attributions_quoted_objects(extract: Extract, text: str,
                                     expected: tuple[str, str, str]) -> None:
    doc = extract(text, published=PUBLISHED)
    got = [(a.speaker.name, a.cue.text if a.cue else None, a.content.text, a.kind)
           for a in doc.attributions]
    assert (*expected, "direct") in got


@pytest.mark.parametrize(("text", "unwanted"), [
    ("The minister praised the “heroic” defenders of the city.", "heroic"),
    ("He held up a placard reading “Thank you, Kharkiv” and waved.", "you"),
    ("The sergeant laughed, and I changed my answer: \"Of course I am afraid. I was only "
     "joking.\" To which she said, \"Then say so next time.\"",
     "Of course I am afraid. I was only joking.\" To which she said, \"Then say so next time."),
])
def test_attributions_quoted_objects_negatives(extract: Extract, text: str,
                                               unwanted: str) -> None:
    assert unwanted not in [a.content.text for a in extract(text, published=PUBLISHED).attributions]


@pytest.mark.parametrize(("text", "expected"), [
    # "his spokesman" speaks for the man named before him in the sentence, not for the
    # previous paragraph's speaker, and that man's call reaches us through the spokesman; a
    # role the text puts no name to stays the role (the registry's holder is not named)
    ("The Israeli foreign minister said the strikes targeted militants.\n\nUN Secretary-General "
     "Antonio Guterres called for an immediate ceasefire, his spokesman said.",
     [("Israeli foreign minister", "The Israeli foreign minister", ()),
      ("spokesman for António Guterres", "his spokesman", ()),
      ("António Guterres", "UN Secretary-General Antonio Guterres",
       ("spokesman for António Guterres",))]),
    ("Pope Leo XIV met the families of the hostages. His spokeswoman said the meeting lasted "
     "an hour.", [("spokeswoman for Pope Leo XIV", "His spokeswoman", ())]),
    # a spokesman named beside the pronoun is that person
    ("Guterres called for calm, his spokesman, Stéphane Dujarric, said.",
     [("António Guterres", "Guterres", ("Stéphane Dujarric",)),
      ("Stéphane Dujarric", "his spokesman, Stéphane Dujarric", ())]),
])
def test_attributions_speaking_for_someone(extract: Extract, text: str,
                                           expected: list[tuple[str, str, tuple[str, ...]]]
                                           ) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.speaker.mention.text if a.speaker.mention else None, a.via)
            for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state agency's dateline: the agency relays every claim, and "the report" is the agency
    ("Kim inspects munitions factory\nPyongyang, November 3 (KCNA) -- Kim Jong Un inspected a "
     "munitions factory on Sunday and said production must double.\n\nThe factory has met its "
     "yearly plan, the report added.",
     [("Kim Jong Un", "production must double", ("KCNA",)),
      ("KCNA", "The factory has met its yearly plan", ())]),
    ("Moscow, March 4 (TASS) -- The Russian Defence Ministry said air defences downed 30 "
     "drones overnight, the agency reported.",
     [("TASS", "The Russian Defence Ministry said air defences downed 30 drones overnight", ()),
      ("Russian Defence Ministry", "air defences downed 30 drones overnight", ("TASS",))]),
    # a wire service's dateline names the outlet itself, not a relay
    ("KYIV (Reuters) - Ukraine's air force said it shot down 40 drones overnight.",
     [("Ukrainian Air Force", "it shot down 40 drones overnight", ())]),
])
def test_attributions_state_media_dateline(extract: Extract, text: str,
                                           expected: list[tuple[str, str, tuple[str, ...]]]
                                           ) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.content.text, a.via) for a in doc.attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speech over two paragraphs: the second reopens the quotation with a mark
    ("The mayor of Kharkiv told reporters: “We will rebuild the bridge. The engineers are "
     "ready.\n\n“We start on Monday, and we will finish by spring.”",
     ["We will rebuild the bridge. The engineers are ready.\n\n“We start on Monday, and we "
      "will finish by spring."]),
    # transcript lines that each open a mark are separate turns
    ("\"HOST: Let us start with the strike on the port. What do you know?\n\n\"SYBIHA: We know "
     "that three ships were hit and two sailors were killed.",
     ["Let us start with the strike on the port. What do you know?",
      "We know that three ships were hit and two sailors were killed"]),
    # a straight mark closed by a curly one
    ("The governor said the repairs would take \"several weeks” at least.",
     ["the repairs would take \"several weeks” at least"]),
])
def test_attributions_quotation_marks_over_paragraphs(extract: Extract, text: str,
                                                      expected: list[str]) -> None:
    assert [a.content.text for a in extract(text, published=PUBLISHED).attributions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the reporter's circumstances after an object are not what the speaker said
    ("The foreign minister criticised the missile launch during a visit to Seoul on Monday.",
     "the missile launch"),
    ("The envoy praised the new aid corridor, which opened in March.", "the new aid corridor"),
    ("The general cited the figure in July when he briefed the committee.", "the figure"),
    # what completes the verb stays: "as ...", "to ...", "for ..."
    ("The president described the offensive as a turning point during his address.",
     "the offensive as a turning point"),
    ("The mayor blamed the army for the blackout at a news conference.",
     "the army for the blackout"),
])
def test_attributions_object_ends_before_circumstances(extract: Extract, text: str,
                                                       expected: str) -> None:
    assert [a.content.text for a in extract(text, published=PUBLISHED).attributions] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # an aside in the middle of the reported sentence: one content in two pieces
    ("The latest test, the defence ministry said, was its largest yet.",
     ("The latest test, the defence ministry said, was its largest yet",
      ["The latest test", "was its largest yet"])),
    ("Without more air defence, Zelenskyy warned on Tuesday, the cities will freeze this winter.",
     ("Without more air defence, Zelenskyy warned on Tuesday, the cities will freeze this winter",
      ["Without more air defence", "the cities will freeze this winter"])),
    # an aside at the end: the words before it
    ("The bridge was destroyed overnight, the army said.",
     ("The bridge was destroyed overnight", [])),
])
def test_attributions_aside_in_the_sentence(extract: Extract, text: str,
                                            expected: tuple[str, list[str]]) -> None:
    [a] = extract(text, published=PUBLISHED).attributions
    assert (a.content.text, [text[s:e] for s, e in a.content_fragments]) == (
        expected[0], expected[1])


@pytest.mark.parametrize(("text", "expected"), [
    # a cue noun its owner holds, with the clause or infinitive it carries
    ("Kyiv's claim that the dam had been mined surprised the inspectors.",
     ("Kyiv's", "the dam had been mined")),
    ("The governor's warning that the reservoir could fail went unheeded.",
     ("The governor's", "the reservoir could fail")),
    ("Her plan to reopen the crossing next week drew criticism.",
     ("Her", "to reopen the crossing next week")),
    # the owner is the subject of the verb that makes the noun
    ("The senator voiced support for a ceasefire along the river.",
     ("The senator", "a ceasefire along the river")),
    # a listed noun carries its preposition's object
    ("Her criticism of the ruling was sharp.", ("Her", "the ruling")),
    # an owned cue noun joined to its content by "is" or "remains"
    ("The ministry's position remains that the border will stay closed.",
     ("The ministry's", "the border will stay closed")),
    ("The senator's view is that the tariffs will hurt farmers.",
     ("The senator's", "the tariffs will hurt farmers")),
    ("The general's plan is to retake the bridge before the winter.",
     ("The general's", "to retake the bridge before the winter")),
    # a cue noun nobody owns carries no speaker to name
    ("The claim that the dam had been mined was never checked.", None),
    ("The view is that the dam had been mined.", None),
    ("The view from the hill is that of a ruined town.", None),
    ("The plan to reopen the crossing drew criticism.", None),
    ("Support for the ruling party fell in the capital.", None),
    # an attack is a blow struck, not a stance on its target
    ("Russia launched an attack on the port.", None),
    # a noun a preposition governs: the words around it say more of it
    ("He is known for his support for the treaty.", None),
])
def test_attributions_owned_cue_nouns(extract: Extract, text: str,
                                      expected: tuple[str, str] | None) -> None:
    doc = extract(text, published=PUBLISHED)
    got = [(a.speaker.mention.text if a.speaker.mention else None, a.content.text)
           for a in doc.attributions if a.explanation.startswith("[nouns] noun:")]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    # "... and that ...": one content as the speaker said it, its claims kept as fragments
    ("The police chief said witnesses saw a gun near the checkpoint and that one was found "
     "nearby.", ("witnesses saw a gun near the checkpoint and that one was found nearby",
                 ["witnesses saw a gun near the checkpoint", "one was found nearby"])),
    # a coordinated reporting verb of the speaker is not part of the content
    ("The minister said the talks had stalled, and called for new sanctions.",
     ("the talks had stalled", [])),
])
def test_attributions_claims_of_one_clause(extract: Extract, text: str,
                                           expected: tuple[str, list[str]]) -> None:
    first = extract(text, published=PUBLISHED).attributions[0]
    assert (first.content.text, [text[s:e] for s, e in first.content_fragments]) == (
        expected[0], expected[1])


@pytest.mark.parametrize(("text", "expected"), [
    # a family name first: "Kim" after "Kim Jong Un" is the same man
    ("Kim Jong Un inspected the units on Monday. “There will be no second warning,” Kim told "
     "the commanders.", [("Kim Jong Un", "Kim")]),
    # a headline the parser runs into the first line lends it no subject
    ("UN chief urges calm after border shelling\nNEW YORK - UN Secretary-General António "
     "Guterres called for restraint on both sides, his spokesman said.",
     [("spokesman for António Guterres", "his spokesman"),
      ("António Guterres", "UN Secretary-General António Guterres")]),
    # a relative pronoun is the words that name the speaker here; the name is whom it stands for
    ("The shelling was condemned by Mayor Ivan Petrenko, who said that the market had been "
     "hit twice.", [("Ivan Petrenko", "Mayor Ivan Petrenko"), ("Ivan Petrenko", "who")]),
    ("The warning came from the Health Ministry, which said that clinics were running out of "
     "fuel.", [("Health Ministry", "which")]),
    # negative: a relative clause about someone else keeps the subject's own mention
    ("Mayor Ivan Petrenko, who arrived on Monday, said the market had been hit twice.",
     [("Ivan Petrenko", "Mayor Ivan Petrenko")]),
])
def test_attributions_speaker_mentions(extract: Extract, text: str,
                                       expected: list[tuple[str, str]]) -> None:
    doc = extract(text, published=PUBLISHED)
    assert [(a.speaker.name, a.speaker.mention.text if a.speaker.mention else None)
            for a in doc.attributions if "urges" not in (a.cue.text if a.cue else "")
            ] == expected


@pytest.mark.parametrize(("text", "speech"), [
    ("Gunmen attacked a police station in the town overnight.", False),
    ("Al-Shabaab fighters attacked a military base near Balcad on Tuesday.", False),
    ("The militants attacked at dawn.", False),
    ("The senator attacked the president's plan to cut aid.", True),
    ("The opposition leader attacked the government over the ceasefire.", True),
])
def test_attributions_a_violent_cue_speaks_only_of_people_and_words(
        extract: Extract, text: str, speech: bool) -> None:
    """"attack" reports speech about a person or words, never the raid it also names."""
    cues = [a.cue.text for a in extract(text, published=PUBLISHED).attributions if a.cue]
    assert ("attacked" in cues) is speech


@pytest.mark.parametrize(("text", "expected"), [
    # the registry's holder of the office, named in the article, is the one who speaks
    ("Ukrainian Foreign Minister Andrii Sybiha flew to Warsaw. Ukraine's foreign minister said "
     "the talks had been useful.", "Andrii Sybiha"),
    # the office the article never puts a name to stays the office, not the registry's holder
    ("Ukraine's foreign minister said the talks had been useful.", "Ukraine's foreign minister"),
])
def test_attributions_role_named_only_when_the_text_names_its_holder(
    extract: Extract, text: str, expected: str
) -> None:
    names = [a.speaker.name for a in extract(text, published=PUBLISHED).attributions]
    assert names[-1] == expected


def test_attributions_person_named_beside_an_unlisted_office(extract: Extract) -> None:
    """The parser hangs the name from the office's "of" phrase; the place is no speaker."""
    doc = extract("The warden of Lower Fenby, Tomas Okoye, said the bridge would stay shut until "
                  "Friday. The warden said the ferry still ran.", published=PUBLISHED)
    assert [(a.speaker.name, a.speaker.role) for a in doc.attributions] == [
        ("Tomas Okoye", "warden of Lower Fenby"), ("Tomas Okoye", "warden of Lower Fenby")]


@pytest.mark.parametrize(("text", "content"), [
    # what follows the clause after a comma, hung from the cue by the parser, is still said
    ("The agency said nine houses were burned, three of them schools.",
     "nine houses were burned, three of them schools"),
    ("The council said 40 families have fled, 25 in Orvale and 15 in Dunmere.",
     "40 families have fled, 25 in Orvale and 15 in Dunmere"),
    # an act told inside the claim is no other source's claim ("when gunmen attacked ...")
    ("Five guards were killed when gunmen attacked a depot near the port, officials said.",
     "Five guards were killed when gunmen attacked a depot near the port"),
])
def test_attributions_content_runs_to_the_clause_end(
    extract: Extract, text: str, content: str
) -> None:
    assert [a.content.text for a in extract(text, published=PUBLISHED).attributions] == [content]


def test_attributions_an_indefinite_role_is_someone_new(extract: Extract) -> None:
    """ "an OPM spokesman" after "the division's spokesman, Colonel Rudi Hartono," is another
    person, never the spokesman named before (the other side's, here)."""
    found = extract("Two missiles hit the camp, the division's spokesman, Colonel Rudi Hartono, "
                    "said in a statement on Monday. Villagers said three of the dead were "
                    "loggers. In an audio message, an OPM spokesman denied that the leader had "
                    "been killed.", published=PUBLISHED).attributions
    assert [a.speaker.name for a in found] == ["Rudi Hartono", "Villagers", "OPM spokesman"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Families in the village of Rumana said army artillery shelled farmland.",
     "Families in the village of Rumana"),  # the village's name is no speaker
    ("State news agency KCNA said the test was a success.", "KCNA"),
])
def test_attributions_a_name_in_a_phrase_after_the_head_is_not_the_speaker(
    extract: Extract, text: str, speaker: str
) -> None:
    [found] = extract(text, published=PUBLISHED).attributions
    assert found.speaker.name == speaker
