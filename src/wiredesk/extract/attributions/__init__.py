"""Attributions layer: who said what, how (quoted or reported), when, through whom, and how
sure the text is of it.

Finders run on the parse and the quotation marks (quotations first, then reporting verbs,
then "according to", then quotations that continue a speaker); speakers are then resolved
in reading order so that "he", "Zelenskyy" and "Ukraine's leader" name one actor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from wiredesk.extract._registry import Context, stage
from wiredesk.extract.actors import registry
from wiredesk.extract.attributions import (  # noqa: F401 - each registers its recognizers
    _cues,
    _fitted,
    _labels,
    _nouns,
    _printed,
    _speech,
    _trailing,
    _unsourced,
)
from wiredesk.extract.attributions._according import via_names
from wiredesk.extract.attributions._antecedents import agent_ok
from wiredesk.extract.attributions._cited import cited
from wiredesk.extract.attributions._dateline import dateline_agency
from wiredesk.extract.attributions._described import (
    credits,
    described,
    is_bare_body,
    ministries_before,
    office_words,
    person_name,
)
from wiredesk.extract.attributions._extent import extended
from wiredesk.extract.attributions._found import Found, one_paragraph
from wiredesk.extract.attributions._holder import is_proper, role_holder
from wiredesk.extract.attributions._issuer import narrates
from wiredesk.extract.attributions._other_side import other_side
from wiredesk.extract.attributions._presenter import presenter_quotes
from wiredesk.extract.attributions._quotes import Quote, find_quotes
from wiredesk.extract.attributions._recognizers import Finding, configured, run, settled
from wiredesk.extract.attributions._speakers import SpeakerResolver, mention_span, speaker_words
from wiredesk.extract.attributions._status import (
    denied,
    hedged,
    judged_untrue,
    unverified_claims,
    unverified_sentences,
)
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import dateline_end
from wiredesk.nlp.index import kids_of
from wiredesk.records import Article, Attribution, AttributionKind, Mention, Speaker

__all__ = ["EXTRACTOR", "credited", "described_sources", "find_attributions", "is_proper",
           "office_words", "read_contents"]

EXTRACTOR = "attributions.v1"
_WHEN = {"prep", "npadvmod", "tmod", "advmod"}


@stage("attributions", layer="attributions", requires=("times",))
def find_attributions(doc: Doc, ctx: Context) -> tuple[Attribution, ...]:
    text = doc_text(doc)
    quotes = find_quotes(text)
    found = prepared(doc, quotes)
    agency = dateline_agency(text)
    resolver = SpeakerResolver(doc, ctx.article.published, dateline=agency, places=ctx.places,
                               quoted=tuple(q.outer for q in quotes))
    out: list[Attribution] = []
    cues_at = frozenset(f.cue[0] for f in found if f.cue is not None)
    credited: list[Speaker] = []  # the last sources credited together
    for f in found:
        _run_on(f, cues_at)
        apart = _named_apart(f)
        speaker = resolver.resolve(apart[0][-1], apart[0], f.content) if apart else _speaker(
            f, resolver)
        if speaker is None or f.stance_only:
            continue
        if any(narrates(text, speaker.name, t.lemma_.lower()) for t in _cue_words(doc, f)):
            continue  # the issuer's own news in its own document
        again = _again(f, speaker, credited)
        said = Attribution(
            article_id=ctx.article_id,
            content=Mention(text[f.content[0] : f.content[1]], f.content),
            kind=f.kind or _kind(f.content, quotes),
            speaker=speaker,
            cue=Mention(text[f.cue[0] : f.cue[1]], f.cue) if f.cue else None,
            said_on=_said_on(f.cue_token, ctx.times),
            via=via_names(f.via) if f.via is not None else (),
            status="denied"
            if denied(f.cue_token)
            else "hedged"
            if hedged(doc, f.content, f.cue_token)
            else "asserted",
            extractor=EXTRACTOR,
            explanation=_explained(f, resolver.why),
            content_fragments=f.fragments,
        )
        if again:  # "Both called on ...": each of the sources credited together just before
            out += [_with(said, speaker=dataclasses.replace(s, mention=speaker.mention),
                          explanation=_explained(f, "the sources credited together before"))
                    for s in again]
            continue
        out.append(said)
        others = [(p[-1], p) for p in apart[1:]] or [(o, mention_span(o)) for o in _co_sources(f)]
        if others:
            credited = [speaker]
        for other, extent in others:
            also = resolver.resolve(other, extent, f.content)
            credited.append(also)
            out.append(_with(said, speaker=also, explanation=_explained(f, "credited together")))
    filed = dateline_end(text) if ctx.article.text.startswith(text) else 0  # a later piece: none
    return read_contents(text, _relayed(_chained(_checked(doc, _once(out))), agency), filed)


def credited(article: Article) -> Article:
    """The article with the names its story credits as its own (`Article.credits`): the
    cross-check takes the agency among them for the outlet's own telling. The store gives
    older articles them too."""
    found = credits(article.text)
    return dataclasses.replace(article, credits=found) if found != article.credits else article


def read_contents(text: str, found: Iterable[Attribution], filed: int | None = None
                  ) -> tuple[Attribution, ...]:
    """The attributions with what their contents tell beyond their words (`_read_content`);
    `filed` is where the text's dateline ends (read off the text when not given). The store
    gives older attributions them too."""
    end = dateline_end(text) if filed is None else filed
    return tuple(_read_content(text, a, end) for a in found)


def _read_content(text: str, att: Attribution, filed: int) -> Attribution:
    """The attribution with the second speaker's claim its content ends with, if any,
    whether it (and that claim) close judging what they report untrue, whom its cue goes on
    to cite, whom a transcript presenter's turn quotes, who holds the role the speaker was
    found as, whether the speaker's words stand in the dateline, and what `_described`
    reads beside the speaker's name."""
    side = other_side(text, att.content.span)
    if side is not None and judged_untrue(side.content.text):
        side = dataclasses.replace(side, judged_untrue=True)
    untrue = judged_untrue(att.content.text)
    origin = cited(text, att)
    quoting = presenter_quotes(text, att)
    holder = role_holder(text, att, filed)
    mention = att.speaker.mention
    dated = mention is not None and mention.span[1] <= filed
    if (side is None and not untrue and origin is None and quoting is None and holder is None
            and not dated):
        return _described(text, att)
    return _described(text, dataclasses.replace(
        att, other_side=side, judged_untrue=untrue, cited=origin, presenter_quotes=quoting,
        role_holder=holder, speaker_in_dateline=dated))


