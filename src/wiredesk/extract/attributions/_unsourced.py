"""Claims the text makes without naming who holds them: "the talks are expected to resume",
"the strike appears to have hit a depot". PARC counts these as attributions with no source;
they are kept with an empty speaker, and their status says they are hedged."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wiredesk.extract.attributions._found import Found, tidy
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp.index import kids_of, tokens_among

_SUBJECTS = {"nsubj", "nsubjpass"}


@recognizer("unsourced")
def _unsourced(finding: Finding) -> list[Found]:
    quoted = finding.quoted()
    return [f for f in unsourced(finding.doc) if not inside(f.content[0], quoted)]


def unsourced(doc: Doc) -> Iterator[Found]:
    """Each "X is expected/believed/said to ...", "X seems/appears to ...", "X appears
    uneasy" and "it appears that ..." in `doc`."""
    lex = cues()
    for i in tokens_among(doc, lex.unsourced_verbs | lex.unsourced_passives, "lemma"):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma not in lex.unsourced_verbs and (
            lemma not in lex.unsourced_passives
            or not any(c.dep_ == "auxpass" for c in kids_of(tok))
        ):
            continue
        if any(c.dep_ == "agent" for c in kids_of(tok)):
            continue  # "is expected by analysts to ...": a source is named
        subject = next((c for c in kids_of(tok) if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.i > tok.i:
            continue
        clause = _seeming(tok, subject) if lemma in lex.unsourced_verbs else None
        if clause is None:
            clause = next((c for c in kids_of(tok) if c.dep_ == "xcomp" and _infinitive(c)), None)
        if clause is None:
            continue
        last = clause.right_edge
        first = clause.left_edge if clause.dep_ == "ccomp" else subject.left_edge
        content = tidy(doc, first.idx, last.idx + len(last))
        cue = (tok.idx, tok.idx + len(tok))
        yield Found(
            content,
            cue,
            tok,
            None,
            "unsourced: content with is expected to / seems to",
            unsourced=True,
        )


def _seeming(verb: Token, subject: Token) -> Token | None:
    """What a verb of seeming says of its subject without an infinitive: "the team appeared
    paralyzed" (the subject and its state), "it appears that the vote held" (the clause)."""
    after = [c for c in kids_of(verb) if c.i > verb.i]
    told = next((c for c in after if c.dep_ == "ccomp" and _marked(c)), None)
    if told is not None and (subject.dep_ == "expl" or subject.pos_ == "PRON"):
        return told
    if any(c.dep_ == "xcomp" for c in after):
        return None  # "seems to ...": the infinitive's claim
    state = next((c for c in after if c.dep_ in {"acomp", "oprd"} or _state(c)), None)
    if state is not None and any(c.dep_ == "prep" and c.i < state.i for c in after):
        return None  # "appeared before the court, charged with ...": showing up somewhere
    return state


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in kids_of(clause))


def _state(tok: Token) -> bool:
    """A participle the parser hung as a clause that is the state seen ("appeared paralyzed")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and not _marked(tok)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(verb))
