"""Attributions of quotations: “Y,” X said. / X said: “Y” / “Y,” X said, “Z.” / and a
quotation standing alone after one of these, which continues the previous speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.attributions._cues import find_speaker
from wiredesk.extract.attributions._found import Found
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._quotes import Quote, looks_like_speech, starts_with_label
from wiredesk.extract.attributions._recognizers import Finding, recognizer, settled
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of

_AFTER_TOKENS = 24  # "“...,” Sen. Jane Roe (D-Mo.), a member of the panel, said"
_STOPS = {".", "!", "?", "…", "“", "”", '"', "``", "''", ";"}
_MARKS = {"“", "”", '"', "``", "''", "«", "»", ":"}  # a lead-in holding one is no plain lead
_BEFORE = re.compile(r"[^.!?\n“”\"]{0,200}$")
_DONE = re.compile(r"[\s.!?…)\]]*(?:\n|$|[“\"]|(?<=[.!?…]))")
_OPENS = re.compile(r"(?:^|\n|[.!?…:,;–—]\s*|[.!?…][”\"]\s*)\s*$")  # on a short window
_DASHED = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*(?=[A-Z])")
_ENDS = {".", "!", "?", "…", "...", "?!", "!!"}  # tokens that end a sentence ("Mr." is one token)
_STARTS = re.compile(r"(?:^|\n|[.!?…]\s|[.!?…][”\"]\s|:\s)\s*$")
_CIRCUMSTANTIAL = {"prep", "advmod", "advcl", "npadvmod", "agent"}  # a quotation saying when or how


@recognizer("quotes")
def _quotations(finding: Finding) -> list[Found]:
    found, used = quote_attributions(finding.doc, finding.quotes)
    finding.used |= used
    return found


@recognizer("continuations")
def _continuations(finding: Finding) -> Iterator[Found]:
    claimed = [f.content for f in settled(finding.found)]
    return continuation_quotes(finding.doc, finding.quotes, claimed)


def quote_attributions(doc: Doc, quotes: tuple[Quote, ...]) -> tuple[list[Found], set[int]]:
    """Attributions of the quotations in `doc` and the cue tokens they used."""
    text = doc_text(doc)
    found: list[Found] = []
    used: set[int] = set()
    taken: set[int] = set()
    for n, quote in enumerate(quotes):
        if n in taken:
            continue
        quoted = _quoted_object(doc, quotes, n)
        if quoted is not None and quoted.cue_token is not None:
            taken.update(range(n + 1, n + len(quoted.fragments)))
            found.append(quoted)
            used.add(quoted.cue_token.i)
            continue
        if not looks_like_speech(text, quote):
            continue
        opens_clause = quote.outer[0] == 0 or bool(_OPENS.search(_window(text, quote.outer[0])))
        signed = _DASHED.match(text, quote.outer[1]) if quote.closed else None
        if opens_clause and signed:
            head = _name_after(doc, signed.end())
            if head is not None:
                found.append(
                    Found(
                        (quote.start, quote.end),
                        (signed.start(1), signed.end(1)),
                        None,
                        head,
                        "quote: “content” ― speaker",
                        kind="direct",
                    )
                )
                continue
        cue_follows = opens_clause and not _new_sentence_after(text, quote)
        cue = (_cue_after(doc, quote) if cue_follows else None) or _cue_before(doc, quote)
        if cue is None:
            continue
        speaker = _outside(find_speaker(cue, cues()), quote) or _inverted_speaker(cue)
        if speaker is None or (_right_after(text, cue, quote) and _says_how(
                doc.char_span(quote.start, quote.end, alignment_mode="expand"), cue)):
            continue
        content, pattern = (quote.start, quote.end), "quote: “content,” speaker + cue"
        if cue.idx < quote.start:
            pattern = "quote: speaker + cue: “content”"
        last = n
        nxt = quotes[n + 1] if n + 1 < len(quotes) else None
        if cue.idx > quote.end and nxt is not None and _split(text, quote, cue, nxt):
            pattern = "quote: “content,” speaker + cue, “content”"
            last = n + 1
        while (after := _next_sentence_quote(text, quotes, last)) is not None and _goes_on(
            doc, quotes[last], quotes[after], cue
        ):
            last = after
            pattern = pattern.removesuffix(" + more") + " + more"
        taken.update(range(n + 1, last + 1))
        pieces = tuple((q.start, q.end) for q in quotes[n : last + 1] if looks_like_speech(text, q))
        content = (quote.start, quotes[last].end)
        lead = _lead_in(doc, quote) if cue.idx > quote.end else None
        if lead is not None:
            content, pattern = (lead, quotes[last].outer[1]), pattern + ", led in"
        used.add(cue.i)
        cue_span = (cue.idx, cue.idx + len(cue))
        found.append(
            Found(
                content,
                cue_span,
                cue,
                speaker,
                pattern,
                kind="direct" if lead is None else "mixed",
                fragments=pieces if len(pieces) > 1 else (),
            )
        )
    return found, used


def _lead_in(doc: Doc, quote: Quote) -> int | None:
    """Where the content starts when a quotation opening in lower case goes on from words of
    its own sentence that hold no cue or quotation of their own ('With the bridge down,
    “we cannot reach the villages,” he said'): the sentence's start; else None."""
    text = doc_text(doc)
    if not text[quote.start : quote.start + 1].islower():
        return None
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    start = words[0].sent.start_char
    lead = doc.char_span(start, quote.outer[0], alignment_mode="contract")
    if lead is None or len(lead) == 0 or "\n" in lead.text:
        return None
    lex = cues()
    if any(t.text in _MARKS or (t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in lex.clause)
           for t in lead):
        return None  # "He said, “...”", "“A,” she said, “b”": not a lead of its own
    return start


def _new_sentence_after(text: str, quote: Quote) -> bool:
    """“... I was only joking.” To which she said ...: a quotation closed by a full stop
    ends its sentence, and the capitalised words after it start the next one."""
    if not quote.closed or not text[quote.start : quote.end].rstrip().endswith("."):
        return False
    rest = text[quote.outer[1] : quote.outer[1] + 3].lstrip(" ")
    return rest[:1].isupper()


def _quoted_object(doc: Doc, quotes: tuple[Quote, ...], n: int) -> Found | None:
    """A quotation that is the object of a reporting verb right before it: 'a man yelled
    “Go home!”', 'chanting “No more war” and “Peace now”', 'would denounce “forced exile”'.
    Short quotations count here: the verb says they are someone's words."""
    text = doc_text(doc)
    quote = quotes[n]
    if not quote.closed:
        return None
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None or not words.text.strip() or words.start < 2:
        return None
    verb = doc[words.start - 2] if doc[words.start - 1].is_quote else doc[words.start - 1]
    lex = cues()
    if verb.pos_ != "VERB" or not lex.is_cue(verb.lemma_.lower()):
        return None
    if words.root.head.i != verb.i and words.root.i != verb.i:
        return None  # 'praised the “heroic” defenders': the quotation is not the object
    if _says_how(words, verb):
        return None
    speaker = find_speaker(verb, lex)
    if speaker is None:
        return None
    last = n
    while last + 1 < len(quotes) and _listed().match(
        text[quotes[last].outer[1] : quotes[last + 1].outer[0]]
    ):
        last += 1
    pieces = tuple((q.start, q.end) for q in quotes[n : last + 1])
    return Found(
        (quote.start, quotes[last].end),
        (verb.idx, verb.idx + len(verb)),
        verb,
        speaker,
        "quote: speaker + cue + “object”",
        kind="direct",
        fragments=pieces if len(pieces) > 1 else (),
    )


def _right_after(text: str, cue: Token, quote: Quote) -> bool:
    """The quotation opens right after the cue, with nothing between ('continue “for ...”');
    after a comma or a colon ('said, “as long as ...”') it is the words said."""
    end = cue.idx + len(cue)
    return end <= quote.outer[0] and not text[end : quote.outer[0]].strip()


def _says_how(words: Span | None, verb: Token) -> bool:
    """ 'would continue “for as long as necessary”', 'released “after a survey”': quoted
    words the verb governs as when or how it acts, no one's words as its object."""
    return (words is not None and words.root.i != verb.i and words.root.head.i == verb.i
            and words.root.dep_ in _CIRCUMSTANTIAL)


@cache
def _listed() -> re.Pattern[str]:
    """What stands between quotations of one list: “X,” “Y” and “Z”."""
    joiners = "|".join(map(re.escape, cues().list_joiners))
    return re.compile(rf"^,?\s*(?:(?:{joiners})\s+)?$")


def _goes_on(doc: Doc, quote: Quote, nxt: Quote, cue: Token) -> bool:
    """“X,” she said. “Y.”: a quotation of the same paragraph that opens a sentence right
    after the cue's clause, with no cue of its own, goes on with the same words."""
    text = doc_text(doc)
    between = text[quote.outer[1] : nxt.outer[0]]
    if "\n" in between or not looks_like_speech(text, nxt):
        return False
    if between.strip() and not _STARTS.search(_window(text, nxt.outer[0])):
        return False
    if nxt.closed and (_cue_after(doc, nxt) is not None or _DASHED.match(text, nxt.outer[1])):
        return False
    words = doc.char_span(quote.outer[1], nxt.outer[0], alignment_mode="contract") or ()
    ends = sum(t.text in _ENDS and t.pos_ == "PUNCT" for t in words)  # not "Lt." split in two
    return ends <= 1 and not any(_another_cue(t, cue) for t in words)


def _another_cue(tok: Token, cue: Token) -> bool:
    """A reporting verb between two quotations that starts an attribution of its own: the
    speaker's next verb ("..., adding", "before asking her") or another speaker's ("Peskov
    added"); a verb with its own subject inside the cue's clause ("said after the envoy
    stated ...") or one that reports nothing ("said, referring to ...") does not."""
    if tok.i == cue.i or tok.pos_ != "VERB":
        return False
    lex = cues()
    lemma = tok.lemma_.lower()
    if cue in tok.ancestors:
        own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids_of(tok))
        return not own and (lemma in lex.speech or lemma in lex.quote_only)
    return lemma in lex.clause or lemma in lex.quote_only