def described_sources(text: str, found: Iterable[Attribution]) -> tuple[Attribution, ...]:
    """The attributions with the office their speaker, a person, is described by beside
    their name, and the ministries named before a bare "the ministry" (`_described`)."""
    return tuple(_described(text, a) for a in found)


def _described(text: str, att: Attribution) -> Attribution:
    """The attribution with the office the text gives its speaker, a person, and the
    person a presenter quotes or who holds the speaker's role next to their names, and,
    for a speaker named "the ministry", the ministries the text names before its words."""
    mention = att.speaker.mention
    person = att.speaker.type == "person"
    own = described(text, person_name(att.speaker.name or "")) if person else None
    credited = att.presenter_quotes if att.presenter_quotes is not None else att.role_holder
    other = described(text, credited) if person else None
    ministries = ministries_before(text, mention.span[0] if mention else len(text)) if (
        is_bare_body(att.speaker.name)) else ()
    if own is None and other is None and not ministries:
        return att
    return dataclasses.replace(att, speaker_described=own, holder_described=other,
                               ministries_before=ministries)


def prepared(doc: Doc, quotes: tuple[Quote, ...]) -> list[Found]:
    """The candidates, a reported content kept to one paragraph and inside its quotation
    marks, as the speakers and the content's extent are then chosen for."""
    found = _candidates(doc, quotes)
    for f in found:
        if f.kind is None:
            f.content = one_paragraph(
                doc, _unquoted(f.content, quotes), f.cue[0] if f.cue else f.content[0]
            )
    return found


