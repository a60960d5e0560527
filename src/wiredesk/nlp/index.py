"""Where words and entities stand in a parsed document, found once and shared by every stage.

Each stage used to walk every token in Python to find its few cue words ("according",
a dash, a trigger lemma), and to ask spaCy for `doc.ents` again and again; each walk builds a
Token object a word and was most of what extraction added to the parse. Here the words are
found in spaCy's arrays of string ids, read once a document, and the entities listed once,
both kept in `doc.user_data` (entities are final once the pipeline has run: no stage
changes them).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

import numpy as np
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

Form = Literal["lower", "lemma", "orth"]
_ATTRS = {"lower": LOWER, "lemma": LEMMA, "orth": ORTH}
_ENTS = "wiredesk.ents"
_SENTS = "wiredesk.sents"


def _column(doc: Doc, form: Form) -> np.ndarray[Any, np.dtype[np.uint64]]:
    key = f"wiredesk.column.{form}"
    column: np.ndarray[Any, np.dtype[np.uint64]] | None = doc.user_data.get(key)
    if column is None:
        column = doc.user_data[key] = np.asarray(doc.to_array(_ATTRS[form]), dtype=np.uint64)
    return column


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str], form: Form) -> np.ndarray[Any, np.dtype[np.uint64]]:
    """The string ids `words` can have in `form`: a lemma keeps a proper noun's capitals
    ("Attack" in a headline), and the finders compare it lower-cased."""
    spelt = words if form != "lemma" else {v for w in words for v in (w, w.title(), w.upper())}
    return np.array(sorted(get_string_id(w) for w in spelt), dtype=np.uint64)


def tokens_among(doc: Doc, words: Iterable[str], form: Form = "lower") -> list[int]:
    """The indices, in text order, of the tokens whose `form` is one of `words` (lower case
    for "lower" and "lemma", as written for "orth")."""
    found = np.isin(_column(doc, form), _hashes(frozenset(words), form))
    return [int(i) for i in np.flatnonzero(found)]


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once: spaCy builds every entity's Span again on each access."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if found is None:
        found = doc.user_data[_ENTS] = tuple(doc.ents)
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
