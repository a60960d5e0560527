"""Where a reported content told after its cue ends: where the rules stopped, or at the end
of its sentence. The rules stop a content at its clause's edge; annotators often run it on
through ", but ...", "because ...", a second coordinated claim or a trailing relative clause,
and sometimes not. The choice is scored by a logistic model over the shape of the words left
between the rules' end and the sentence's end (punctuation, part of speech and grammatical
role of the first word, what the words hang from, their length, whether they hold a cue, a
quotation or a subject of their own): never a word. scripts/train_extent.py fits the weights
on annotated news and ships them in data/extent_weights.toml.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from wiredesk.extract.attributions._cues import completes
from wiredesk.extract.attributions._fitted import Model
from wiredesk.extract.attributions._found import RELATIVE, Found, tidy
from wiredesk.extract.attributions._lexicon import Cues, cues, read_toml
from wiredesk.nlp import doc_text

_PUNCT = {",": "comma", ";": "semicolon", ":": "colon", "(": "bracket"}
_DASHES = {"-", "\u2013", "\u2014", "--"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_OPENERS = {"prep", "mark"}  # how a circumstance's first word hangs
_CIRCUMSTANCES = {"prep", "advmod", "npadvmod", "advcl"}  # ... from the cue
_TAIL = (2, 5, 10, 20, 40)  # words left to the sentence's end, in buckets
_KEPT = (3, 8, 15, 30)  # words of the content the rules kept, in buckets


@cache
def model() -> Model:
    raw = read_toml("extent_weights.toml")
    return Model(
        float(raw["model"]["bias"]),
        float(raw["model"]["threshold"]),
        {k: float(v) for k, v in raw["weights"].items()},
    )


def extended(f: Found, cues_at: frozenset[int]) -> tuple[int, int]:
    """`f`'s content, run on to where the model scores best, when it scores high enough."""
    m = model()
    best = max(
        ((m.probability(features), end) for end, features in further_ends(f, cues_at)),
        default=None,
    )
    if best is None or best[0] < m.threshold:
        return f.content
    return (f.content[0], best[1])


def further_ends(f: Found, cues_at: frozenset[int]) -> list[tuple[int, tuple[str, ...]]]:
    """The places `f`'s content could end after the rules' end, up to its sentence's end (before
    each punctuation mark set off from the word, coordinating word or the sentence's last
    word), each with the features of the words it would add and of what stops it; none when
    the content is not told after its cue. A content never runs over the cue of another
    attribution (`cues_at`, their first characters): "called for calm and urged talks" is two;
    nor over the reporter's own words ("reported the call without mentioning the meeting",
    "described the flood as the worst in years, which ...")."""
    cue = f.cue_token
    if cue is None or f.cue is None or f.kind is not None or f.cue[1] > f.content[0]:
        return []
    doc = cue.doc
    sent = cue.sent
    start, end = f.content
    if not sent.start_char <= start < sent.end_char or end >= sent.end_char:
        return []
    last = tidy(doc, start, sent.end_char)[1]
    tail = [t for t in sent if end <= t.idx < last and not t.is_space]
    if "\n" in doc_text(doc)[end:last] or not any(not t.is_punct for t in tail):
        return []
    kept = [t for t in sent if start <= t.idx < end and not t.is_punct]
    out: list[tuple[int, tuple[str, ...]]] = []
    lex = cues()
    for k, tok in enumerate(tail):
        if tok.idx in cues_at or _reporters(tok, tail[k - 1] if k else None, cue, lex):
            break
        stop = k + 1 == len(tail) or _breaks(tok, tail[k + 1])
        if tok.is_punct or not stop:
            continue
        added = tail[: k + 1]
        after = tail[k + 1] if k + 1 < len(tail) else None
        at = tok.idx + len(tok)
        if at <= end + 1:
            continue
        out.append((at, _features(f, added, kept, after, len(out))))
    return out


def _features(
    f: Found, added: list[Token], kept: list[Token], after: Token | None, rank: int
) -> tuple[str, ...]:
    lex = cues()
    words = [t for t in added if not t.is_punct]
    first, word = added[0], words[0]
    start, end = f.content
    cue = f.cue_token
    assert cue is not None
    out = [
        f"frame={f.recognizer}:{f.pattern.split(':')[0]}",
        f"opens={_punct(first) if first.is_punct else 'word'}",
        f"word_tag={word.tag_}",
        f"word_dep={word.dep_}",
        f"word_head={_where(word.head, cue, start, end)}",
        f"stops={'end' if after is None else _punct(after) if after.is_punct else after.dep_}",
        f"rank={min(rank, 3)}",
        f"tail={_bucket(len(words), _TAIL)}",
        f"kept={_bucket(len(kept), _KEPT)}",
        f"longer={len(words) > len(kept)}",
    ]
    if any(t.pos_ == "VERB" and lex.is_cue(t.lemma_.lower()) for t in words):
        out.append("tail_cue")
    if any(t.is_quote for t in added):
        out.append("tail_quote")
    if any(t.dep_ in _SUBJECTS and t.head.idx >= end for t in words):
        out.append("tail_subject")
    if any(t.dep_ == "ROOT" for t in words):
        out.append("tail_root")
    if any(t.is_quote for t in kept) or len(f.fragments) > 1:
        out.append("kept_quote")
    if f.stance:
        out.append("stance")
    return tuple(out)


def _reporters(tok: Token, before: Token | None, cue: Token, lex: Cues) -> bool:
    """Words that open the reporter's own part: a circumstance (data/cues.toml [object]
    circumstances; or a word hung from the cue that does not complete what was said, as
    _cues.completes has it: "at a news conference", "in July", "twice"; or the cue's
    conjunct in the cue's own form, the speaker's next act, not "wants to build X, open Y"
    nor "talked about X and reopening Y"), or a relative clause
    set off by a comma (", which ...": background on a noun, as _found.without_background
    has it)."""
    if tok.lower_ in lex.circumstances and tok.dep_ in _OPENERS:
        return True
    if tok.head.i == cue.i and tok.dep_ in _CIRCUMSTANCES and not completes(tok, lex):
        return True
    if tok.head.i == cue.i and tok.dep_ == "conj" and tok.tag_ == cue.tag_:
        return True  # "promised a veto and attempted ...": the speaker's next act, not content
    return tok.tag_ in RELATIVE and before is not None and before.text == ","


def _breaks(tok: Token, after: Token) -> bool:
    """A clause may end between `tok` and `after`: a mark set off from the word (not the
    hyphen of "EU-led"), or a coordinating word."""
    if after.dep_ == "cc":
        return True
    return after.is_punct and (after.text not in _DASHES or bool(tok.whitespace_))


def _where(head: Token, cue: Token, start: int, end: int) -> str:
    """Where the first added word hangs from: the cue, the content, the added words, before."""
    if head.i == cue.i:
        return "cue"
    if start <= head.idx < end:
        return "content"
    return "tail" if head.idx >= end else "before"


def _punct(tok: Token) -> str:
    if tok.is_quote:
        return "quote"
    if tok.text in _DASHES:
        return "dash"
    return _PUNCT.get(tok.text, "other")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for k, edge in enumerate(edges):
        if n <= edge:
            return str(k)
    return str(len(edges))
