"""Who "he", "it", "the group" is: every earlier mention that could be the speaker is a
candidate, and the choice among them is scored from evidence, not taken as the last name seen.

The evidence is a handful of features (distance in tokens, sentences and paragraphs; the
candidate's grammatical role; whether it spoke before; agreement in kind and number; how
often it is named; whether the text reported it dead; whether it stands inside the words
being attributed). Their weights are fitted by scripts/train_speakers.py on annotated news
and shipped in data/speaker_weights.toml. When no candidate is clearly best the speaker stays
unresolved: a desk prefers "a senior official" to a wrong name.
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.actors import registry
from wiredesk.extract.attributions._lexicon import read_toml
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import token_in_dateline
from wiredesk.nlp.index import entities, kids_of, tokens_among

_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
_NOT_AGENTS = {"DATE", "TIME", "QUANTITY", "MONEY", "ORDINAL"}  # "63 percent said": a poll speaks
_PLACES = {"GPE", "LOC", "FAC"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "pobj", "attr", "oprd"}
_MENTIONED = {*_SUBJECTS, "appos", "pobj"}  # where a role names someone: "to an official"
_BACK_TOKENS = 160  # about three sentences of news


@dataclass(frozen=True, slots=True)
class _Lexicon:
    bodies: frozenset[str]  # nouns that name a body that can speak: army, ministry, group
    documents: frozenset[str]  # nouns of things that report, never "he": statement, report
    media: frozenset[str]  # words of a news outlet's name: never "the government" nor "he"
    roles: frozenset[str]  # nouns that name a person by office: spokesman, resident
    people: frozenset[str]  # nouns that name a person by what they are: woman, teacher
    describers: frozenset[str]  # bodies, roles and people: the nouns that can describe a speaker
    not_agents: frozenset[str]  # weapons and units: never a speaker
    deaths: frozenset[str]  # verbs whose object (or passive subject) is dead
    dies: frozenset[str]  # verbs whose subject is dead
    kinds: dict[str, frozenset[str]]  # description noun -> registry types it may name
    genders: dict[str, str]  # gendered words ("spokeswoman", "she") -> "f" or "m"
    given: dict[str, str]  # given names of one sex ("marc", "alena") -> "f" or "m"
    ranks: frozenset[str]  # "colonel", "dr": before a name, no part of it


@dataclass(frozen=True, slots=True)
class Weights:
    """The fitted scorer: a weight per feature, a bias, and how sure a choice must be (the
    best candidate's probability, and its lead on the next, see `lead`)."""

    bias: float
    features: dict[str, float]
    min_probability: float
    min_margin: float


@cache
def lexicon() -> _Lexicon:
    words = read_toml("speakers.toml")
    raw = words["antecedents"]
    return _Lexicon(
        bodies=frozenset(raw["bodies"]),
        documents=frozenset(words["documents"]["nouns"]),
        media=frozenset(words["media"]["words"]),
        roles=frozenset(words["roles"]["person"]),
        people=frozenset(words["roles"]["people"]),
        describers=frozenset(raw["bodies"]) | frozenset(words["roles"]["person"])
        | frozenset(words["roles"]["people"]),
        not_agents=frozenset(raw["not_agents"]),
        deaths=frozenset(raw["deaths"]),
        dies=frozenset(raw["dies"]),
        kinds={noun: frozenset(types) for noun, types in raw["kinds"].items()},
        genders={w: g for g, ws in raw["genders"].items() for w in ws},
        given={w: g for g, ws in raw["given_names"].items() for w in ws},
        ranks=frozenset(words["roles"]["ranks"]),
    )


@cache
def weights() -> Weights:
    raw = read_toml("speaker_weights.toml")
    return Weights(
        bias=float(raw["bias"]),
        features={k: float(v) for k, v in raw["features"].items()},
        min_probability=float(raw["choice"]["min_probability"]),
        min_margin=float(raw["choice"]["min_margin"]),
    )


@dataclass(frozen=True, slots=True)
class Anaphor:
    """The words that point back: their head, the kind of actor they want ("person",
    "other" or None for either), their number, a description noun, the attributed words."""

    head: Token
    wants: str | None
    plural: bool
    noun: str | None
    content: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Candidate:
    head: Token
    span: Span
    kind: str  # person or other
    key: str  # what repeated mentions of it share: its last word, lower case


def agent_ok(head: Token) -> bool:
    """Whether a token can head a speaker's name: a person or a body, never a date, a
    number, a weapon, a unit, or the place of a dateline ("KYIV, March 3 (Reuters) -")."""
    if head.ent_type_ in _NOT_AGENTS or head.lemma_.lower() in lexicon().not_agents:
        return False
    return not token_in_dateline(head)


def candidates(ctx: Context, anaphor: Anaphor) -> list[Candidate]:
    """Earlier mentions that could be who the anaphor names, nearest first: never one of
    the wrong gender ("she" is not "the spokesman") nor a description of another kind of
    body ("the army" is not the UN agency); a bare "the group" names no one by itself."""
    doc = ctx.doc
    lex = lexicon()
    start = max(0, anaphor.head.i - _BACK_TOKENS)
    out: list[Candidate] = []
    seen: set[int] = set()
    for at, kind in ctx.kinds.items():  # who spoke before, whatever the tagger made of them
        tok = doc[at]
        if start <= at < anaphor.head.i and tok.pos_ != "PRON":
            out.append(Candidate(tok, doc[at : at + 1], kind, tok.lower_))
            seen.add(at)
    for ent in entities(doc):
        if ent.label_ in _ENTITIES and start <= ent.start and ent.end <= anaphor.head.i:
            head = ent[-1] if ent[-1].pos_ != "PART" else ent[0]
            kind = "person" if ent[-1].lower_ in ctx.people else "other"
            place = kind == "person" and ent.text.lower() in ctx.places  # "Kherson" as a name
            modifier = ent.root.dep_ == "amod" or ent.root.tag_ == "JJ"  # "Moroccan drones"
            if agent_ok(head) and not located(ent.root) and not place and not modifier:
                named = _with_given_names(ent) if kind == "person" else ent
                out.append(Candidate(ent.root, named, kind, ent[-1].lower_))
                seen.update(t.i for t in named)
    for i in tokens_among(doc, lex.describers, "lemma"):
        if not start <= i < anaphor.head.i:
            continue
        tok = doc[i]
        lemma = tok.lemma_.lower()
        office = tok.pos_ == "PROPN" and lemma in lex.roles  # "The Minister of Defence"
        if tok.i in seen or (tok.pos_ != "NOUN" and not office) or tok.dep_ == "compound":
            continue
        person = lemma in lex.roles or lemma in lex.people
        if lemma in lex.bodies or (person and tok.dep_ in _MENTIONED):
            left = min((c.left_edge.i for c in tok.lefts if c.dep_ != "punct"), default=tok.i)
            told = any(c.dep_ in {"prep", "appos"} for c in tok.rights)  # "commander of X"
            words = doc[left : tok.i]
            described = told or any(c.dep_ == "relcl" for c in tok.rights)  # "a teacher who"
            bare = not described and not any(t.pos_ in {"PROPN", "ADJ", "NOUN"} for t in words)
            if bare and (lemma in lex.bodies or tok.dep_ not in _SUBJECTS):
                continue  # a bare "the group" names no one by itself; "The official" does
            kind = "other" if lemma in lex.bodies else "person"
            right = tok.right_edge.i if told and tok.right_edge.i < anaphor.head.i else tok.i
            out.append(Candidate(tok, doc[left : right + 1], kind, tok.lower_))
    gender = _pronoun_gender(anaphor.head)
    fits = [c for c in out if gender is None or (  # "she" is one, never "officers"
        _known_gender(ctx, c) in (None, gender) and c.head.tag_ != "NNS")]  # "Sanders": NNPS
    if anaphor.noun is not None:
        fits = [c for c in fits if _names_kind(anaphor.noun, c)]
    return sorted(fits, key=lambda c: -c.head.i)


def _with_given_names(ent: Span) -> Span:
    """A person's entity with the proper nouns the tagger left out before it that the parse
    hangs from it ("Ana" of "Ana Costa" tagged a place "Costa"): a name is named whole,
    never by a surname some registry actor shares."""
    doc, start, lex = ent.doc, ent.start, lexicon()
    titles = lex.ranks | lex.roles | lex.people  # "Judge Alena Novak": the title is no name
    while (start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP"
           and ent.start <= doc[start - 1].head.i < ent.end
           and doc[start - 1].lower_.rstrip(".") not in titles):
        start -= 1
    return doc[start:ent.end]


def ranked_candidates(ctx: Context, anaphor: Anaphor) -> list[tuple[Candidate, bool]]:
    """The candidates, nearest first, each with whether it is the nearest of its kind."""
    out, kinds = [], set()
    for cand in candidates(ctx, anaphor):
        out.append((cand, cand.kind not in kinds))
        kinds.add(cand.kind)
    return out


def _pronoun_gender(tok: Token) -> str | None:
    return lexicon().genders.get(tok.lower_) if tok.pos_ == "PRON" else None


def _known_gender(ctx: Context, cand: Candidate) -> str | None:
    """The candidate's gender from its own words, else from the pronouns that named it before
    ("He said" of the minister: "she" later is someone else)."""
    return _gender(cand) or ctx.genders.get(cand.head.i)


def _gender(cand: Candidate) -> str | None:
    """The gender a candidate's own words give it ("spokesman", "his brother"), else the one
    its full name's given name tells ("Marc Dupont"), else None."""
    words = lexicon().genders
    near = [*cand.span, *(c for c in kids_of(cand.head) if c.dep_ == "appos")]
    found = {words[t.lower_] for t in near if t.lower_ in words and t.pos_ != "PRON"}
    if len(found) == 1:
        return found.pop()
    if found or cand.kind != "person":
        return None
    return name_gender([t.text for t in cand.span if t.pos_ == "PROPN"])


def name_gender(name: Sequence[str]) -> str | None:
    """The sex a person's full name tells by its given name ("Marc Dupont": "m"; speakers.toml
    [antecedents.given_names]), past any rank ("Judge Alena Novak"); a single word, which may
    be a surname, tells nothing."""
    lex = lexicon()
    words = [w for w in name if w.lower().rstrip(".") not in lex.ranks | lex.roles]
    if len(words) < 2:
        return None
    plain = unicodedata.normalize("NFKD", words[0]).encode("ascii", "ignore").decode()
    return lex.given.get(plain.lower())


def located(head: Token) -> bool:
    """ "in Goma", "near Sake": a place named as where, not who."""
    return head.dep_ == "pobj" and head.head.lower_ in {"in", "near", "at", "from", "to", "into"}


@dataclass(slots=True)
class Context:
    """What the features need to know about the article beyond the two mentions."""

    doc: Doc
    speakers: Sequence[int]  # token indices of the heads that spoke before, in order
    kinds: dict[int, str]  # those heads -> "person" or "other"
    reported: Sequence[tuple[int, int]]  # the contents attributed so far
    places: frozenset[str]  # names the places layer found as places: never a person
    people: frozenset[str]  # last words of the article's people, however else one is tagged
    paragraphs: list[int]  # character offsets where paragraphs start
    dead: dict[str, int]  # key -> token index where the text reports it dead
    counts: dict[str, list[int]]  # key -> token indices of its mentions
    genders: dict[int, str] = field(default_factory=dict)  # heads "he"/"she" named before

    @classmethod
    def of(cls, doc: Doc, speakers: Sequence[int] = ()) -> Context:
        text = doc_text(doc)
        paragraphs = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        counts: dict[str, list[int]] = {}
        for ent in entities(doc):
            if ent.label_ in _ENTITIES:
                counts.setdefault(ent[-1].lower_, []).append(ent.start)
        lex = lexicon()  # "regional head Oleksandr Reva" is a person, whatever his tag
        roles = lex.roles | lex.people
        titled = {e.start for e in entities(doc) if e.start and doc[e.start - 1].lemma_ in roles}
        titled |= {e.start for e in entities(doc) if _beside_role(e, roles)}
        people = frozenset(
            e[-1].lower_
            for e in entities(doc)
            if (e.label_ == "PERSON" and not body_named(e))
            or (e.start in titled and all(t.pos_ == "PROPN" for t in e))
        )
        return cls(doc, speakers, {}, (), frozenset(), people, paragraphs, _deaths(doc), counts)

    def paragraph(self, tok: Token) -> int:
        return bisect.bisect_right(self.paragraphs, tok.idx)


def body_named(ent: Span) -> bool:
    """ "the supporters' group Bili Val", "the militia Wagner": a name set after a body's
    noun in one noun phrase is that body's, whatever the tagger made of it; "it" may be it,
    "he" may not."""
    bodies = lexicon().bodies
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.i < ent.start and c.pos_ == "NOUN"
               and c.lemma_.lower() in bodies for c in ent.root.lefts)


