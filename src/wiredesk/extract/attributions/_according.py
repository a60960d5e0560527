"""Attributions by "according to X": the clause the phrase hangs from is X's content, unless
a reporting verb already carries it, when X is a link in the reporting chain ("Guterres
warned ..., according to a report seen by Reuters")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.attributions._found import Found, tidy, without_background
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._quotes import Quote
from wiredesk.extract.attributions._recognizers import Finding, recognizer
from wiredesk.nlp.index import entities_in, kids_of, tokens_among
from wiredesk.records import AttributionKind

_NOW = {"VBZ", "VBP", "MD"}  # a verb of the reporter's present or future
_OPENS = {"DET", "PROPN", "NUM", "ADJ", "NOUN", "PRON"}  # a listed source's first word


@recognizer("according_to")
def _according(finding: Finding) -> Iterator[Found]:
    """ "according to X" as an attribution of its own, or as the source behind the verb it
    modifies ("said, according to a report seen by Reuters": `via`); sources credited
    together stay apart."""
    by_cue = {f.cue_token.i: f for f in finding.by("verbs") if f.cue_token is not None}
    for cand, head in according_to(finding.doc, finding.quotes):
        carrier, sent = by_cue.get(head.i), head.sent
        if carrier is not None and carrier.via is None:
            carrier.via = cand.speaker_extent
        elif _spoke_then(cand) or not any(
            f.content[0] <= cand.content[0] < f.content[1]
            for f in finding.found
            if f.cue_token is not None
            and f.cue_token.sent == sent
            and f.cue_token is not cand.cue_token
        ):
            yield cand


def _spoke_then(cand: Found) -> bool:
    """ "The Commission recalls that the fighting drove 138,000 from their homes, according
    to the United Nations at the time": a source that spoke then ([phrases] then) is the
    source of the past clause it vouches for, even inside a later teller's content."""
    extent = cand.speaker_extent
    if extent is None:
        return False
    after = [t.lower_ for t in extent.doc[extent.end : extent.end + 3]]
    return any(after[: len(p.split())] == p.split() for p in cues().then_phrases)


def according_to(doc: Doc, quotes: tuple[Quote, ...]) -> Iterator[tuple[Found, Token]]:
    """Each "according to" phrase as a candidate, with the verb the phrase modifies."""
    first, second = cues().according_to
    for i in tokens_among(doc, (first,)):
        tok = doc[i]
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != second:
            continue
        to = doc[tok.i + 1]
        source = next((c for c in kids_of(to) if c.dep_ == "pobj"), None)
        if source is None:
            source = next(
                (t for t in doc[to.i + 1 : to.i + 8] if t.pos_ in {"NOUN", "PROPN"}), None
            )
        if source is None:
            continue
        sources = _credited(to, source)
        own = [c.right_edge.i for c in tok.rights if c.dep_ == "prep" and c.i > to.i]
        phrase = (tok.i, max(source.right_edge.i, sources[-1][1].end - 1, *own) + 1)
        content = _clause_without(doc, tok, phrase, quotes)
        if content is None:
            continue
        direct = any((q.start, q.end) == content for q in quotes)
        kind: AttributionKind | None = "direct" if direct else None
        for head, extent in sources:
            found = Found(
                content,
                (tok.idx, to.idx + len(to)),
                tok,
                head,
                "according to: content, according to + source"
                + (f" ({len(sources)} credited together)" if len(sources) > 1 else ""),
                speaker_extent=extent,
                kind=kind,
                shared=len(sources) > 1,
            )
            yield found, tok.head


def _credited(to: Token, source: Token) -> list[tuple[Token, Span]]:
    """Each source a phrase credits: "according to a diplomat, a rebel official and an
    adviser" credits three, each with its own words; "a report seen by Reuters" one. The
    list is read from the words, as the parser often makes the second source the root."""
    doc = to.doc
    pieces: list[Span] = []
    joins: list[bool] = []
    at, last = to.i + 1, to.sent.end
    joined = False  # whether "and" or "or" stands before the piece at `at`
    while at < last:
        end = at
        while end < last and not _lists(doc[end]):
            end += 1
        piece = doc[at:end]
        while len(piece) and piece[-1].pos_ in {"PUNCT", "SPACE"}:
            piece = piece[:-1]
        nouns = [t for t in piece if t.pos_ in {"NOUN", "PROPN"}]
        verbs = any(t.pos_ in {"VERB", "AUX"} for t in piece)
        if verbs and joined and pieces:
            pieces.pop()  # "..., a joint team and the army launched": the clause's subject
            joins.pop()
        if not nouns or verbs or (pieces and piece[0].pos_ not in _OPENS):
            break
        pieces.append(piece)
        joins.append(joined)
        at, joined = end, False
        while at < last and (doc[at].pos_ == "CCONJ" or doc[at].text == ","):
            joined = joined or doc[at].pos_ == "CCONJ"
            at += 1
    if len(pieces) < 2 or not joins[-1]:  # a list ends "and Z"; "X, a crowd, ..." opens the clause
        return [(source, doc[to.i + 1 : _before_relative(source)])]
    return [(_head(p), p) for p in pieces]


