"""Roles: who acts (actor), whom it is aimed at (target), scored from the parse. An agent
is a person or a body: a weapon is an instrument, a place or a time never acts."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.actors import normalise, registry
from wiredesk.extract.attributions._antecedents import lexicon as speaker_lexicon
from wiredesk.extract.events._grammar import (
    CLAUSES,
    affiliated_with,
    asks,
    attribution_of,
    blamed_on,
    by_whom,
    claimed_by,
    counted,
    harmed_in,
    held_by,
    is_label,
    is_time,
    lacks_object,
    lemma_of,
    participants_of,
    patient_of,
    sides_hung_on,
    spread_over,
    subject_of,
)
from wiredesk.extract.events._trigger import Trigger
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.extract.numbers._whose import (
    capital,
    demonym,
    entity_of,
    group_name,
    name_of,
)
from wiredesk.extract.numbers._whose import owner as owner_of_noun
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import token_in_dateline
from wiredesk.nlp.index import entities, kids_of
from wiredesk.nlp.pipeline import opening_label
from wiredesk.records import Attribution, Speaker


def noun_actor(noun: Token) -> Token | None:
    """Who holds an event noun: "his talks", "US sanctions", "between Putin and Trump"."""
    forces = lexicon()["passive"]["forces"]
    for c in noun.lefts:
        if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
            continue  # "Monday's bombing": a time holds nothing; who did it may be told on
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_):
            return c
        if c.dep_ == "compound" and lemma_of(c) in forces:
            return c  # "a police operation", "an army raid": the force holds it
        if c.dep_ in ("compound", "amod") and lemma_of(c) in lexicon()["holders"]["bands"]:
            return c  # "a rebel ambush", "a militia raid": the band holds it
    if (held := held_by(noun)) is not None:
        return held
    for word in sides_hung_on(noun):
        for prep in kids_of(word):
            if prep.lower_ == "between":
                return next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
    return by_whom(noun) or blamed_on(noun) or claimed_by(noun)


def actor_of(
    tok: Token | None, ctx: Context, doc: Doc, seen: frozenset[int] = frozenset()
) -> str | None:
    """The canonical actor a subject or object names.

    `seen` holds the tokens already being resolved: a pronoun inside the phrase it points
    back at ("units of its army") would otherwise send owner and pronoun round for ever.
    """
    if tok is None or tok.i in seen or tok.ent_type_ in ("DATE", "TIME"):
        return None  # "Monday's strike": a time neither acts nor is acted on
    seen = seen | {tok.i}
    if tok.pos_ == "PRON":
        return _pronoun(tok, ctx, doc, seen)
    if tok.pos_ == "VERB" and tok.dep_ == "nsubj" and not any(kids_of(tok)):
        return tok.text  # "when inmates set fire": a bare noun the parser read as a verb
    if (people := counted(tok)) != tok:
        return actor_of(people, ctx, doc, seen)  # "thousands of protesters"
    if (owned := owner_of(tok, ctx, doc, seen)) is not None:
        return owned
    side = affiliated_with(tok) if tok.pos_ == "NOUN" and is_people(tok) else None
    if side is not None and can_act(side, ctx, "") and (ally := actor_of(side, ctx, doc, seen)):
        return ally  # "gunmen from the Kalwa militia": the militia
    if is_weapon(tok) or lemma_of(tok) in lexicon()["instruments"]["ownerless"]:
        claimed = blamed_on(tok) or affiliated_with(tok, bare=False)  # "a car bomb claimed by
        # al Shabaab", "drones belonging to the RSF"
        return actor_of(claimed, ctx, doc, seen) if claimed is not None else None
        # "the drone struck", "a roadside bomb": whose, the text does not say
    if (group := _group_named_before(tok, ctx, doc)) is not None:
        return group
    if (person := _named_apart(tok)) is not None:
        return person  # "The Minister of Foreign Affairs, Ana Lopez, met": the one named
    named = named_in(tok)
    if named is not None and tok.pos_ == "NOUN" and _a_place(named, tok, ctx):
        return group_name(tok)  # "Cabinda separatists": the separatists, never the province
    if named is not None:
        return named
    if tok.pos_ == "NOUN":
        phrase = " ".join(
            t.text for t in tok.subtree
            if t.i <= tok.i and t.dep_ != "det" and not token_in_dateline(t)
        )  # "HARARE - Police have arrested": the police, not the dateline's country
        found = registry().describe(phrase, ctx.article.published)
        if found is not None:
            return str(found.name)
    if tok.pos_ in ("NOUN", "PROPN"):
        joined = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ != "ADJ"]
        cut = [c.i for c in joined[1:] if is_weapon(c)]  # never the first: "air assets"
        if cut:  # "Police tear gas farmers marching": a headline's verb read as a noun, the
            return tok.doc[max(cut) + 1 : tok.i + 1].text  # doers after it
        return group_name(tok)
    return _hyphenated(tok)


def _named_apart(tok: Token) -> str | None:
    """The person a role or people noun is named by in apposition ("The Minister of Foreign
    Affairs, Ana Lopez"; speakers.toml [roles] person), a reporter's role aside (is_press)."""
    if tok.ent_type_ == "PERSON" or tok.pos_ not in ("NOUN", "PROPN") or is_press(tok.text):
        return None
    if not is_people(tok) and lemma_of(tok) not in _speaker_words()[0]:
        return None  # "the ship, Marisol Star": a thing's name is the model's guess
    person = next(
        (c for c in kids_of(tok) if c.dep_ == "appos"
         and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and not c.ent_type_))),
        None,
    )
    if person is None:
        return None
    words = [t for t in person.subtree if t.dep_ in ("compound", "appos") or t == person]
    return " ".join(t.text for t in words if t.i <= person.i) or None


