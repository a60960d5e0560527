"""A cue verb that is also a violent act: "Trump attacked the press" reports speech, "fighters
attacked a military base" is an attack, which the events layer tells, not a claim.

The verbs are those of the event types PLOVER codes ASSAULT (data/events.toml); such a verb
carries speech only when what it acts on is a person, an office holder or something said
(data/cues.toml [object] speech_objects, and the cue nouns).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from wiredesk.extract.attributions._antecedents import lexicon as speaker_lexicon
from wiredesk.extract.attributions._lexicon import cues, read_toml
from wiredesk.extract.events.types import event_types
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
