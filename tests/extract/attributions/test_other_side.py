"""What an attribution's content tells beyond its words, kept on the record for the
cross-check: a second speaker's claim inside it ("X said A, while Y said B"), cut where the
contrasting clause starts (`other_side`), and a closing word judging it untrue
(`judged_untrue`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.extract.attributions import is_proper
from wiredesk.extract.attributions._other_side import other_side
from wiredesk.extract.attributions._status import judged_untrue
from wiredesk.records import Document

Extract = Callable[..., Document]


@pytest.mark.parametrize(("content", "expected"), [
    # one attribution holding two sides' claims: (first claim, speaker, cue, second claim)
    ("the strikes had killed militants, while a rebel alliance said a drone hit a wedding",
     ("the strikes had killed militants", "a rebel alliance", "said", "a drone hit a wedding")),
    ("its shells hit an ammunition depot, whereas the regional governor told Reuters "
     "that a school was destroyed",
     ("its shells hit an ammunition depot", "the regional governor", "told Reuters",
      "a school was destroyed")),
    ("Cambodian rockets hit a clinic in Sisaket; but Cambodia's army insisted its "
     "gunners fired only at bunkers",
     ("Cambodian rockets hit a clinic in Sisaket", "Cambodia's army", "insisted",
      "its gunners fired only at bunkers")),
    ("its drones hit a refinery in Ryazan, while Russia's defence ministry denied that "
     "the refinery was damaged",
     ("its drones hit a refinery in Ryazan", "Russia's defence ministry", "denied",
      "the refinery was damaged")),
    ("the bridge was shelled at dawn although the militia told The Daily Star, that its "
     "fighters were far away",
     ("the bridge was shelled at dawn", "the militia", "told The Daily Star",
      ", that its fighters were far away")),
    # one speaker's content only
    ("the convoy was hit while it was unloading flour", None),       # 'while' as time
    ("six people died, but rescuers were still searching", None),   # no second speaker
    ("the talks would resume while the envoy said nothing", None),   # nothing claimed
    ("the talks failed. But the envoy said the two sides would meet again", None),  # a new sentence
    ("the dam broke, while residents of Kakhovka, Nova Kakhovka and Oleshky said it was blown",
     None),  # a speaker in plain words only
])
def test_other_side_cut(content: str, expected: tuple[str, str, str, str] | None) -> None:
    text = f"The army said {content}."
    side = other_side(text, (14, 14 + len(content)))
    if expected is None:
        assert side is None
    else:
        assert side is not None
        assert (side.first.text, side.speaker.text, side.cue.text, side.content.text) == expected
        for part in (side.first, side.speaker, side.cue, side.content):
            assert text[part.span[0]:part.span[1]] == part.text


def test_other_side_on_the_record(extract: Extract) -> None:
    """The quoted content keeps both claims; the attribution says where the second starts."""
    text = ("“The army shelled the market at dawn, while the rebels said they fired at soldiers "
            "only,” the monitor said. Residents said 12 people died, but the rebels claimed the "
            "toll was far lower.")
    doc = extract(text, published="2026-03-03")
    sides = {a.speaker.name: a.other_side for a in doc.attributions}
    side = sides["monitor"]
    assert side is not None
    assert (side.first.text, side.speaker.text, side.cue.text) == (
        "The army shelled the market at dawn", "the rebels", "said")
    assert side.content.text.startswith("they fired at soldiers only")
    assert sides["Residents"] is None  # the rebels' claim is an attribution of its own
    assert not any(a.judged_untrue for a in doc.attributions)


@pytest.mark.parametrize(("content", "expected"), [
    # a content its speaker judges untrue, however the denial is worded
    ("reports that Ukrainian drones hit an oil depot in Tuapse were unfounded", True),
    ("the claim that its jets bombed the temple a fabrication", True),       # "called ..."
    ("accounts of a strike on the Sumy hospital are fake", True),
    ("the allegations of mass graves near Izium were baseless", True),
    ("what Reuters reported about the convoy is simply a lie", True),
    # negatives: the judgment is not about the content, or there is none
    ("false reports spread quickly after the strike on the Odesa port", False),
    ("drones hit an oil depot in Tuapse overnight", False),
    ("the fake documents were seized at the border crossing near Sumy last week", False),
])
def test_judged_untrue(content: str, expected: bool) -> None:
    assert judged_untrue(content) is expected


def test_judged_untrue_on_the_record(extract: Extract) -> None:
    text = ("“The army shelled the market at dawn, while the rebels said the reports of the "
            "shelling were lies,” the monitor said. The ministry said reports that drones hit "
            "the depot were unfounded. Kyiv said the depot burned.")
    doc = extract(text, published="2026-03-03")
    found = {a.speaker.name: a for a in doc.attributions}
    assert found["ministry"].judged_untrue and not found["Kyiv"].judged_untrue
    side = found["monitor"].other_side
    assert side is not None and side.judged_untrue


@pytest.mark.parametrize(("text", "expected"), [
    ("Eleven people were killed in the strike, Al Jazeera reported, citing the Gaza Health "
     "Ministry.", "Gaza Health Ministry"),
    ("Shelling killed four people, the agency said, citing Red Cross officials on Monday.",
     "Red Cross officials"),
    ("Eleven people were killed in the strike, Al Jazeera reported.", None),
    ("Shelling killed four people, the agency said, citing local officials.", None),  # no name
])
def test_cited_after_the_cue(extract: Extract, text: str, expected: str | None) -> None:
    """Whom the cue goes on to cite: the origin of what the speaker relays."""
    found = extract(text, published="2026-03-03").attributions
    [att] = [a for a in found if a.cue is not None and a.cue.text in ("reported", "said")]
    assert att.cited == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a presenter quoting an official: the official, without rank
    ("HOST: Governor Oleh Hryhorov told us this morning that seven people had died in the "
     "strike on Sumy.", "Oleh Hryhorov"),
    # a presenter in the outlet's own words: no one
    ("HOST: Seven people have died in the strike on Sumy, and the rescue work goes on.", ""),
])
def test_presenter_quotes(extract: Extract, text: str, expected: str) -> None:
    """Whom a transcript presenter's turn quotes; no presenter, no value."""
    found = extract(text, published="2026-03-03").attributions
    assert [a.presenter_quotes for a in found if a.cue is not None and a.cue.text == ":"] == [
        expected]
    assert all(a.presenter_quotes is None for a in found if a.cue is None or a.cue.text != ":")


@pytest.mark.parametrize(("text", "expected"), [
    # the person named right after the role an "according to" gives, without rank
    ("Five people died, according to the head of the regional administration, Oleksandr "
     "Prokudin.", ("head of the regional administration", "Oleksandr Prokudin")),
    # a speaker found as the person: no holder beside it
    ("Five people died, according to the regional police chief, Colonel Ivan Petrenko.",
     ("Ivan Petrenko", None)),
    # no one beside the role
    ("Shelling killed four people, the regional governor said.", ("regional governor", None)),
])
def test_role_holder(extract: Extract, text: str, expected: tuple[str, str | None]) -> None:
    found = extract(text, published="2026-03-03").attributions
    assert (found[0].speaker.name, found[0].role_holder) == expected


@pytest.mark.parametrize(("name", "proper"), [
    ("Volodymyr Artiukh", True), ("al-Shabaab", True), ("103rd Infantry Brigade", True),
    ("the defence ministry", False), ("a resident", False), ("de Mistura", True),
])
def test_is_proper(name: str, proper: bool) -> None:
    assert is_proper(name) is proper