def _hyphenated(tok: Token) -> str | None:
    """A name the tokenizer cut at its hyphen, an adjective left heading it: "FRUD-armed
    carried out a similar attack" (the armed wing's name, not "armed")."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    joined = [t for t in tok.lefts if t.dep_ == "compound"]
    hyphen = any(t.tag_ == "HYPH" and t.i == tok.i - 1 for t in tok.lefts)
    if not joined or not hyphen or not any(t.text[:1].isupper() for t in joined):
        return None
    return tok.doc[joined[0].i : tok.i + 1].text


def _kind_not_name(word: Token, group: Token) -> bool:
    """True for a word the model took for a name before a plural group noun that says what
    kind of people they are: one word opening the sentence that the actor registry does not
    know ("Riot police", "Minibus drivers", capitalised only there)."""
    if group.pos_ != "NOUN" or group.morph.get("Number", []) != ["Plur"]:
        return False
    ent = entity_of(word)
    alone = ent is not None and len(ent) == 1
    return alone and word.i == word.sent.start and registry().lookup(word.text) is None


def _a_place(name: str, noun: Token, ctx: Context) -> bool:
    """True when a name read in a noun's phrase is a town, region or site the places layer
    found there ("Cabinda separatists", "Mozambique Cabo Delgado insurgents"): where they
    are from, not who they are."""
    inert = lexicon()["agents"]["inert_places"]
    start, end = noun.left_edge.idx, noun.idx
    return any(
        start <= p.span[0] and p.span[1] <= end and p.kind in inert and not capital(p.text)
        and (name.endswith(p.text) or name == p.name)
        for p in ctx.places
    )


def is_press(actor: str) -> bool:
    """True for a news outlet or a reporter ([agents] press): "Reuters", "Our correspondent",
    a transcript's "ANCHOR"."""
    conf = lexicon()["agents"]
    words = actor.lower().split()
    if words and words[-1] in conf["press"]:
        return True
    found = registry().lookup(actor)
    return found is not None and found.type in conf["press_types"]


def is_people(tok: Token | None) -> bool:
    """People, not things: a person named, victims, fighters, forces ("31 terrorists")."""
    if tok is None:
        return False
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    words = (lexicon()["agents"]["victims"], lexicon()["groups"]["nouns"],
             lexicon()["passive"]["forces"], lexicon()["passive"]["people"])
    return any(lemma_of(tok) in w or tok.lower_ in w for w in words)


def is_weapon(tok: Token) -> bool:
    """An unowned weapon or strike ("drone strikes", "the missile"), never a named one."""
    names = ("GPE", "NORP", "ORG", "PERSON")
    sides = (lexicon()["instruments"]["sides"], lexicon()["passive"]["forces"])
    return lemma_of(tok) in _weapons() and not any(
        c.ent_type_ in names
        or any(c.lower_ in s or lemma_of(c) in s for s in sides)
        or (c.pos_ == "PROPN" and lemma_of(c) not in _weapons())  # "IDF jets", not "Shahed"
        for c in tok.subtree
        if c.i < tok.i
    )  # "enemy warplanes", "air component aircraft", "IDF fighter jets" are held by a side


@cache
def _weapons() -> frozenset[str]:
    """The weapons and machines [instruments] lists, and every word that gives a mode."""
    return frozenset(lexicon()["instruments"]["weapons"]) | frozenset(
        lexicon()["instrument"]["modes"]
    )


def _group_named_before(tok: Token, ctx: Context, doc: Doc) -> str | None:
    """The armed group "the group" points back at: the last armed group the actor registry
    knows named in the sentences before it ("the Houthis ... the group")."""
    if lemma_of(tok) not in lexicon()["instruments"]["anaphors"] or not any(
        c.lower_ == "the" for c in tok.lefts
    ):
        return None
    if any(c.dep_ in ("compound", "amod", "poss") for c in tok.lefts):
        return None  # "the Wagner group", "the rebel group": named where it stands
    for ent in reversed([e for e in entities(doc) if e.end <= tok.i and tok.i - e.end < 200]):
        found = registry().lookup(ent.text)
        if found is not None and found.type == "group":
            return str(found.name)
    return _armed_subject_before(tok)


def _armed_subject_before(tok: Token) -> str | None:
    """The armed group the registry does not know that "the group" points back at: the
    subject of one of the two sentences before, an armed band ([holders] bands: "The rebels
    seized Walikale. The group said ...")."""
    nouns = lexicon()["holders"]["bands"]
    sent, tries = tok.sent, 2
    while tries and sent.start > 0:
        sent, tries = tok.doc[sent.start - 1].sent, tries - 1
        for t in reversed(list(sent)):
            if t.dep_ in ("nsubj", "nsubjpass") and lemma_of(t) in nouns and t.pos_ == "NOUN":
                return group_name(t)
    return None


def named_in(tok: Token) -> str | None:
    """A name in the phrase: the token's entity, else a named compound ("SBU agency")."""
    if lemma_of(tok) in lexicon()["groups"]["nouns"]:
        return None
    if tok.pos_ == "ADJ" and (country := demonym(tok.text)):
        return country  # "Ukrainian", whatever entity type the model gives it
    if entity_of(tok) is not None and (found := name_of(tok)):
        ent = entity_of(tok)
        if ent is not None and ent.label_ == "NORP" and tok.pos_ == "NOUN":
            return None  # "Russian forces" stays a group
        return found
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "PERSON") and not (
            _kind_not_name(c, tok)
        ):
            return name_of(c)
    if tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
        actor = registry().lookup(tok.text)
        if actor is not None:
            return actor.name
    return None


