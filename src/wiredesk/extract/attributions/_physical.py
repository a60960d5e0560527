"""A cue verb that is also a violent act: "Trump attacked the press" reports speech, "fighters
attacked a military base" is an attack, which the events layer tells, not a claim.

The verbs are those of the event types PLOVER codes ASSAULT (data/events.toml); such a verb
carries speech only when what it acts on is a person, an office holder or something said
(data/cues.toml [object] speech_objects, and the cue nouns).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from wiredesk.extract.attributions._antecedents import lexicon as speaker_lexicon
from wiredesk.extract.attributions._lexicon import cues, read_toml
from wiredesk.extract.events.types import event_types
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of


@cache
def _violent_verbs() -> frozenset[str]:
    return frozenset(v for t in event_types().values() if t.plover == "ASSAULT" for v in t.verbs)


@cache
def _speech_objects() -> frozenset[str]:
    lex = cues()
    listed = read_toml("cues.toml")["object"]["speech_objects"]
    return frozenset(listed) | lex.noun_clause | lex.noun_infinitive | speaker_lexicon().roles


def physical_act(cue: Token) -> bool:
    """True when `cue` is a violent verb acting on something that cannot be spoken of as
    criticised: a place, a building, a unit, or nothing at all."""
    if cue.lemma_.lower() not in _violent_verbs():
        return False
    obj = next((c for c in kids_of(cue) if c.dep_ == "dobj"), None)
    if obj is None:
        return True
    return obj.ent_type_ != "PERSON" and obj.lemma_.lower() not in _speech_objects()


@cache
def _estimates() -> dict[str, Any]:
    return dict(read_toml("cues.toml")["object"]["estimates"])


def no_estimate(cue: Token) -> bool:
    """True when `cue` is a verb that gives a source's figure only as an estimate ("police
    put the figure at 3,000") and does not here: its object is no count ("put pressure on")
    or no figure follows it after "at" or "as". A verb that also takes a reported clause
    ("estimated that 300 had died") is no such verb there."""
    lemma = cue.lemma_.lower()
    if lemma not in _estimates()["verbs"] or lemma in cues().clause:
        return False
    return not estimate_given(cue)


def estimate_given(cue: Token) -> bool:
    """An estimate verb with a count for object and a figure after "at" or "as" ("put the
    toll at 41", "estimates the losses at 900 million"), outside a heading."""
    raw = _estimates()
    if cue.lemma_.lower() not in raw["verbs"] or _in_heading(cue):
        return False  # "Emergency service puts toll at 25" over its entry: the story tells it
    kids = list(kids_of(cue))
    counted = any(c.dep_ == "dobj" and c.lemma_.lower() in raw["counts"] for c in kids)
    at = [c for c in kids if c.dep_ == "prep" and c.lower_ in raw["prepositions"]]
    at += [c for o in kids if o.dep_ == "dobj" for c in o.subtree
           if c.dep_ == "prep" and c.lower_ in raw["prepositions"]]  # "the toll at 41" as one
    return counted and any(t.like_num for a in at for t in a.subtree)


def _in_heading(tok: Token) -> bool:
    """Whether `tok` stands in a heading: a line that ends as no sentence does. A heading's
    figure restates the story's below it, whose source the story names in full (the figures
    layer gives it that source too)."""
    text = doc_text(tok.doc)
    end = text.find("\n", tok.idx)
    line = text[text.rfind("\n", 0, tok.idx) + 1 : len(text) if end < 0 else end].rstrip()
    return end >= 0 and line[-1:] not in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?\"”’'…")


def estimated_at(part: Token) -> bool:
    """ "at 3,000" after an estimate verb ("put the figure at 3,000"): the figure, part of
    what the source said."""
    raw = _estimates()
    return (part.dep_ == "prep" and part.lower_ in raw["prepositions"]
            and part.head.lemma_.lower() in raw["verbs"])


def no_speech(cue: Token) -> bool:
    """A cue verb that reports no speech here: a violent act, or an estimate verb giving no
    estimate."""
    return physical_act(cue) or no_estimate(cue)
