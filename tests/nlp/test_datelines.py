"""Datelines in the styles agencies and papers write them, found once for every stage."""

from __future__ import annotations

import pytest

from wiredesk.nlp.datelines import dateline_end, datelines, in_dateline, story_dateline


@pytest.mark.parametrize(("text", "expected"), [
    ("YEREVAN, SEPTEMBER 15, ARMENPRESS. Two servicemen were wounded.",
     "YEREVAN, SEPTEMBER 15, ARMENPRESS. "),                       # Armenpress
    ("BAKU, MARCH 2, AZERTAC. The ministry said.", "BAKU, MARCH 2, AZERTAC. "),
    ("Mogadishu (SONNA) - The army repelled an attack.", "Mogadishu (SONNA) - "),
    ("Jos — A youth leader said 40 were killed.", "Jos — "),         # Nigerian papers
    ("GAZA CITY, May 2 (AP) — Strikes hit Rafah.", "GAZA CITY, May 2 (AP) — "),
    ("DONETSK, June 3. /TASS/. Shelling hit the city.", "DONETSK, June 3. /TASS/. "),
    ("Bunia, 8 June 2025 (ACP).- Twelve civilians were killed.", "Bunia, 8 June 2025 (ACP).- "),
    ("Goma, 3 May (Radio Okapi) - Shelling hit the town.", "Goma, 3 May (Radio Okapi) - "),
    ("QUETTA: At least 20 people were killed.", "QUETTA: "),          # South Asian papers
    ("Kupwara, May 12: Acting on specific input, police ...", "Kupwara, May 12: "),
    ("Note, however: figures are provisional.", ""),
    ("JNIM, an al-Qaeda affiliate, claimed the ambush.", ""),       # a hyphen, no dash
    ("FREMONT, Calif. -- A fire broke out.", "FREMONT, Calif. -- "),
    ("The Ministry of Defence said on Monday.", ""),                 # no dateline
    ("Russian forces - the ministry said - advanced.", ""),
    ("Bunia, the capital of Ituri (DR Congo), is calm.", ""),     # no dash: no dateline
    ("Note: figures are provisional.", ""),                         # not capitals
    ("UKRAINE war latest - what we know", ""),                      # a headline, not a place
    ("Gunmen kill 14\nDIAPAGA, Burkina Faso (Wire) - Gunmen", ""),  # not the text's opening
])
def test_dateline_opening_text(text, expected):
    assert text[:dateline_end(text)] == expected


def test_dateline_parts():
    text = "Gunmen kill 14\nKYIV, Ukraine, March 3 (Reuters) - Drones hit the city."
    (found,) = datelines(text)
    assert text[slice(*found.place)] == "KYIV"
    assert found.region is not None and text[slice(*found.region)] == "Ukraine"
    assert found.agency == "Reuters"
    assert story_dateline(text) == found
    assert in_dateline(text, text.index("Ukraine")) and not in_dateline(text, text.index("Drones"))


def test_datelines_of_a_live_blog_and_of_copy_without_line_breaks():
    blog = "Live: strikes on Odesa\nODESA - Two drones fell.\nIZMAIL - A port was hit."
    assert [blog[slice(*d.place)] for d in datelines(blog)] == ["ODESA", "IZMAIL"]
    flat = "Two were killed. HERAT, Afghanistan (Wire) - Police said. He said. Later — nothing."
    assert [flat[slice(*d.place)] for d in datelines(flat)] == ["HERAT"]


def test_a_colon_dateline_may_be_a_transcript_label():
    (quetta,) = datelines("QUETTA: At least 20 people were killed.")
    assert quetta.colon
    assert datelines("Transcript:\nPESKOV: We have nothing to add.") == ()
    assert datelines("Transcript:\nPESKOV: “Nothing to add.”") == ()
    assert datelines("PRESENTER: Good evening.\nUPDATE: A second blast.") == ()


