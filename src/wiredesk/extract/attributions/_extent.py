"""Where a reported content told after its cue ends: where the rules stopped, or at the end
of its sentence. The rules stop a content at its clause's edge; annotators often run it on
through ", but ...", "because ...", a second coordinated claim or a trailing relative clause,
and sometimes not. The choice is scored by a logistic model over the shape of the words left
between the rules' end and the sentence's end (punctuation, part of speech and grammatical
role of the first word, what the words hang from, their length, whether they hold a cue, a
quotation or a subject of their own): never a word. scripts/train_extent.py fits the weights
on annotated news and ships them in data/extent_weights.toml. A content the model does not
run on that opens a quotation and leaves it open runs on to the mark that closes it, over
the sentence's end.

A reported clause or infinitive that is not run on (never a noun phrase object, whose
circumstances the story counts on: "reported 96 clashes over the past day") may instead end
earlier, inside the rules' extent: at a place where words of their own start (a mark set off
from the word, a coordinating word, a relative pronoun, a quotation mark, a subordinating
word), scored by a second model over the shape of the words it would drop (whether they
hold a second cue, a subject of their own, the sentence's root; what hangs where):
scripts/train_extent_cut.py fits it into data/extent_cut_weights.toml.
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
_VERBS = {"VERB", "AUX"}
_QUOTE_REACH = 120  # words a quotation left open may run on for
_TAIL = (2, 5, 10, 20, 40)  # words left to the sentence's end, in buckets
_KEPT = (3, 8, 15, 30)  # words of the content the rules kept, in buckets
# The frames whose content is a reported clause or infinitive, the only ones cut back: a
# noun phrase object ("reported 96 clashes over the past day"), a noun's content or an
# "according to" sentence is kept as the rules end it (a shorter object drops what the
# story counts on)
_CLAUSAL = {
    "verbs:clause", "verbs:parataxis", "verbs:passive", "verbs:infinitive",
    "trailing:trailing", "unsourced:unsourced",
}


@cache
def model(name: str = "extent_weights.toml") -> Model:
    raw = read_toml(name)
    return Model(
        float(raw["model"]["bias"]),
        float(raw["model"]["threshold"]),
        {k: float(v) for k, v in raw["weights"].items()},
    )


def cut_model() -> Model:
    """The weights of the earlier ends (data/extent_cut_weights.toml)."""
    return model("extent_cut_weights.toml")


def extended(f: Found, cues_at: frozenset[int]) -> tuple[int, int]:
    """`f`'s content, run on to where the model scores best, when it scores high enough;
    else on to the mark closing a quotation it leaves open; else cut back to the earlier
    end the cut model scores best, when that scores high enough."""
    m = model()
    best = max(((m.probability(x), end) for end, x in further_ends(f, cues_at)), default=None)
    if best is not None and best[0] >= m.threshold:
        return (f.content[0], best[1])
    closing = closing_quote(f, cues_at)
    if closing is not None:
        return (f.content[0], closing)
    m = cut_model()
    best = max(((m.probability(x), end) for end, x in earlier_ends(f)), default=None)
    if best is not None and best[0] >= m.threshold:
        return (f.content[0], best[1])
    return f.content


def earlier_ends(f: Found) -> list[tuple[int, tuple[str, ...]]]:
    """The places inside `f`'s content where it could end before the rules' end: before each
    mark set off from the word, coordinating word, relative pronoun or quotation mark that
    opens words of their own, each with the features of the words it would drop (their
    shape: never a word). None for a quotation, a content split by its cue, one with a
    line break, or one that is not a reported clause (`_CLAUSAL`); never an end that drops a
number ("..., destroying two houses"): the figures a source gives are what the numbers and
the cross-check read off its content."""
    cue = f.cue_token
    if cue is None or f.cue is None or f.kind is not None or len(f.fragments) > 1:
        return []
    if _frame(f) not in _CLAUSAL:
        return []
    doc = cue.doc
    start, end = f.content
    if "\n" in doc_text(doc)[start:end]:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    toks = [t for t in span if not t.is_space] if span is not None else []
    out: list[tuple[int, tuple[str, ...]]] = []
    words_before = 0
    for k, tok in enumerate(toks[:-1]):
        if not tok.is_punct:
            words_before += 1
        after = toks[k + 1]
        if tok.is_punct or words_before < 2 or not _opens(tok, after):
            continue
        if _open_bracket(toks[: k + 1]):
            continue
        dropped = toks[k + 1 :]
        if not any(not t.is_punct for t in dropped) or any(t.like_num for t in dropped):
            continue
        out.append((tok.idx + len(tok), _cut_features(f, toks[: k + 1], dropped)))
    n = len(out)
    return [(at, (*feats, f"from_end={min(n - 1 - r, 3)}")) for r, (at, feats) in enumerate(out)]


def _open_bracket(kept: list[Token]) -> bool:
    """The kept words open a bracket they do not close: "10 km (six miles" is no end."""
    brackets = [t for t in kept if t.is_bracket]
    return sum(t.is_left_punct for t in brackets) > sum(t.is_right_punct for t in brackets)


def _frame(f: Found) -> str:
    """The recognizer and the pattern's kind that found `f` ("verbs:clause")."""
    return f"{f.recognizer}:{f.pattern.split(':')[0]}"


