"""Attributions carried by a noun with its owner: "Trump's claim that ...", "her plan to
...", "the ministry's warning that ...", "his support for the bill", "a warning from the
ministry that ...", "voiced concern about the talks". The owner speaks; the clause, the
infinitive or the preposition's object (data/cues.toml [nouns]) is the content."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wiredesk.extract.attributions._antecedents import agent_ok
from wiredesk.extract.attributions._found import RELATIVE, Found, repeats, tidy
from wiredesk.extract.attributions._lexicon import Cues, cues
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp.index import kids_of, tokens_among

_SUBJECTS = {"nsubj", "nsubjpass"}
_SOURCES = {"agent", "prep"}  # "a warning by ...", "a warning from ..."
_WHEN = {"DATE", "TIME"}


@recognizer("nouns")
def _nouns(finding: Finding) -> list[Found]:
    quoted = finding.quoted()
    contents = [f.content for f in finding.found]
    return [
        f
        for f in noun_cues(finding.doc)
        if not inside(f.cue[0] if f.cue else 0, quoted) and not repeats(f.content, contents)
    ]


def noun_cues(doc: Doc) -> Iterator[Found]:
    """Each owned cue noun of `doc` with a that-clause, a to-infinitive or a listed
    preposition's object after it."""
    lex = cues()
    nouns = lex.noun_clause | lex.noun_infinitive | frozenset(lex.noun_preposition)
    for i in tokens_among(doc, nouns, "lemma"):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        found = _content(tok, lex)
        if found is None:
            continue
        content, pattern = found
        owner = owner_of(tok, lex)
        if owner is None:
            continue
        yield Found(content, (tok.idx, tok.idx + len(tok)), tok, owner, pattern, stance=True)


def _content(tok: Token, lex: Cues) -> tuple[tuple[int, int], str] | None:
    """The span the noun carries and the pattern's name, or None."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    said, meant = lemma in lex.noun_clause, lemma in lex.noun_infinitive
    for c in kids_of(tok):
        if c.i > tok.i and ((said and _that_clause(c)) or (meant and _infinitive(c))):
            last = c.right_edge
            return (
                tidy(doc, c.left_edge.idx, last.idx + len(last)),
                "noun: owner + cue noun + that ... / to ...",
            )
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.noun_copulas:
        for c in kids_of(tok.head):  # "the ministry's position is that ...", "her plan is to ..."
            if c.i > tok.head.i and ((said and _that_clause(c)) or (meant and _to(c))):
                last = c.right_edge
                return (
                    tidy(doc, c.left_edge.idx, last.idx + len(last)),
                    "noun: owner + cue noun + be + that ... / to ...",
                )
    if tok.dep_ == "pobj":
        return None  # "known for his stance on ...": the words around it say more of it
    particles = lex.noun_preposition.get(lemma, frozenset())
    for prep in (c for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ in particles):
        obj = next((c for c in kids_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is None or obj.tag_ in RELATIVE or obj.ent_type_ in _WHEN:
            continue
        last = obj.right_edge
        return (
            tidy(doc, obj.left_edge.idx, last.idx + len(last)),
            "noun: owner + cue noun + preposition + object",
        )
    return None


def owner_of(tok: Token, lex: Cues) -> Token | None:
    """Who holds the claim, wish or stance the noun names: its possessor; the object of
    "by" or "from" after it; or the subject of the verb it is the object of ("the ministry
    issued a warning that ...", "she voiced support for ...")."""
    owner = next((c for c in kids_of(tok) if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for prep in (c for c in kids_of(tok) if c.dep_ in _SOURCES and c.i > tok.i):
        if prep.lower_ not in lex.noun_sources:
            continue
        source = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
        if source is not None and agent_ok(source) and source.pos_ in {"PROPN", "NOUN"}:
            return source
    if tok.dep_ != "dobj":
        return None
    subject = next((c for c in kids_of(tok.head) if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.tag_ in RELATIVE or not agent_ok(subject):
        return None
    return subject



def _that_clause(tok: Token) -> bool:
    return tok.dep_ in {"acl", "ccomp", "appos"} and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in kids_of(tok)
    )


def _infinitive(tok: Token) -> bool:
    return tok.dep_ in {"acl", "relcl"} and _to(tok)


def _to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok))