def _pronoun(pronoun: Token, ctx: Context, doc: Doc, seen: frozenset[int]) -> str | None:
    """The subject named earlier in the sentence, else the speaker of a reported claim, else
    the subject of the sentence before ("He has ordered ...", "It appealed ...").

    In a direct quote "he" is someone other than the speaker, so it stays unresolved; a "we"
    in a claim is its speaker's side, whatever the sentence named before it ("The occupying
    army burns villages. We warn the oil companies ...").
    """
    if (held := _clause_subject(pronoun)) is not None:
        return named_in(held) or group_name(held)
    att = attribution_of(ctx, pronoun.idx, pronoun.idx + len(pronoun))
    first = pronoun.lower_ in FIRST_PERSON
    plain: Token | None = None  # "when the peacekeepers formed a line, they were pushed"
    agreeing = False  # a subject before it that it may stand for: "the patrol ... when it"
    for t in pronoun.sent if not (first and att is not None) else ():
        if t.i >= pronoun.i:
            break
        if _not_its_object(t, pronoun):
            continue
        named = (t.dep_ == "nsubj" and t.pos_ != "PRON" and not token_in_dateline(t)
                 and not is_label(t) and _may_be(pronoun, _kind_of(t, ctx)))
        if named and (found := speaker_named(t, ctx)):
            return _spoken_for(found, pronoun)  # "A spokesman for the rebels said their ..."
        if named and (found := named_in(t) or owner_of(t, ctx, doc, seen)):
            return found
        if named and plain is None and _both_plural(t, pronoun) and t.pos_ == "NOUN":
            plain = t
        agreeing = agreeing or (named and _same_number(t, pronoun) and _told_under(pronoun, t))
    if plain is not None:
        return group_name(plain)
    if att is not None:
        claim = ctx.attributions[att]
        if claim.kind != "indirect" and pronoun.lower_ not in FIRST_PERSON:
            return None
        if agreeing and pronoun.lower_ not in FIRST_PERSON:
            return None  # "The patrol was returning when it came under fire, ISPR said"
        if pronoun.dep_ in ("dobj", "pobj", "dative") and pronoun.lower_ not in FIRST_PERSON:
            return None  # "fired on it with rifles, he said": what was fired on, not him
        kind = "government" if capital(claim.speaker.name or "") else claim.speaker.type
        if not _may_be(pronoun, kind):
            return None  # "Sarmiento said that 11 of its fighters had surrendered": not his
        said_by = _mention_head(claim, doc)
        if said_by is not None and (body := _group_named_before(said_by, ctx, doc)):
            return body  # "The group said its fighters ...": the group named before
        name = _spoken_for(seat(claim.speaker.name) or "", pronoun) or None
        if name is not None and a_place_named(name, ctx, doc):
            return None  # "The group said it would withdraw", the group read as the town
        spoken_for = name != seat(claim.speaker.name)
        if name is not None and said_by is not None and (
            not _agrees(said_by, pronoun, spoken_for) or _a_witness(said_by, pronoun)
        ):
            return _salient_body(pronoun, ctx, doc, seen)  # "The mayor said they burned"
        return name
    if (speaker := cue_speaker(pronoun.head, ctx)) is not None:
        return seat(speaker)  # "He called on the public to ...": the attributions layer's
    turn = pronoun.lower_ in lexicon()["agents"]["turn_pronouns"]
    if turn and (speaker := _turn_speaker(pronoun, ctx)) is not None:
        return seat(speaker)  # a briefing's "We have sent 500 more police", its turn going on
    holder = pronoun.dep_ == "poss" and pronoun.head.dep_ == "nsubj"  # "Its gunmen stormed"
    if pronoun.i == pronoun.sent.start and (pronoun.dep_ == "nsubj" or holder):
        return _previous_subject(pronoun, ctx, doc, seen)
    return None