def _run_on(f: Found, cues_at: frozenset[int]) -> None:
    """Run a content on to the end of its sentence where the fitted model says it goes on."""
    start, end = extended(f, cues_at)
    if end != f.content[1]:
        old = f.content[1]
        f.content = (start, end)
        f.fragments = tuple((a, end if b == old else b) for a, b in f.fragments)


def _candidates(doc: Doc, quotes: tuple[Quote, ...]) -> list[Found]:
    """Every candidate once, nested ones only when a plausible source speaks, in reading order."""
    found = settled(run(Finding(doc, quotes), configured()))
    seen: set[tuple[tuple[int, int], int]] = set()
    unique = []
    for f in sorted(found, key=_position):
        key = (f.content, f.speaker.i if f.shared and f.speaker is not None else -1)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _explained(f: Found, why: str) -> str:
    """The recognizer, the pattern it matched, and how the speaker was chosen."""
    said = f"[{f.recognizer}] {f.pattern}"
    return f"{said}; {why}" if why else said


def _position(f: Found) -> int:
    marks = [f.content[0]]
    if f.cue is not None:
        marks.append(f.cue[0])
    if f.speaker is not None:
        marks.append(f.speaker.idx)
    return min(marks)


def _cue_words(doc: Doc, f: Found) -> list[Token]:
    """The words of `f`'s cue: its token, and those its span covers ("wishes to inform")."""
    span = doc.char_span(*f.cue, alignment_mode="expand") if f.cue is not None else None
    return [*([f.cue_token] if f.cue_token is not None else []), *(span or ())]


def _speaker(f: Found, resolver: SpeakerResolver) -> Speaker | None:
    if f.unsourced:
        return Speaker(None, None)
    if f.speaker is None:
        previous = resolver.previous()
        resolver.why = ""
        if previous is None:
            return None
        return Speaker(previous.name, None, previous.type, previous.role)
    head = (
        f.speaker if agent_ok(f.speaker) or _office_label(f)
        else _joined_agent(f.speaker) or (_agent_after_dateline(f))
    )
    if head is None:
        return None
    extent = f.speaker_extent if head is f.speaker else None
    speaker = resolver.resolve(head, extent or _subjects(head), f.content)
    relative = _relative_pronoun(f.cue_token, head)
    if relative is None:
        return speaker
    words = Mention(relative.text, (relative.idx, relative.idx + len(relative)))
    return dataclasses.replace(speaker, mention=words)


def _office_label(f: Found) -> bool:
    """A transcript's turn labelled by an office ("SPOKESPERSON:"), which the dateline
    reader may take for a place's ("KHAR:") at a paragraph's start: an office speaks."""
    return (f.recognizer == "labels" and f.speaker is not None
            and f.speaker.lower_ in speaker_words().roles)


def _once(found: list[Attribution]) -> list[Attribution]:
    """One attribution per source and content: a finder that already split the sources
    credited together ("according to A and B") is not doubled by the split of conjuncts."""
    seen: set[tuple[tuple[int, int], tuple[int, int] | None, str | None]] = set()
    out = []
    for a in found:  # "Both" names two sources with one word: each is kept
        key = (a.content.span, a.speaker.mention.span if a.speaker.mention else None,
               a.speaker.name)
        if key[1] is None or key not in seen:
            out.append(a)
        seen.add(key)
    return out


def _again(f: Found, speaker: Speaker, credited: list[Speaker]) -> list[Speaker]:
    """The sources credited together before that "both" or "each" names again, when it
    names no one else."""
    head = f.speaker
    if head is None or speaker.name or head.lower_ not in speaker_words().together:
        return []
    return credited if len(credited) > 1 else []


def _co_sources(f: Found) -> list[Token]:
    """The other sources credited together with the speaker ("a lawyer and a priest from the
    town said ..."): each is a speaker of the same words, not a part of the first one's name."""
    head = f.speaker
    if f.unsourced or head is None or head.pos_ == "PRON" or not agent_ok(head):
        return []
    named = [head, *(t for t in head.subtree if t.dep_ == "appos" and t.i > head.i)]
    return [
        c
        for c in (c for n in named for c in n.conjuncts)
        if c.i > head.i
        and c.pos_ in {"NOUN", "PROPN"}
        and (c.ent_iob_ != "I" or _own_phrase(c))
        and agent_ok(c)
        and not f.content[0] <= c.idx < f.content[1]  # a misparse reaching into the words said
    ]


