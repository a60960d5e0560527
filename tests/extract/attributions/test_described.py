"""What the attributions layer reads beside a speaker's name for the cross-check, so that it
reads records, not text: the office a person is described by, the ministries named before a
bare "the ministry", and the names a story credits as its own."""

from __future__ import annotations

import pytest

from wiredesk.extract.attributions._described import (
    credits,
    described,
    is_bare_body,
    ministries_before,
)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Governor of Borno State, Babagana Zulum, has confirmed the toll.", "Babagana Zulum",
     "The Governor of Borno State"),
    ("Nine people died, said Oleh Syniehubov, head of the Kharkiv Regional Military "
     "Administration.", "Oleh Syniehubov", "head of the Kharkiv Regional Military Administration"),
    ("Oleh Syniehubov, the regional governor, said nine died.", "Oleh Syniehubov",
     "the regional governor"),
    ("Two died. Ana Mora, the security minister told reporters.", "Ana Mora",
     "the security minister"),
    ("Amina Bello, 34, a trader, said the market was full.", "Amina Bello", None),  # no office
    ("Witness Amina Bello said the market was full.", "Amina Bello", None),
    ("Nobody named here said anything.", "Amina Bello", None),
])
def test_described_office_next_to_name(text, name, expected):
    assert described(text, name) == expected


@pytest.mark.parametrize(("name", "bare"), [
    ("the ministry", True),
    ("Ministry", True),
    ("The Ministry rejects", True),     # a verb a misread left on the name
    ("Ministry of Defence", False),
    ("the Health Ministry", False),
    ("Ana Mora", False),
    (None, False),
])
def test_described_bare_ministry(name, bare):
    assert is_bare_body(name) is bare


def test_described_ministries_before_the_speaker():
    text = ("The Ministry of Public Security said two died. The Defence Ministry disagreed. "
            "Later the Ministry of Public Security spoke again. The ministry said it was calm.")
    end = text.index("The ministry said")
    # each name once, in the order of its last naming: the last is the one meant
    assert ministries_before(text, end) == ("The Ministry of Public Security",
                                            "The Defence Ministry", "Ministry of Public Security")
    text = text.replace("Later the", "Again, The")
    assert ministries_before(text, text.index("The ministry said")) == (
        "The Defence Ministry", "The Ministry of Public Security")
    assert ministries_before(text, text.index("The Defence")) == (
        "The Ministry of Public Security",)
    assert ministries_before("No body is named.", 10) == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("KHARTOUM — Shelling killed 12 people, a medic said. (AFP)", ("AFP",)),
    ("NAIROBI, May 3 (Reuters) - Floods killed 20 in the north, officials said.", ("Reuters",)),
    ("Floods killed 20 in the north. - AFP", ("AFP",)),
    ("Floods killed 20, reported with AFP", ("AFP",)),
    ("Our forces repelled the attack.", ()),
])
def test_described_credits(text, expected):
    assert credits(text) == expected
