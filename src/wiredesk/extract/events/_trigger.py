"""Triggers and the recognizers that find them, registered by name in spaCy's and presidio's
manner: each recognizer is a small module with a cheap candidate test and a validation step,
reading its words from data/events.toml; events.toml [recognizers] says which run, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from wiredesk.errors import ConfigError
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import tokens_among
from wiredesk.records import EventKind

Places = dict[int, str | None]  # start of each place the places layer found -> its kind
Validation = Callable[[Token, Places], "Trigger | None"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """The word that tells an event, the clause verb carrying it, and who found it."""

    kind: EventKind
    word: Token  # the verb or event noun
    head: Token  # the clause's verb: the trigger itself or the light verb carrying it
    planned: bool = False  # carried by "plan", "prepare" ...
    refusal: bool = False  # a negated "accept": the negation is the event, not its denial
    doer: Token | None = None  # who does it when the grammar puts them elsewhere ("accused X of")
    suffered: bool = False  # its clause's subject is done to ("the convoy came under fire")
    recognizer: str = ""


@dataclass(frozen=True, slots=True)
class Recognizer:
    """A cheap test that a word may tell an event, and the validation that makes it a trigger."""

    name: str
    candidate: Callable[[Token], bool]
    validate: Validation
    words: Callable[[], Iterable[str]]  # the lemmas or forms it can take, for a quick skip


RECOGNIZERS: dict[str, Recognizer] = {}


def recognizer(
    name: str, candidate: Callable[[Token], bool], words: Callable[[], Iterable[str]]
) -> Callable[[Validation], Validation]:
    """Register the decorated validation under `name`, offered the words `candidate` accepts
    among `words`."""

    def register(validate: Validation) -> Validation:
        RECOGNIZERS[name] = Recognizer(name, candidate, validate, words)
        return validate

    return register


@cache
def configured() -> tuple[Recognizer, ...]:
    """The recognizers events.toml [recognizers] runs, in its order."""
    return resolve(lexicon()["recognizers"]["run"])


def resolve(names: list[str]) -> tuple[Recognizer, ...]:
    """The registered recognizers `names` name, in that order."""
    unknown = [n for n in names if n not in RECOGNIZERS]
    if unknown:
        raise ConfigError(
            f"data/events.toml [recognizers]: unknown {unknown}; known: {sorted(RECOGNIZERS)}"
        )
    return tuple(RECOGNIZERS[n] for n in names)


@cache
def _words() -> frozenset[str]:
    return frozenset(w for rec in configured() for w in rec.words())


def hyphened(tok: Token) -> str:
    """The hyphenated word the tokenizer cut and `tok` ends ("staged a sit-in": "sit", "-",
    "in"), read whole so that the lexicon can list it as written; "" when there is none."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{tok.lower_}"


def find_triggers(doc: Doc, places: Places) -> list[Trigger]:
    """Every trigger in `doc`, in text order: a word goes to the first recognizer that
    validates it, and carries that recognizer's name."""
    found = []
    recognizers = configured()
    words = _words()
    joined = {t.i + 1 for t in doc[:-1] if t.text == "-" and hyphened(doc[t.i + 1]) in words}
    found_words = set(tokens_among(doc, words)) | set(tokens_among(doc, words, "lemma"))
    for i in sorted(found_words | joined):  # "a sit-in", cut at its hyphen
        tok = doc[i]
        for rec in recognizers:
            if rec.candidate(tok) and (trigger := rec.validate(tok, places)) is not None:
                found.append(replace(trigger, recognizer=rec.name))
                break
    return found
