"""Cues the other recognizers pass over, kept when a fitted score says so: any verb with a
subject and a complement ("X supports ...", "X voted for ...", "X is calling for ...") and
any lexicon verb the rules set aside is a candidate; its features (the lexicon's frame for
its lemma, the complement's shape, who the subject is, negation, modality, tense, the
clause it stands in, nesting in another content, the content's length) are scored by a
logistic model whose weights scripts/train_cues.py fits on annotated news and ships in
data/cue_weights.toml. The model holds the features below and, for a verb the lexicon does
not list (its long tail: "supports", "voted for", "portrayed"), a weight of the lemma's own
where the verb stood as a candidate often enough in the annotated news to learn one; a
lexicon verb is judged by its frames alone, so the lexicon stays the one place that says
what "say" or "agree" tell.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.symbols import ADJ, NOUN, PRON, PROPN, VERB
from spacy.tokens import Token

from wiredesk.extract.attributions._antecedents import agent_ok
from wiredesk.extract.attributions._cues import (
    anonymous,
    clause_parts,
    content_end,
    declined,
    find_speaker,
    names_a_source,
    planned,
    told_elsewhere,
)
from wiredesk.extract.attributions._fitted_nouns import noun_candidates
from wiredesk.extract.attributions._found import RELATIVE, Found, repeats, tidy
from wiredesk.extract.attributions._lexicon import Cues, cues, positions, read_toml
from wiredesk.extract.attributions._physical import physical_act
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of

_PEOPLE = {"PERSON"}
_BODIES = {"ORG", "NORP", "GPE"}
_MODALS = {"MD"}
_LONG = (3, 10, 25)  # content length buckets in tokens
_WHEN = {"DATE", "TIME"}
_CLAUSES = {"ROOT", "conj", "advcl", "relcl", "xcomp", "ccomp", "acl", "pcomp"}
_CLIMB = 4  # clauses walked up for a subject
_SUBJECTS = {"nsubj", "nsubjpass"}  # "X is convinced that ...": a passive's subject holds it
_HANGS = {"conj", "advcl", "xcomp", "pcomp", "prep"}
_NOMINAL = {NOUN, PROPN, PRON}
_BARE = {"particle", "object", "preposition"}  # frames a negation may leave empty


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model over named binary features, and the score a cue must reach."""

    bias: float
    threshold: float
    weights: dict[str, float]

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


@cache
def model() -> Model:
    raw = read_toml("cue_weights.toml")
    return Model(
        float(raw["model"]["bias"]),
        float(raw["model"]["threshold"]),
        {k: float(v) for k, v in raw["weights"].items()},
    )


