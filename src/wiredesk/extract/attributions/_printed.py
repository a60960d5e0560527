"""A statement printed whole: a sentence that announces a body's statement below it ("The
State Border Service released the statement below"; data/cues.toml [printed]) and a line
closing it ("[end of statement]"): each paragraph between, headings aside, is the body's
words, with no quotation marks and no cue of their own. Without the closing line nothing is
found: where such a body ends is otherwise a guess."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from wiredesk.extract.attributions._found import Found, tidy
from wiredesk.extract.attributions._lexicon import read_toml
from wiredesk.extract.attributions._recognizers import Finding, recognizer
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of
from wiredesk.nlp.pipeline import doc_lowered

_PARAGRAPH = re.compile(r"\n[ \t]*\n")


@cache
def _words() -> dict[str, Any]:
    return dict(read_toml("cues.toml")["printed"])


@recognizer("printed")
def _printed(finding: Finding) -> list[Found]:
    """The paragraphs of every statement a sentence announces and a closing line ends."""
    doc = finding.doc
    text = doc_text(doc)
    out: list[Found] = []
    lowered = doc_lowered(doc) or text.lower()
    if not any(word in lowered for word in _words()["pointers"]):
        return out  # no statement announced below: most reports, at the cost of one scan
    for sent in doc.sents:
        found = _announced(sent)
        if found is None:
            continue
        verb, issuer = found
        start = text.find("\n", sent.end_char - 1)
        end = _closing_line(text, start) if start >= 0 else None
        if end is None:
            continue
        for a, b in _paragraphs(text, start, end):
            if _heading(text[a:b]):
                continue
            out.append(Found(
                tidy(doc, a, b), (verb.idx, verb.idx + len(verb)), verb, issuer.root,
                "printed: X released the statement below ... [end of statement]",
                speaker_extent=issuer,
            ))
    return out


def _announced(sent: Span) -> tuple[Token, Span] | None:
    """The verb and the issuer of a sentence that announces a statement printed below it:
    a statement noun for object, a word that points below ("below", "following")."""
    words = _words()
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        kids = kids_of(verb)
        said = next((c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in words["nouns"]),
                    None)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if said is None or subject is None or subject.pos_ == "PRON":
            continue
        near = [*kids_of(said), *kids]
        if any(t.lower_ in words["pointers"] for t in near):
            doc = sent.doc
            return verb, doc[subject.left_edge.i : subject.right_edge.i + 1]
    return None


def _closing_line(text: str, start: int) -> int | None:
    """Where the line that closes a printed statement starts ("[end of statement]",
    "ENDS"), if one follows `start`."""
    ends = _words()["ends"]
    at = start
    while (at := text.find("\n", at + 1)) >= 0:
        stop = text.find("\n", at + 1)
        line = text[at + 1 : stop if stop >= 0 else len(text)]
        words = [w.strip("[](){}-–—*.:").lower() for w in line.split()]
        words = [w for w in words if w]
        if words and len(words) <= 4 and words[0] in ends:
            return at + 1
    return None


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraphs between two offsets, as spans."""
    at = start
    for m in _PARAGRAPH.finditer(text, start, end):
        if text[at:m.start()].strip():
            yield at, m.start()
        at = m.end()
    if text[at:end].strip():
        yield at, end


def _heading(block: str) -> bool:
    """A title line over the statement ("STATEMENT OF THE STATE BORDER SERVICE"): one line, no
    sentence's end, mostly capitals."""
    line = block.strip()
    letters = [c for c in line if c.isalpha()]
    return "\n" not in line and not line.endswith((".", "!", "?", '"', "”")) and bool(
        letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