def _before_relative(source: Token) -> int:
    """Where a source's words end: before a relative clause about it ("Nasser Hospital,
    which said ..." names the hospital; what it said is an attribution of its own)."""
    end = source.right_edge.i + 1
    relative = next((c for c in source.rights if c.dep_ == "relcl"), None)
    if relative is None:
        return end
    end = relative.left_edge.i
    while end > source.i + 1 and source.doc[end - 1].is_punct:
        end -= 1
    return end


def _lists(tok: Token) -> bool:
    """A comma or conjunction between two sources, not one inside a name ("the Department
    of Disaster Prevention and Mitigation")."""
    return (tok.text == "," or tok.pos_ == "CCONJ") and tok.ent_iob_ != "I"


def _head(piece: Span) -> Token:
    """The noun that heads a listed source: "adviser" in "an adviser to the government"."""
    head = piece[0]
    for tok in piece:
        if tok.pos_ == "ADP":
            break
        if tok.pos_ in {"NOUN", "PROPN"}:
            head = tok
    return head


def via_names(extent: Span) -> tuple[str, ...]:
    """ "a report seen by Reuters" -> ("report", "Reuters"): each source named on the way."""
    names: list[str] = []
    for tok in extent:
        if tok.dep_ == "pobj" or tok == extent.root:
            ent = next((e for e in entities_in(extent) if e.start <= tok.i < e.end), None)
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
    opens = (doc.char_span(after[0], after[1], alignment_mode="expand")
             if after[1] > after[0] else None)
    if opens is not None and opens[0].pos_ == "CCONJ" and before[1] - before[0] >= 12:
        side = before  # "X happened, according to Y, and Z ...": Y's is the clause before
    if side[1] - side[0] < 12:
        return None
    figure = _figure_clause(according) if side == before else None
    if figure is None and side == before:
        figure = _then_clause(according, phrase)
    if figure is not None:
        return figure
    root = sent.root  # a relative clause after the phrase ("X, who spoke ...") is no end here
    return tidy(doc, side[0], min(side[1], without_background(root, side[0], side[1])))


def _figure_clause(according: Token) -> tuple[int, int] | None:
    """ "... since the civil war, which killed as many as 15,000 people, according to most
    estimates": a figure in a relative clause set off just before the phrase, where the
    rest of the sentence gives none, is what the source vouches for; the reporter's own
    background before it is no one's claim. The content is the clause with the noun it
    tells of."""
    doc = according.doc
    if according.i < 3 or doc[according.i - 1].text != ",":
        return None
    clause = next((t for t in doc[according.i - 2].ancestors if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != according.i - 2:
        return None
    opener = clause.left_edge
    if opener.tag_ not in {"WDT", "WP"} or doc[opener.i - 1].text != ",":
        return None  # only a clause set off by commas ("X, which ...")
    noun = clause.head
    start = noun.left_edge.i
    if not any(_figure(t) for t in clause.subtree) or any(
            _figure(t) for t in doc[according.sent.start:start]):
        return None
    end = doc[clause.right_edge.i]
    return tidy(doc, doc[start].idx, end.idx + len(end))


def _then_clause(according: Token, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """ "A weapons law tightened after a gunman killed 10 people in 2022, according to
    police at the time": a source that spoke then ([phrases] then) vouches for the past
    clause closing before the phrase (a conjunct, an adverbial clause, the words after a
    colon), not for the reporter's narration of today around it."""
    doc = according.doc
    words = " ".join(t.lower_ for t in doc[phrase[0]:phrase[1]])
    if not any(words.endswith(" " + p) for p in cues().then_phrases):
        return None
    end = according.i - 1
    while end > according.sent.start and doc[end].is_punct:
        end -= 1
    clause = next((t for t in (doc[end], *doc[end].ancestors) if t.tag_ == "VBD"), None)
    if clause is None:
        return None
    start = clause.left_edge.i
    if clause.dep_ == "ROOT":  # the past told after a colon, the parse's root
        colon = [c.i for c in kids_of(clause) if c.tag_ == ":" and c.i < clause.i]
        if not colon:
            return None
        start = colon[-1] + 1
    if not any(t.tag_ in _NOW for t in doc[according.sent.start:start]):
        return None  # "In 2023, protests ended in clashes, according to X at the time": all then
    while start < clause.i and doc[start].dep_ in {"mark", "cc", "punct"}:
        start += 1
    return tidy(doc, doc[start].idx, doc[end].idx + len(doc[end]))


def _figure(tok: Token) -> bool:
    return tok.like_num and tok.ent_type_ not in {"DATE", "TIME"}
