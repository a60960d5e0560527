"""One actor per real-world entity: names read in the story's context."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wiredesk.extract.actors import registry
from wiredesk.extract.actors._context import in_story, story_countries
from wiredesk.records import Document

DRC = "Democratic Republic of the Congo"


@pytest.mark.parametrize(
    ("mention", "countries", "expected"),
    [
        ("Defence Ministry", ("Russia",), "Russian Defence Ministry"),
        ("Defence Ministry", ("Ukraine", "Russia"), "Ukrainian Defence Ministry"),
        ("Foreign Ministry", ("Russia",), "Russian Foreign Ministry"),
        (
            "Congo",
            ("Democratic Republic of the Congo", "Rwanda"),
            "Democratic Republic of the Congo",
        ),
        ("Congo", ("Republic of the Congo",), "Republic of the Congo"),
        ("Korea", ("North Korea",), "North Korea"),
        ("Defence Ministry", (), None),  # no context: no guess
        ("defence ministry", ("Russia",), None),  # a common phrase names no one
    ],
)
def test_actors_context_name_in_story(
    mention: str, countries: tuple[str, ...], expected: str | None
) -> None:
    found = in_story(registry(), mention, countries)
    assert (found.name if found else None) == expected


def test_actors_context_story_countries_counts_places_and_demonyms() -> None:
    ranked = story_countries(registry(), ["Russian", "Kremlin", "Ukrainian"], ["RU", "UA", "RU"])
    assert ranked[0] == "Russia"
    assert "Ukraine" in ranked


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "MOSCOW (Reuters) - Russia's Defence Ministry said its forces took Novoselivka.",
            "Russian Defence Ministry",
        ),
        (
            "Moscow, June 18 (TASS) -- Russian troops advanced near Kupiansk, officials said. "
            "The Foreign Ministry said in a statement that Western criticism was groundless.",
            "Russian Foreign Ministry",
        ),
    ],
)
def test_actors_context_one_actor_for_one_body(
    extract: Callable[..., Document], text: str, speaker: str
) -> None:
    doc = extract(text, published="2025-03-03")
    assert speaker in [a.speaker.name for a in doc.attributions]
