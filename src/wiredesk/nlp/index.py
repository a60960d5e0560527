"""Where words and entities stand in a parsed document, found once and shared by every stage.

Each stage used to walk every token in Python to find its few cue words ("according",
a dash, a trigger lemma), and to ask spaCy for `doc.ents` again and again; each walk builds a
Token object a word and was most of what extraction added to the parse. Here the words are
found in spaCy's arrays of string ids, read once a document, and the entities listed once
(entities are final once the pipeline has run: no stage changes them).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import Literal

import numpy as np
from spacy.attrs import HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from wiredesk.nlp.pipeline import doc_text

Form = Literal["lower", "lemma", "orth"]
_ATTRS = {"lower": LOWER, "lemma": LEMMA, "orth": ORTH}
_LAST_ENTS: list[tuple[Doc, tuple[Span, ...]]] = []  # the last document asked, its entities
# the last document asked for children: each word's children's indices, and their Tokens once built
_LAST_KIDS: list[tuple[Doc, list[list[int] | None], dict[int, tuple[Token, ...]]]] = []
# the last document asked for the words over a stretch of text: each stretch's Span once built
_LAST_SPANS: list[tuple[Doc, dict[tuple[int, int], Span | None]]] = []
_SENTS = "wiredesk.sents"
_BOUNDS = "wiredesk.bounds"


def _index(doc: Doc, form: Form) -> dict[int, list[int]]:
    """Each string id of `form` in `doc`, with the tokens that carry it."""
    key = f"wiredesk.index.{form}"
    index: dict[int, list[int]] | None = doc.user_data.get(key)
    if index is None:
        index = {}
        for i, h in enumerate(doc.to_array(_ATTRS[form]).tolist()):
            found = index.get(h)
            if found is None:
                index[h] = [i]
            else:
                found.append(i)
        doc.user_data[key] = index
    return index


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str], form: Form) -> frozenset[int]:
    """The string ids `words` can have in `form`: a lemma keeps a proper noun's capitals
    ("Attack" in a headline), and the finders compare it lower-cased."""
    spelt = words if form != "lemma" else {v for w in words for v in (w, w.title(), w.upper())}
    return frozenset(get_string_id(w) for w in spelt)


def tokens_among(doc: Doc, words: Iterable[str], form: Form = "lower") -> list[int]:
    """The indices, in text order, of the tokens whose `form` is one of `words` (lower case
    for "lower" and "lemma", as written for "orth")."""
    index, wanted = _index(doc, form), _hashes(frozenset(words), form)
    # the words both hold, found in C walking the smaller: a word list or a story's words
    common = index.keys() & wanted if len(wanted) < len(index) else wanted.intersection(index)
    hits = [index[h] for h in common]
    if len(hits) < 2:
        return list(hits[0]) if hits else []
    return sorted(chain.from_iterable(hits))


def kids_of(token: Token) -> tuple[Token, ...]:
    """`token.children`, in text order, from every word's head read once a document: spaCy
    walks the whole subtree and builds each child's Token again on every call, and the
    stages ask for a word's children tens of thousands of times a batch. A word's children
    are built once, when first asked for. Kept beside the last document, like `entities`."""
    doc = token.doc
    if not (_LAST_KIDS and _LAST_KIDS[0][0] is doc):
        below: list[list[int] | None] = [None] * len(doc)
        for i, offset in enumerate(doc.to_array(HEAD).astype(np.int64).tolist()):
            if offset:  # a root is its own head, not its own child
                found = below[i + offset]
                if found is None:
                    below[i + offset] = [i]
                else:
                    found.append(i)
        _LAST_KIDS[:] = [(doc, below, {})]
    _, below, made = _LAST_KIDS[0]
    kids = made.get(token.i)
    if kids is None:
        wanted = below[token.i]
        kids = made[token.i] = tuple(map(doc.__getitem__, wanted)) if wanted else ()
    return kids


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once: spaCy builds every entity's Span again on each access.
    Kept beside the last document, not in its `user_data`: a Span there would point back at
    its Doc, and the cycle would keep every parsed document alive until the garbage
    collector's next full pass."""
    if _LAST_ENTS and _LAST_ENTS[0][0] is doc:
        return _LAST_ENTS[0][1]
    found = tuple(doc.ents)
    _LAST_ENTS[:] = [(doc, found)]
    return found


def words_over(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, built once a stretch: the stages
    ask for the words of each time, figure and claim again for every figure they read, and
    a Span is built from its tokens (as costly as reading tens of words). Kept beside the
    last document, like `entities`."""
    if not (_LAST_SPANS and _LAST_SPANS[0][0] is doc):
        _LAST_SPANS[:] = [(doc, {})]
    made = _LAST_SPANS[0][1]
    try:
        return made[start, end]
    except KeyError:
        found = made[start, end] = doc.char_span(start, end, alignment_mode="expand")
        return found


def entities_in(span: Span) -> tuple[Span, ...]:
    """The entities wholly inside `span`, like `span.ents`, found by bisection."""
    ents = entities(span.doc)
    lo = bisect.bisect_left(ents, span.start, key=lambda e: e.start)
    hi = bisect.bisect_right(ents, span.end, lo=lo, key=lambda e: e.end)  # they do not overlap
    return ents[lo:hi]


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence's (start_char, end_char), as `doc.sents` gives them, from the arrays."""
    found: list[tuple[int, int]] | None = doc.user_data.get(_SENTS)
    if found is None:
        if not len(doc):
            return []
        marks = doc.to_array([SENT_START, IDX, LENGTH])
        starts = [0, *(int(i) for i in np.flatnonzero(marks[1:, 0] == 1) + 1)]
        ends = [*starts[1:], len(doc)]
        found = doc.user_data[_SENTS] = [
            (int(marks[a, 1]), int(marks[b - 1, 1] + marks[b - 1, 2]))
            for a, b in zip(starts, ends, strict=True)
        ]
    return found


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first character and the character after its last, read once a document."""
    found: tuple[list[int], list[int]] | None = doc.user_data.get(_BOUNDS)
    if found is None:
        cols = doc.to_array([IDX, LENGTH])
        found = doc.user_data[_BOUNDS] = (cols[:, 0].tolist(), (cols[:, 0] + cols[:, 1]).tolist())
    return found


def words_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` without building the Span: a Span is built from its tokens, and
    costs as much as reading tens of words (the text keeps every character of the tokens)."""
    if not 0 <= start < end <= len(doc):
        return doc[start:end].text
    starts, ends = _bounds(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]


def words_end(doc: Doc, start: int, end: int) -> int:
    """`doc[start:end].end_char`, without building the Span."""
    if not 0 <= start < end <= len(doc):
        return int(doc[start:end].end_char)
    return _bounds(doc)[1][end - 1]
