"""How sure the text is of a reported claim: asserted, hedged, unverified or denied."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from wiredesk.extract.attributions._lexicon import status_words
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of, sentences
from wiredesk.nlp.pipeline import doc_lowered


def hedged(doc: Doc, content: tuple[int, int], cue: Token | None) -> bool:
    """A hedge on the cue ("reportedly said") or on the content's main verbs ("may", "is
    believed to", "appeared to")."""
    words = status_words()
    span = doc.char_span(*content, alignment_mode="expand")
    heads: list[Token] = [cue] if cue is not None else []
    if span is not None and len(span):
        root = span.root
        heads += [root, *(c for c in kids_of(root) if c.dep_ == "conj")]
    for verb in heads:
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in kids_of(verb))
        hedging = lemma in words.hedge_verbs or (passive and lemma in words.hedge_passives)
        if hedging and (verb is cue or any(c.dep_ == "xcomp" for c in kids_of(verb))):
            # (the cue itself a verb of seeming: "the crews appeared exhausted")
            return True
        for child in kids_of(verb):
            if child.dep_ == "advmod" and child.lower_ in words.hedge_adverbs:
                return True
            if child.dep_ == "aux" and child.lower_ in words.hedge_modals:
                return True
    return False


def denied(cue: Token | None) -> bool:
    return cue is not None and cue.lemma_.lower() in status_words().denial


_WORD = re.compile(r"[\w’'-]+")


def judged_untrue(content: str) -> bool:
    """A content closed by a word judging it untrue: "reports that drones hit the depot
    were unfounded", "[called] the claim that ... a fabrication"."""
    words = status_words()
    tail = _WORD.findall(content.casefold())[-words.untrue_within:]
    return bool(set(tail) & words.untrue)


@cache
def _unverified() -> re.Pattern[str]:
    """The [unverified] patterns as one alternation: one scan of a text finds whether any of
    them matches, where each pattern on its own would read the text again."""
    patterns = status_words().unverified
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


@cache
def _unverified_lowered() -> re.Pattern[str] | None:
    """The [unverified] alternation matching as written, for a lower-cased text (sre compares
    letters as they are, two to three times faster than ignoring case), or None when one
    of its patterns asks for a capital."""
    pattern = _unverified().pattern
    letters = re.sub(r"\\.", "", pattern)
    return re.compile(pattern) if letters == letters.lower() and "(?-i" not in pattern else None


def unverified_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentences where the reporter says a claim could not be checked."""
    pattern = _unverified()
    text = doc_text(doc)
    lowered, plain = doc_lowered(doc), _unverified_lowered()
    hits = [m.span() for m in (
        plain.finditer(lowered) if plain is not None and lowered is not None
        else pattern.finditer(text)
    )]
    if not hits:
        return []
    # most reports say nothing of the kind: one pass over the text, not each sentence; a
    # sentence holding a match overlaps one the pass found, so only those are read again
    return [
        (start, end)
        for start, end in sentences(doc)
        if any(a < end and start < b for a, b in hits) and pattern.search(text[start:end])
    ]


def paragraph_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def unverified_claims(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[tuple[tuple[int, int], str | None]],
) -> set[int]:
    """Indexes of the `claims` (content span, speaker name) that an unverified sentence refers
    to: the claims of the last source before it in the same paragraph."""
    out: set[int] = set()
    for start, _ in sentences:
        para_start, _ = paragraph_of(text, start)
        before = [i for i, (span, _) in enumerate(claims) if para_start <= span[0] < start]
        if not before:
            continue
        source = claims[before[-1]][1]
        out.update(i for i in before if claims[i][1] == source)
    return out