def _beside_role(ent: Span, roles: frozenset[str]) -> bool:
    """A name set beside a person's noun: "the municipal administrator, Agostinho Guterres,"
    (the name in apposition to the role, or the role to the name)."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in roles:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in roles for c in root.children)


def _deaths(doc: Doc) -> dict[str, int]:
    """The people the text reports killed or dead, by key, with where it says so."""
    lex = lexicon()
    out: dict[str, int] = {}
    for i in tokens_among(doc, lex.deaths | lex.dies, "lemma"):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        victims: list[Token] = []
        if lemma in lex.deaths:
            victims = [c for c in kids_of(tok) if c.dep_ in {"dobj", "nsubjpass"}]
        elif lemma in lex.dies:
            victims = [c for c in kids_of(tok) if c.dep_ == "nsubj"]
        for victim in victims:
            if victim.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl":
                victim = tok.head  # "Ahmed Barhoum, who was killed on Saturday"
            named = [victim, *(c for c in kids_of(victim) if c.dep_ == "appos")]
            for t in named:
                if t.ent_type_ == "PERSON":
                    out.setdefault(t.lower_, tok.i)
    return out


def features(
    ctx: Context, anaphor: Anaphor, cand: Candidate, nearest: bool = False
) -> dict[str, float]:
    """The evidence that `cand` is who `anaphor` names, as named numbers; `nearest`: no
    candidate of its kind stands between them."""
    a, c = anaphor.head, cand.head
    sentences = _sentence_gap(ctx.doc, c, a)
    f: dict[str, float] = {
        # sentences, not tokens: a name hidden to train on is seldom repeated within its own
        # sentence, a pronoun often is, so token distance would teach the wrong lesson
        "sentences_back": math.log1p(sentences),
        "other_paragraph": float(ctx.paragraph(c) != ctx.paragraph(a)),
        "subject": float(c.dep_ in _SUBJECTS),
        "main_subject": float(c.dep_ in _SUBJECTS and c.head.dep_ == "ROOT"),
        "object": float(c.dep_ in _OBJECTS),
        "possessor": float(c.dep_ == "poss"),
        "spoke_before": float(any(cand.span.start <= s < cand.span.end for s in ctx.speakers)),
        "last_speaker": float(
            bool(ctx.speakers) and cand.span.start <= ctx.speakers[-1] < cand.span.end
        ),
        "salience": math.log1p(sum(1 for i in ctx.counts.get(cand.key, ()) if i < a.i)),
        "in_content": float(anaphor.content[0] <= c.idx < anaphor.content[1]),
        "in_reported": float(any(lo <= c.idx < hi for lo, hi in ctx.reported)),
        "dead": float(cand.key in ctx.dead and ctx.dead[cand.key] < a.i),
    }
    f["nearest_of_kind"] = float(nearest)
    if anaphor.wants is not None:
        f["kind_agrees"] = float(anaphor.wants == cand.kind)
        f["kind_clashes"] = float(anaphor.wants != cand.kind)
    plural_cand = c.tag_ in {"NNS", "NNPS"}
    clash = plural_cand != anaphor.plural if cand.kind == "other" else plural_cand < anaphor.plural
    f["number_clashes"] = float(clash)  # "they" is not one person; a body may be either
    if anaphor.noun is not None:
        f["noun_matches"] = float(_names_kind(anaphor.noun, cand))
    return f


def _may_be_person(ctx: Context, cand: Candidate) -> bool:
    """Whether a candidate can be a person: not a place (by its tag, unless the article names
    a person so, or the places layer: "Ankara said" is tagged a person) nor a body or a
    document by its head noun ("The statement said ... 'We buried 13,' he said": not the
    statement)."""
    head = cand.head
    lemma = head.lemma_.lower()
    named = cand.kind == "person" and head.lower_ in ctx.people  # "Yusupov" tagged a place
    return ((named or head.ent_type_ not in _PLACES) and cand.span.text.lower() not in ctx.places
            and lemma not in lexicon().bodies and lemma not in lexicon().documents)


def _names_kind(noun: str, cand: Candidate) -> bool:
    """ "the group" can be Hamas (a group), "the army" an army, "the ministry" a ministry;
    a news outlet ("KANDJA FM", "the state news agency") is none of them but an agency."""
    if any(t.lemma_.lower() == noun for t in cand.span):
        return True
    media = lexicon().media
    described = [*cand.span, *(t for c in cand.head.lefts for t in c.subtree)]
    known = registry().lookup(cand.span.text)
    outlet = any(t.lower_ in media for t in described) or (known and known.type == "media")
    if noun not in media and outlet:
        return False  # "The Sahrawi news agency SPS" is no "movement"
    wanted = lexicon().kinds.get(noun, frozenset())
    if known is not None:  # the registry's type over the tagger's guess ("Hamas" a person)
        return known.type in wanted
    return cand.span.label_ in wanted or cand.head.ent_type_ in wanted


def _sentence_gap(doc: Doc, early: Token, late: Token) -> int:
    if early.sent == late.sent:
        return 0
    gap, sent = 0, late.sent
    while sent.start > early.i and sent.start > 0 and gap < 9:
        sent = doc[sent.start - 1].sent
        gap += 1
    return gap


def probability(f: dict[str, float], w: Weights | None = None) -> float:
    w = w or weights()
    z = w.bias + sum(w.features.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen candidate (None: unresolved) and why, for the record's explanation."""

    chosen: Candidate | None
    why: str


