"""One sense per article: a name placed once is the same place wherever it is written again.

The mention finder misses some of a name's later occurrences: in a headline ("Whitestown
thanks donors"), at the head of a body's name ("the Arlington Chamber of Commerce"), where
the tagger saw nothing. A name the article has placed is looked for again over the whole
text, and each further occurrence of it, as whole words outside every other mention, is
the same place, unless the tagger reads that occurrence as a person or a people ("Ashley
Sutton", "the Adena people") or the name is an adjective ("Olympic").
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from wiredesk.extract.places._mentions import looks_like_demonym
from wiredesk.nlp import doc_text
from wiredesk.records import Place

_NOT_PLACE_LABELS = frozenset({"PERSON", "NORP"})  # spaCy's labels for people and peoples


def echoes(doc: Doc, resolved: list[Place], placed: list[Place]) -> list[Place]:
    """Each further occurrence of a name `resolved` in the gazetteer, outside the `placed`
    names, reported as that place."""
    text = doc_text(doc)
    taken = [p.span for p in placed]
    first: dict[str, Place] = {}
    for p in resolved:
        if p.text[:1].isupper() and not p.demonym and not looks_like_demonym(p.text):
            first.setdefault(p.text, p)
    out: list[Place] = []
    for written, place in sorted(first.items(), key=lambda kv: -len(kv[0])):  # longest first
        for found in re.finditer(re.escape(written), text):
            start, end = found.span()
            if any(a < end and start < b for a, b in taken):
                continue
            span = doc.char_span(start, end)  # whole tokens only: not "US" of "US$3m"
            if span is None or any(t.ent_type_ in _NOT_PLACE_LABELS for t in span):
                continue
            why = f"the name placed at {place.span[0]} written again; there: {place.explanation}"
            out.append(dataclasses.replace(place, span=(start, end), explanation=why))
            taken.append((start, end))
    return out