def _depth(tok: Token, cue: Token) -> int:
    """How many steps up from `tok` to the cue (or the sentence's root)."""
    n = 0
    while tok.i != cue.i and tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _opens(tok: Token, after: Token) -> bool:
    """Words of their own may start after `tok`: a break (`_breaks`), a quotation mark, a
    relative pronoun, or a circumstance or subordinate clause hung from a word before it
    ("... in an interview", "... because ...")."""
    if _breaks(tok, after) or after.is_quote or after.tag_ in RELATIVE:
        return True
    clause = after.head
    return after.dep_ == "mark" and clause.left_edge.i == after.i and clause.head.i < after.i


def _cut_features(f: Found, kept: list[Token], dropped: list[Token]) -> tuple[str, ...]:
    """The shape of the cut: what stops the kept words, the first dropped word's tag, role
    and where it hangs, the lengths, and whether the dropped words hold a cue, a subject of
    their own, the sentence's root, or leave a quotation mark unclosed."""
    lex = cues()
    cue = f.cue_token
    assert cue is not None and f.cue is not None
    start, end = f.content
    cut = kept[-1].idx + len(kept[-1])
    first = dropped[0]
    words = [t for t in dropped if not t.is_punct]
    word = words[0]
    kept_words = [t for t in kept if not t.is_punct]
    told = "after" if f.cue[1] <= start else "before" if f.cue[0] >= end else "around"
    out = [
        f"told={told}",
        f"frame={_frame(f)}",
        f"stops={_punct(first) if first.is_punct else 'cc' if first.dep_ == 'cc' else 'word'}",
        f"word_tag={word.tag_}",
        f"word_dep={word.dep_}",
        f"word_head={_where(word.head, cue, start, cut)}",
        f"cut={_punct(first) if first.is_punct else 'word'}+{word.dep_}",
        f"dropped={_bucket(len(words), _TAIL)}",
        f"kept={_bucket(len(kept_words), _KEPT)}",
        f"longer={len(words) > len(kept_words)}",
    ]
    if any(t.pos_ == "VERB" and lex.is_cue(t.lemma_.lower()) for t in words):
        out.append("dropped_cue")
    if any(t.dep_ in _SUBJECTS and t.head.idx >= cut for t in words):
        out.append("dropped_subject")
    if any(t.dep_ == "ROOT" for t in words):
        out.append("dropped_root")
    if any(t.i == cue.i for t in dropped):
        out.append("dropped_holds_cue")
    if not any(t.pos_ in _VERBS for t in words):
        out.append("dropped_no_verb")
    root = min(kept, key=lambda t: _depth(t, cue))
    if word.head.i == root.i:
        out.append("hangs_from_kept_root")
    if sum(t.is_quote for t in kept) % 2:
        out.append("kept_open_quote")
    if any(t.is_quote for t in dropped):
        out.append("dropped_quote")
    if first.sent.start != kept[-1].sent.start:
        out.append("next_sentence")
    if f.stance:
        out.append("stance")
    return tuple(out)


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
    return _to_sentence_end(f, cue, cues_at)


def closing_quote(f: Found, cues_at: frozenset[int]) -> int | None:
    """The end of the quotation mark that closes one `f`'s content opens and leaves open (a
    quotation of several sentences the rules cut at the first one's end), in its paragraph
    and before another attribution's cue; None when there is none. The content is the
    source's words, and a quotation's marks say where they end."""
    cue = f.cue_token
    if cue is None or f.cue is None or f.kind is not None or f.cue[1] > f.content[0]:
        return None
    doc = cue.doc
    span = doc.char_span(*f.content, alignment_mode="expand")
    if span is None or sum(t.is_quote for t in span) % 2 == 0:
        return None
    for t in doc[span.end : span.end + _QUOTE_REACH]:
        if t.idx in cues_at or "\n" in t.text:
            return None
        if t.is_quote:
            return t.idx + len(t)
        if "\n" in t.whitespace_:
            return None
    return None


def _to_sentence_end(f: Found, cue: Token, cues_at: frozenset[int]
                     ) -> list[tuple[int, tuple[str, ...]]]:
    """The ends `further_ends` offers in the content's sentence."""
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