def _next_sentence_quote(text: str, quotes: tuple[Quote, ...], last: int) -> int | None:
    """The next quotation after `last` that opens a sentence, passing over titles inside
    the cue's own sentence ('said on Fox News's “Fox and Friends.” “I mean ...”')."""
    for k in range(last + 1, min(len(quotes), last + 4)):
        if "\n" in text[quotes[last].outer[1] : quotes[k].outer[0]]:
            return None
        if _STARTS.search(_window(text, quotes[k].outer[0])):
            return k
    return None


def _outside(speaker: Token | None, quote: Quote) -> Token | None:
    """The speaker unless the parser took it from the quoted words: “My answer, ...,” the
    minister said has two subjects, and the one inside the marks is not the speaker."""
    if speaker is None or not quote.start <= speaker.idx < speaker.idx + len(speaker) <= quote.end:
        return speaker  # a token glued to the mark ("paranoia,”Kallas") runs out of it
    return next(
        (
            c
            for c in kids_of(speaker.head)
            if c.dep_ == "nsubj" and not quote.start <= c.idx < quote.end
        ),
        None,
    )


def continuation_quotes(
    doc: Doc, quotes: tuple[Quote, ...], claimed: list[tuple[int, int]]
) -> Iterator[Found]:
    """Quotations that stand as whole sentences with no cue: the previous speaker goes on."""
    text = doc_text(doc)
    for quote in quotes:
        if any(s <= quote.start and quote.end <= e for s, e in claimed):
            continue
        if not looks_like_speech(text, quote) or starts_with_label(text, quote):
            continue  # '"SYBIHA: ...' is a transcript line, its label the speaker
        if not _STARTS.search(_window(text, quote.outer[0])) and quote.outer[0] > 0:
            continue
        after = quote.outer[1]
        if not _DONE.match(text, after):
            continue
        yield Found(
            (quote.start, quote.end), None, None, None, "quote: continuation, no cue", kind="direct"
        )


