"""Who a figure's source is when the speaker was found as a role, a place or a
transcript label, and where a figure happened when its sentence names a place only as a
modifier: through the real model, the source of the sentence's first
figure."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck._items import items_of


def _first_figure(extract, text: str, source: str):
    doc = extract(text, published="2025-05-12T09:00:00+00:00", source=source)
    items = items_of(doc)
    assert items.figures, text
    return items.figures[0]


@pytest.mark.parametrize(("text", "expected"), [
    # a role, the person named beside it: the person, then the office
    ("Five people were wounded when a drone hit a bus stop in Shostka on Tuesday, the head "
     "of the Sumy regional military administration, Volodymyr Artiukh, said on Wednesday.",
     "Volodymyr Artiukh"),
    # a rank before the name is no part of it
    ("Fourteen villagers were killed in the raid on Beni, the army spokesman in the "
     "region, Captain Anthony Mualushayi, told reporters.", "Anthony Mualushayi"),
    # "according to" the role, the name after it
    ("Seven people were killed in the shelling of Kherson, according to the head of the "
     "Kherson regional military administration, Oleksandr Prokudin.", "Oleksandr Prokudin"),
    ("Seven people were killed in the shelling of Kherson, according to the regional "
     "administration, which gave no names.", "Daily Monitor"),      # no name after it
    # "according to" a role that ends with its holder's name
    ("At least nine people were killed in Beni on Sunday, according to the army spokesman "
     "in the region, Captain Anthony Mualushayi.", "Anthony Mualushayi"),
    # an office with no name beside it is the office ("deputy commissioner of ...")
    ("The death toll from the blast in Quetta rose to 17, according to the deputy "
     "commissioner of Quetta.", "deputy commissioner of Quetta"),
    # negatives: a named speaker stays; an unnamed one leaves the figure to its outlet
    ("Eleven people were killed in Sumy, Governor Oleh Hryhorov said.", "Oleh Hryhorov"),
    ("Six people were killed in the shelling of Nikopol, local residents said.",
     "Daily Monitor"),
    # a name opening with a particle is a name, not a description
    ("Al-Shabaab said nine soldiers were killed in the attack on the base in Jowhar.",
     "al-Shabaab"),
    # a ministry named by its topic alone is the story's country's, named or not
    ("Nine soldiers were killed in an ambush near Téra, the defence ministry said.",
     "Niger's defence ministry"),
    ("Nine soldiers were killed in an ambush near Téra, the Defence Ministry said.",
     "Niger's Defence Ministry"),
    # not the country of a side named by its adjective
    ("Israeli strikes killed nine people in Nabatieh, the health ministry said.",
     "Lebanon's health ministry"),
    # a ministry that names its country keeps it
    ("Nine soldiers were killed near Gao on Monday, Niger's defence ministry said.",
     "Niger's defence ministry"),
])
def test_crosscheck_speakers_role_holder(extract, text, expected):
    assert _first_figure(extract, text, "Daily Monitor").ref.source == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a transcript's presenter quoting an official: the official
    ("PRESENTER: The mayor of Dnipro, Borys Filatov, said seven people had died in the "
     "strike on the city.", "Borys Filatov"),
    ("HOST: Governor Oleh Hryhorov told us this morning that seven people had died in the "
     "strike on Sumy.", "Oleh Hryhorov"),
    # a presenter in the outlet's own words: the outlet
    ("ANCHOR: Seven people have died in the strike on Dnipro, our correspondent reports "
     "from the scene.", "Radio Dnipro"),
])
def test_crosscheck_speakers_presenter(extract, text, expected):
    assert _first_figure(extract, text, "Radio Dnipro").ref.source == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place in a compound modifier is not where the figure happened
    ("Twelve passengers were killed when a Lahore-bound bus was bombed in Mastung.",
     "Mastung"),
    ("Eight people were killed in a strike on a Kyiv-based charity's warehouse in Kharkiv.",
     "Kharkiv"),
    # negative: a place told plainly
    ("Twelve passengers were killed when a bus was bombed in Lahore.", "Lahore"),
])
def test_crosscheck_speakers_modifier_place(extract, text, expected):
    figure = _first_figure(extract, text, "Daily Monitor")
    assert figure.place is not None and figure.place.name == expected
    assert not figure.spread


@pytest.mark.parametrize(("text", "expected"), [
    # a relay citing its origin: the origin is the source
    ("At least 14 people were killed in a strike on a school in Gaza City, Al Jazeera "
     "reported, citing the Gaza Health Ministry.", "Gaza Health Ministry"),
    ("Nine people were killed in the shelling of Kherson, Ukrinform reported, citing "
     "Reuters.", "Reuters"),
    # negatives: citing a reason, not a source; no citing at all
    ("Eleven people were killed in Sumy, Governor Oleh Hryhorov said, citing security "
     "concerns for not giving the street.", "Oleh Hryhorov"),
    ("Eleven people were killed in Sumy, Governor Oleh Hryhorov said.", "Oleh Hryhorov"),
])
def test_crosscheck_speakers_citing(extract, text, expected):
    assert _first_figure(extract, text, "Daily Monitor").ref.source == expected
