"""The main event of a report, a scored choice: every event no other event governs (not
"shelling" inside "accused X of shelling", nor a denied act) is scored by what it is (violence
done by or to someone, a toll, a kind of type) and where it is told (headline, lead, how far
into the body, how deep in its sentence), with weights fitted by scripts/train_main_event.py
on the golden event rounds (data/main_event_weights.toml). A desk reads the main event first;
the rules it replaces ("violence in the lead, else the first event") were one hand-set case
of these weights."""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from wiredesk.extract.events._grammar import headline_end
from wiredesk.extract.events._happenings import Told, background, sided, verb_of
from wiredesk.extract.events.types import lexicon, read_data
from wiredesk.records import Event


def with_main(told: list[Told], published: str | None = None) -> list[Event]:
    """The events, the report's best-scored candidate flagged main."""
    candidates = main_candidates(told, published)
    if not candidates:
        return [t.event for t in told]
    weights = _weights()
    main, _ = max(
        candidates, key=lambda c: sum(weights.get(k, 0.0) * v for k, v in c[1].items())
    )
    return [replace(t.event, main=True) if i == main else t.event for i, t in enumerate(told)]


def main_candidates(
    told: list[Told], published: str | None = None
) -> list[tuple[int, dict[str, float]]]:
    """Each event that may be the main one, by its index in `told`, with its features."""
    words = {t.word.i for t in told}
    free = [
        i for i, t in enumerate(told)
        if t.event.mode != "denied" and not any(a.i in words for a in t.word.ancestors)
    ]
    if not free:
        return []
    doc = told[0].word.doc
    headline, starts = headline_end(doc), _body_starts(doc)
    violent = set(lexicon()["figures"]["violent"])
    first_violent = next((i for i in free if told[i].event.type in violent), None)
    return [
        (i, _features(told[i], headline, starts, i == first_violent, published)) for i in free
    ]


def _features(
    t: Told, headline: int, starts: list[int], first_violent: bool, published: str | None
) -> dict[str, float]:
    """What an event is and where it is told, each a number the weights score."""
    event, at = t.event, t.word.idx
    groups = lexicon()["main_event"]["groups"]
    body = sum(1 for s in starts if s <= at)  # 1 for the first body sentence, 0 in a headline
    depth = len(list(verb_of(t.word).ancestors))
    out = {
        "headline": float(at < headline),
        "lead": float(body == 1),
        "later_sentence": math.log1p(max(body - 1, 0)),
        "depth": min(depth, 4) / 4,
        "in_subject": float(_in_subject(t)),
        "sided": float(sided(event)),
        "actor": float(event.actor is not None),
        "target": float(event.target is not None),
        "toll": float(bool(event.killed or event.wounded)),
        "planned": float(event.mode != "happened"),
        "attributed": float(event.attribution is not None),
        "background": float(background(event, published)),
        "first_violent": float(first_violent),
    }
    group = next((g for g, kinds in groups.items() if event.type in kinds), "other")
    out[f"type_{group}"] = 1.0
    return out


def _in_subject(t: Told) -> bool:
    """True for an event named inside the subject of another verb: "Two men suspected of an
    attack on a police post were killed during an operation" describes the men by it."""
    word = t.word
    return word.pos_ == "NOUN" and any(
        a.dep_ in ("nsubj", "nsubjpass") and a.i != word.i for a in word.ancestors
    )


def _body_starts(doc: Doc) -> list[int]:
    """Where each sentence of the body starts, the headline left out."""
    body = headline_end(doc)
    return [s.start_char for s in doc.sents if s.start_char >= body]


@cache
def _weights() -> dict[str, float]:
    """The fitted weights (data/main_event_weights.toml), read once."""
    raw = read_data("main_event_weights.toml", "main event weights")
    return {str(k): float(v) for k, v in raw["weights"].items()}