def _mention_head(claim: Attribution, doc: Doc) -> Token | None:
    """The head word of the words that name a claim's speaker ("The town's mayor": mayor)."""
    mention = claim.speaker.mention
    if mention is None:
        return None
    span = doc.char_span(*mention.span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def a_place_named(name: str, ctx: Context, doc: Doc) -> bool:
    """True when a name is a town, region or site the places layer found ([agents]
    inert_places), or one the model reads as a location or a facility and the actor registry
    does not know ("the Narva River"), never a country or a capital speaking for its
    government."""
    inert = lexicon()["agents"]["inert_places"]
    if capital(name) or any(
        p.kind in inert and name in (p.text, p.name) for p in ctx.places
    ):
        return not capital(name)
    return registry().lookup(name) is None and any(
        e.label_ in ("LOC", "FAC") and normalise(e.text) == normalise(name) for e in entities(doc)
    )


def _agrees(said_by: Token, pronoun: Token, spoken_for: bool) -> bool:
    """Whether a body pronoun can stand for the speaker: a "they" never stands for one
    person named by a singular noun ("The town's mayor said they had burned the market"),
    unless the speaker speaks for a body ("a spokesman for the rebels said they")."""
    if spoken_for or pronoun.lower_ not in lexicon()["agents"]["plural_pronouns"]:
        return True
    if said_by.morph.get("Number", []) != ["Sing"] or said_by.pos_ == "PRON":
        return True
    return not (_is_person(said_by) or lemma_of(said_by) in _speaker_words()[0])


def _salient_body(pronoun: Token, ctx: Context, doc: Doc, seen: frozenset[int]) -> str | None:
    """The body a plural pronoun stands for when the speaker cannot be it: the last plural
    subject of the sentence before that can act and tells nothing ("Fighters took Tessalit.
    The mayor said they had burned the market"; "Villagers said soldiers arrived at dawn.
    They burned 40 homes", residents said)."""
    before = _sentence_before(pronoun)
    if before is None:
        return None
    for t in reversed(list(before)):
        if (t.dep_ == "nsubj" and t.pos_ != "PRON" and _same_number(t, pronoun)
                and not _is_person(t) and not _speaks(t, ctx) and can_act(t, ctx, "")):
            return actor_of(t, ctx, doc, seen)
    return None


def _speaks(tok: Token, ctx: Context) -> bool:
    """Whether a word is in the words that name a claim's speaker."""
    return any(c.speaker.mention is not None
               and c.speaker.mention.span[0] <= tok.idx < c.speaker.mention.span[1]
               for c in ctx.attributions)


def _a_witness(said_by: Token, pronoun: Token) -> bool:
    """Witnesses, residents or survivors ([families] interviewed) tell what others did: their
    "they" is someone else ("They burned 40 homes", residents said), never a "we"."""
    return pronoun.lower_ not in FIRST_PERSON and lemma_of(said_by) in lexicon()["families"][
        "interviewed"]


def _not_its_object(subject: Token, pronoun: Token) -> bool:
    """True when an object pronoun cannot stand for this subject: the doer of its own verb
    ("soldiers went from house to house, shooting them") or the one who tells the clause it
    is in ("Witnesses said soldiers ... shooting them")."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative") or pronoun.lower_ in FIRST_PERSON:
        return False
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    if subject_of(verb) == subject:
        return True
    tellers = lexicon()["threats"]["announcers"]
    return lemma_of(subject.head) in tellers and subject.head in pronoun.ancestors


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a pronoun's clause hangs on, of the pronoun's number: "some
    of the bandits had been shot after they surrendered" (the bandits surrendered)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or pronoun.lower_ in FIRST_PERSON:
        return None
    held = next(
        (c for c in kids_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i),
        None,
    )
    if held is None:
        return None
    of = next((o for p in kids_of(held) if p.lower_ == "of" for o in kids_of(p)), None)
    if held.pos_ not in ("NOUN", "PROPN") and of is not None:
        held = of  # "some of the bandits"
    number = pronoun.morph.get("Number", [])
    agrees = held.morph.get("Number", []) == number
    return held if held.pos_ in ("NOUN", "PROPN") and agrees else None


def _both_plural(noun: Token, pronoun: Token) -> bool:
    """A plural pronoun and a plural noun, which it may stand for."""
    return noun.morph.get("Number", []) == ["Plur"] == pronoun.morph.get("Number", [])


def _turn_speaker(pronoun: Token, ctx: Context) -> str | None:
    """Who says "we" past the claim the attributions layer closed: the speaker of the claim
    just before, when no other claim comes between and it ended shortly before ([agents]
    turn_reach characters): a transcript's turn or a statement going on."""
    before = [c for c in ctx.attributions if c.content.span[1] <= pronoun.idx]
    if not before:
        return _labelled_turn(pronoun)
    last = max(before, key=lambda c: c.content.span[1])
    label = _turn_label(pronoun)
    if label is not None and label.start_char >= last.content.span[1]:
        return _turn_name(label)  # a turn of its own begun since: "INSPECTOR X: ... we"
    near = pronoun.idx - last.content.span[1] <= lexicon()["agents"]["turn_reach"]
    return last.speaker.name if near and _own_turn(last, pronoun) else _labelled_turn(pronoun)


def voice_of(word: Token, ctx: Context) -> str | None:
    """Whose own words a sentence is: the speaker of the claim it stands in, else the person
    whose transcript turn it is ("MINISTER (Shirley Martina): ... Rumours ... are wrong.")."""
    said = attribution_of(ctx, word.idx, word.idx + len(word))
    if said is not None:
        return seat(ctx.attributions[said].speaker.name)
    return _labelled_turn(word)


def _labelled_turn(pronoun: Token) -> str | None:
    """The person whose turn a "we" is in, by the label opening its line or a line shortly
    above ("MINISTER ANDRÉS ROJAS: ..." then "We have sent 500 more police"): a publisher's
    own transcript, whose turns the attributions layer leaves as its voice."""
    label = _turn_label(pronoun)
    return _turn_name(label) if label is not None else None


def _turn_label(pronoun: Token) -> Span | None:
    """The label opening the pronoun's line or a line shortly above it ([agents] turn_lines)."""
    doc, lines = pronoun.doc, 0
    for j in range(pronoun.i, -1, -1):
        if (j and "\n" not in doc[j - 1].text_with_ws) or doc[j].is_space:
            continue
        label = opening_label(doc, j)
        if label is not None:
            return label
        lines += 1
        if lines > lexicon()["agents"]["turn_lines"]:
            return None
    return None


def _turn_name(label: Span) -> str | None:
    """The person a turn's label names: its PERSON entity, else a label of two or more names
    in capitals ("MINISTER ANDRÉS ROJAS", which the tagger reads as names), as written; a
    bare role ("SPOKESPERSON") or a bracketed outlet names nobody."""
    person = next((e for e in label.ents if e.label_ == "PERSON"), None)
    if person is not None:
        return person.text
    words = list(label)
    words = words[: next((n for n, t in enumerate(words) if t.text.startswith("(")), len(words))]
    roles = _speaker_words()[0] | {"acting"}
    while words and words[0].lower_ in roles:
        words = words[1:]  # "INSPECTOR NADIA BROWNE (Major Crimes Unit)": the office and
        # the unit in brackets aside, the name
    names = [t for t in words if t.pos_ == "PROPN"]
    if len(names) >= 2 and len(names) == len(words) and all(t.text.isupper() for t in words):
        return " ".join(t.text.capitalize() for t in words)
    return None


def _own_turn(claim: Attribution, pronoun: Token) -> bool:
    """A claim in its speaker's own voice, which a "we" after it may go on: words quoted or
    a transcript's turn ("MINISTER: ..."); after "The police chief said that ..." the "We
    call on residents" is the statement's, not the official's it reported."""
    if claim.kind != "indirect" or claim.cue is None:
        return True
    cue = doc_text(pronoun.doc)[claim.cue.span[0] : claim.cue.span[1]]
    return not any(ch.isalpha() for ch in cue)  # a label's colon, no verb of saying


def _kind_of(tok: Token, ctx: Context) -> str | None:
    """ "person" for a person, by the speaker the attributions layer typed or by the name;
    a capital speaks for its government ("Ankara said it had targeted ...")."""
    if capital(tok.text):
        return "government"
    for claim in ctx.attributions:
        mention = claim.speaker.mention
        if mention is not None and mention.span[0] <= tok.idx < mention.span[1]:
            return claim.speaker.type
    return "person" if _is_person(tok) else None


def _may_be(pronoun: Token, kind: str | None) -> bool:
    """Whether a pronoun can stand for a speaker of this kind: "it" and "its" are never a
    person ([agents] neuter_pronouns)."""
    return not (kind == "person" and pronoun.lower_ in lexicon()["agents"]["neuter_pronouns"])


def speech_actor(trigger: Trigger, subject: Token | None, ctx: Context) -> str | None:
    """Who makes a speech act ("asked", "condemned") whose verb borrows a subject from inside
    a reported claim: the speaker the attributions layer chose for the claim it cues ("The
    governor said the department had ... and asked the government to send equipment": she
    asks, not the department she spoke of)."""
    if subject is not None and subject.head == trigger.head:
        return None
    if trigger.kind not in lexicon()["speech"]["types"]:
        return None
    if subject is not None and not _can_speak(subject):
        said = attribution_of(ctx, trigger.head.idx, trigger.head.idx + 1)
        if said is not None:  # "said traders had told him their losses exceeded 40 million
            return seat(ctx.attributions[said].speaker.name)  # vatu, and called on ...": his
    if subject is not None and (
        attribution_of(ctx, subject.idx, subject.idx + 1) is None or subject.ent_type_
    ):
        return None  # "Iran's foreign minister said ... and called on"; "Tehran would ..."
    return seat(cue_speaker(trigger.head, ctx))


def _can_speak(tok: Token) -> bool:
    """A subject that can ask, accuse or deny: a name, a pronoun, people or a body by their
    noun ("traders", "the ministry", "a spokesman"); "their losses" cannot."""
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return lemma_of(tok) in _speaking_nouns() or tok.lower_ in _speaking_nouns()


@cache
def _speaking_nouns() -> frozenset[str]:
    """Nouns of people and bodies (speakers.toml roles and bodies; events.toml [groups],
    [agents] victims, [passive] subjects and people, the forces and crowds families)."""
    roles, bodies = _speaker_words()
    conf = lexicon()
    return roles | bodies | frozenset(
        [*conf["groups"]["nouns"], *conf["agents"]["victims"], *conf["passive"]["subjects"],
         *conf["passive"]["people"], *conf["families"]["forces"], *conf["families"]["crowds"],
         *conf["affiliation"]["quantities"]]
    )


def cue_claim(verb: Token, ctx: Context) -> Attribution | None:
    """The attribution the attributions layer found with `verb` as its cue."""
    return next((claim for claim in ctx.attributions
                 if claim.cue is not None and claim.cue.span[0] <= verb.idx < claim.cue.span[1]),
                None)


def cue_speaker(verb: Token, ctx: Context) -> str | None:
    """The speaker the attributions layer found for a claim whose cue is `verb`: "He called
    on the public to keep cooperating" -> the bureau head named before."""
    claim = cue_claim(verb, ctx)
    return claim.speaker.name if claim is not None else None


def speaker_named(tok: Token, ctx: Context) -> str | None:
    """The registry's actor the attributions layer resolved a speaker's words to, when `tok`
    stands in them ("Russia's Defence Ministry said its forces ...": the Russian Defence
    Ministry, not "Ministry")."""
    for claim in ctx.attributions:
        mention, name = claim.speaker.mention, claim.speaker.name
        if mention is not None and mention.span[0] <= tok.idx < mention.span[1]:
            return seat(name) if name and registry().lookup(name) is not None else None
    return None


FIRST_PERSON = ("i", "we", "my", "our", "me", "us")


def _spoken_for(name: str, pronoun: Token) -> str:
    """The body a speaker speaks for, when a pronoun of a body stands for the speaker: "A
    spokesman for the rebels said their fighters had captured two posts" (the rebels'
    fighters, not the spokesman's); "he", "his" or "I" stay the person."""
    if pronoun.lower_ not in lexicon()["agents"]["body_pronouns"]:
        return name
    roles, _ = _speaker_words()
    words = name.split()
    for i, word in enumerate(words[:-2]):
        if _bare(word) in roles and _bare(words[i + 1]) in ("for", "of"):
            body = [w for w in words[i + 2 :] if _bare(w) not in ("the", "a", "an")]
            return " ".join(body) or name
    return name


def seat(name: str | None) -> str | None:
    """A speaking capital stands for its country: "Kyiv said it had sent ..." -> Ukraine."""
    return (capital(name) or name) if name else None


def _previous_subject(pronoun: Token, ctx: Context, doc: Doc, seen: frozenset[int]) -> str | None:
    """The named subject of the sentence before, a person for "he"/"she", else not one."""
    before = _sentence_before(pronoun)
    if before is None:
        return None
    person = pronoun.lower_ in ("he", "she")
    for t in before:
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ != "PRON":
            if _is_person(t) != person:
                return None
            found = named_in(t) or owner_of(t, ctx, doc, seen)
            if found is None and t.pos_ == "NOUN" and _same_number(t, pronoun):
                found = actor_of(t, ctx, doc, seen)  # "The police say ... They reject that."
            return found
    return None


def _told_under(pronoun: Token, subject: Token) -> bool:
    """Whether the pronoun is the subject of a clause of time or reason told after `subject`'s
    own ("The patrol was returning when it came under fire, ISPR said": the patrol; the
    parser may hang the clause on the cue), where it stands for that subject."""
    clause = pronoun.head
    return pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" and (
        subject.head.i < clause.i)


