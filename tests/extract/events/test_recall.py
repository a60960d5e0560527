"""Events told in ways the earlier rules missed, each mechanism in several outlets' styles:
an arrest announced in the passive by a person of office (made by the forces behind them),
and the negatives that keep each mechanism from firing where it should not."""

from __future__ import annotations

import pytest


def _events(extract, text: str, kind: str, published: str = "2026-05-14") -> list:
    return [e for e in extract(text, published=published).events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # parliament summary: a minister announces arrests his police made
        ("The Minister of Justice told the chamber that 41 people had been arrested.", "arrest",
         None),
        # state agency: a colonel heading a press service speaks for the forces
        ("Colonel Ilya Sorokin, head of the regional press service, said two suspects had been "
         "detained in Izberbash.", "arrest", None),
        # wire: a police spokesman's body is named before his office
        ("A police spokesman said 19 people were detained after the march in Oruro.", "arrest",
         "police"),
        # relief report: a spokeswoman for a named body speaks for it
        ("A spokeswoman for the National Police said 27 people were arrested overnight.",
         "arrest", "National Police"),
        # a defence minister orders the troops he announces
        ("Defence Minister Paula Mendes said 200 more soldiers would be sent to the border.",
         "deploy", "Paula Mendes"),
    ],
)
def test_recall_a_passive_arrest_is_made_by_the_speakers_forces(extract, text: str, kind: str,
                                                                 actor: str | None) -> None:
    found = _events(extract, text, kind)
    assert found, extract(text, published="2026-05-14").events
    event = found[0]
    assert (actor is None) == (event.actor is None), event
    assert (actor or "") in (event.actor or ""), event
