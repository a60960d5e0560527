"""Where words and entities stand in a parsed document, found once and shared by every stage.

Each stage used to walk every token in Python to find its few cue words ("according",
a dash, a trigger lemma), and to ask spaCy for `doc.ents` again and again; each walk builds a
Token object a word and was most of what extraction added to the parse. Here a document's
words are grouped by their lower-case form and lemma once, from spaCy's arrays, and its
entities listed once, both kept in `doc.user_data` (entities are final once the pipeline
has run: no stage changes them).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Literal

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Span

Form = Literal["lower", "lemma", "orth"]
_ATTRS = {"lower": LOWER, "lemma": LEMMA, "orth": ORTH}
_ENTS = "wiredesk.ents"


def _positions(doc: Doc, form: Form) -> dict[str, list[int]]:
    key = f"wiredesk.words.{form}"
    found: dict[str, list[int]] | None = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        by_hash: dict[int, list[int]] = {}
        for i, h in enumerate(doc.to_array(_ATTRS[form]).tolist()):
            by_hash.setdefault(h, []).append(i)
        found = {}
        for h, where in by_hash.items():
            word = strings[h] if form == "orth" else strings[h].lower()
            found[word] = sorted(found.get(word, []) + where)
        doc.user_data[key] = found
    return found


def tokens_among(doc: Doc, words: Iterable[str], form: Form = "lower") -> list[int]:
    """The indices, in text order, of the tokens whose `form` is one of `words` (lower case
    for "lower" and "lemma", as written for "orth")."""
    index = _positions(doc, form)
    return sorted(i for w in words for i in index.get(w, ()))


def words_in(doc: Doc, form: Form = "lower") -> frozenset[str]:
    """Every distinct `form` of `doc`: a cheap test before a finder looks any further."""
    return frozenset(_positions(doc, form))


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
