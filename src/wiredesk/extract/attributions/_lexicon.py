"""The reporting-cue and status lexicons, read once per process from src/wiredesk/data/."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


def read_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("wiredesk").joinpath("data", name).read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue lemmas by the frame that holds their content (see data/cues.toml)."""

    speech: frozenset[str]
    stance: frozenset[str]
    infinitive: frozenset[str]
    anonymity: frozenset[str]  # infinitives that ask not to be named
    refusals: frozenset[str]  # "declined to comment": a refusal to speak says nothing
    silent: frozenset[str]  # ... of these infinitives ("comment", not "endorse him")
    deeds_refused: frozenset[str]  # "refused to return to their cells": no claim
    commands: frozenset[str]  # "ordered them to leave": an order given on the scene
    requests: frozenset[str]  # "called on residents to report ...": what is asked of others
    object: frozenset[str]
    estimates: frozenset[str]  # object cues only as an estimate ("put the toll at 41")
    told_elsewhere: frozenset[str]  # "rejected the allegations": words said elsewhere
    naming: frozenset[str]  # "called it "a lie"": speech only with the description
    naming_as: frozenset[str]  # "branded it as a lie": the description's preposition
    judging: frozenset[str]  # "condemned the attack": a reaction, speech only described
    answering: frozenset[str]  # verbs taking such words as a stance on them
    told_passives: frozenset[str]  # "we were told by X that ...": X speaks the clause
    relays: frozenset[str]  # ", citing their branches": the source's source, no claim
    preposition: dict[str, frozenset[str]]
    quote_only: frozenset[str]
    circumstances: frozenset[str]
    complements: frozenset[str]
    noun_clause: frozenset[str]
    noun_infinitive: frozenset[str]
    noun_preposition: dict[str, frozenset[str]]
    noun_sources: frozenset[str]
    noun_copulas: frozenset[str]
    question_markers: frozenset[str]
    question_openers: frozenset[str]
    relative_pronouns: frozenset[str]
    determiners: frozenset[str]
    complementizers: tuple[str, ...]
    list_joiners: tuple[str, ...]
    plans: frozenset[str]  # "will discuss the attack", "to demand ...": a deed to come
    advice: frozenset[str]  # "should report any approach": a deed urged, nothing told
    future: frozenset[str]  # "will announce the results next week": nothing told yet
    future_verbs: frozenset[str]  # ... of the verbs of making known that it holds back
    according_to: tuple[str, str]
    statement_phrases: tuple[str, ...]
    then_phrases: tuple[str, ...]  # "according to police at the time": then, not now
    source_nouns: frozenset[str]
    label_headings: frozenset[str]
    label_narrators: frozenset[str]
    label_transcripts: frozenset[str]
    label_hosts: frozenset[str]
    unsourced_passives: frozenset[str]
    unsourced_verbs: frozenset[str]
    recognizers: tuple[str, ...]
    other_contrasts: frozenset[str]  # "X said A, while Y said B" (cues.toml [other_side])
    other_verbs: frozenset[str]
    other_addressed: frozenset[str]

    @property
    def clause(self) -> frozenset[str]:
        return self.speech | self.stance

    cue_lemmas: frozenset[str] = field(init=False)  # every verb lemma that can carry one

    def __post_init__(self) -> None:
        verbs = self.clause | self.infinitive | self.object | self.quote_only
        object.__setattr__(self, "cue_lemmas", verbs | frozenset(self.preposition))

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.cue_lemmas


@dataclass(frozen=True, slots=True)
class StatusWords:
    """Hedges, phrases that flag a claim as unverified, and verbs of denial (data/status.toml)."""

    hedge_adverbs: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_passives: frozenset[str]
    unverified: tuple[re.Pattern[str], ...]
    denial: frozenset[str]
    untrue: frozenset[str]  # words closing a content that judge it untrue ("unfounded")
    untrue_within: int  # ... among its last words