def _same_number(noun: Token, pronoun: Token) -> bool:
    """A pronoun of the noun's number, as the parser reads both ("police" is plural)."""
    number = noun.morph.get("Number", [])
    return bool(number) and number == pronoun.morph.get("Number", [])


def _is_person(tok: Token) -> bool:
    """A person by the actor registry where it knows the name ("al-Shabaab" is a group
    whatever the model tags it), else by the model's entity type."""
    ent = entity_of(tok)
    known = registry().lookup(ent.text) if ent is not None else None
    return known.type == "person" if known is not None else tok.ent_type_ == "PERSON"


def owner_of(tok: Token, ctx: Context, doc: Doc, seen: frozenset[int] = frozenset()) -> str | None:
    """The actor an instrument acts for, or a holding belongs to: "Rwanda's defence force",
    "units of the Armenian armed forces", "positions of the Azerbaijan Army"."""
    conf = lexicon()["instruments"]
    bands = (conf["nouns"], conf["held"], lexicon()["passive"]["people"])  # "its gunmen"
    if not any(lemma_of(tok) in words for words in bands):
        return None
    side = next(
        (d for c in tok.lefts
         if c.dep_ in ("amod", "compound") and not token_in_dateline(c) and (d := demonym(c.text))),
        None,
    )  # "HARARE - Police": the dateline's town is where the story was filed, no owner
    if side is not None:
        return side  # "Ukrainian forces", "Ukrainian drones": the country they fight for
    owner = next((c for c in kids_of(tok) if c.dep_ == "poss"), None)
    if owner is None:
        owner = next(
            (o for p in kids_of(tok) if p.lower_ == "of" for o in kids_of(p) if o.dep_ == "pobj"),
            None,
        )
        if owner is not None and owner.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "compound", "amod") for c in kids_of(owner)
        ):
            return None  # "the forces of order": a kind of forces, owned by nobody named
    return actor_of(owner, ctx, doc, seen) if owner is not None else None