@cache
def clause_only() -> frozenset[str]:
    """Verbs that tell a claim only by a clause (data/cues.toml [fitted] clause_only): their
    noun-phrase object ("claimed responsibility", "found the men guilty") is a deed."""
    return frozenset(read_toml("cues.toml")["fitted"]["clause_only"])


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible cue with the content and speaker it would give, and its features."""

    found: Found
    features: tuple[str, ...]


@recognizer("fitted")
def _fitted(finding: Finding) -> list[Found]:
    m = model()
    return [c.found for c in candidates(finding) if m.probability(c.features) >= m.threshold]


def candidates(finding: Finding) -> Iterator[Candidate]:
    """Every verb no recognizer before took as a cue, with a speaker and a complement, and
    every cue noun with a complement (_fitted_nouns.py)."""
    doc = finding.doc
    lex = cues()
    taken = {f.cue_token.i for f in finding.found if f.cue_token is not None} | finding.used
    quoted = finding.quoted()
    contents = [f.content for f in finding.found]
    pos = doc.to_array("POS")
    for i in (int(i) for i in ((pos == VERB) | (pos == ADJ)).nonzero()[0]):
        tok = doc[i]
        if i in taken or inside(tok.idx, quoted) or tok.dep_ in {"amod", "auxpass"}:
            continue
        if tok.pos == ADJ and tok.dep_ != "acomp":
            continue  # "concerned about ...", "keen to ...": only an adjective said of a subject
        if physical_act(tok) or names_a_source(tok, lex) or (
                i > 0 and doc[i - 1].lower_ in lex.determiners):
            continue  # "fighters attacked a base", "the said agreement": no claim
        framed = _complement(tok, lex)
        if framed is None:
            continue
        frame, content, head = framed
        if content[1] <= content[0] or repeats(content, contents):
            continue
        if frame != "passive" and any(c.dep_ == "auxpass" for c in kids_of(tok)):
            continue  # "Anyone with information is asked to call ...": the one asked
        ruled = find_speaker(tok, lex)
        speaker = _agent(tok) if frame == "passive" else ruled or _own_subject(tok)
        if speaker is None or speaker.pos not in _NOMINAL or not agent_ok(speaker):
            continue
        features = _features(tok, frame, speaker, (content, head), lex, contents)
        if ruled is None and frame != "passive":
            features = (*features, "subject_borrowed")
        found = Found(
            content,
            (tok.idx, tok.idx + len(tok)),
            tok,
            speaker,
            f"fitted: speaker + cue + {frame}",
            stance=True,
            # kept with nothing said, its speaker still one who spoke for "it" later: words
            # told elsewhere ("rejected the claims"), a deed ("claimed responsibility")
            stance_only=(frame == "object" and (
                told_elsewhere(head, lex) or tok.lemma_.lower() in clause_only()))
            or (frame in _BARE and (_nothing_said(tok, head, lex) or planned(tok, lex)))
            # "declined to say whether anyone was held": a question left open
            or (frame == "infinitive" and any(
                declined(c, lex) for c in kids_of(tok) if c.dep_ == "xcomp")),
        )
        yield Candidate(found, features)
    for found, features in noun_candidates(finding, taken, contents, _subject_kind):
        if not repeats(found.content, contents):
            yield Candidate(found, features)


def _nothing_said(tok: Token, head: Token, lex: Cues) -> bool:
    """ "did not respond to a request for comment", "has not responded to the claim": a
    negated verb whose object is a request to speak ([infinitive] refusals.silent) or words
    told elsewhere ([object] told_elsewhere) says nothing of its own; negated, a verb of
    anything else ("did not mention her rivals") still tells."""
    if not any(c.dep_ == "neg" for c in kids_of(tok)):
        return False
    told = head.lemma_.lower() in lex.told_elsewhere
    return told or any(t.lemma_.lower() in lex.silent for t in head.subtree)


def _own_subject(tok: Token) -> Token | None:
    """The verb's subject (a passive's too: "X is convinced that ..."); for "X is wary of
    ..." the subject of the verb the adjective completes; for "X, decrying ...", "X backed A
    and opposed B", "X tried to ..." the subject of the verb it hangs from; for "a memo
    saying ..." the noun it describes."""
    node = tok.head if tok.dep_ == "acomp" else tok
    for _ in range(_CLIMB):
        subject = next((c for c in _with_auxiliaries(node) if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if node.dep_ == "acl" and node.head.pos in _NOMINAL:
            return node.head
        if node.dep_ not in _HANGS or node.head is node:
            return None
        node = node.head
    return None


def _with_auxiliaries(verb: Token) -> Iterator[Token]:
    """The verb's children and its auxiliaries' (the parser sometimes hangs the subject of
    "X is convinced that ..." from "is")."""
    for child in kids_of(verb):
        yield child
        if child.dep_ in {"aux", "auxpass"}:
            yield from kids_of(child)


def _agent(tok: Token) -> Token | None:
    """Who did it in "was backed by X": the object of the passive's "by"."""
    agent = next((c for c in kids_of(tok) if c.dep_ == "agent"), None)
    return next((c for c in kids_of(agent) if c.dep_ == "pobj"), None) if agent else None



def _complement(tok: Token, lex: Cues) -> tuple[str, tuple[int, int], Token] | None:
    """The word's complement that would be the content, and its frame's name: a clause, a
    to-infinitive, a particle's object, a direct object, another preposition's object (in
    that order of preference; never a date's: "opposed it in 2009")."""
    doc = tok.doc
    kids = [c for c in kids_of(tok) if c.i > tok.i]
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is not None:
        marker = next((c.lower_ for c in kids_of(clause) if c.dep_ == "mark"), None)
        if marker in lex.question_openers or clause.left_edge.lower_ in lex.question_markers:
            return None  # a question put to someone is not their claim
        frame = "that" if marker is not None else "clause"
        return frame, clause_parts(clause, lex)[0], clause
    subject = next((c for c in kids_of(tok) if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.tag_ not in RELATIVE and _agent(tok) is not None:
        return "passive", tidy(doc, subject.left_edge.idx, content_end(subject)), subject
    inf = next((c for c in kids if c.dep_ == "xcomp" and _infinitive(c)), None)
    if inf is not None and anonymous(inf, lex):
        return None  # "asking not to be named": a source's anonymity, as the rules have it
    if inf is not None:
        return "infinitive", tidy(doc, inf.left_edge.idx, content_end(inf)), inf
    gerund = next((c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is not None:  # "opposed sending troops"
        return "gerund", tidy(doc, gerund.left_edge.idx, content_end(gerund)), gerund
    particles = lex.preposition.get(tok.lemma_.lower(), frozenset())
    objects = [(p, _object_of(p)) for p in kids if p.dep_ in {"prep", "prt"}]
    for prep, obj in objects:
        if obj is not None and prep.lower_ in particles:
            return "particle", tidy(doc, obj.left_edge.idx, content_end(obj)), obj
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ not in RELATIVE:
        return "object", tidy(doc, obj.left_edge.idx, content_end(obj)), obj
    for _, obj in objects[:1]:
        if obj is not None:
            return "preposition", tidy(doc, obj.left_edge.idx, content_end(obj)), obj
    return None


def _infinitive(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in kids_of(verb))


def _object_of(prep: Token) -> Token | None:
    obj = next((c for c in kids_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None or obj.tag_ in RELATIVE or obj.ent_type_ in _WHEN:
        return None
    return obj


def _features(
    tok: Token,
    frame: str,
    speaker: Token,
    complement: tuple[tuple[int, int], Token],
    lex: Cues,
    contents: list[tuple[int, int]],
) -> tuple[str, ...]:
    lemma = tok.lemma_.lower()
    kinds = [
        name
        for name, words in (
            ("speech", lex.speech),
            ("stance", lex.stance),
            ("infinitive", lex.infinitive),
            ("object", lex.object),
            ("preposition", frozenset(lex.preposition)),
            ("quote_only", lex.quote_only),
            ("position", positions()),
        )
        if lemma in words
    ] or ["none"]
    fits = {
        "passive": ("object",),
        "that": ("speech", "stance"),
        "clause": ("speech", "stance"),
        "infinitive": ("infinitive",),
        "gerund": ("object",),
        "particle": ("preposition",),
        "object": ("object",),
        "preposition": (),
    }[frame]
    kids = list(kids_of(tok))
    aux = [c for c in kids if c.dep_ in {"aux", "auxpass"}]
    content, head = complement
    words = doc_text(tok.doc).count(" ", content[0], content[1]) + 1
    length = sum(words > n for n in _LONG)
    out = [f"frame={frame}", *(f"lexicon={k}" for k in kinds)]
    if kinds == ["none"] and tok.is_alpha:
        out.append(f"lemma={lemma}")  # the lexicon's long tail: a weight fitted per verb
    if tok.pos == ADJ:
        out.append(f"adjective:{frame}")
    out.append("frame_fits_lexicon" if any(k in fits for k in kinds) else "frame_unlisted")
    out.append(f"lexicon_frame={kinds[0]}:{frame}")
    out.append(f"subject={_subject_kind(speaker)}")
    out.append(f"dep={_dep(tok)}")
    out.append(f"tag={tok.tag_}")
    out.append(f"length={length}")
    out.append(f"frame_length={frame}:{length}")
    if any(c.dep_ == "neg" for c in kids):
        out.append("negated")
    if any(c.tag_ in _MODALS for c in aux):
        out.append("modal")
    if any(c.dep_ == "auxpass" for c in kids):
        out.append("passive")
    if tok.is_stop:
        out.append("light_verb")
    if speaker.i > tok.i:
        out.append("subject_after")
    if "1" in speaker.morph.get("Person", []):
        out.append("subject_first_person")
    if speaker.tag_ in RELATIVE:
        out.append("subject_relative")
    if head.ent_type_:
        out.append(f"content_named={_subject_kind(head)}")
    if inside(tok.idx, contents):
        out.append("nested")
    if frame == "object":
        obj = next(c for c in kids if c.dep_ == "dobj" and c.i > tok.i)
        if obj.lemma_.lower() in lex.noun_clause | lex.noun_infinitive:
            out.append("object_is_cue_noun")
        if obj.pos_ == "PRON":
            out.append("object_pronoun")
    return tuple(out)


def _subject_kind(speaker: Token) -> str:
    if speaker.ent_type_ in _PEOPLE:
        return "person"
    if speaker.ent_type_ in _BODIES:
        return "body"
    if speaker.pos_ == "PRON":
        return "it" if "Neut" in speaker.morph.get("Gender", []) else "pronoun"
    if speaker.lower_ in cues().source_nouns:
        return "source_noun"
    return speaker.pos_.lower()


def _dep(tok: Token) -> str:
    return tok.dep_ if tok.dep_ in _CLAUSES else "other"
