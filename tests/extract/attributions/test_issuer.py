"""A document's "we", in its own voice, is the issuer its heading names (a press release's,
a statement's, a report's), never the last source it quoted; a news story's headline or
byline names no issuer, and a "we" inside a quotation is the quoted speaker's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.extract.attributions._issuer import heading_issuer
from wiredesk.records import Document

Extract = Callable[..., Document]


@pytest.mark.parametrize(("text", "issuer"), [
    ("PRESS RELEASE\nLake Region Rights Watch\nKisumu, 3 May 2026\n\nPolice broke up a march "
     "on Friday.", "Lake Region Rights Watch"),
    ("NORTHSTAR SECURITY CONSULTING | INCIDENT REPORT\nRef: NS-2026-12 | Issued: 2 May 2026\n\n"
     "Two blasts hit a depot.", "NORTHSTAR SECURITY CONSULTING"),
    ("Statement of the Governorate of Upper Nile on the events in Malakal\n\nOn Monday, "
     "clashes broke out near the market.", "Governorate of Upper Nile"),
    # a label beside its number or subject, the issuer on its own line or beside the label
    ("SAHEL WATER ALLIANCE\nUrgent Appeal No. 4 - Tillabéri Region\nNiamey, 3 May 2026\n\n"
     "Armed men attacked four villages.", "SAHEL WATER ALLIANCE"),
    ("Coastal Fishers' Union of Grand-Bassam\n\nStatement on the events at the harbour, 12 "
     "June 2026\n\nOfficers seized three pirogues.", "Coastal Fishers' Union of Grand-Bassam"),
    ("Ministry of Public Security - Press release No. 22/2026\n\nFour men were arrested.",
     "Ministry of Public Security"),
    ("ALLIED NAVAL COMMAND PRESS RELEASE\n\nA tanker was hit at dawn.", "ALLIED NAVAL COMMAND"),
    # a letterhead in capitals alone; a closing line naming the issuer
    ("NORTHERN PASTORALISTS FORUM\nKaabong, 9 June 2026\n\nRaiders took 300 head of cattle.",
     "NORTHERN PASTORALISTS FORUM"),
    ("SECURITY ALERT - Northern Corridor\nIssued 14 July 2026, 0600 hrs\n\nRobbers stopped "
     "two lorries near Marsabit.\n\nIssued by: Regional Security Office, Horn Relief "
     "Consortium", "Horn Relief Consortium"),
    # a label's subject is no issuer: a country and a region, a section's label
    ("CHAD: Lac Province - Flash Update No. 5\nAs of 2 May 2026\n\nKEY FIGURES\n- 4,000 "
     "displaced", None),
    # a transcript's "we" is its speaker's, whatever body heads it
    ("COASTAL POLICE DISTRICT - PRESS CONFERENCE TRANSCRIPT\n\nCOMMANDER: We arrested two "
     "men.", None),
    # a headline and a byline: no document's label, no issuer
    ("Rebels Seize Border Town\n\nBy Jane Roe\n\nRebels took the town of Rubaya on Sunday.",
     None),
    ("Police Clash With Miners In Northern Town\n\nThree people were hurt.", None),
])
def test_issuer_is_read_only_from_a_labelled_heading(text: str, issuer: str | None) -> None:
    assert heading_issuer(text) == issuer


def test_issuer_speaks_as_we_in_its_own_voice(extract: Extract) -> None:
    text = (
        "PRESS RELEASE\nLake Region Rights Watch\nKisumu, 3 May 2026\n\n"
        "Police used tear gas on marchers in Kisumu on Friday, witnesses said. The county "
        "commander said his officers had acted with restraint.\n\n"
        "We call on the Inspector-General to suspend the officers involved. \"We will not "
        "stop marching,\" one organiser said."
    )
    doc = extract(text, published="2026-05-03")
    call = next(a for a in doc.attributions if a.content.text.startswith("the Inspector"))
    assert call.speaker.name == "Lake Region Rights Watch"
    march = next(a for a in doc.attributions if a.content.text.startswith("We will not"))
    assert march.speaker.name != "Lake Region Rights Watch"


@pytest.mark.parametrize(("text", "issuer"), [
    ("SAHEL WATER ALLIANCE\nUrgent Appeal No. 4 - Tillabéri Region\nNiamey, 3 May 2026\n\n"
     "Since 28 April, armed men have attacked four villages near Ayorou, the regional governor "
     "said on Thursday.\n\nWe ask all parties to allow our trucks to reach the displaced "
     "families.", "SAHEL WATER ALLIANCE"),
    ("SECURITY ALERT - Northern Corridor\nIssued 14 July 2026, 0600 hrs\n\nArmed robbers "
     "stopped two lorries near Marsabit overnight, police said.\n\nWe advise all staff to "
     "avoid road travel north of Isiolo until further notice.\n\nIssued by: Regional Security "
     "Office, Horn Relief Consortium", "Horn Relief Consortium"),
])
def test_we_is_the_issuer_not_the_last_source_named(
    extract: Extract, text: str, issuer: str
) -> None:
    doc = extract(text, published="2026-07-14")
    ours = [a for a in doc.attributions
            if a.speaker.mention is not None and a.speaker.mention.text == "We"]
    assert ours and all(a.speaker.name == issuer for a in ours), doc.attributions


@pytest.mark.parametrize(("text", "kept"), [
    # the issuer named in the third person telling its own news: the document's own voice
    ("NORTHERN PASTORALISTS FORUM\nKaabong, 9 June 2026\n\nThe Northern Pastoralists Forum "
     "wishes to inform the public that raiders took 300 head of cattle from Lokitela on Sunday "
     "night.\n\nWe call on the government to deploy police to the grazing areas.",
     ["the government to deploy police to the grazing areas"]),
    ("GULF COAST GUARD\nPRESS STATEMENT\n\nThe Gulf Coast Guard informs the public that a "
     "fishing boat sank off Ras Tanura on Monday. Two fishermen were rescued, the port "
     "authority said.", ["Two fishermen were rescued"]),
    # another body informing, or a news story's body: its words stay
    ("GULF COAST GUARD\nPRESS STATEMENT\n\nThe port authority informed the Coast Guard that "
     "a fishing boat had sunk off Ras Tanura.", ["a fishing boat had sunk off Ras Tanura"]),
])
def test_the_issuer_telling_its_own_news_is_the_documents_voice(
    extract: Extract, text: str, kept: list[str]
) -> None:
    doc = extract(text, published="2026-06-10")
    assert [a.content.text for a in doc.attributions] == kept, doc.attributions