def target_of(trigger: Trigger, actor: Token | None, ctx: Context, doc: Doc) -> str | None:
    word = trigger.word
    conf = lexicon()["targets"]
    if (harm := harmed_in(word)) is not None and (victims := patient_of(harm)) is not None:
        return object_actor(trigger, victims, ctx, doc)  # "11 insurgents were killed in clashes"
    blamed = blamed_on(word) if word.pos_ == "NOUN" else None  # "blamed the attack on X"
    participants = [t for t in participants_of(word)
                    if (actor is None or t.i != actor.i) and t != blamed]
    if participants:
        return object_actor(trigger, participants[0], ctx, doc)
    aimed = aimed_preps(trigger.kind)  # "fired its water cannon at the ship"
    objects = [c for c in kids_of(trigger.head) if c.dep_ == "dobj"]
    done_to = [c for c in kids_of(trigger.head) if c.dep_ == "nsubjpass" and word.pos_ == "VERB"
               and (c.pos_ == "NOUN" or c.ent_type_ in ("PERSON", "ORG", "NORP"))
               and not is_weapon(c)]  # "The mayor was shot
    # dead by two men on a motorbike": the mayor, who was shot, not the motorbike
    if aimed and not any(is_people(o) for o in objects) and not done_to:  # "wounded two
        # guards at the gate"
        for t in (word, trigger.head, *objects):  # "fired its cannon at the ship"
            for prep in (c for c in kids_of(t) if c.lower_ in aimed):
                obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
                if obj is not None and obj.i != word.i and obj != blamed and not is_time(
                        prep) and not _timed(
                        obj, ctx) and not (  # "went on the rampage": the event, no target
                        _placed(obj, ctx) and struck_object(objects, word)
                ) and lemma_of(obj) not in conf["states"]:
                    return object_actor(trigger, obj, ctx, doc)
    if spread_over(trigger):
        return None  # "protests swept Cuba": where they happened, done to nobody
    if trigger.kind not in conf["destination"]:
        for t in (word, trigger.head):
            obj = next((c for c in kids_of(t) if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and "Yes" in obj.morph.get("Reflex", []):
                return None  # "handed themselves in": the doer, done to nobody else
            if obj is not None and obj.i != word.i and lemma_of(obj) not in conf["states"] and (
                lemma_of(obj) not in lexicon()["quantities"]["nouns"]  # "a series of raids"
            ):
                return object_actor(trigger, obj, ctx, doc)  # not "set alight" (parsed an object)
        patient = patient_of(trigger.head) or next(  # "a clinic was looted", "a man was
            (c for c in kids_of(trigger.head) if c.dep_ == "nsubjpass"), None  # arrested",
        ) or _participle_of(trigger.head)  # "two peacekeepers were assaulted by workers"
        if (
            patient is not None and not _thing_pronoun(patient)  # not "when it was struck"
            and patient.i != word.i
            and lemma_of(patient) not in lexicon()["quantities"]["nouns"]  # "a state of
            # emergency was declared": the event told, done to nobody
            and not (is_weapon(patient) and trigger.kind in lexicon()["figures"]["violent"])
        ):  # "two rockets were launched" at nobody told; "rifles were recovered" seized
            return object_actor(trigger, patient, ctx, doc)
    where = lexicon()["places"]["prepositions"]
    for t in _own_phrase(word):
        if t.head.lower_ in where:
            continue  # "marched through central Kinshasa": where, not at whom
        if any(w is not None and t in w.subtree for w in (blamed, actor)):
            continue  # "blamed the attack on the BLA", "an ambush by Fulani militia": who did
            # it, not at whom
        if t.ent_type_ in ("GPE", "ORG", "PERSON") and t.i > word.i and (n := name_of(t)):
            return n
    return None


def _participle_of(verb: Token) -> Token | None:
    """The noun a past participle tells what was done to: "a student shot by police during the
    protest died", "an MP arrested on Thursday"."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _thing_pronoun(tok: Token) -> bool:
    """A pronoun that may stand for a thing ("when it was struck"), not for people ("they
    were punched", "he was arrested"): only the latter names a target worth resolving."""
    morph = tok.morph
    return tok.pos_ == "PRON" and (
        morph.get("PronType", []) != ["Prs"] or morph.get("Gender", []) == ["Neut"]
    )


def _placed(tok: Token, ctx: Context) -> bool:
    """A word the places layer read as a place: "at Tougbo"."""
    return any(a <= tok.idx < b for a, b in (p.span for p in ctx.places))


def struck_object(objects: list[Token], word: Token) -> bool:
    """An object that is what was struck ("attacked an army post at Tougbo": the post, at
    the town), not the weapon fired ("fired its cannon at the ship") nor the trigger
    itself ("opened fire at ...")."""
    return any(o.i != word.i and not is_weapon(o) for o in objects)


def _own_phrase(word: Token) -> list[Token]:
    """The words of `word`'s subtree outside the clauses hung on it: in "was arrested after
    shots were fired at the U.S. Army office" the Army is no one arrested."""
    out = [word]
    for c in kids_of(word):
        if c.dep_ not in CLAUSES:
            out += _own_phrase(c)
    return out


def _timed(tok: Token, ctx: Context) -> bool:
    """A time, read by the times layer or told by its unit: "at approximately 10.40 hrs"."""
    if tok.lower_ in lexicon()["targets"]["times"]:
        return True
    return any(a <= tok.idx < b for a, b in (t.span for t in ctx.times))


def aimed_preps(kind: str) -> list[str]:
    return list(lexicon()["targets"]["aimed"].get(kind, ()))


def object_actor(trigger: Trigger, obj: Token, ctx: Context, doc: Doc) -> str | None:
    """Whom an object names. A capital accused, urged or met stands for its country, and
    "the town of X" is X."""
    if obj.lower_ in lexicon()["places"]["town_nouns"]:
        named = [
            o
            for p in kids_of(obj)
            if p.lower_ == "of"
            for o in kids_of(p)
            if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")
        ]
        obj = named[0] if named else obj
    if trigger.kind in lexicon()["targets"]["political"] and (country := capital(obj.text)):
        return country
    if is_weapon(obj):  # "destroyed two tanks": hit, not acting; "fired rockets": used
        fired = obj.dep_ == "dobj" and lemma_of(trigger.head) in lexicon()["targets"]["fired"]
        return None if fired else group_name(obj)
    name = actor_of(obj, ctx, doc)
    if name is not None and obj.pos_ == "NOUN" and _from_demonym(name, obj):
        return group_name(obj)  # "attacked Beninese soldiers": the soldiers, not Benin
    return name


def _from_demonym(country: str, noun: Token) -> bool:
    """True when a country is read only from an adjective in the noun's phrase ("Angolan
    soldiers", "a position of the Angolan army"), which says whose they are: the target is
    they, not the country."""
    words = list(noun.subtree)
    return not any(t.text == country for t in words) and any(
        t.dep_ in ("amod", "compound") and demonym(t.text) == country for t in words
    )


def passive_actor(trigger: Trigger, ctx: Context, doc: Doc, attribution: int | None) -> str | None:
    """Who acts in a passive without "by": a deployed force's owner, the named side announcing
    a deployment ("800 more troops would be sent", the minister said) or else the force
    itself ("more officers were deployed"), the subject of the clause it hangs on ("Forces
    killed 12, while five others were arrested"), else the side announcing it."""
    head = trigger.head
    patient = patient_of(head)
    patient = counted(patient) if patient is not None else None  # "hundreds of fighters"
    forces = lexicon()["instruments"]["nouns"]
    conf = lexicon()["passive"]
    moved = trigger.kind in conf["moved"]  # "two Senegalese soldiers were killed": no doer
    if moved and patient is not None and lemma_of(patient) in forces and (
        owner := owner_of_noun(patient)
    ):
        return owner  # "4,000 Rwandan soldiers are deployed", not "a Nelsonville man"
    said = ctx.attributions[attribution].speaker if attribution is not None else None
    if said is None and head.dep_ == "conj" and (claim := cue_claim(head.head, ctx)):
        said = claim.speaker  # "Police say 14 officers were hurt and 37 people were
        # detained": the parser joined the second claim to the cue
    acting = acting_body(said) if said is not None else None
    if said is not None and acting is None and _orders(said, trigger.kind):
        acting = said.name  # "500 more troops would be sent", the defence minister said
    if patient is not None and moved:
        if acting and acting[:1].isupper() and trigger.kind in conf["speaker_acts"]:
            return seat(acting)  # "500 more troops would be sent", the ministry said
        if (force := _force_in(patient)) is not None:
            return actor_of(force, ctx, doc)  # "companies of central forces were deployed"
    victims = lemma_of(head) in lexicon()["harm"]["people"]  # "X lost his life and two
    # soldiers were wounded": nobody named did it
    groups = lexicon()["main_event"]["groups"]
    forceful = {*groups["violent"], *groups["force"]}
    if (
        head.dep_ in ("advcl", "conj") and not victims
        and triggers()[0].get(lemma_of(head.head)) in forceful  # "300 people had taken part
        and not lacks_object(head.head)  # and 30 had been detained": no doer named; "drivers
        # walked out ... and a driver was stabbed": who protests stabbed nobody
        and (subject := subject_of(head.head)) is not None
        and subject != patient  # "the driver fled and was arrested": arrested, not arresting
    ):
        return actor_of(subject, ctx, doc)
    if acting is not None and trigger.kind in conf["speaker_acts"] and _authority(acting):
        return seat(acting)
    if trigger.kind in conf["speaker_acts"] and (force := _force_before(head)) is not None:
        return actor_of(force, ctx, doc)  # "The forces of order restored calm. Nine people
    return None  # were detained": they did


def _sentence_before(tok: Token) -> Span | None:
    """The sentence before `tok`'s, None for the document's first."""
    start = tok.sent.start
    return tok.doc[start - 1].sent if start > 0 else None


def _force_before(verb: Token) -> Token | None:
    """The subject of the sentence before, in the same paragraph, when it is a force
    ([families] forces): who carried out the arrest or deployment told next in the passive."""
    before = _sentence_before(verb)
    between = doc_text(verb.doc)[before.end_char : verb.sent.start_char] if before else ""
    if before is None or asks(verb) or "\n" in between:
        return None  # "How many were arrested?" asks; a new paragraph tells anew
    root = before.root
    subject = next((c for c in kids_of(root) if c.dep_ == "nsubj"), None)
    forces = lexicon()["families"]["forces"]
    return subject if subject is not None and lemma_of(subject) in forces else None


def announced_by_authority(trigger: Trigger, ctx: Context, attribution: int | None) -> bool:
    """An arrest or a deployment told in the passive by a speaker who may have ordered it
    ([passive] speaker_acts): an event whoever carried it out, named or not."""
    if attribution is None or trigger.kind not in lexicon()["passive"]["speaker_acts"]:
        return False
    name = ctx.attributions[attribution].speaker.name
    return bool(name) and _authority(name)


def acting_body(speaker: Speaker) -> str | None:
    """Who carried out an arrest or a deployment a speaker announces in the passive: a body
    itself ("52 people were arrested", the ministry said), a person's body named before their
    office ("police spokesman X" -> police), else nobody named: a minister or a colonel does
    not arrest 52 people, their forces do (speakers.toml [roles] person)."""
    name = speaker.name
    if not name:
        return None
    roles, bodies = _speaker_words()
    words = (speaker.role or name).split()
    office = next((i for i, w in enumerate(words) if _bare(w) in roles), None)
    voices = lexicon()["passive"]["voices"]
    if office is None:
        if len(words) > 1 and _bare(words[-1]) in speaker_lexicon().documents:
            return " ".join(words[:-1])  # "according to a police statement": the police
        return None if speaker.type == "person" or _bare(words[-1]) in voices else name
    after = words[office + 2 :] if _bare(" ".join(words[office + 1 : office + 2])) in (
        "for", "of", "at") else []  # "a spokesman for the Internal Security Operations Command"
    cut = next((i + 1 for i, w in enumerate(after) if w.endswith(",")), len(after))
    for part in (words[:office], after[:cut]):  # "head of the press service, Colonel"
        kept = [w for w in part if _bare(w) not in ("the", "a", "an")]
        if any(_bare(w) in voices for w in kept):
            return None  # a press service speaks for whoever acted
        body = " ".join(kept)
        named = bool(body) and registry().lookup(body) is not None  # "Hamas spokesman"
        if named or any(_bare(w) in bodies for w in kept):
            return _POSSESSIVE.sub("", body.rstrip(","))  # "the directorate's spokesman"
    return None


def _orders(speaker: Speaker, kind: str) -> bool:
    """A speaker whose office orders acts of this kind ([passive] ordered): a defence minister
    sends troops; a police spokesman announces what officers did."""
    offices = lexicon()["passive"]["ordered"].get(kind, ())
    words = f"{speaker.role or ''} {speaker.name or ''}".split()
    return any(_bare(w) in offices for w in words)


_POSSESSIVE = re.compile(r"['’]s$")  # "the directorate's spokesman"


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower().strip(",.;:"))


def _speaker_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns naming a person by office and those naming a body that speaks
    (speakers.toml [roles] person, [antecedents] bodies), as the speaker layer reads them."""
    words = speaker_lexicon()
    return words.roles, words.bodies


def _authority(speaker: str) -> bool:
    """A speaker who may have arrested or deployed what it announces: not one of the people
    such acts are done to or against ([agents] victims, [passive] subjects: "Protest leaders
    ... say" an MP was arrested, they did not arrest him), nor one who only saw or heard of
    it ([families] interviewed, [passive] observers: "were rounded up, witnesses said")."""
    found = re.findall(r"[a-z]+", speaker.lower())
    words = {*found, *(w[:-1] for w in found if w.endswith("s")),
             *(w[:-2] for w in found if w.endswith("es"))}  # "witnesses", "residents"
    conf = lexicon()
    done_to = {*conf["agents"]["victims"], *conf["passive"]["subjects"],
               *conf["families"]["interviewed"], *conf["passive"]["observers"]}
    return not words & done_to


def _force_in(patient: Token) -> Token | None:
    """The force a moved patient names: its "of" ("additional companies of central forces"),
    else itself ("more officers")."""
    forces = lexicon()["passive"]["forces"]
    for word in (*(o for p in kids_of(patient) if p.lower_ == "of" for o in kids_of(p)), patient):
        if lemma_of(word) in forces and word.dep_ in ("nsubjpass", "nsubj", "pobj"):
            return word
    return None


def is_hazard(subject: Token | None, verb: Token) -> bool:
    """A natural hazard doing it ("A magnitude 6.1 earthquake struck", "Monday's quake"):
    a disaster, no one's act; the words from the subject's start to its verb tell it."""
    if subject is None:
        return False
    hazards = lexicon()["agents"]["hazards"]
    start, end = min(subject.left_edge.i, subject.i), max(subject.i + 1, verb.i)
    words = subject.doc[start:end] if end - start < 12 else [subject]
    return any(t.pos_ == "NOUN" and lemma_of(t) in hazards for t in words)


def run_into(trigger: Trigger, subject: Token | None) -> Token | None:
    """What ran into a weapon: "a vehicle ... struck an improvised explosive device"."""
    if subject is None or (is_people(subject) and subject.ent_type_ != ""):
        return None
    words = lexicon()["targets"]["run_into"]
    hit = [c for c in kids_of(trigger.head) if c.dep_ == "dobj"]
    return subject if any(lemma_of(o) in words or o.lower_ in words for o in hit) else None


def blast_site(trigger: Trigger, subject: Token | None) -> Token | None:
    """Where a weapon went off, its target: "a car bomb exploded outside the police station"."""
    if subject is None or not is_weapon(subject) or any(
        c.dep_ == "dobj" for c in kids_of(trigger.head)
    ):
        return None  # "Bullets hit a minibus near the checkpoint": the minibus was hit
    sites = lexicon()["targets"]["blast_sites"]
    for prep in (c for c in kids_of(trigger.head) if c.dep_ == "prep" and c.lower_ in sites):
        obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE"):
            return obj
    return None


def can_act(tok: Token | None, ctx: Context, kind: str) -> bool:
    """False for a word that cannot be an agent: a town, region or site the places layer
    found (a country or a capital speaking for its government can), a site however named
    ([agents] sites: "the market"), a time, a live blog's label, a measure ("360 km"), or the
    people an attack harms ("two workers killed")."""
    if tok is None:
        return True
    conf = lexicon()["agents"]
    if tok.ent_type_ in ("DATE", "TIME") or is_label(tok):
        return False
    armed = any(lemma_of(c) in conf["armed"] for c in tok.lefts) or _doing(tok)
    if kind in lexicon()["figures"]["violent"] and lemma_of(tok) in conf["victims"] and not armed:
        return False
    if any(f.unit and f.span[0] <= tok.idx < f.span[1] for f in ctx.figures):
        return False  # "360 km": a measure the figures layer read, never an agent
    if tok.pos_ == "NOUN" and lemma_of(tok) in conf["sites"] and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts
    ):
        return False  # "the same camp's market killed 31": the parser's subject is a site
    start, end = tok.left_edge.idx, tok.idx + len(tok)
    return not any(
        p.kind in conf["inert_places"]
        and not capital(p.text)
        and ((start <= p.span[0] and p.span[1] == end) or _named_again(tok, p.text))
        for p in ctx.places
    )


def _doing(tok: Token) -> bool:
    """A word the grammar makes the doer beyond doubt: a passive's "by" agent ("assaulted by
    workers") or the subject of a verb with its own object that is no toll's verb ("workers
    assaulted two peacekeepers"), never a bulletin's "14 people killed, ... people displaced"."""
    verb = tok.head
    if tok.dep_ == "pobj" and (verb.dep_ == "agent" or verb.lower_ == "by"):
        return True  # also a "by" the parser hung on the place before it
    return (
        tok.dep_ == "nsubj" and lemma_of(verb) not in lexicon()["harm"]["people"]
        and any(c.dep_ == "dobj" for c in kids_of(verb))
    )


def _named_again(tok: Token, place: str) -> bool:
    """A place the places layer read once, named again: "the village of Sortobe ...
    residents of Sortobe" (its later mention is no actor either)."""
    ent = entity_of(tok)
    return ent is not None and ent.label_ in ("GPE", "LOC", "FAC") and ent.text == place
