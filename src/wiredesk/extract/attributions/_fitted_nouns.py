"""Cue nouns as candidates of the fitted recognizer (_fitted.py): "his support for the
bill", "criticism of the ruling", "questions about her health", "the view that ...", "a
plan to ...", owned or not. The noun recognizer (_nouns.py) keeps an owned lexicon noun by
rule; every other noun of the lexicon or of cues.toml [fitted] nouns with a that-clause, a
to-infinitive or an object of one of [fitted] noun_prepositions is offered here, with the
features the model weighs: the frame, the lexicon's say of the noun, its own lemma where
the annotated news shows it often enough, whose it is (a possessor, a "by"/"from" source,
the subject of the verb it is the object of, or no one), where it stands, its length."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.symbols import NOUN
from spacy.tokens import Token

from wiredesk.extract.attributions._cues import content_end
from wiredesk.extract.attributions._found import RELATIVE, Found, tidy
from wiredesk.extract.attributions._lexicon import Cues, cues, read_toml
from wiredesk.extract.attributions._nouns import owner_of
from wiredesk.extract.attributions._recognizers import Finding, inside
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of

_WHEN = {"DATE", "TIME"}
_DEPS = {"ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "npadvmod"}
_LONG = (3, 10, 25)


@cache
def families() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns offered beside the lexicon's and the prepositions whose object a noun may
    carry (data/cues.toml [fitted])."""
    raw = read_toml("cues.toml")["fitted"]
    return frozenset(raw["nouns"]), frozenset(raw["noun_prepositions"])


Kind = Callable[[Token], str]  # a speaker's kind as the verbs' features name it (_fitted.py)


def noun_candidates(
    finding: Finding, taken: set[int], contents: list[tuple[int, int]], kind: Kind
) -> Iterator[tuple[Found, tuple[str, ...]]]:
    """Each cue noun no recognizer took, with the content it would carry and its features."""
    doc = finding.doc
    lex = cues()
    nouns, preps = families()
    listed = lex.noun_clause | lex.noun_infinitive | frozenset(lex.noun_preposition)
    quoted = finding.quoted()
    pos = doc.to_array("POS")
    for i in (int(i) for i in (pos == NOUN).nonzero()[0]):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if i in taken or (lemma not in nouns and lemma not in listed):
            continue
        if inside(tok.idx, quoted):
            continue
        framed = _frame(tok, lex, preps)
        if framed is None:
            continue
        frame, content, head = framed
        if content[1] <= content[0]:
            continue
        owner = owner_of(tok, lex)
        found = Found(
            content,
            (tok.idx, tok.idx + len(tok)),
            tok,
            owner,
            f"fitted: owner + cue noun + {frame}",
            stance=True,
            unsourced=owner is None,
        )
        yield found, _features(tok, frame, owner, (content, head), contents, kind)


def _frame(
    tok: Token, lex: Cues, preps: frozenset[str]
) -> tuple[str, tuple[int, int], Token] | None:
    """The noun's complement: a that-clause, a to-infinitive, or a listed preposition's
    object (never a date's: "his speech on Monday")."""
    doc = tok.doc
    kids = [c for c in kids_of(tok) if c.i > tok.i]
    for c in kids:
        if c.dep_ in {"acl", "ccomp", "appos"} and any(
            m.dep_ == "mark" and m.lower_ in lex.complementizers for m in kids_of(c)
        ):
            return "that", tidy(doc, c.left_edge.idx, content_end(c)), c
        if c.dep_ in {"acl", "relcl"} and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in kids_of(c)
        ):
            return "infinitive", tidy(doc, c.left_edge.idx, content_end(c)), c
    for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ in preps):
        obj = next((c for c in kids_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is None or obj.tag_ in RELATIVE or obj.ent_type_ in _WHEN:
            continue
        return f"prep:{prep.lower_}", tidy(doc, obj.left_edge.idx, content_end(obj)), obj
    return None


def _features(
    tok: Token,
    frame: str,
    owner: Token | None,
    complement: tuple[tuple[int, int], Token],
    contents: list[tuple[int, int]],
    kind: Kind,
) -> tuple[str, ...]:
    lex = cues()
    lemma = tok.lemma_.lower()
    content, head = complement
    words = doc_text(tok.doc).count(" ", content[0], content[1]) + 1
    length = sum(words > n for n in _LONG)
    kinds = [
        name
        for name, listed in (
            ("clause", lex.noun_clause),
            ("infinitive", lex.noun_infinitive),
            ("preposition", frozenset(lex.noun_preposition)),
        )
        if lemma in listed
    ] or ["family"]
    out = [f"noun_frame={frame}", *(f"noun_lexicon={k}" for k in kinds)]
    particle = frame.partition(":")[2]
    if particle and particle in lex.noun_preposition.get(lemma, frozenset()):
        out.append("noun_particle_listed")
    out.append(f"noun={lemma}")  # a noun's own weight, as a verb's
    out.append(f"noun_dep={tok.dep_ if tok.dep_ in _DEPS else 'other'}")
    out.append(f"noun_length={length}")
    if tok.tag_ == "NNS":
        out.append("noun_plural")
    if owner is None:
        out.append("owner=none")
    else:
        how = "poss" if owner.dep_ == "poss" else ("subject" if owner.i < tok.i else "source")
        out.append(f"owner={how}")
        out.append(f"owner_kind={kind(owner)}")
    if tok.dep_ == "dobj":
        out.append(f"governor={tok.head.lemma_.lower()}")  # "voiced", "raised"
    if head.ent_type_:
        out.append(f"noun_content_named={kind(head)}")
    if inside(tok.idx, contents):
        out.append("nested")
    return tuple(out)
