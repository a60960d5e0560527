"""Attributions told last in their sentence whose verb the parser misread: in "Three
soldiers were killed ..., the general staff of the armed forces announced on Wednesday." it
reads "forces announced" as a reduced relative ("forces [that were] announced"), and in
"..., the regional council reported on Friday." it hangs "reported" from the killing as an
adverbial clause or a conjunct, its subject at times hung elsewhere; either way no content
hangs from the verb. The surface still
says it: a comma, a noun phrase, a verb of speech, and nothing after it but its own
adverbials."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.attributions._antecedents import agent_ok
from wiredesk.extract.attributions._found import Found, tidy
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp.index import tokens_among

_MISREAD = {"acl", "relcl", "amod"}  # how the parser hangs a verb from the noun before it
_JOINED = {"advcl", "conj", "parataxis"}  # ... or from the content's verb
_PAST = {"VBD", "VBN", "VBZ"}  # "..., the ministry reports." too
_NOUN_READ = {"NNS"}  # "reports" read as a plural noun, yet the sentence's root with a subject
_NOUNS = {"NOUN", "PROPN"}


@recognizer("trailing")
def _trailing(finding: Finding) -> list[Found]:
    taken = {f.cue_token.i for f in finding.found if f.cue_token is not None} | finding.used
    quoted = finding.quoted()
    return [f for f in trailing(finding.doc)
            if f.cue_token is not None and f.cue_token.i not in taken
            and not inside(f.cue[0] if f.cue else 0, quoted)]


def trailing(doc: Doc) -> Iterator[Found]:
    """Each "<clause>, <noun phrase> <verb of speech> [when]." the parse misread."""
    lex = cues()
    for i in tokens_among(doc, lex.speech, "lemma"):
        cue = doc[i]
        if cue.tag_ not in _PAST | _NOUN_READ or not _ends_sentence(cue):
            continue
        if cue.tag_ in _NOUN_READ:  # "..., the Ministry of Defence of Armenia reports."
            speaker = next((c for c in cue.lefts if c.dep_ == "nsubj"), None) if (
                cue.dep_ == "ROOT") else None
        elif cue.dep_ in _MISREAD:
            speaker = _noun_phrase_head(cue)
        elif cue.dep_ in _JOINED and cue.head.i < cue.i:
            speaker = _nearest_subject(cue) or _noun_before(cue)
        else:
            continue
        if speaker is None or speaker.pos_ not in _NOUNS or not agent_ok(speaker):
            continue
        start = speaker.left_edge
        sent = cue.sent
        if start.i <= sent.start or doc[start.i - 1].text != ",":
            continue
        content = tidy(doc, sent.start_char, doc[start.i - 1].idx)
        said = doc.char_span(*content, alignment_mode="expand")
        if said is None or not any(t.pos_ in {"VERB", "AUX"} for t in said):
            continue
        yield Found(
            content,
            (cue.idx, cue.idx + len(cue)),
            cue,
            speaker,
            "trailing: content, speaker + cue the parse hung from the speaker",
            speaker_extent=Span(doc, start.i, _before_joined(speaker, cue.i)),
        )


def _before_joined(speaker: Token, end: int) -> int:
    """Where the first source's words end: before "and a nurse at the hospital", who is
    credited together with it (the co-source split names each)."""
    joined = [c.i for c in speaker.rights if c.dep_ == "cc" and c.i < end]
    end = min(joined, default=end)
    while end - 1 > speaker.i and speaker.doc[end - 1].is_punct:
        end -= 1  # not the comma after "a spokeswoman, Jane Roe,"
    return end


def _ends_sentence(cue: Token) -> bool:
    """Nothing follows the verb in its sentence but its own words ("on Wednesday"), a
    participle's clause set off by a comma (", asking not to be named") and the closing
    stop."""
    last = cue.sent[-1]
    while (last.is_punct or last.is_space) and last.i > cue.i:
        last = last.doc[last.i - 1]
    end = cue.right_edge.i
    if end >= last.i:
        return True
    doc = cue.doc
    if doc[end].text != ",":  # the parser hangs the comma from the verb, or does not
        end += 1
        if doc[end].text != ",":
            return False
    participle = doc[end + 1]
    return participle.tag_ == "VBG" and participle.right_edge.i >= last.i


def _noun_phrase_head(cue: Token) -> Token | None:
    """The head of the noun phrase the verb hangs from: "the general staff" of "the general
    staff of the armed forces announced"."""
    noun = cue.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in _NOUNS:
        noun = noun.head.head
    return noun if noun.i < cue.i else None


def _nearest_subject(cue: Token) -> Token | None:
    """The subject nearest the verb: a conjunct verb may be given the content's subject too
    ("six officers injured ..., police said": both read as subjects of "said")."""
    return next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)


def _noun_before(cue: Token) -> Token | None:
    """The noun right before a conjunct verb left without a subject, the parse having
    hung it elsewhere ("..., close to the border with Niger, a security source told Wire
    on Friday": "source" read as an apposition to "Niger")."""
    at = cue.i - 1
    while at > 0 and cue.doc[at].dep_ == "advmod" and cue.doc[at].head.i < at:
        at -= 1  # "a doctor there said"
    named = _named_office(cue.doc, at)
    if named is not None:
        return named
    noun = cue.doc[at] if at >= 0 else None
    if noun is None or noun.pos_ not in _NOUNS or noun.head.i >= noun.i:
        return None
    return _phrase_head(noun)


def _named_office(doc: Doc, comma: int) -> Token | None:
    """The office a name set off by commas stands beside ("..., a police spokeswoman, Jane
    Roe, told our reporter"): the source phrase opens at the office."""
    if comma < 1 or doc[comma].text != ",":
        return None
    name = doc[comma - 1]
    office = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or office.pos_ not in _NOUNS:
        return None
    return office if office.i < name.i else None


def _phrase_head(noun: Token) -> Token:
    """The head of the whole source phrase a noun ends: "the Ministry" of "the Ministry of
    Internal Affairs", "his widow" of "his widow and a nurse at the hospital"."""
    while True:
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in _NOUNS:
            up = noun.head.head
        elif noun.dep_ == "conj" and noun.head.pos_ in _NOUNS and any(
                c.dep_ == "cc" and noun.head.i < c.i < noun.i for c in noun.head.rights):
            up = noun.head  # "his widow and a nurse": joined by "and", not a comma's misparse
        else:
            return noun
        if up.i >= noun.i or up.dep_ == "ROOT" or up.i <= up.sent.start:
            return noun
        before = noun.doc[up.left_edge.i - 1]
        if up.left_edge.i <= up.sent.start or (before.text != "," and up.dep_ not in {
                "pobj", "conj"}):
            return noun if before.text != "," else up
        noun = up
