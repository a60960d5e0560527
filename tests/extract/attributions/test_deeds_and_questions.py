"""What a source leaves open or does is no claim of theirs: a question after a cue with
"not" ("Police have not said who fired"), a deed of purpose or one a request asks of others
("walked to the gate to demand the land", "calls on residents to report any movement"), a
deed urged ("should report any approach"), a
deed refused ("refused to return to their cells"), a court appearance ("appeared before the
court, charged with ..."). A source cited "at the time" vouches for the past clause it
closes, not the reporter's present narration around it. Their neighbours stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]


def _found(extract: Extract, text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker.name, a.cue.text if a.cue else "", a.content.text)
            for a in extract(text, published="2026-05-04").attributions]


@pytest.mark.parametrize(("text", "cue"), [
    # a question left open after a cue with "not"
    ("A student was shot near the market. Police have not said who fired.", "said"),
    ("The clinic treated a girl with a head wound. The paper could not confirm how she was "
     "hurt.", "confirm"),
    ("Nine rifles were seized. The ministry did not say how many of the warrants were served.",
     "say"),
    # a deed of purpose, or one a request asks of others
    ("The farmers walked for two hours to the fence to demand the return of their land.",
     "demand"),
    ("The army command calls on residents of the border villages to report any suspicious "
     "movement.", "report"),
    ("Members of the public are urged to report any suspicious persons to the nearest police "
     "station.", "report"),
    # a deed urged by a modal of advice or duty, on the verb or the one it is joined to
    ("Ships near the two ports should keep a full watch and report any approach to the "
     "coastguard on channel 16.", "report"),
    ("Crews must report sightings of the skiff to the navy.", "report"),
    # a deed refused
    ("A group of detainees refused to return to their cells on Sunday night.", "refused"),
    # a court appearance, not a verb of seeming
    ("A 30-year-old man appeared before the magistrate this morning charged with two counts "
     "of arson.", "appeared"),
])
def test_deeds_and_questions_no_claim(extract: Extract, text: str, cue: str) -> None:
    assert cue not in [c for _, c, _ in _found(extract, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the same cues telling a claim
    ("Police have not said that anyone fired.", ("Police", "said", "anyone fired")),
    ("The ministry said how the convoy was attacked was still unclear.",
     ("ministry", "said", "how the convoy was attacked was still unclear")),
    ("The rescue teams appeared exhausted after the night.",
     (None, "appeared", "The rescue teams appeared exhausted after the night")),
    ("The union demanded the release of the two drivers.",
     ("union", "demanded", "the release of the two drivers")),
    ("The coastguard reported two sightings of the skiff on Monday.",
     ("coastguard", "reported", "two sightings of the skiff")),
])
def test_deeds_and_questions_claims_stay(extract: Extract, text: str,
                                         expected: tuple[str | None, str, str]) -> None:
    assert expected in _found(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the past clause a source cited "at the time" vouches for: a conjunct, an adverbial
    # clause, the words after a colon
    ("Herders have often crossed the border in the dry season, and similar killings in "
     "March 2022 left at least 15 dead, according to the government at the time.",
     "similar killings in March 2022 left at least 15 dead"),
    ("The pistol will be examined under a weapons law tightened after a gunman killed ten "
     "people in August 2022, according to police at the time.",
     "a gunman killed ten people in August 2022"),
    ("The crossing carries much of the trade with the city and has seen several incidents: "
     "in March 2024, border guards shot dead three men near the gate, according to local "
     "officials at the time.",
     "in March 2024, border guards shot dead three men near the gate"),
    # inside a later teller's content: the source then is still the past clause's
    ("The council recalls that the floods of 2019 drove some 40,000 people from their "
     "homes, according to the Red Cross at the time.",
     "the floods of 2019 drove some 40,000 people from their homes"),
    # all of it then: the whole sentence
    ("In June 2023, protests against the reform ended in clashes in which 170 people were "
     "injured, according to the health ministry at the time.",
     "In June 2023, protests against the reform ended in clashes in which 170 people were "
     "injured"),
    # no "at the time": the whole sentence, as before
    ("Herders have often crossed the border in the dry season, and similar killings left at "
     "least 15 dead, according to the government.",
     "Herders have often crossed the border in the dry season, and similar killings left at "
     "least 15 dead"),
])
def test_deeds_and_questions_source_at_the_time(extract: Extract, text: str,
                                                expected: str) -> None:
    assert [c for _, cue, c in _found(extract, text) if cue == "according to"] == [expected]
