"""Attributions of quotations: “Y,” X said. / X said: “Y” / “Y,” X said, “Z.” / and a
quotation standing alone after one of these, which continues the previous speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wiredesk.extract._cues import find_speaker
from wiredesk.extract._cues_found import Found, text_of
from wiredesk.extract._cues_lexicon import cues
from wiredesk.extract._quotes import Quote, looks_like_speech

_AFTER_TOKENS = 24  # "“...,” Sen. Jane Roe (D-Mo.), a member of the panel, said"
_STOPS = {".", "!", "?", "…", "“", "”", '"', "``", "''", ";"}
_BEFORE = re.compile(r"[^.!?\n“”\"]{0,200}$")
_DONE = re.compile(r"[\s.!?…)\]]*(?:\n|$|[“\"]|(?<=[.!?…]))")
_OPENS = re.compile(r"(?:^|\n|[.!?…:,;–—]\s*|[.!?…][”\"]\s*)\s*$")  # on a short window
_DASHED = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*(?=[A-Z])")
_ENDS = {".", "!", "?", "…", "...", "?!", "!!"}  # tokens that end a sentence ("Mr." is one token)
_STARTS = re.compile(r"(?:^|\n|[.!?…]\s|[.!?…][”\"]\s|:\s)\s*$")


def quote_attributions(doc: Doc, quotes: tuple[Quote, ...]) -> tuple[list[Found], set[int]]:
    """Attributions of the quotations in `doc` and the cue tokens they used."""
    text = text_of(doc)
    found: list[Found] = []
    used: set[int] = set()
    taken: set[int] = set()
    for n, quote in enumerate(quotes):
        if n in taken or not looks_like_speech(text, quote):
            continue
        opens_clause = quote.outer[0] == 0 or bool(_OPENS.search(_window(text, quote.outer[0])))
        signed = _DASHED.match(text, quote.outer[1]) if quote.closed else None
        if opens_clause and signed:
            head = _name_after(doc, signed.end())
            if head is not None:
                found.append(Found((quote.start, quote.end), (signed.start(1), signed.end(1)),
                                   None, head, "quote: “content” ― speaker", kind="direct"))
                continue
        cue = (_cue_after(doc, quote) if opens_clause else None) or _cue_before(doc, quote)
        if cue is None:
            continue
        speaker = find_speaker(cue, cues()) or _inverted_speaker(cue)
        if speaker is None:
            continue
        content, pattern = (quote.start, quote.end), "quote: “content,” speaker + cue"
        if cue.idx < quote.start:
            pattern = "quote: speaker + cue: “content”"
        last = n
        nxt = quotes[n + 1] if n + 1 < len(quotes) else None
        if cue.idx > quote.end and nxt is not None and _split(text, quote, cue, nxt):
            pattern = "quote: “content,” speaker + cue, “content”"
            last = n + 1
        while last + 1 < len(quotes) and _goes_on(doc, quotes[last], quotes[last + 1], cue):
            last += 1
            pattern = pattern.removesuffix(" + more") + " + more"
        taken.update(range(n + 1, last + 1))
        pieces = tuple((q.start, q.end) for q in quotes[n:last + 1])
        content = (quote.start, quotes[last].end)
        used.add(cue.i)
        cue_span = (cue.idx, cue.idx + len(cue))
        found.append(Found(content, cue_span, cue, speaker, pattern, kind="direct",
                           fragments=pieces if len(pieces) > 1 else ()))
    return found, used


def _goes_on(doc: Doc, quote: Quote, nxt: Quote, cue: Token) -> bool:
    """“X,” she said. “Y.”: a quotation of the same paragraph that opens a sentence right
    after the cue's clause, with no cue of its own, goes on with the same words."""
    text = text_of(doc)
    between = text[quote.outer[1]:nxt.outer[0]]
    if "\n" in between or not looks_like_speech(text, nxt):
        return False
    if between.strip() and not _STARTS.search(_window(text, nxt.outer[0])):
        return False
    if nxt.closed and (_cue_after(doc, nxt) is not None or _DASHED.match(text, nxt.outer[1])):
        return False
    words = doc.char_span(quote.outer[1], nxt.outer[0], alignment_mode="contract") or ()
    lex = cues()
    ends = sum(t.text in _ENDS and t.pos_ == "PUNCT" for t in words)  # not "Lt." split in two
    return ends <= 1 and not any(t.i != cue.i and t.pos_ == "VERB" and (
        t.lemma_.lower() in lex.clause or t.lemma_.lower() in lex.quote_only) for t in words)