def _window(text: str, end: int, size: int = 8) -> str:
    """The few characters before `end`: enough for the anchored patterns, and cheap."""
    return text[max(0, end - size) : end]


def _cue_after(doc: Doc, quote: Quote) -> Token | None:
    """A reporting verb in the words after the closing mark, before the sentence ends:
    “...,” he said. / “...,” Sen. Jane Roe (D-Mo.), who chairs the panel, said."""
    if not quote.closed:
        return None
    start = quote.outer[1]
    span = doc.char_span(start, min(len(doc_text(doc)), start + 240), alignment_mode="contract")
    lex = cues()
    for tok in list(span or ())[:_AFTER_TOKENS]:
        if tok.text in _STOPS or "\n" in tok.text:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "AUX"} and (lemma in lex.clause or lemma in lex.quote_only):
            return None if _own_clause(tok) else tok
    return None


def _own_clause(tok: Token) -> bool:
    """X said: “...,” adding that ...: a participle after the quotation that reports a
    clause of its own is a second attribution, not the quotation's cue (the cue before it
    is)."""
    return tok.tag_ == "VBG" and any(c.dep_ == "ccomp" and c.i > tok.i for c in kids_of(tok))


def _cue_before(doc: Doc, quote: Quote) -> Token | None:
    """A reporting verb before the opening mark, ending in a colon or comma: he said: “...”."""
    start = quote.outer[0]
    window = max(0, start - 240)
    before = doc_text(doc)[window:start].rstrip()
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
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in kids_of(tok)):
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
    span = doc.char_span(at, min(len(doc_text(doc)), at + 60), alignment_mode="expand")
    if span is None or span[0].pos_ != "PROPN":
        return None
    last = span[0]
    for tok in span[1:]:
        if tok.pos_ != "PROPN" and tok.text not in {".", "-"}:
            break
        last = tok if tok.pos_ == "PROPN" else last
    return last


def _inverted_speaker(cue: Token) -> Token | None:
    """ "..., said Karoline Leavitt": the first name or noun after the cue."""
    for tok in cue.doc[cue.i + 1 : min(len(cue.doc), cue.i + 8)]:
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
    between = text[quote.outer[1] : nxt.outer[0]]
    later = list(takewhile(lambda t: t.idx < nxt.outer[0], cue.doc[cue.i + 1 :]))  # in order
    if any(_another_cue(t, cue) for t in later):
        return False  # “X,” he said, adding later, “Y”: two cues, two attributions
    return "\n" not in between and between.rstrip().endswith(",") and len(between) < 80
