"""Attributions carried by a noun with its owner: "Trump's claim that ...", "her plan to
...", "the ministry's warning that ...". The owner speaks; the clause is the content."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wiredesk.extract.attributions._found import Found, tidy
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp.index import tokens_among


@recognizer("nouns")
def _nouns(finding: Finding) -> list[Found]:
    quoted = finding.quoted()
    return [f for f in noun_cues(finding.doc) if not inside(f.cue[0] if f.cue else 0, quoted)]


def noun_cues(doc: Doc) -> Iterator[Found]:
    """Each owned cue noun of `doc` with a that-clause or a to-infinitive after it."""
    lex = cues()
    for i in tokens_among(doc, lex.noun_clause | lex.noun_infinitive, "lemma"):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        said, meant = lemma in lex.noun_clause, lemma in lex.noun_infinitive
        if not (said or meant):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        content = next(
            (
                c
                for c in tok.children
                if c.i > tok.i and ((said and _that_clause(c)) or (meant and _infinitive(c)))
            ),
            None,
        )
        if content is None:
            continue
        last = content.right_edge
        yield Found(
            tidy(doc, content.left_edge.idx, last.idx + len(last)),
            (tok.idx, tok.idx + len(tok)),
            tok,
            owner,
            "noun: owner's + cue noun + that ... / to ...",
            stance=True,
        )


def _that_clause(tok: Token) -> bool:
    return tok.dep_ in {"acl", "ccomp", "appos"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
    )


def _infinitive(tok: Token) -> bool:
    return tok.dep_ in {"acl", "relcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )
