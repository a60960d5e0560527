"""A candidate attribution as the finders see it, before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_TRAIL = " \t\n.,;:–—-"
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
    kind: str | None = None  # set by finders that know it (a split quotation is direct)
    via: Span | None = None  # "according to a report seen by Reuters" behind a cue verb
    stance: bool = False  # a belief or intention, kept only at the top level
    fragments: tuple[tuple[int, int], ...] = ()  # the quoted pieces of a content split by its cue


def text_of(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token again on each access."""
    text = doc.user_data.get("attributions.text")
    if text is None:
        text = doc.user_data["attributions.text"] = doc.text
    return str(text)


def tidy(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, edge punctuation and a leading "that" from a content span."""
    text = text_of(doc)
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    for lead in ("that ", "That "):
        if text.startswith(lead, start) and end - start > len(lead):
            start += len(lead)
    return start, end


def without_background(root: Token, start: int, end: int) -> int:
    """The end of a content span before a trailing ", which ..." clause or participle.

    A non-restrictive relative clause at the end of a reported clause is the reporter's
    background on a noun, and "..., contradicting the police's account" the reporter's
    comment, not part of what the source said.
    """
    doc = root.doc
    for tok in root.subtree:
        background = tok.dep_ == "relcl" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
        if not background or tok.right_edge.idx + len(tok.right_edge) < end - 1:
            continue
        first = tok.left_edge
        if first.i > 0 and doc[first.i - 1].text == "," and doc[first.i - 1].idx > start:
            return doc[first.i - 1].idx
    return end
