"""Places layer: a name that acts as a person is no place, wherever else the story writes it.

A one-word name that a person's verb has as its subject ("Okafor said", "said Okafor",
"Lindqvist believes") names that person throughout the story, whatever the tagger calls
each mention and whether or not a town bears the name. Not a country, a region or a big
town, which speak for their governments ("Jordan said"), nor a town the story also writes
where a place goes ("moved to Gainesville"): that one speaks for its people.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # a feature: a woman known by a first name that is also a South African town's
        ("A mother says the police have failed her. Noma opened a case in May. \"Nobody "
         "called me,\" said Noma. Noma works as a cleaner in Cape Town.", {"Noma"}),
        # an obituary: a surname that a town bears, in every frame the copy puts it
        ("Holroyd served in the state senate for a decade. Her colleagues called Holroyd a "
         "friend. The governor said of Holroyd that she never gave up.", {"Holroyd"}),
        # sports copy: a comma before the subject is no "Trenton, N.J."
        ("As such, Holloway believes his side can go up. Holloway said the squad was fit.",
         {"Holloway"}),
        # a spokesman named like a nationality
        ("The audit found no fraud. \"We cooperated fully,\" French said on Monday.",
         {"French"}),
    ],
)
def test_places_people_subjects_of_person_verbs(extract, text, not_places):
    assert not {p.text for p in extract(text).places} & not_places


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a country speaks for its government
        ("Jordan said on Sunday it would reopen the border crossing.", "Jordan"),
        # a town the story places elsewhere speaks for its people
        ("The family moved to Gainesville in 1990. Gainesville says no to the new prison, "
         "the mayor wrote.", "Gainesville"),
        # a big city's government
        ("Chicago said it would appeal the ruling.", "Chicago"),
    ],
)
def test_places_people_governments_and_placed_towns_stay(extract, text, mention):
    assert mention in {p.text for p in extract(text).places}
