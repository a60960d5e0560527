"""What a denial or a threat is about: "denied hitting a civilian vessel", "denied that any
army post had been attacked", "threatened to withdraw its police officers". The act in its
complement is no happening of its own but the content of the denial or threat
([happenings.contents] types), which takes its target when it names none; a denied claim
another side made ("denied the claim that aircraft bombed civilian areas") stays its own
event, and so does a threatened act of violence ("threatened to attack"), planned."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from wiredesk.extract.events._grammar import apart
from wiredesk.extract.events._happenings import Told, verb_of
from wiredesk.extract.events.types import lexicon


def folded_contents(told: list[Told]) -> list[Told]:
    """The events, those told as the content of a denial folded into it."""
    conf = lexicon()["happenings"]["contents"]
    holders = {t.word.i: k for k, t in enumerate(told) if t.event.type in conf["types"]}
    if not holders:
        return told
    out = list(told)
    folded: set[int] = set()
    for k, t in enumerate(told):
        holder = _holder(t.word, holders, tuple(conf["deps"]))
        if holder is None or holder == k or holder in folded:
            continue
        said = out[holder]
        if t.event.type in conf["stays"].get(said.event.type, ()):
            continue  # "threatened to target U.S. warships": a planned attack of its own
        if said.event.target is None and t.event.target is not None:
            event = replace(said.event, target=t.event.target)
            said = Told(event, said.word)
        explained = f"{said.event.explanation}; about {t.event.text[:60]!r}"
        out[holder] = Told(replace(said.event, explanation=explained), said.word)
        folded.add(k)
    return [t for k, t in enumerate(out) if k not in folded]


def _holder(word: Token, holders: dict[int, int], deps: tuple[str, ...]) -> int | None:
    """The denial whose complement the word's clause is, climbing complements only
    (not "rejected the claim, saying warships had scattered mines": a reason, no content)."""
    tok = verb_of(word)
    for _ in range(4):
        if tok.dep_ not in deps or tok.head == tok or apart(tok):
            return None  # "drones hit Izmail; Moscow denies ...": two clauses, no content
        tok = tok.head
        if tok.i in holders:
            return holders[tok.i]
    return None
