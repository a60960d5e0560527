"""The actor registry: names, descriptions on dates, demonyms, and what must not match."""

from __future__ import annotations

import pytest

from wiredesk.extract.actors import Actor, Role, registry


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Zelenskiy", "Volodymyr Zelenskyy"),
        ("Zelenskyy’s", "Volodymyr Zelenskyy"),
        ("Putin", "Vladimir Putin"),
        ("President Vladimir Putin", "Vladimir Putin"),
        ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Mr Putin", "Vladimir Putin"),
        ("the Kremlin", "Kremlin"),
        ("The White House", "White House"),
        ("Pentagon", "Pentagon"),
        ("KCNA", "KCNA"),
        ("TASS", "TASS"),
        ("SBU", "SBU"),
        ("Antonio Guterres", "António Guterres"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Kim Jong Un", "Kim Jong Un"),
        ("Lavrov's", "Sergei Lavrov"),
        ("U.N.", "United Nations"),
        ("Germany", "Germany"),
    ],
)
def test_actors_lookup(mention: str, expected: str | None) -> None:
    found = registry().lookup(mention)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    "mention",
    ["president", "the", "", "spokesman", "Kim", "Ban", "us", "ap", "germany", "Ukrainian"],
)
def test_actors_lookup_negatives(mention: str) -> None:
    assert registry().lookup(mention) is None


@pytest.mark.parametrize(
    ("phrase", "on", "expected"),
    [
        ("Ukraine's leader", "2025-08-12", "Volodymyr Zelenskyy"),
        ("Ukraine’s leader", "2016-03-01", "Petro Poroshenko"),
        ("the Ukrainian president", None, "Volodymyr Zelenskyy"),
        ("president of Ukraine", "2019-05-20", "Volodymyr Zelenskyy"),
        ("president of Ukraine", "2019-05-19", "Petro Poroshenko"),
        ("the US president", "2025-08-12", "Donald Trump"),
        ("the US president", "2016-06-01", "Barack Obama"),
        ("US President", "2022-02-24", "Joe Biden"),
        ("Russia's foreign minister", "2022-03-01", "Sergei Lavrov"),
        ("UN secretary-general", "2020-01-01", "António Guterres"),
        ("UN chief", "2012-01-01", "Ban Ki-moon"),
        ("NATO chief", "2023-01-01", "Jens Stoltenberg"),
        ("NATO chief", "2025-06-24", "Mark Rutte"),
        ("Kremlin spokesman", "2024-01-01", "Dmitry Peskov"),
        ("White House spokeswoman", "2025-03-01", "Karoline Leavitt"),
        ("North Korean leader", "2025-08-12", "Kim Jong Un"),
        ("the American defense secretary", "2024-01-01", "Lloyd Austin"),
        ("US top diplomat", "2025-03-01", "Marco Rubio"),
    ],
)
def test_actors_describe(phrase: str, on: str | None, expected: str) -> None:
    found = registry().describe(phrase, on)
    assert found is not None
    assert found.name == expected


@pytest.mark.parametrize(
    ("phrase", "on"),
    [
        ("the president", None),
        ("Ukraine's leader", "1990-01-01"),
        ("Atlantis's leader", None),
        ("Ukrainian foreign", None),
        ("Zelenskyy", None),
    ],
)
def test_actors_describe_negatives(phrase: str, on: str | None) -> None:
    assert registry().describe(phrase, on) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ukrainian", "Ukraine"),
        ("Ukrainians", "Ukraine"),
        ("Russian", "Russia"),
        ("North Korean", "North Korea"),
        ("South Korean", "South Korea"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("American", "United States"),
        ("British", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("EU", "European Union"),
        ("Ukraine", "Ukraine"),
        ("us", None),
        ("president", None),
        ("Putin", None),
    ],
)
def test_actors_demonym(word: str, expected: str | None) -> None:
    assert registry().demonym(word) == expected


def test_actors_with_extra_adds_document_people() -> None:
    person = Actor("Olena Petrenko", "person", (), "UA", (Role("mayor", "Kharkiv"),))
    extended = registry().with_extra([person])
    assert extended.lookup("Petrenko") == person
    assert registry().lookup("Petrenko") is None
    assert extended.lookup("Zelensky") == registry().lookup("Zelensky")
