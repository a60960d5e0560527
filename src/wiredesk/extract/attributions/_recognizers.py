"""Attribution recognizers, registered by name in spaCy's and presidio's manner: each finder
module registers a small function that reads the document and what the recognizers before
it found, and yields candidates; data/cues.toml [recognizers] says which run, in order, and
each candidate carries its recognizer's name into the record's explanation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from wiredesk.errors import ConfigError
from wiredesk.extract.attributions._found import Found
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._quotes import Quote


@dataclass(slots=True)
class Finding:
    """One document's candidates as the recognizers build them, in the order they run."""

    doc: Doc
    quotes: tuple[Quote, ...]
    found: list[Found] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # cue tokens a quotation already took

    def by(self, *names: str) -> list[Found]:
        return [f for f in self.found if f.recognizer in names]

    def quoted(self) -> list[tuple[int, int]]:
        """The contents of quotations: no cue inside them is the text's. A transcript line's
        cues are its speaker's sources ("MINISTER: Our commanders say ..."), found as any."""
        return [f.content for f in self.by("quotes")]


Recognize = Callable[[Finding], Iterable[Found]]
RECOGNIZERS: dict[str, Recognize] = {}


def recognizer(name: str) -> Callable[[Recognize], Recognize]:
    """Register the decorated function as the recognizer `name`."""

    def register(fn: Recognize) -> Recognize:
        RECOGNIZERS[name] = fn
        return fn

    return register


@cache
def configured() -> tuple[tuple[str, Recognize], ...]:
    """The recognizers cues.toml [recognizers] runs, in its order."""
    return resolve(cues().recognizers)


def resolve(names: Sequence[str]) -> tuple[tuple[str, Recognize], ...]:
    unknown = [n for n in names if n not in RECOGNIZERS]
    if unknown:
        raise ConfigError(
            f"data/cues.toml [recognizers]: unknown {unknown}; known: {sorted(RECOGNIZERS)}"
        )
    return tuple((n, RECOGNIZERS[n]) for n in names)


def run(finding: Finding, recognizers: Iterable[tuple[str, Recognize]]) -> list[Found]:
    """Every candidate the recognizers find, each seeing those found before its own."""
    for name, recognize in recognizers:
        for f in recognize(finding):
            f.recognizer = name
            finding.found.append(f)
    return finding.found


def settled(found: list[Found]) -> list[Found]:
    """The candidates that stand: a content of some length, nested only when plausible."""
    contents = [f.content for f in found if f.content[1] > f.content[0]
                and f.recognizer != "labels"]  # a turn's own sources stand as the text's
    turns = [f.content for f in found if f.recognizer == "labels"]
    return [f for f in found if f.content[1] > f.content[0] and _plausible(f, contents)
            and not _turns_own(f, turns) and not f.narration and not _bare_pronoun(f)]


def _bare_pronoun(f: Found) -> bool:
    """ "The ministry rejects that", "Can you confirm this?", "condemned it": a pronoun alone
    names what was said elsewhere and says nothing itself (a denial or a comment with no
    content of its own)."""
    token = f.cue_token
    if token is None:
        return False
    span = token.doc.char_span(*f.content, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    asked = _without_tag(words)
    if len(asked) < len(words):  # "denies that, doesn't it?": "that" may be parsed a mark
        return len(asked) == 1 and (asked[0].pos_ == "PRON" or asked[0].tag_ in ("DT", "IN"))
    return len(span) == 1 and (span[0].pos_ == "PRON" or span[0].tag_ in ("DT", "WDT"))


def _without_tag(words: list[Token]) -> list[Token]:
    """ "denies that, doesn't it?": the words before a question tag (an auxiliary, its
    "not", a pronoun) closing the sentence, which asks whether the rest is so."""
    if len(words) < 3 or words[-1].pos_ != "PRON":
        return words
    doc, after = words[-1].doc, words[-1].i + 1
    if after >= len(doc) or doc[after].text != "?":
        return words
    at = len(words) - 2
    if words[at].dep_ == "neg":
        at -= 1
    finite = words[at].pos_ == "AUX" or words[at].tag_ in ("VBZ", "VBD", "VBP", "MD")
    return words[:at] if at > 0 and finite else words


def _turns_own(f: Found, turns: Sequence[tuple[int, int]]) -> bool:
    """ "SYBIHA: We know that ...", "PENCE: ... you know, ... he wants to ...": in a turn a
    pronoun is the talk of the two speaking, no source the turn reports ("Our commanders
    say", "the authorities told us" are)."""
    head = f.speaker
    return (f.cue is not None and head is not None and inside(f.cue[0], turns)
            and head.pos_ == "PRON")


def _plausible(f: Found, contents: Sequence[tuple[int, int]]) -> bool:
    """A nested attribution ("KCNA said Putin said ...") needs a speaking verb and a source
    that can speak: a name, a pronoun or a noun such as "officials". A quotation split by
    its own cue (“X,” the narrator says, “Y.”) holds that cue without being nested."""
    others = [c for c in contents if c != f.content]
    if f.kind == "direct":
        return True  # a quotation with a cue of its own: the enclosing content overran it
    if f.cue is None or f.speaker is None or not inside(f.cue[0], others):
        return True
    if f.stance or _own_earlier_words(f):
        return False
    head = f.speaker
    if f.position and not _relayed(f):
        return False  # "said he opposes the plan": the opposing is what he said
    return (
        head.pos_ in {"PROPN", "PRON"} or head.ent_type_ != "" or head.lower_ in cues().source_nouns
    )


def _own_earlier_words(f: Found) -> bool:
    """ "The union says it warned the ministry in May that ...": a source telling of its own
    earlier words makes one claim, the telling, whose content holds them; the pronoun
    subject of the clause, agreeing with the teller, is the teller."""
    cue, head = f.cue_token, f.speaker
    if cue is None or head is None or head.pos_ != "PRON" or head.dep_ != "nsubj":
        return False
    if cue.dep_ != "ccomp" or cue.head.i > cue.i:
        return False
    teller = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.i > cue.i:
        return False
    if teller.pos_ == "PRON":
        return teller.lower_ == head.lower_
    plural = teller.tag_ in {"NNS", "NNPS"}
    number = head.morph.get("Number", [])
    return head.morph.get("Person", []) == ["3"] and number == (["Plur"] if plural else ["Sing"])


def _relayed(f: Found) -> bool:
    """A position passed on whole by the cue it hangs from, not a pronoun's: "X called for
    calm, his spokesman said" (not "said he opposes the plan", nor one deeper in a clause)."""
    cue = f.cue_token
    if cue is None or f.speaker is None or f.speaker.pos_ == "PRON":
        return False
    return cue.dep_ == "ROOT" or cues().is_cue(cue.head.lemma_.lower())


def inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)