@cache
def cues() -> Cues:
    raw = read_toml("cues.toml")
    grammar = raw["grammar"]
    return Cues(
        speech=frozenset(raw["clause"]["speech"]),
        stance=frozenset(raw["clause"]["stance"]),
        infinitive=frozenset(raw["infinitive"]["verbs"]),
        anonymity=frozenset(raw["infinitive"]["anonymity"]),
        refusals=frozenset(raw["infinitive"]["refusals"]["verbs"]),
        silent=frozenset(raw["infinitive"]["refusals"]["silent"]),
        deeds_refused=frozenset(raw["infinitive"]["deeds_refused"]),
        commands=frozenset(raw["infinitive"]["commands"]),
        requests=frozenset(raw["infinitive"]["requests"]),
        object=frozenset(raw["object"]["verbs"]),
        estimates=frozenset(raw["object"]["estimates"]["verbs"]),
        told_elsewhere=frozenset(raw["object"]["told_elsewhere"]),
        naming=frozenset(raw["object"]["naming"]["verbs"]),
        naming_as=frozenset(raw["object"]["naming"]["prepositions"]),
        judging=frozenset(raw["object"]["judging"]),
        answering=frozenset(raw["object"]["answering"]),
        told_passives=frozenset(raw["object"]["told_passives"]),
        relays=frozenset(raw["object"]["relays"]),
        preposition={verb: frozenset(parts) for verb, parts in raw["preposition"].items()},
        quote_only=frozenset(raw["quote_only"]["verbs"]),
        circumstances=frozenset(raw["object"]["circumstances"]),
        complements=frozenset(raw["object"]["complements"]),
        noun_clause=frozenset(raw["nouns"]["clause"]),
        noun_infinitive=frozenset(raw["nouns"]["infinitive"]),
        noun_sources=frozenset(raw["nouns"]["sources"]),
        noun_copulas=frozenset(raw["nouns"]["copulas"]),
        noun_preposition={
            noun: frozenset(parts) for noun, parts in raw["nouns"]["preposition"].items()
        },
        question_markers=frozenset(raw["questions"]["markers"]),
        question_openers=frozenset(raw["questions"]["openers"]),
        relative_pronouns=frozenset(grammar["relative_pronouns"]),
        determiners=frozenset(grammar["determiners"]),
        complementizers=tuple(grammar["complementizers"]),
        list_joiners=tuple(grammar["list_joiners"]),
        plans=frozenset(grammar["plans"]),
        advice=frozenset(grammar["advice"]),
        future=frozenset(grammar["future"]["modals"]),
        future_verbs=frozenset(grammar["future"]["verbs"]),
        according_to=(grammar["according_to"][0], grammar["according_to"][1]),
        statement_phrases=tuple(raw["phrases"]["statement"]),
        then_phrases=tuple(raw["phrases"]["then"]),
        source_nouns=frozenset(raw["sources"]["nouns"]),
        label_headings=frozenset(raw["labels"]["headings"]),
        label_narrators=frozenset(raw["labels"]["narrators"]),
        label_transcripts=frozenset(raw["labels"]["transcripts"]),
        label_hosts=frozenset(raw["labels"]["transcript_hosts"]),
        unsourced_passives=frozenset(raw["unsourced"]["passives"]),
        unsourced_verbs=frozenset(raw["unsourced"]["verbs"]),
        recognizers=tuple(raw["recognizers"]["run"]),
        other_contrasts=frozenset(raw["other_side"]["contrasts"]),
        other_verbs=frozenset(raw["other_side"]["verbs"]),
        other_addressed=frozenset(raw["other_side"]["addressed"]),
    )


@cache
def status_words() -> StatusWords:
    raw = read_toml("status.toml")
    hedged = raw["hedged"]
    return StatusWords(
        hedge_adverbs=frozenset(hedged["adverbs"]),
        hedge_modals=frozenset(hedged["modals"]),
        hedge_verbs=frozenset(hedged["verbs"]),
        hedge_passives=frozenset(hedged["passives"]),
        unverified=tuple(re.compile(p, re.IGNORECASE) for p in raw["unverified"]["patterns"]),
        denial=frozenset(raw["denied"]["verbs"]),
        untrue=frozenset(raw["judged"]["untrue"]),
        untrue_within=int(raw["judged"]["last_words"]),
    )


@cache
def positions() -> frozenset[str]:
    """Verbs of a stance taken on something (data/cues.toml [fitted] positions): a feature
    of the fitted model, never a cue by themselves; a refusal of one is a stance of its own
    ("refused to endorse the governor")."""
    return frozenset(read_toml("cues.toml")["fitted"]["positions"])
