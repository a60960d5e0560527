"""Event types: one file (data/events.toml) that extract, store and brief read, and the
recognizers it configures."""

from __future__ import annotations

from typing import get_args

import pytest

from wiredesk.brief._words import words
from wiredesk.errors import ConfigError
from wiredesk.extract.events._trigger import RECOGNIZERS, configured, resolve
from wiredesk.extract.events.types import event_types, lexicon
from wiredesk.records import EventKind

# The sixteen PLOVER event types, and OTHER for a bare statement.
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "OTHER",
}


def test_types_every_kind_extract_can_make_is_listed_once() -> None:
    assert set(event_types()) == set(get_args(EventKind))


@pytest.mark.parametrize("kind", get_args(EventKind))
def test_types_every_kind_has_a_plover_code_and_wording(kind: str) -> None:
    entry = event_types()[kind]
    assert entry.plover in PLOVER
    assert entry.modes and (entry.mode is None or entry.mode in entry.modes)
    assert entry.verbs or entry.nouns
    told = entry.wording
    assert told.past and told.gerund and told.base, kind
    assert told.alone or told.past.split()[-1] not in ("to", "with", "on", "from", "against")


def test_types_brief_tells_every_told_kind_with_the_same_words() -> None:
    told = {k: t.wording for k, t in event_types().items() if t.told}
    assert set(words().events) == set(told)
    for kind, wording in told.items():
        verb = words().events[kind]
        assert (verb.past, verb.participle, verb.gerund, verb.base, verb.alone) == (
            wording.past, wording.participle, wording.gerund, wording.base, wording.alone)


def test_types_instrument_modes_belong_to_a_type() -> None:
    modes = {m for t in event_types().values() for m in t.modes}
    conf = lexicon()["instrument"]
    assert set(conf["modes"].values()) - {"crowd control"} <= modes
    assert set(conf["triggers"].values()) <= modes
    assert set(conf["fired"].values()) <= modes


def test_types_recognizers_run_as_configured() -> None:
    names = lexicon()["recognizers"]["run"]
    assert [r.name for r in configured()] == names
    assert set(names) <= set(RECOGNIZERS)
    with pytest.raises(ConfigError, match="no_such_recognizer"):
        resolve(["verbs", "no_such_recognizer"])
    assert [r.name for r in resolve(["verbs"])] == ["verbs"]


@pytest.mark.parametrize(
    ("text", "recognizer"),
    [
        ("Russian forces shelled the village of Vovchansk on Monday.", "verbs"),
        ("The two presidents held talks in Ankara on Friday.", "nouns"),
        ("M23 rebels took Bukavu on Sunday, residents said.", "place_objects"),
        ("Moscow would not accept any new restrictions, the Kremlin said.", "refusals"),
        ("The militia warned that the base would be attacked again.", "warnings"),
        ("The army accused the rebels of shelling a displacement camp.", "accusations"),
    ],
)
def test_types_every_event_names_its_recognizer(extract, text: str, recognizer: str) -> None:
    events = extract(text, published="2025-05-05").events
    assert any(e.explanation.startswith(f"[{recognizer}]") for e in events), [
        e.explanation for e in events]
