"""What cross-checking reads off a report's records: the
agency a paper copies, bodies named several ways, weapons named as actors."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck._items import items_of, party
from wiredesk.crosscheck._link import _same_figure
from wiredesk.crosscheck._sources import body_key, copied_from, one_source, outlet_name
from wiredesk.extract.attributions import credited
from wiredesk.records import Article


@pytest.mark.parametrize(("source", "text", "outlet", "copied"), [
    ("Sudan Tribune", "KHARTOUM — Shelling killed 12 people, a medic said. (AFP)",
     "Sudan Tribune", "AFP"),
    ("Daily Nation", "NAIROBI, May 3 (Reuters) - Floods killed 20.", "Daily Nation", "Reuters"),
    ("The Namibian", "Floods killed 20 in the north. - AFP", "The Namibian", "AFP"),
    ("Reuters", "KYIV, May 3 (Reuters) - Drones hit Kyiv.", "Reuters", None),  # its own
    ("Azawad Liberation Front (Telegram)", "Our forces repelled the attack.",
     "Azawad Liberation Front", None),                               # the channel aside
    ("Vanguard", "Jos — Gunmen killed 12 (police).", "Vanguard", None),  # not an agency
])
def test_crosscheck_reading_copied_agency(source, text, outlet, copied):
    article = credited(Article(text, source=source))  # as extraction gives it
    assert outlet_name(article) == outlet
    assert copied_from(article) == copied


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("police", "Plateau State Police Command", True),
    ("Regional police", "the National Police", True),
    ("Commissioner of Police", "police", True),
    ("Governor of Borno State, Babagana Zulum", "Borno Government", True),
    ("Ministry of Defence", "Ministry of Defence and Veterans Affairs", True),
    ("police", "Ministry of Interior", False),
    ("Plateau State Police Command", "Kaduna State Police Command", False),
    ("Oleh Syniehubov", "State Emergency Service", False),
])
def test_crosscheck_reading_one_source(a, b, expected):
    assert one_source((a,), (b,)) is expected


@pytest.mark.parametrize(("name", "kind"), [
    ("Nigeria Police Force", "police"),
    ("the National Police", "police"),
    ("Ministry of Public Health", "ministry"),
    ("Reuters", None),
])
def test_crosscheck_reading_body_kind(name, kind):
    key = body_key(name)
    assert (key[0] if key else None) == kind


@pytest.mark.parametrize(("actor", "expected"), [
    ("Ukrainian drone", "ukraine"),      # a side's weapon is the side's
    ("Russian missiles", "russia"),
    ("drone", ""),                       # a weapon alone names no party
    ("armed men", ""),                   # nor an unnamed band: two reports' may be the same
    ("the attackers", ""),
    ("unidentified gunmen", ""),
    ("Houthi rebels", "houthi rebels"),
    ("Rapid Support Forces", "rapid support forces"),
])
def test_crosscheck_reading_party(actor, expected):
    assert party(actor) == expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # a count the article gives as another's: the figures layer's authority, not the text
    ("Monitors counted 30 dead, far above the toll of 12 announced by the army.", "12", "army"),
    ("The figure of 40 given by the Health Ministry on Monday was too low.", "40",
     "Health Ministry"),
    ("a death toll of 7 reported by local officials, which the UN could not confirm", "7",
     "local officials"),
    ("The toll of 12 announced by the army is too low.", "12", "army"),
    # an unattributed-looking figure whose sentence closes on its speaker
    ("A drone hit a grain terminal in Odesa, injuring three workers, the head of the Odesa "
     "Regional Military Administration, Oleh Kiper, said on Telegram.", "three", "Oleh Kiper"),
    ("Five soldiers were killed in the ambush, Colonel Ahmed Sheikh told reporters.", "Five",
     "Ahmed Sheikh"),
    # negatives: the article's own count, someone killed "by" someone, another sentence's
    ("Twelve people were killed by the army in the raid.", "Twelve", None),
    ("Monitors counted 30 dead in the village on Sunday.", "30", None),
    ("Five people were killed in Kharkiv. Governor Oleh Syniehubov said rescuers were at "
     "work.", "Five", None),
])
def test_crosscheck_reading_figure_source_is_its_authority(extract, text, figure, expected):
    """Whose a figure is comes from the figures layer's record (its authority when another
    than the outlet), never from the cross-check reading the text again."""
    doc = extract(text, published="2026-03-03", source="Daily Monitor")
    start = text.index(figure)
    (item,) = [f for f in items_of(doc).figures if f.ref.span[0] <= start < f.ref.span[1]]
    assert item.ref.source == (expected or "Daily Monitor")


def test_crosscheck_reading_toll_without_place_is_of_the_main_event(extract):
    """Another source's toll told with no place or event of its own ("a union said four
    guards had died") counts the report's main attack, at its place: enough to clash."""
    doc = extract(
        "Militants attacked a border post in the Mopti region late on Thursday, killing three "
        "soldiers, the army said on Friday.\n\n"
        "A soldiers' union said four soldiers had died.", published="2026-01-23")
    figures = {f.value: f for f in items_of(doc).figures if f.category == "killed"}
    assert figures[4].place is not None and figures[4].place == figures[3].place
    # placed by its report, not by words told with it (a count at a nearby town named with
    # it is no second count), yet at that place: enough to clash
    assert figures[4].guessed and not figures[3].guessed
    assert _same_figure(figures[4], figures[3], set()) == 2


def test_crosscheck_reading_country_toll_meets_town_toll_of_the_same_group(extract):
    """"Four soldiers" killed in northern Benin and at Banikoara on the same night are one
    count: a country-wide place is enough when both say whom they count; the town the
    parse takes for a target ("attacked an army post at Banikoara") is no target."""
    wire = extract("Gunmen attacked an army post in northern Benin late on Tuesday, killing "
                   "four soldiers, the army said on Wednesday.", published="2026-03-04")
    radio = extract("Four soldiers were killed when armed men attacked an army post at "
                    "Banikoara on Tuesday night, the army said.", published="2026-03-04")
    a, b = (next(f for f in items_of(d).figures if f.category == "killed")
            for d in (wire, radio))
    assert (a.place.kind, b.place.kind) == ("country", "city")
    assert _same_figure(a, b, set()) == 2