def choose(ctx: Context, anaphor: Anaphor, names: dict[int, str]) -> Choice:
    """The best candidate when it is clearly best; `names` maps candidate heads to the
    actor each names, so two mentions of one actor do not compete."""
    best: dict[str, tuple[float, Candidate, dict[str, float]]] = {}
    ranked_cands = ranked_candidates(ctx, anaphor)
    titled = {c.span.start: c for c, _ in ranked_cands if c.kind == "person"}
    for cand, nearest in ranked_cands:
        f = features(ctx, anaphor, cand, nearest)
        if f["dead"]:
            continue  # a person the text has reported dead does not speak afterwards
        if anaphor.wants == "person" and not _may_be_person(ctx, cand):
            continue  # "he" is no city ("Ankara said ... He said") and no office
        if anaphor.wants == "other" and not anaphor.plural and (
                cand.kind == "person" or _gender(cand) is not None):
            continue  # "it" is no person ("the Treasury ... a woman ... it said")
        p = probability(f)
        named = titled.get(cand.span.end) if cand.kind == "person" else None
        one = named if named is not None and named is not cand else cand  # "head" + "Reva"
        name = names.get(one.head.i) or one.span.text
        if cand.kind == "person":  # "Reva" and "Oleksandr Reva" are one, not two rivals
            name = name.split()[-1].lower() if name.split() else name
        if name not in best or p > best[name][0]:
            best[name] = (p, cand, f)
    if not best:
        return Choice(None, "")
    ranked = sorted(best.values(), key=lambda x: -x[0])
    top = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    w = weights()
    reason = _strongest(top[2], w)
    quoted = f"'{anaphor.head.text}' -> {top[1].span.text} ({top[0]:.2f} vs {second:.2f})"
    if top[0] < w.min_probability or lead([p for p, _, _ in ranked]) < w.min_margin:
        return Choice(None, f"speakers.scored: unresolved, {quoted}")
    return Choice(top[1], f"speakers.scored: {quoted}, {reason}")


def lead(ranked: Sequence[float]) -> float:
    """How far the best candidate is ahead of the next: its share of the two's probability
    above an even split (0 a tie, 0.5 alone); weak candidates further down do not dilute it."""
    second = ranked[1] if len(ranked) > 1 else 0.0
    return ranked[0] / ((ranked[0] + second) or 1.0) - 0.5


def _strongest(f: dict[str, float], w: Weights) -> str:
    """The feature that added most to the chosen candidate's score."""
    name = max(f, key=lambda k: w.features.get(k, 0.0) * f[k])
    return name.replace("_", " ")
