"""A speaker told after the claim the parser misreads, and a role that names another office."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.records import Document

Extract = Callable[..., Document]
PUBLISHED = "2026-03-05"


@pytest.mark.parametrize(("text", "expected"), [
    # words after the cue: the parser coordinates the aside with the verb before it
    ("Last week, a missile strike on a hotel in Kryvyi Rih killed four people, the city's "
     "mayor said at the time.",
     ("city's mayor", "Last week, a missile strike on a hotel in Kryvyi Rih killed four people")),
    ("Gunmen torched the market and wounded two traders, the police chief said on Monday.",
     ("police chief", "Gunmen torched the market and wounded two traders")),
    # the speaker taken for an appositive of the claim's last noun
    ("Russian drones struck port infrastructure in Izmail overnight, injuring six people, the "
     "governor of Odesa region said on Telegram.",
     ("governor of Odesa region",
      "Russian drones struck port infrastructure in Izmail overnight, injuring six people")),
])
def test_attributions_aside_after_the_claim(extract: Extract, text: str,
                                            expected: tuple[str, str]) -> None:
    [a] = extract(text, published=PUBLISHED).attributions
    assert (a.speaker.name, a.content.text) == expected


@pytest.mark.parametrize("text", [
    "Rebels attacked the town and the army said on Monday that it had repelled them.",
    "The convoy reached the border, and the driver said it was safe.",
])
def test_attributions_coordinated_cue_keeps_its_clause(extract: Extract, text: str) -> None:
    [a] = extract(text, published=PUBLISHED).attributions
    assert a.content.text.startswith(("it had repelled", "it was safe"))


@pytest.mark.parametrize(("text", "expected"), [
    # another office than the one named before
    ("The prime minister wrote on Facebook that the attack was planned. Police arrested four "
     "people, the interior minister told reporters.", ["prime minister", "interior minister"]),
    ("Six people were killed in Kharkiv, Governor Oleh Syniehubov said. Two people died in "
     "Kherson, the local governor said.", ["Oleh Syniehubov", "local governor"]),
    # the same office again, or a country's word that says nothing of it
    ("Six people were killed in Kharkiv, Governor Oleh Syniehubov said. The toll may rise, "
     "the governor said.", ["Oleh Syniehubov", "Oleh Syniehubov"]),
])
def test_attributions_role_names_its_own_office(extract: Extract, text: str,
                                               expected: list[str]) -> None:
    names = [a.speaker.name for a in extract(text, published=PUBLISHED).attributions]
    assert names == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X quoted Y as saying": Y says it
    ("The state news agency quoted the governor of Kerman as saying that gunmen had killed two "
     "guards.", "governor of Kerman"),
    # "According to X, Y said": Y says it, X passes it on
    ("According to the state news agency Khovar, the Border Troops of Tajikistan said that "
     "guards had fired first.", "Border Troops of Tajikistan"),
])
def test_attributions_relayed_speaker(extract: Extract, text: str, expected: str) -> None:
    [a] = extract(text, published=PUBLISHED).attributions
    assert a.speaker.name == expected