def _named_apart(f: Found) -> list[Span]:
    """ "Amnesty International and Human Rights Watch said": two bodies the tagger ran into
    one name, each a name the actor registry knows, are two sources credited together (not
    "the Ministry of Defence and Foreign Affairs", whose second part is no one's name)."""
    head = f.speaker
    if f.unsourced or head is None or not head.ent_type_:
        return []
    doc = head.doc
    start, end = head.i, head.i + 1  # the tagged name holding the head, read off its tokens
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[start:end]
    cuts = [t.i for t in name if t.lower_ == "and"]
    if len(cuts) != 1:
        return []
    parts = [doc[name.start : cuts[0]], doc[cuts[0] + 1 : name.end]]
    known = registry()
    if any(not len(p) or known.lookup(p.text) is None for p in parts):
        return []
    return parts


def _own_phrase(conj: Token) -> bool:
    """A conjunct opening a noun phrase of its own ("... and the OSCE Mission"), one more
    source even where the tagger ran both into one name; "Ministry of Defence and Foreign
    Affairs" has none."""
    return any(k.dep_ in {"det", "poss"} for k in conj.lefts)


def _joined_agent(subject: Token) -> Token | None:
    """The agent joined to a subject that is none: "on Friday, the eve of Independence Day,
    the army's directorate said" (the parse makes "eve" the subject, the directorate its
    conjunct)."""
    return next((c for c in subject.conjuncts if c.i > subject.i and agent_ok(c)), None)


def _relative_pronoun(cue: Token | None, head: Token) -> Token | None:
    """The "who" of "Jane Roe, who said ...": the words that name the speaker in this
    attribution, while the name stays the one "who" stands for."""
    if cue is None:
        return None
    for node in (cue, *cue.ancestors):
        if node.dep_ == "relcl":
            if node.head.i != head.i:
                return None
            return next(
                (
                    c
                    for c in kids_of(node)
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}
                ),
                None,
            )
    return None


