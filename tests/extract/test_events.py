"""Events: type, actor, target, mode and status, on sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "article.txt"
SCORER = ROOT.parent / "shared" / "tools" / "score_seed.py"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire story
        (
            "President Emmanuel Macron briefed Chancellor Olaf Scholz on the talks, Paris said.",
            ("consult", "Emmanuel Macron", "happened"),
        ),
        (
            "Russian forces launched a fresh offensive near Pokrovsk on Monday.",
            ("assault", "Russian forces", "happened"),
        ),
        # state media
        (
            "Belarus has deployed 4,000 troops to the border with Poland.",
            ("deploy", "Belarus", "happened"),
        ),
        # official statement
        (
            "NATO foreign ministers issued a statement condemning the strikes.",
            ("statement", "NATO foreign ministers", "happened"),
        ),
        # live blog: planned and hypothetical
        (
            "Erdogan will meet Putin in Sochi next week.",
            ("meet", "Recep Tayyip Erdoğan", "planned"),
        ),
        (
            "The prime minister is to hold talks with Gulf leaders on Thursday.",
            ("consult", None, "planned"),
        ),
        (
            "Iran could retaliate if Israel strikes its nuclear sites.",
            ("attack", "Israel", "hypothetical"),
        ),
        # denied
        (
            "The ministry said its jets did not strike the hospital.",
            ("attack", None, "denied"),
        ),
    ],
)
def test_events_types(extract, text: str, expected: tuple) -> None:
    kind, actor, mode = expected
    events = [e for e in extract(text, published="2025-06-02").events if e.type == kind]
    assert events, [(e.type, e.actor) for e in extract(text).events]
    if actor is not None:
        events = [e for e in events if e.actor and (actor in e.actor or e.actor in actor)]
        assert events, actor
    assert events[0].mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "The summit ended without a deal.",
        "He sent a letter to the committee.",
        "The talks were long and the meeting was tense.",
    ],
)
def test_events_negatives(extract, text: str) -> None:
    assert [(e.type, e.text) for e in extract(text).events] == []


def test_events_pronoun_in_a_reported_claim(extract) -> None:
    doc = extract("Ukraine's SBU said on Tuesday its drones hit an oil depot in Bryansk region.")
    attack = next(e for e in doc.events if e.type == "attack")
    assert attack.actor == "SBU"
    assert attack.attribution is not None


def test_events_meeting_between(extract) -> None:
    doc = extract(
        "Officials confirmed the meeting scheduled on Friday between Macron and Starmer.",
        published="2025-03-04",
    )
    meet = next(e for e in doc.events if e.type == "meet")
    assert (meet.mode, meet.date) == ("planned", "2025-03-07")
    assert meet.actor is not None and "Macron" in meet.actor


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")
def test_events_seed_floors() -> None:
    """The seed article through the real command: figures, checks and events above floors."""
    out = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "wiredesk"), "extract", str(SEED),
         "--published", "2025-08-12", "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout
    scored = subprocess.run(
        [sys.executable, str(SCORER), "-", "-q", "--min-figures", "1", "--min-checks", "1",
         "--min-events", "0.85"],
        input=out, capture_output=True, text=True,
    )
    assert scored.returncode == 0, scored.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military briefing: weapons fired at someone, and what it is not
        ("The Houthis fired two ballistic missiles at a tanker.", [("attack", "Houthis")]),
        ("The destroyer shot down four drones over the Red Sea.", []),
        # Indian press: "sanctioned" money is no sanction
        ("The Centre has sanctioned Rs 500 crore for bunkers.", []),
        # wire story: a killing needs someone behind it
        ("Israeli air strikes killed 34 people in Gaza.", [("attack", "Israeli air strikes")]),
        ("The violence has killed thousands since 2012.", []),
        # interview: talking to the press is no consultation
        ("He spoke to our correspondent by phone on Friday.", []),
    ],
)
def test_events_triggers_and_their_objects(extract, text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.actor) for e in extract(text).events] == expected
