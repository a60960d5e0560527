"""A candidate attribution as the finders see it, before speakers are resolved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.attributions._lexicon import cues
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import datelines
from wiredesk.nlp.index import kids_of
from wiredesk.records import AttributionKind

_TRAIL = " \t\n.,;:–—-"
RELATIVE = {"WP", "WDT"}  # tags of "who", "whom", "which", "that" opening a relative clause
_LEAD = " \t\n,;:–—-"


@dataclass(slots=True)
class Found:
    """Offsets into `doc.text`; `speaker` heads the source's words (None: a continuation)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_token: Token | None
    speaker: Token | None
    pattern: str
    speaker_extent: Span | None = None
    kind: AttributionKind | None = None  # set by finders that know it (a split quotation is direct)
    via: Span | None = None  # "according to a report seen by Reuters" behind a cue verb
    stance: bool = False  # a belief or intention, kept only at the top level
    # a position taken on a thing ("opposes the plan", "called for talks"): nested, never a
    # pronoun's ("said he opposes the plan" reports the saying; the opposing is its content),
    # as a named source's may be ("X called for calm, his spokesman said")
    position: bool = False
    fragments: tuple[tuple[int, int], ...] = ()  # the quoted pieces of a content split by its cue
    unsourced: bool = False  # "X is expected to ...": no one is named, no one is guessed
    shared: bool = False  # one of several sources credited together with one content
    recognizer: str = ""  # the registered recognizer that found it (data/cues.toml)
    # a turn of the publisher's own transcript: its voice, bounding the turn's pronouns, no
    # attribution of its own (the sources the turn reports are)
    narration: bool = False
    # a stance on words told elsewhere ("rejected such claims", "disputed that account"): its
    # speaker is resolved (and has spoken, for a pronoun after it), no attribution is kept
    stance_only: bool = False


def tidy(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, edge punctuation, a section's label ("Background: ") and a leading
    "that" from a content span."""
    text = doc_text(doc)
    start = _after_label(text, start, end)
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    for word in cues().complementizers:
        for lead in (f"{word} ", f"{word.capitalize()} "):
            if text.startswith(lead, start) and end - start > len(lead) and _joins(doc, start):
                start += len(lead)
    return start, end


def _joins(doc: Doc, start: int) -> bool:
    """True when the word at `start` joins a clause to its cue ("said that ..."), not a
    pronoun the content opens with ("That is not what happened")."""
    words = doc.char_span(start, start + 1, alignment_mode="expand")
    return words is None or words[0].dep_ not in ("nsubj", "nsubjpass")


def _after_label(text: str, start: int, end: int) -> int:
    """Where the words start after a heading's label that opens the content ("Background:
    In 2008 ..."): a label is a few words before a colon, one of them a heading's."""
    label, colon, _ = text[start:end].partition(":")
    words = label.split()
    if not colon or "\n" in label.strip() or not 0 < len(words) <= 3:
        return start
    if not any(w.strip(".'’").lower() in cues().label_headings for w in words):
        return start
    return start + len(label) + 1


def without_background(root: Token, start: int, end: int) -> int:
    """The end of a content span before a trailing ", which ..." or ", in which ..." clause.

    A non-restrictive relative clause at the end of a reported clause is the reporter's
    background on a noun, not part of what the source said. A participle stays: in
    "shells hit the market, killing seven" the deaths are part of the claim.
    """
    doc = root.doc
    for tok in root.subtree:
        if tok.dep_ != "relcl" or tok.right_edge.idx + len(tok.right_edge) < end - 1:
            continue
        if _speaker_describes(tok):
            continue  # "X, whom it described as ...": the source's own words, kept
        first = tok.left_edge
        if first.i > 0 and doc[first.i - 1].text == "," and doc[first.i - 1].idx > start:
            return doc[first.i - 1].idx
    return end


def _speaker_describes(clause: Token) -> bool:
    """Whether a relative clause reports the source again ("whom it described as the
    commander"): a reporting verb whose subject is a pronoun and whose object is the
    relative pronoun (not "in which they will discuss ...")."""
    children = list(kids_of(clause))
    return (
        cues().is_cue(clause.lemma_.lower())
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ not in RELATIVE for c in children)
        and any(c.dep_ == "dobj" and c.tag_ in RELATIVE for c in children)
    )


def one_paragraph(doc: Doc, content: tuple[int, int], anchor: int) -> tuple[int, int]:
    """The part of `content` in one paragraph, the one nearest `anchor` (the cue), without a
    dateline ("KHERSON - "): a reported clause never runs over a headline or a line break."""
    text = doc_text(doc)
    start, end = content
    if "\n" in text[start:end]:
        pieces, at = [], start
        for line in text[start:end].split("\n"):
            pieces.append((at, at + len(line)))
            at += len(line) + 1
        pieces = [p for p in pieces if text[p[0] : p[1]].strip()] or pieces
        start, end = min(
            pieces,
            key=lambda p: (
                0 if p[0] <= anchor <= p[1] else min(abs(anchor - p[0]), abs(anchor - p[1]))
            ),
        )
    opening = [d.span[1] for d in datelines(text) if d.span[0] == start and d.span[1] < end]
    if opening and (start == 0 or text[start - 1] == "\n"):
        start = opening[0]
    return tidy(doc, start, end)


def repeats(content: tuple[int, int], contents: Sequence[tuple[int, int]]) -> bool:
    """A content a recognizer before gave already (half of it or more shared)."""
    for s, e in contents:
        shared = min(e, content[1]) - max(s, content[0])
        if shared > 0 and shared * 2 >= max(e, content[1]) - min(s, content[0]):
            return True
    return False