def _agent_after_dateline(f: Found) -> Token | None:
    """The source when the parser took a dateline's place or date for it ("NAIROBI, 12 May
    - MSF said"): the subject between the dateline and the cue, else the name before the cue."""
    cue = f.cue_token
    if cue is None:
        return None
    words = [t for t in cue.doc[cue.sent.start : cue.i] if agent_ok(t)]
    subject = next((t for t in words if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None:
        return subject
    named = [t for t in words if t.pos_ in {"PROPN", "NOUN"}]
    return named[-1] if named else None


def _subjects(head: Token) -> Span:
    """ "North Korea's state news agency KCNA", "the army's spokesman Major General Aung Tun":
    two subjects, or a subject and a name, that the parser split, as one mention."""
    span = mention_span(head)
    twins = [c for c in kids_of(head.head) if c.dep_ == head.dep_ and c is not head]
    named = [c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    doc = head.doc
    for twin in twins + named:
        other = mention_span(twin)
        comma = twin in named and other.start == span.end + 1 and doc[span.end].text == ","
        if other.end == span.start or other.start == span.end or comma:
            span = doc[min(span.start, other.start) : max(span.end, other.end)]
    return span


def _unquoted(content: tuple[int, int], quotes: tuple[Quote, ...]) -> tuple[int, int]:
    """A content wholly in quotation marks is the words inside them: 'wrote that “...”'."""
    for q in quotes:
        if q.outer[0] == content[0] and content[1] in (q.end, q.outer[1]):
            return (q.start, q.end)
        if q.outer[0] == content[0] and q.outer[1] > content[1] >= q.end - 1:
            return (q.start, q.end)
        straddles = content[0] < q.start < content[1] < q.end
        if q.outer[0] < content[0] < q.end < content[1] or straddles:
            continue  # a quotation that straddles the content's edge stays as it is
        if content[0] <= q.outer[0] and content[1] == q.end:  # keep the closing mark: ... “words”
            return (content[0], q.outer[1])
    return content


def _kind(content: tuple[int, int], quotes: tuple[Quote, ...]) -> AttributionKind:
    start, end = content
    for q in quotes:
        if q.start <= start and end <= q.end:
            return "direct"
    if any(q.outer[0] < end and start < q.outer[1] for q in quotes):
        return "mixed"
    return "indirect"


def _said_on(cue: Token | None, times: tuple[object, ...]) -> str | None:
    """The TIMEX3 value of a date that modifies the cue: "the Kremlin said on Tuesday"."""
    if cue is None or not times:
        return None
    holders = [cue]
    if cue.dep_ in {"advcl", "xcomp", "conj"}:
        holders.append(cue.head)
    for holder in holders:
        for child in kids_of(holder):
            if child.dep_ not in _WHEN:
                continue
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            for t in times:
                span, value = getattr(t, "span", None), getattr(t, "value", None)
                if span and span[0] < hi and lo < span[1] and value and value[:1].isdigit():
                    return str(value)
    return None


def _checked(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Mark as unverified the claims a "could not independently confirm" sentence refers to."""
    sentences = unverified_sentences(doc)
    if not sentences:
        return found
    claims = [(a.content.span, a.speaker.name) for a in found]
    flagged = unverified_claims(doc_text(doc), sentences, claims)
    return [
        _with(a, status="unverified") if i in flagged and a.status != "denied" else a
        for i, a in enumerate(found)
    ]


def _chained(found: list[Attribution]) -> tuple[Attribution, ...]:
    """Nested attributions carry the chain they were reported through: ("KCNA",)."""
    out = list(found)
    order = sorted(range(len(out)), key=lambda i: out[i].span[0] - out[i].span[1])
    for i in order:
        inner = out[i]
        if inner.cue is None:
            continue
        outers = [
            j
            for j in range(len(out))
            if j != i and out[j].span[0] <= inner.cue.span[0] < out[j].span[1]
        ]
        if outers:
            j = min(outers, key=lambda k: out[k].span[1] - out[k].span[0])
            if _one_speaker(out[j], inner) and _set_off(out[j], inner.cue.span[0]):
                out[j] = _cut_at(out[j], inner.cue.span[0])  # "denied X, saying Y": two
                continue  # statements of one speaker, the second no report of the first
            outer = out[j].speaker
            name = outer.name or (outer.mention.text if outer.mention else "")
            out[i] = _with(inner, via=(name, *out[j].via, *inner.via))
    return tuple(out)


def _one_speaker(a: Attribution, b: Attribution) -> bool:
    """The same words name both speakers, or the same name resolves both."""
    ma, mb = a.speaker.mention, b.speaker.mention
    if ma is not None and mb is not None and ma.span == mb.span:
        return True
    return (
        bool(a.speaker.name)
        and a.speaker.name == b.speaker.name
        and (a.content.span[0] < b.cue.span[0] if b.cue else False)
    )


def _set_off(a: Attribution, cue: int) -> bool:
    """The cue opens a clause of its own inside `a`'s content: after a comma or a dash
    (", saying ..."), not an infinitive the content needs ("urged residents to report")."""
    before = a.content.text[: cue - a.content.span[0]].rstrip()
    return before.endswith((",", ";", "-", "\u2013", "\u2014"))


def _cut_at(a: Attribution, end: int) -> Attribution:
    """`a` with its content ended before `end` (and the comma or dash before it)."""
    start = a.content.span[0]
    if not start < end <= a.content.span[1]:
        return a
    kept = a.content.text[: end - start].rstrip(" ,;:-\u2013\u2014\n")
    if not kept:
        return a
    span = (start, start + len(kept))
    return _with(
        a,
        content=Mention(kept, span),
        content_fragments=tuple(f for f in a.content_fragments if f[1] <= span[1]),
    )


def _relayed(found: tuple[Attribution, ...], agency: str | None) -> tuple[Attribution, ...]:
    """In a state agency's story every claim reaches the reader through the agency."""
    if agency is None:
        return found
    return tuple(
        a if agency in (a.speaker.name, *a.via) else _with(a, via=(*a.via, agency)) for a in found
    )


def _with(a: Attribution, **changes: Any) -> Attribution:
    return dataclasses.replace(a, **changes)
