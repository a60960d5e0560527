"""One sense per article: a name placed once is the same place wherever it is written again.

The mention finder misses some of a name's later occurrences: in a headline ("Whitestown
thanks donors"), at the head of a body's name ("the Arlington Chamber of Commerce"), where
the tagger saw nothing. A name the article has placed is looked for again over the whole
text, and each further occurrence of it, as whole words outside every other mention, is
the same place, unless it is a person's: the surname of a person the article names
("Ashley Sutton ... Sutton's rival") or the last of a name the tagger reads as a person's or a
people's after a given name ("Tasha Nicole Shelton"; not "Rethinking Egypt", "Britain
Tidy"), or the name is an adjective ("Olympic").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from wiredesk.extract.places._mentions import demonym_words, looks_like_demonym
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import entities
from wiredesk.records import Place

_NOT_PLACE_LABELS = frozenset({"PERSON", "NORP"})  # spaCy's labels for people and peoples


def echoes(doc: Doc, resolved: list[Place], placed: list[Place]) -> list[Place]:
    """Each further occurrence of a name `resolved` in the gazetteer, outside the `placed`
    names, reported as that place."""
    text = doc_text(doc)
    taken = [p.span for p in placed]
    people = _surnames(doc)
    first: dict[str, Place] = {}
    for p in resolved:
        if p.text[:1].isupper() and not _adjective(p) and p.text not in people:
            first.setdefault(p.text, p)
    if not first:
        return []
    out: list[Place] = []
    for start, end in _occurrences(text, first):
        if any(a < end and start < b for a, b in taken):
            continue
        span = doc.char_span(start, end)  # whole tokens only: not "US" of "US$3m"
        if span is None or _after_a_given_name(span):
            continue
        place = first[text[start:end]]
        why = f"the name placed at {place.span[0]} written again; there: {place.explanation}"
        out.append(dataclasses.replace(place, span=(start, end), explanation=why))
        taken.append((start, end))
    return out


def _occurrences(text: str, names: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Where `names` are written, left to right without overlaps, the longest at a place
    first ("Riverdale Lukoil South" over "Riverdale"): an alternation of the names as a
    regex, which would be compiled anew for every story, read the same way."""
    longest: dict[int, int] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            longest[at] = max(longest.get(at, 0), at + len(name))
            at = text.find(name, at + 1)
    done = 0
    for start in sorted(longest):
        if start >= done:
            done = longest[start]
            yield start, done


def _adjective(p: Place) -> bool:
    """Whether a placed name is an adjective of a people ("Olympic", "Georgian"): one written
    as a demonym, one the list holds, or one shaped like it placed as no town; a town placed
    under its own name ending like one ("Dubai", "Nairobi") is that town again."""
    if p.demonym or p.text in demonym_words():
        return True
    return looks_like_demonym(p.text) and p.kind != "city"


def _surnames(doc: Doc) -> set[str]:
    """The last words of the person names the tagger finds after a given name."""
    return {
        ent[-1].text
        for ent in entities(doc)
        if ent.label_ == "PERSON" and len(ent) > 1 and all(t.pos_ == "PROPN" for t in ent[:-1])
    }


def _after_a_given_name(span: Span) -> bool:
    """Whether `span` closes a person's or a people's name after a proper noun of it."""
    first = span[0]
    if first.ent_type_ not in _NOT_PLACE_LABELS or first.ent_iob_ != "I":
        return False
    doc, i = span.doc, first.i - 1
    while i >= 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return any(t.pos_ == "PROPN" for t in doc[max(i, 0) : first.i])