def test_a_turns_label_is_no_dateline_anywhere_in_the_transcript():
    """A label found as a turn (a name in brackets, speech after it, or opening two lines)
    is a label at each of its lines, never the place a story was filed from."""
    briefing = ("SPOKESPERSON (Jane Roe): Good morning. The crossing is closed.\n\n"
                "QUESTION: When will it reopen?\n\nSPOKESPERSON: That depends on the talks.")
    assert datelines(briefing) == ()
    bulletin = ("HOST: What do we know?\n\nTUILAGI: The police say two men escaped.\n\n"
                "HOST: And the guards?\n\nTUILAGI: Three were hurt.")
    assert datelines(bulletin) == ()
    (quetta,) = datelines("QUETTA: Two men were killed.\n\nPolice said the road was shut.")
    assert quetta.colon


def test_a_dateline_in_capitals_of_any_alphabet():
    text = "DÜSSELDORF, Nov 7 — Rheinmetall said sales rose."
    assert text[:dateline_end(text)] == "DÜSSELDORF, Nov 7 — "


def test_a_dateline_with_an_apostrophe_inside_its_name():
    text = "N'DJAMENA, Oct 9 (ASP) - Twenty soldiers were killed."
    assert text[:dateline_end(text)] == "N'DJAMENA, Oct 9 (ASP) - "
    curly = "N’DJAMENA, Oct 9 (ASP) - Twenty soldiers were killed."
    assert curly[:dateline_end(curly)] == "N’DJAMENA, Oct 9 (ASP) - "
    assert datelines("KYIV'S ALLIES - a headline, not a dateline") == ()


@pytest.mark.parametrize(("text", "place"), [
    ("ST. LOUIS (AP) — A judge blocked the law.", "ST. LOUIS"),        # US wire
    ("FT. LAUDERDALE, Fla. -- A man was held.", "FT. LAUDERDALE"),
    ("ST JOHN'S, Antigua — The premier called a vote.", "ST JOHN'S"),  # a saint's possessive
    ("ST. GEORGE’S, Grenada (CMC) - Schools reopened.", "ST. GEORGE’S"),
    ("Storm hits islands. ST. JOHN'S - Ferries stayed in port.", "ST. JOHN'S"),
])
def test_a_dateline_of_a_saints_or_abbreviated_town(text, place):
    assert [text[slice(*d.place)] for d in datelines(text)] == [place]


def test_a_dateline_after_a_headline_that_runs_on_into_it():
    """An unpunctuated headline before the dateline must not swallow it: the headline is
    no place in capitals, and the dateline after it still is."""
    text = "Floods destroy crops, farmers say . BEIRUT: Fields were under water on Monday."
    assert [text[slice(*d.place)] for d in datelines(text)] == ["BEIRUT"]
    wire = "Council weighs change, Part II. HUME – The principal said classes would merge."
    assert [wire[slice(*d.place)] for d in datelines(wire)] == ["HUME"]


@pytest.mark.parametrize(("text", "place", "opening"), [
    ("Windhoek, 4 August 2026\nThe ministry said.", "Windhoek", "Windhoek, 4 August 2026"),
    ("Port Vila, Wednesday 25 March 2026\nMembers met.", "Port Vila",
     "Port Vila, Wednesday 25 March 2026"),
    ("Kyiv, May 12, 2026.\nDrones hit the city.", "Kyiv", "Kyiv, May 12, 2026."),
    ("Translated by a monitor. Taraz, 19 February 2026. The akim said.", "Taraz", None),
    ("On Monday, 4 August 2026. Then it rained.", None, ""),     # a day, not a place
    ("He met Smith, 4 August 2026 was the day.", None, ""),       # no line or sentence end
    ("Windhoek, 4 August\nThe ministry said.", None, ""),         # no year: no dateline
])
def test_dateline_of_a_press_release_a_place_and_a_whole_date(text, place, opening):
    found = [text[slice(*d.place)] for d in datelines(text)]
    assert found == ([place] if place else [])
    if opening is not None:
        assert text[:dateline_end(text)].rstrip() == opening