def continuation_quotes(doc: Doc, quotes: tuple[Quote, ...], claimed: list[tuple[int, int]]
                        ) -> Iterator[Found]:
    """Quotations that stand as whole sentences with no cue: the previous speaker goes on."""
    text = text_of(doc)
    for quote in quotes:
        if any(s <= quote.start and quote.end <= e for s, e in claimed):
            continue
        if not looks_like_speech(text, quote):
            continue
        if not _STARTS.search(_window(text, quote.outer[0])) and quote.outer[0] > 0:
            continue
        after = quote.outer[1]
        if not _DONE.match(text, after):
            continue
        yield Found((quote.start, quote.end), None, None, None, "quote: continuation, no cue",
                    kind="direct")


def _window(text: str, end: int, size: int = 8) -> str:
    """The few characters before `end`: enough for the anchored patterns, and cheap."""
    return text[max(0, end - size):end]


def _cue_after(doc: Doc, quote: Quote) -> Token | None:
    """A reporting verb in the words after the closing mark, before the sentence ends:
    “...,” he said. / “...,” Sen. Jane Roe (D-Mo.), who chairs the panel, said."""
    if not quote.closed:
        return None
    start = quote.outer[1]
    span = doc.char_span(start, min(len(text_of(doc)), start + 240), alignment_mode="contract")
    lex = cues()
    for tok in list(span or ())[:_AFTER_TOKENS]:
        if tok.text in _STOPS or "\n" in tok.text:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "AUX"} and (lemma in lex.clause or lemma in lex.quote_only):
            return tok
    return None


def _cue_before(doc: Doc, quote: Quote) -> Token | None:
    """A reporting verb before the opening mark, ending in a colon or comma: he said: “...”."""
    start = quote.outer[0]
    window = max(0, start - 240)
    before = text_of(doc)[window:start].rstrip()
    if not before.endswith((":", ",")):
        end = window + len(before)
        last = doc.char_span(end - 1, end, alignment_mode="expand") if end else None
        return _cue_in(doc, last.start_char, end, first=False, limit=1) if last else None
    m = _BEFORE.search(before)
    begin = window + m.start() if m else start
    cue = _cue_in(doc, begin, start, first=False, limit=40)
    if cue is None and before.endswith(":"):
        cue = _introducing(doc, begin, window + len(before) - 1)
    return cue


def _introducing(doc: Doc, start: int, colon: int) -> Token | None:
    """Any verb with a subject that a colon hands a quotation to: 'X scolded him: “...”',
    'The rally had one message: “...”'."""
    span = doc.char_span(start, colon, alignment_mode="contract")
    for tok in reversed(list(span or ())):
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in tok.children):
            return tok
    return None


def _cue_in(doc: Doc, start: int, end: int, first: bool, limit: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    lex = cues()
    tokens = list(span) if first else list(reversed(span))
    for tok in tokens[:limit]:
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "AUX"} and (lemma in lex.clause or lemma in lex.quote_only):
            return tok
    return None


def _name_after(doc: Doc, at: int) -> Token | None:
    """The head of the name that signs a quotation: “...” ― Jane Doe."""
    span = doc.char_span(at, min(len(text_of(doc)), at + 60), alignment_mode="expand")
    if span is None or span[0].pos_ != "PROPN":
        return None
    last = span[0]
    for tok in span[1:]:
        if tok.pos_ != "PROPN" and tok.text not in {".", "-"}:
            break
        last = tok if tok.pos_ == "PROPN" else last
    return last


def _inverted_speaker(cue: Token) -> Token | None:
    """"..., said Karoline Leavitt": the first name or noun after the cue."""
    for tok in cue.doc[cue.i + 1:min(len(cue.doc), cue.i + 8)]:
        if tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            node = tok
            while node.dep_ in {"compound", "amod", "poss"} and node.head.i > node.i:
                node = node.head
            return node
        if tok.is_punct:
            break
    return None


def _split(text: str, quote: Quote, cue: Token, nxt: Quote) -> bool:
    """“Y,” X said, “Z.”: the next quotation reopens right after the cue's words."""
    between = text[quote.outer[1]:nxt.outer[0]]
    later = [t for t in cue.doc[cue.i + 1:] if t.idx < nxt.outer[0]]
    if any(t.pos_ == "VERB" and cues().is_cue(t.lemma_.lower()) for t in later):
        return False  # “X,” he said, adding later, “Y”: two cues, two attributions
    return "\n" not in between and between.rstrip().endswith(",") and len(between) < 80
