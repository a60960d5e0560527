"""Attributions by "according to X": the clause the phrase hangs from is X's content, unless
a reporting verb already carries it, when X is a link in the reporting chain ("Guterres
warned ..., according to a report seen by Reuters")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.attributions._found import Found, tidy, without_background
from wiredesk.extract.attributions._quotes import Quote


def according_to(doc: Doc, quotes: tuple[Quote, ...]) -> Iterator[tuple[Found, Token]]:
    """Each "according to" phrase as a candidate, with the verb the phrase modifies."""
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            source = next(
                (t for t in doc[to.i + 1 : to.i + 8] if t.pos_ in {"NOUN", "PROPN"}), None
            )
        if source is None:
            continue
        phrase = (tok.i, source.right_edge.i + 1)
        content = _clause_without(doc, tok, phrase, quotes)
        if content is None:
            continue
        extent = doc[to.i + 1 : source.right_edge.i + 1]
        found = Found(
            content,
            (tok.idx, to.idx + len(to)),
            tok,
            source,
            "according to: content, according to + source",
            speaker_extent=extent,
            kind="direct" if any((q.start, q.end) == content for q in quotes) else None,
        )
        yield found, tok.head


def via_names(extent: Span) -> tuple[str, ...]:
    """ "a report seen by Reuters" -> ("report", "Reuters"): each source named on the way."""
    names: list[str] = []
    for tok in extent:
        if tok.dep_ == "pobj" or tok == extent.root:
            ent = next((e for e in extent.ents if e.start <= tok.i < e.end), None)
            names.append(ent.text if ent is not None else tok.text)
    return tuple(dict.fromkeys(names))


def _clause_without(
    doc: Doc, according: Token, phrase: tuple[int, int], quotes: tuple[Quote, ...]
) -> tuple[int, int] | None:
    """The sentence around the phrase, without the phrase: the side that holds a clause, or
    the whole quotation that opens right after it ('According to X, “... . ...”')."""
    sent = according.sent
    before = (sent.start_char, doc[phrase[0]].idx)
    last = doc[phrase[1] - 1]
    after = (last.idx + len(last), sent.end_char)
    before = tidy(doc, *before)
    after = tidy(doc, *after)
    quoted = next((q for q in quotes if q.closed and q.outer[0] == after[0]), None)
    if quoted is not None:
        return (quoted.start, quoted.end)
    side = before if before[1] - before[0] >= after[1] - after[0] else after
    if side[1] - side[0] < 12:
        return None
    root = sent.root
    return tidy(doc, side[0], without_background(root, side[0], side[1]))
