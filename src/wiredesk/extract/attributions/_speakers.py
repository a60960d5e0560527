"""Who is speaking: the words naming a source here, resolved to one name per actor.

Resolution is document-level: a surname or a pronoun refers to someone named earlier in the
same article, "White House spokeswoman Karoline Leavitt" teaches the article that "the
spokeswoman" is Leavitt, and the actor registry turns aliases and offices
into canonical names.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.actors import Actor, ActorRegistry, normalise, registry
from wiredesk.extract.actors._context import in_story, story_countries
from wiredesk.extract.attributions._antecedents import (
    Anaphor,
    Context,
    body_named,
    choose,
    lexicon,
    located,
    name_gender,
)
from wiredesk.extract.attributions._issuer import heading_issuer
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import entities, entities_in, kids_of, words_text
from wiredesk.records import Mention, Speaker

_GLUED = re.compile(r"^\S*[”\"](?=\w)")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")  # a live blog's time stamp before the subject
_CUT = {"relcl", "appos", "acl", "punct", "cc", "advcl", "parataxis"}
_LEADING = {"PUNCT", "CCONJ", "ADP", "SPACE"}  # a live blog's line break too
_DASHES = {"-", "--", "–", "—"}
_ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "government",
    "NORP": "group",
    "FAC": "organization",
}


@dataclass(frozen=True, slots=True)
class _Words:
    roles: frozenset[str]
    people: frozenset[str]  # nouns of a person who holds no office: "woman", "teacher"
    ranks: frozenset[str]  # "Captain", "Dr": before a name, no part of it
    documents: frozenset[str]
    issuer_preps: frozenset[str]
    issuing_verbs: frozenset[str]
    media: frozenset[str]
    person_pronouns: frozenset[str]
    other_pronouns: frozenset[str]
    agencies: tuple[str, ...]
    reports: frozenset[str]
    plural_pronouns: frozenset[str]
    owners: frozenset[str]
    person_owners: frozenset[str]
    quantifiers: frozenset[str]
    together: frozenset[str]
    name_joins: frozenset[str]
    particles: frozenset[str]  # lower-case words a proper name may open with ("al", "de")
    issuer_pronouns: frozenset[str]  # "we": a document's issuer in its own voice
    whose: frozenset[str]  # "spokesman for X", "commander of X": X holds the office


@cache
def speaker_words() -> _Words:
    """The word lists of data/speakers.toml, read once."""
    raw: dict[str, Any] = tomllib.loads(
        resources.files("wiredesk").joinpath("data", "speakers.toml").read_text("utf-8")
    )
    shared = lexicon()  # the lists the antecedent choice reads too, read there once
    return _Words(
        roles=shared.roles,
        people=shared.people,
        ranks=frozenset(raw["roles"]["ranks"]),
        documents=shared.documents,
        issuer_preps=frozenset(raw["documents"]["issuer_preps"]),
        issuing_verbs=frozenset(raw["documents"]["issuing_verbs"]),
        media=shared.media,
        person_pronouns=frozenset(raw["pronouns"]["person"]),
        other_pronouns=frozenset(raw["pronouns"]["other"]),
        agencies=tuple(raw["datelines"]["agencies"]),
        reports=frozenset(raw["datelines"]["reports"]),
        plural_pronouns=frozenset(raw["pronouns"]["plural"]),
        owners=frozenset(raw["pronouns"]["owners"]),
        person_owners=frozenset(raw["pronouns"]["person_owners"]),
        quantifiers=frozenset(raw["pronouns"]["quantifiers"]),
        together=frozenset(raw["pronouns"]["together"]),
        name_joins=frozenset(raw["pronouns"]["name_joins"]),
        particles=frozenset(raw["names"]["particles"]),
        issuer_pronouns=frozenset(raw["issuer"]["pronouns"]),
        whose=frozenset(raw["roles"]["whose"]),
    )


def mention_span(head: Token) -> Span:
    """The noun phrase headed by `head`, without relative clauses, appositions or edges."""
    left, right = head.i, head.i
    for child in head.lefts:
        if child.dep_ not in _CUT:
            left = min(left, child.left_edge.i)
    for child in head.rights:
        if child.dep_ in _CUT:
            break
        right = max(right, _right_edge(child))
    doc = head.doc
    for tok in (doc[i] for i in range(left, head.i)):
        spaced = tok.whitespace_ and tok.i > 0 and doc[tok.i - 1].whitespace_
        slug = tok.i > 0 and doc[tok.i - 1].like_num  # a wire headline's "UPDATE 1-Ukraine"
        if tok.text in _DASHES and (spaced or slug):  # "KYIV (Reuters) - Ukraine's air force"
            left = tok.i + 1
    while left < head.i and (doc[left].pos_ in _LEADING or _CLOCK.match(doc[left].text)):
        left += 1
    while right > head.i and doc[right].pos_ in {"PUNCT", "CCONJ", "ADP"}:
        right -= 1
    return doc[left : right + 1]


def _right_edge(child: Token) -> int:
    """Where a modifier of a name ends, before any relative clause inside it: "the
    association in Kalmunai, which has given ...", whose clause the parse hung from the
    place."""
    cut = min((t.left_edge.i for t in child.subtree if t is not child and t.dep_ == "relcl"),
              default=None)
    if cut is None:
        return child.right_edge.i
    return max(child.i, cut - 1)


def _clean(span: Span) -> str:
    """A name from words: no leading article or quantifier, no possessive ending."""
    tokens = [
        t
        for t in span
        if t.dep_ not in {"det", "predet", "case"}
        and t.pos_ != "PUNCT"
        and t.lower_ not in speaker_words().quantifiers
    ]
    if not tokens:
        return span.text
    name = words_text(span.doc, tokens[0].i, tokens[-1].i + 1)
    return name.removesuffix("’s").removesuffix("'s")


def _proper_tail(span: Span) -> str:
    """The run of proper nouns ending the span: "state news agency KCNA" -> "KCNA"; never
    the object of a preposition ("the prefecture of French Guiana" is not French Guiana)."""
    tokens = list(span)
    start = len(tokens)
    while start > 0 and tokens[start - 1].pos_ == "PROPN":
        start -= 1
    if start == len(tokens) or any(
            a.dep_ == "prep" and a.i >= span.start for a in tokens[-1].ancestors):
        return ""
    return span[start:].text


def _appositive_person(head: Token) -> Span | None:
    """The person a role is named as beside it ("the head of the regional administration,
    Volodymyr Artiukh,"; "its spokesperson, Bishnu Prasad Adhikari,"), if any: a proper
    name in apposition, whatever the tagger made of it, without a rank before it; beside an
    office the roles list lacks ("the regent"), a name the tagger knows for a person's; "one of
    them, Jane Roe," is Jane Roe."""
    words = speaker_words()
    one = head.pos_ == "NUM" or head.lemma_.lower() in words.quantifiers  # "One of them, X,"
    listed = head.lemma_.lower() in words.roles | words.people or one
    if (head.tag_ not in {"NN", "NNP"} and not one) or (head.pos_ == "PROPN" and not listed):
        return None  # a capitalised title ("the Director of Public Prosecutions") is a role
    for child in _appositions(head):
        if child.pos_ == "PROPN" and (listed or child.ent_type_ == "PERSON"):
            start, doc = child.left_edge.i, head.doc
            while start < child.i and (doc[start].pos_ != "PROPN" or doc[start].lower_.rstrip(
                    ".") in speaker_words().ranks):
                start += 1
            return doc[start : child.i + 1]
    return None


def _appositions(head: Token, depth: int = 0) -> Iterator[Token]:
    """The words in apposition to a role: its own, then a person's name the parser hung
    from the role's "of" phrases, however many ("The regent of Intan Jaya, Yosias Wandik,
    said"; "The Officer-in-Charge of the town police, Inspector Jane Roe, said")."""
    if depth == 0:
        yield from (c for c in head.rights if c.dep_ == "appos")
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        for obj in (c for c in kids_of(prep) if c.dep_ == "pobj"):
            yield from (c for c in obj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON")
            if depth < 2:
                yield from _appositions(obj, depth + 1)


@dataclass(slots=True)
class SpeakerResolver:
    """Resolves speakers of one article in reading order, remembering who was named."""

    doc: Doc
    published: str | None = None
    dateline: str | None = None  # the state agency whose story this is ("KCNA")
    history: list[Speaker] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    given: dict[str, str] = field(default_factory=dict)  # first words of the article's names
    roles: dict[str, Speaker] = field(default_factory=dict)
    registry: ActorRegistry = field(default_factory=registry)
    places: tuple[Any, ...] = ()  # the places layer: the story's countries
    heads: list[int] = field(default_factory=list)  # token index of each speaker's head
    contents: list[tuple[int, int]] = field(default_factory=list)  # what each one said
    why: str = ""  # how the last speaker was chosen, for the record's explanation
    genders: dict[str, str] = field(default_factory=dict)  # name -> what "he"/"she" made it
    quoted: tuple[tuple[int, int], ...] = ()  # the text's quotations, marks included
    _content: tuple[int, int] = (0, 0)
    _context: Context | None = None
    _countries: tuple[str, ...] | None = None
    _words: frozenset[str] | None = None

    def __post_init__(self) -> None:
        shipped = self.registry
        people: dict[str, Actor] = {}
        for ent in entities(self.doc):
            if _person(ent) and len(ent) >= 2:
                name = ent.text.removesuffix("’s").removesuffix("'s")
                self.surnames.setdefault(ent[-1].lower_, name)
                self.given.setdefault(ent[0].lower_, name)  # "Kim" after "Kim Jong Un"
                if name not in people and shipped.lookup(name) is None:
                    people[name] = Actor(name, "person")
        if people:  # the article's own people go before registry namesakes ("Tun", "Kim")
            self.registry = shipped.with_extra(people.values())

    def resolve(
        self, head: Token, extent: Span | None = None, content: tuple[int, int] = (0, 0)
    ) -> Speaker:
        """The speaker whose words are headed by `head` (the mention is `extent` if given) and
        who says `content`."""
        span = extent if extent is not None else mention_span(head)
        mention = Mention(span.text, (span.start_char, span.end_char))
        self.why = ""
        self._content = content
        earlier = self._same_words(head)
        self.contents.append(content)
        if earlier is not None:  # "he said, and that ...": one "he", one person, both contents
            self.history.append(earlier)
            self.heads.append(head.i)
            return earlier
        glued = _GLUED.match(span.text)
        person = _appositive_person(head)
        if person is not None and person.start < span.end and person.root.head is head:
            person = None  # the name is the mention's own words already
        if person is not None:  # "Its spokesperson, Bishnu Prasad Adhikari, said": the person
            end = max(span.end_char, person.end_char)
            mention = Mention(self.doc.text[span.start_char : end], (span.start_char, end))
            role = span.doc[span.start : min(span.end, person.start)]
            while len(role) > 1 and role[-1].is_punct:
                role = role[:-1]
            speaker = self._named(_clean(person), "person", mention, _clean(role))
            self.roles[head.lower_] = speaker  # "the spokesperson" later is the same one
        elif (labelled := self._role_label(span, mention)) is not None:
            speaker = labelled  # a briefing's "SPOKESPERSON:" after "SPOKESPERSON (Jane Roe):"
        elif glued:  # “... paranoia,”Kallas said: the tokenizer kept the name on the mark
            start = span.start_char + glued.end()
            mention = Mention(span.text[glued.end() :], (start, span.end_char))
            speaker = self._named(mention.text, "person", mention, None)
        else:
            speaker = (
                self._pronoun(head, mention)
                or self._entity(head, span, mention)
                or self._description(head, span, mention)
            )
        if speaker.type == "person" and speaker.name and len(words := speaker.name.split()) > 1:
            # a name the parser typed as no person ("Mussa Lyimo" as an organisation) is
            # still the one "Commander Lyimo" names later
            self.surnames.setdefault(words[-1].lower(), speaker.name)
        self.history.append(speaker)
        self.heads.append(head.i)
        return speaker

    def _role_label(self, span: Span, mention: Mention) -> Speaker | None:
        """An office alone in capitals, as a transcript labels a turn ("SPOKESPERSON"): the
        person the document named in that office before ("SPOKESPERSON (Jane Roe)"), else
        someone unnamed in it, never a name of its own."""
        word = span[0]
        labels = word.i + 1 < len(word.doc) and word.doc[word.i + 1].text.startswith(":")
        if len(span) != 1 or not labels or not word.is_upper or word.lower_ not in (
                speaker_words().roles):
            return None  # "the CEO says" is no label
        holder = self.roles.get(span[0].lower_)
        if holder is None:
            return Speaker(None, mention, "person", span.text)
        return Speaker(holder.name, mention, holder.type, holder.role)

    def _same_words(self, head: Token) -> Speaker | None:
        """The speaker a pronoun was resolved to already, for another content it says."""
        if head.pos_ != "PRON":
            return None
        return next((s for s, at in zip(reversed(self.history), reversed(self.heads),
                                        strict=True) if at == head.i), None)

    def previous(self) -> Speaker | None:
        return self.history[-1] if self.history else None

    def _pronoun(self, head: Token, mention: Mention) -> Speaker | None:
        words = speaker_words()
        if head.pos_ != "PRON" or head.lower_ not in words.person_pronouns | words.other_pronouns:
            return None
        issuer = self._issuer(head, mention)
        if issuer is not None:
            return issuer
        wants_person = head.lower_ in words.person_pronouns
        plural = head.lower_ in words.plural_pronouns
        wants = "person" if wants_person else None if plural else "other"
        found = self._scored(Anaphor(head, wants, plural, None, self._content), mention)
        if found is not None and found.name and (gender := lexicon().genders.get(head.lower_)):
            known = self.genders.setdefault(found.name, gender)
            if known != gender:
                self.genders[found.name] = "?"  # the article's pronouns disagree: no evidence
        return found or Speaker(None, mention, "person" if wants_person else None)

    def _issuer(self, head: Token, mention: Mention) -> Speaker | None:
        """ "We" in a document's own voice (no quotation, no other's words around it): the
        issuer its heading names ("PRESS RELEASE / Zambezi Human Rights Forum"), if any."""
        if head.lower_ not in speaker_words().issuer_pronouns:
            return None
        around = (*self.quoted, *self.contents[:-1])
        if any(lo <= head.idx < hi for lo, hi in around):
            return None
        name = heading_issuer(doc_text(self.doc))
        return self._named(name, "organization", mention, None) if name else None

    def _scored(self, anaphor: Anaphor, mention: Mention) -> Speaker | None:
        """The earlier mention the scorer chooses for `anaphor`, as a speaker named here by
        `mention`; None when no candidate is clearly best."""
        if self._context is None:
            self._context = Context.of(self.doc)
            names = (getattr(p, "text", None) for p in self.places)
            self._context.places = frozenset(n.lower() for n in names if isinstance(n, str))
        self._context.speakers = self.heads
        self._context.reported = self.contents[:-1]
        self._context.kinds = {
            at: "person" if s.type == "person" else "other"
            for s, at in zip(self.history, self.heads, strict=True)
            if s.name
        }
        known: dict[int, Speaker] = {}
        named = self._names(known)
        genders = (  # "Marc Dupont" is a man, whatever an earlier "she" made him
            (at, (known[at].type == "person" and name_gender(name.split()))
             or self.genders.get(name, "?"))
            for at, name in named.items())
        self._context.genders = {at: gender for at, gender in genders if gender != "?"}
        choice = choose(self._context, anaphor, named)
        self.why = choice.why
        if choice.chosen is None:
            return None
        earlier = known.get(choice.chosen.head.i)
        if earlier is not None:
            return Speaker(earlier.name, mention, earlier.type, earlier.role)
        cand = choice.chosen
        if cand.span.label_ == "GPE" and anaphor.noun is not None:
            # "the government" after "El Salvador": the country's government, never the place
            return self._named(f"{_clean(cand.span)} {anaphor.noun}", "government", mention, None)
        if cand.span.label_ in _ENTITY_TYPES:
            kind = "person" if cand.kind == "person" else _ENTITY_TYPES[cand.span.label_]
            return self._named(_clean(cand.span), kind, mention, None)
        return self._description(cand.head, cand.span, mention, scored=False)

    def _names(self, known: dict[int, Speaker]) -> dict[int, str]:
        """Candidate heads -> the actor each names, from the speakers resolved so far."""
        out: dict[int, str] = {}
        for earlier, at in zip(self.history, self.heads, strict=True):
            if earlier.name and earlier.mention is not None:
                lo, hi = earlier.mention.span
                for tok in self.doc.char_span(lo, hi, alignment_mode="expand") or ():
                    out[tok.i] = earlier.name
                    known[tok.i] = earlier
                out[at] = earlier.name
                known[at] = earlier
        return out

    def _entity(self, head: Token, span: Span, mention: Mention) -> Speaker | None:
        if _bare_body(span, head):
            return None  # "The Ministry said": a description of a body named before
        ents = [e for e in entities_in(span) if e.label_ in _ENTITY_TYPES and not self._demonym(e)]
        people = any(e.label_ == "PERSON" for e in ents)
        whole = self.registry.lookup(_clean(span)) if not people and len(ents) < len(span) else None
        if whole is not None:  # "Russia's Defence Ministry", "the UN refugee agency"
            return Speaker(whole.name, mention, whole.type, None)
        owner = next((e for e in ents if e.start <= head.i < e.end), None)
        if owner is None and head.lemma_.lower() not in speaker_words().roles:
            # "Ukraine's SBU intelligence agency", "state news agency KCNA": the body's name
            # a name owned ("Ukraine's") or in a phrase after the head ("Families in the
            # village of Rumana") is not the speaker's own
            owned = {t.i for t in span if t.dep_ == "poss" for t in t.subtree} | {
                t.i for c in kids_of(head) if c.dep_ == "prep" for t in c.subtree}
            owner = next(
                (
                    e
                    for e in ents
                    if e.label_ in {"PERSON", "ORG"} and not any(t.i in owned for t in e)
                ),
                None,
            )
        if owner is None:  # "regional head Oleksandr Reva", the name tagged as a body
            owner = next((e for e in ents if e.label_ != "PERSON" and _person(e)), None)
        if owner is not None and owner[-1].pos_ == "ADP":  # "Ministry of Foreign Affairs of"
            owner = None
        if owner is None:
            if head.pos_ == "PROPN":  # "The Minister of Home Affairs" is a person's office
                person = head.ent_type_ == "PERSON" or head.lemma_.lower() in speaker_words().roles
                return self._named(
                    _clean(span),
                    "person" if person else "organization",
                    mention,
                    None,
                )
            return None
        kind = "person" if _person(owner) else "organization" if owner.label_ == "PERSON" else (
            _ENTITY_TYPES[owner.label_])
        if kind == "organization" and any(t.lower_ in speaker_words().media for t in span):
            kind = "media"
        role = None
        if kind == "person" and owner.start > span.start:
            words = self.doc[span.start : owner.start]
            role = _clean(words) if any(t.pos_ in {"NOUN", "PROPN"} for t in words) else None
        name = _clean(owner if kind == "person" else _whole_name(span, _modified(owner, head)))
        speaker = self._named(name, kind, mention, role)
        if role:  # the office's last word, not the "(" of "SPOKESPERSON (Jane Roe)"
            office = [t for t in words if not t.is_punct]
            self.roles[office[-1].lower_ if office else words[-1].lower_] = speaker
        for appos in (c for c in head.rights if c.dep_ == "appos"):
            self.roles[appos.lower_] = speaker
        return speaker

    def _demonym(self, ent: Span) -> bool:
        """A country's word tagged a person or a body where it only modifies the noun that
        speaks: "the Moldovan government" is no person called Moldovan."""
        return ent.root.dep_ in _MODIFIERS and self.registry.demonym(ent.text) is not None

    def _named(self, name: str, kind: str, mention: Mention, role: str | None) -> Speaker:
        actor = self.registry.lookup(name)
        if actor is not None:
            return Speaker(actor.name, mention, actor.type, role)
        if kind == "person" or len(name.split()) == 1:
            word = name.split()[-1].lower()
            given = self.given.get(word) if " " not in name else None
            if word in self.surnames or given:  # "Reva" after "Oleksandr Reva": one person
                kind = "person"
            name = self.surnames.get(word) or given or name
            actor = self.registry.lookup(name)
            if actor is not None:
                return Speaker(actor.name, mention, actor.type, role)
        if kind != "person":
            actor = in_story(self.registry, name, self.countries())
            if actor is not None:  # "the Foreign Ministry" in a story from Moscow
                return Speaker(actor.name, mention, actor.type, role)
        return Speaker(name, mention, kind, role)

    def countries(self) -> tuple[str, ...]:
        """The countries this story is about, most named first."""
        if self._countries is None:
            names = [e.text for e in entities(self.doc) if e.label_ in {"GPE", "NORP"}]
            codes = [str(p.country) for p in self.places if getattr(p, "country", None)]
            agency = self.registry.lookup(self.dateline) if self.dateline else None
            if agency is not None and agency.country:
                codes += [agency.country] * 2  # a state agency's story is its country's
            self._countries = story_countries(self.registry, names, codes)
        return self._countries

    def _description(
        self, head: Token, span: Span, mention: Mention, scored: bool = True
    ) -> Speaker:
        words = speaker_words()
        issuer = _issuer(head) if head.lemma_.lower() in words.documents else None
        if issuer is not None:  # "a statement from the Manipur police": the police speak
            extent = mention_span(issuer)
            source = self._entity(issuer, extent, mention) or self._description(
                issuer, extent, mention, scored
            )
            return Speaker(source.name, mention, source.type, _clean(span))
        if head.lemma_.lower() in words.documents and span.end > head.i + 1:
            span = span.doc[span.start : head.i + 1]  # "a U.N. report", not "... seen by Reuters"
        actor = self.registry.describe(span.text, on=self.published)
        if actor is not None and (actor.type != "person" or self._names_holder(actor)):
            return Speaker(actor.name, mention, actor.type, _clean(span))
        for name in (_clean(span), _proper_tail(span)):
            known = self.registry.lookup(name) if name else None
            if known is not None:
                return Speaker(known.name, mention, known.type, None)
            if name and name.lower() in self.surnames:
                return Speaker(self.surnames[name.lower()], mention, "person", None)
        lemma = head.lemma_.lower()
        if head.pos_ == "NUM" or lemma in words.quantifiers:
            return Speaker(None, mention, "person")  # "One of them said": someone unnamed
        owner = self._owner(head) if lemma in words.roles else None
        if owner is not None:  # "his spokesman": someone speaking for the one named before
            return Speaker(f"{lemma} for {owner}", mention, "person", _clean(span))
        if lemma in words.documents and _definite(head) and (
                issued := self._issued_before(head)) is not None:
            return Speaker(issued.name, mention, issued.type, _clean(span))
        if self.dateline and lemma in words.reports and _definite(head):
            return Speaker(self.dateline, mention, "media", None)  # "the report added"
        if head.lower_ in self.roles and not _indefinite(head) and _same_office(
                span, head, self.roles[head.lower_]):  # "a TPNPB spokesman" is someone new
            holder = self.roles[head.lower_]
            return Speaker(holder.name, mention, holder.type, holder.role)
        singular = head.tag_ in {"NN", "NNP"}
        definite = _definite(head)
        if scored and singular and definite and lemma in lexicon().bodies and len(span) <= 2:
            anaphor = Anaphor(head, "other", False, lemma, self._content)
            found = self._scored(anaphor, mention)  # "the group said", after "Hamas"
            if found is not None:
                return found
        if singular and definite:  # "the agency" after "the state news agency BelTA"
            for earlier in reversed(self.history):
                said = earlier.mention.text.lower().split() if earlier.mention else []
                if earlier.type == "person" and lemma not in words.roles:
                    continue  # "the bureau" is not "Bureau head Jane Roe"
                if (
                    head.lower_ in said
                    and earlier.name
                    and _named_earlier(earlier)
                    and earlier.name.lower() != head.lower_
                    and _same_office(span, head, earlier)
                ):
                    return Speaker(earlier.name, mention, earlier.type, earlier.role)
        if scored and lemma in words.roles and singular and definite:
            anaphor = Anaphor(head, "person", False, lemma, self._content)
            found = self._scored(anaphor, mention)  # "the envoy", after "US envoy Jane Roe"
            if found is not None and _named_earlier(found) and _same_office(span, head, found):
                return Speaker(found.name, mention, "person", _clean(span))
        if lemma in words.documents:
            kind = "document"
        elif lemma in words.roles or lemma in words.people:
            kind = "person" if singular else "group"
        elif any(t.lower_ in words.media for t in span):
            kind = "media"
        else:
            kind = "group" if head.tag_ in {"NNS", "NNPS"} else "organization"
        return Speaker(_clean(span), mention, kind)

    def _issued_before(self, head: Token) -> Speaker | None:
        """Who issued the document "the statement added" names: the speaker of an earlier
        sentence that told of one ("the ministry said in a statement")."""
        lemma = head.lemma_.lower()
        for at, earlier in zip(reversed(self.heads), reversed(self.history), strict=True):
            told = self.doc[at].sent
            if earlier.name and earlier.type != "document" and any(
                    t.lemma_.lower() == lemma and t.i != head.i for t in told):
                return earlier
        return None

    def _names_holder(self, holder: Actor) -> bool:
        """Whether the article names the registry's holder of a role ("Sybiha" anywhere): a
        role the text never puts a name to ("Ukraine's foreign minister said") stays the role,
        since the registry's dates may be wrong for the day and a desk checks the words."""
        if self._words is None:
            self._words = frozenset(normalise(doc_text(self.doc)).split())
        surnames = (normalise(name).rpartition(" ")[2] for name in (holder.name, *holder.aliases))
        return any(surname in self._words for surname in surnames)

    def _owner(self, head: Token) -> str | None:
        """Whom "his", "her", "its" or "their" before a role refers to: the nearest fitting
        name in this sentence or the one before, else the last speaker of that kind."""
        pronoun = next((c for c in kids_of(head) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        words = speaker_words()
        if pronoun is None or pronoun.lower_ not in words.owners:
            return None
        wants_person = pronoun.lower_ in words.person_owners
        doc = head.doc
        previous = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else 0
        for ent in reversed(entities_in(doc[max(previous, pronoun.i - 120) : pronoun.i])):
            if located(ent.root) or ent.root.dep_ in {"amod", "compound"}:
                continue  # "areas in Oddar Meanchey Province", "Thai aircraft": not a who
            if (ent.label_ == "PERSON") == wants_person and ent.label_ in _ENTITY_TYPES:
                kind = "person" if wants_person else _ENTITY_TYPES[ent.label_]
                return self._named(_clean(ent), kind, Mention(ent.text, (0, 0)), None).name
        for earlier in reversed(self.history):
            if (earlier.type == "person") == wants_person and earlier.name:
                return earlier.name
        return None


def _named_earlier(earlier: Speaker) -> bool:
    """Whether an earlier speaker a description names again has a name of its own ("US envoy
    Jane Roe", "BelTA") or names whose office it is ("spokesman for António Guterres", "the
    commander of the 47th Brigade"): one told only by a description, or by where it is ("a
    police spokesman in Dili"), is still unnamed when "the police spokesman" speaks again,
    and the words that name it then are the description's own."""
    name = earlier.name
    if not name:
        return False
    words = [w for w in name.split() if w.lower() not in {"the", "a", "an"}]
    whose = speaker_words().whose
    owned = any(w in whose and (nxt[:1].isupper() or nxt[:1].isdigit())
                for w, nxt in pairwise(words))
    return name[:1].isupper() or owned


def _same_office(span: Span, head: Token, holder: Speaker) -> bool:
    """False when a role's description says what the earlier holder's words do not: "the
    interior minister" is not "the prime minister", nor "the local governor" in another
    region "Governor Oleh Syniehubov"; a country's word ("the Ukrainian president") says
    nothing of the office."""
    known = f"{holder.name or ''} {holder.role or ''}".lower().replace("'s", "").split()
    return all(
        t.lower_ in known
        for t in span
        if t.i < head.i
        and (_modifying_word(t) or _owner_office(t))
    )


def _modifying_word(tok: Token) -> bool:
    """A word describing the role ("interior" of "the interior minister"), not a name."""
    return tok.pos_ in {"ADJ", "NOUN"} and tok.dep_ in {"amod", "compound"} and not tok.ent_type_


def _owner_office(tok: Token) -> bool:
    """An office or body owning the role's noun ("the Ombudsman's office" is not "the
    prosecutor's office"); a country's name there says nothing of it."""
    return (tok.dep_ == "poss" and tok.pos_ in {"NOUN", "PROPN"}
            and tok.ent_type_ not in {"GPE", "NORP", "LOC"})


def _person(ent: Span) -> bool:
    """A person's name, also where the tagger took it for a body: a name right after a
    person's title ("regional head Oleksandr Reva") is one person, never an organisation."""
    if ent.label_ == "PERSON":
        return not body_named(ent)  # "the group Bili Val" is a body
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    titled = before is not None and before.lemma_.lower() in speaker_words().roles
    return titled and ent.label_ == "ORG" and all(t.pos_ == "PROPN" for t in ent)


def _bare_body(span: Span, head: Token) -> bool:
    """"The Ministry", "the Bureau": a capitalised body noun alone after "the"."""
    words = [t for t in span if t.pos_ not in {"DET", "PUNCT"}]
    return words == [head] and head.lemma_.lower() in lexicon().bodies


_MODIFIERS = {"compound", "amod", "nmod"}


def _modified(owner: Span, head: Token) -> Span:
    """A body's name that only modifies a common noun is the noun's, with it: "the United
    Nations refugee agency", "Karenni resistance forces" (not "United Nations", "Karenni");
    a document stays its issuer's ("the DeepState map": DeepState); the noun may have other
    modifiers between ("the Derbent district administration")."""
    if head.pos_ != "NOUN" or head.i < owner.end:
        return owner
    if head.lemma_.lower() in speaker_words().documents:
        return owner
    node = owner.root
    while node.dep_ in _MODIFIERS and node.head.i != head.i and node.head.i < head.i:
        node = node.head
    if node.head.i != head.i or node.dep_ not in _MODIFIERS:
        return owner
    return owner.doc[owner.start : head.i + 1]


def _whole_name(span: Span, owner: Span) -> Span:
    """A body's name the tagger cut short, whole: "Amhara Regional State Peace and Security
    Bureau" where it tagged only "Security Bureau" (capitalised words and the lower-case
    "and", "of", "for" between them, up to the entity)."""
    start = owner.start
    joining = speaker_words().name_joins
    while start > span.start:
        before = span.doc[start - 1]
        joins = before.is_lower and before.lower_ in joining and start - 1 > span.start
        if not (before.pos_ == "PROPN" and before.is_title) and not (
            joins and span.doc[start - 2].pos_ == "PROPN"
        ):
            break
        start -= 1
    return span.doc[start : owner.end]


def _issuer(document: Token) -> Token | None:
    """Who a document noun says it is from: the police of "a statement from the police",
    the embassy of "a letter issued by the embassy"; None for "a report seen by Reuters"."""
    words = speaker_words()
    preps = [c for c in document.rights if c.dep_ == "prep" and c.lower_ in words.issuer_preps]
    for verb in document.rights:
        if verb.dep_ == "acl" and verb.lemma_ in words.issuing_verbs:
            preps += [c for c in kids_of(verb) if c.dep_ == "agent"]
    for prep in preps:
        for obj in kids_of(prep):
            if obj.dep_ == "pobj" and (
                obj.ent_type_ in _ENTITY_TYPES
                or obj.lemma_.lower() in lexicon().bodies
                or obj.lemma_.lower() in words.roles
            ):
                return obj
    return None


def _indefinite(head: Token) -> bool:
    return any(t.dep_ == "det" and t.lower_ in {"a", "an"} for t in head.lefts)


def _definite(head: Token) -> bool:
    return any(t.dep_ in {"det", "poss"} and t.lower_ not in {"a", "an"} for t in head.lefts)
