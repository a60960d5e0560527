"""The parse read for events: subjects, objects, participants, clauses and the claim around
a word. Shared by the recognizers and the role, mode and place choices."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from typing import cast

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.events._trigger import Trigger, hyphened
from wiredesk.extract.events.types import lexicon, triggers
from wiredesk.nlp import doc_text
from wiredesk.nlp.datelines import token_in_dateline
from wiredesk.nlp.index import kids_of, tokens_among
from wiredesk.records import EventKind

CLAUSES = ("ccomp", "advcl", "parataxis", "relcl", "conj", "xcomp", "csubj")


NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj")  # "Fighting between X and Y killed 19"


OBJECTS = ("dobj", "prep", "prt", "dative", "nsubjpass", "advmod", "oprd")  # "shot down"
# as advmod, "set the hall ablaze" as oprd


FINITE = ("VBD", "VBZ", "VBP")


ANCHORS = ("DATE", "TIME", "GPE", "LOC", "FAC")  # what makes a toll a happening of its own


SUBJECTS = ("nsubj", "nsubjpass")
OWN_CLAUSE = ("aux", "auxpass", "nsubj", "nsubjpass", "mark")  # a clause of its own
SETTINGS = ("DATE", "TIME", "GPE", "LOC")  # a day or place: done by nobody
NOUNS = ("NOUN", "PROPN")  # what a participle may describe: "an opposition MP arrested"


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


def phrase_of(word: Token) -> Iterator[Token]:
    """`word` and the words of its phrase, without the clauses hung on it: in "six nationals
    it said had laundered $12 million" the money is no object of "sanctioned"."""
    yield word
    for child in kids_of(word):
        if child.dep_ not in ("relcl", "acl", "ccomp", "advcl"):
            yield from phrase_of(child)


def is_time(prep: Token) -> bool:
    """ "on Monday", "for a week": a preposition that only dates the verb."""
    obj = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
    return prep.dep_ == "prep" and obj is not None and obj.ent_type_ in ("DATE", "TIME")


def patient_of(verb: Token) -> Token | None:
    """The passive subject of a verb without an agent: "troops" in "troops were sent", "three
    others" in "two were killed and three others arrested"."""
    if agent_of(verb) is not None:
        return None
    if elided_passive(verb):
        return next(c for c in kids_of(verb) if c.dep_ == "nsubj")
    patient = next((c for c in kids_of(verb) if c.dep_ == "nsubjpass"), None)
    if patient is None:
        patient = _shared_patient(verb)
    if patient is not None and patient.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head  # "Mbayo, who was arrested in Kenema": Mbayo was
    if (
        patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOUNS
        and (
            any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
            or any(c.dep_ == "agent" or c.lower_ == "by" for c in kids_of(verb))
        )
    ):  # "an opposition MP arrested on Thursday", "Bulk carrier hit by drifting mine": an act
        return verb.head  # done; "units stationed near the village", "guns seized in Mexico"
        # tell a state
    return patient


@cache
def passive_types() -> frozenset[str]:
    """Types a passive without "by" still tells: announced ones (events.toml [passive]
    types) and violence done to someone or something (agentless), its actor unknown."""
    conf = lexicon()["passive"]
    return frozenset(conf["types"]) | frozenset(conf["agentless"])


def agent_of(verb: Token) -> Token | None:
    """Who a passive's "by" names; a vehicle or weapon there ("flown in by helicopter",
    "hit by artillery fire") is what it was done with, not who did it."""
    bys = [c for c in kids_of(verb) if c.dep_ == "agent"] or _by_on_setting(verb)
    for c in bys:
        obj = next((o for o in kids_of(c) if o.dep_ == "pobj" or nominal(o)), None)
        if obj is not None and (not _instrumental(obj) or _held(obj)):
            return obj  # "by militants", "by an RSF drone"; not "by artillery fire"
    return None


def _by_on_setting(verb: Token) -> list[Token]:
    """A passive's "by" the parser hung on the day or place told before it ("were remanded
    until September 3 by the magistrate", "arrested in Kenema by soldiers", "assaulted at
    the same spot by workers"): a day or a town is done by nobody, so the "by" is the verb's,
    as it is when it names people who act ([families] forces and protesters)."""
    if not any(c.dep_ == "auxpass" for c in kids_of(verb)):
        return []
    return [
        b for p in kids_of(verb) if p.dep_ == "prep"
        for o in kids_of(p) if o.dep_ == "pobj"
        for b in kids_of(o) if b.dep_ == "prep" and b.lower_ == "by"
        and (o.ent_type_ in SETTINGS or any(_doers(d) for d in kids_of(b) if d.dep_ == "pobj"))
    ]


def _doers(tok: Token) -> bool:
    """People or a body that act: a person, organisation or people named, forces or
    protesters by their noun ("by soldiers"), or people doing something ("by loggers clearing
    a track"); not "by the river"."""
    families = lexicon()["families"]
    return (
        tok.ent_type_ in ("PERSON", "ORG", "NORP")
        or lemma_of(tok) in (*families["forces"], *families["protesters"])
        or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in kids_of(tok))
    )


def _held(weapon: Token) -> bool:
    """A weapon whose side its phrase names: "an RSF drone", "Russian missiles", "its jets"."""
    return any(
        c.dep_ == "poss" or c.ent_type_ in ("NORP", "ORG", "GPE") for c in weapon.lefts
    )


def _instrumental(tok: Token) -> bool:
    weapons = lexicon()["instrument"]["modes"]
    return lemma_of(tok) in weapons or any(
        lemma_of(c) in weapons for c in tok.lefts if c.dep_ in ("compound", "amod")
    )


def _shared_patient(verb: Token) -> Token | None:
    """The subject a passive verb shares with the verbs it is joined to: "the driver fled
    and was arrested" (the driver was), "they were pushed, punched and struck" (they were
    struck too)."""
    passive = any(c.dep_ == "auxpass" for c in kids_of(verb))
    listed = verb.tag_ == "VBD" and verb.head.tag_ == "VBN" and verb.head.dep_ == "conj"
    acts = any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in kids_of(verb))
    if not (passive or ((verb.tag_ == "VBN" or listed) and not acts)):
        return None  # "the deal would be reviewed and called on protesters": he called;
        # "denied that X had been killed and threatened to attack": the spokesman threatened
    t = verb
    while t.dep_ == "conj" and t.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(t)
    ):
        t = t.head
        kids = kids_of(t)
        if (held := next((c for c in kids if c.dep_ == "nsubjpass"), None)) is not None:
            return held
        if passive and (doer := next((c for c in kids if c.dep_ == "nsubj"), None)):
            return doer
    return None


def elided_passive(verb: Token) -> bool:
    """A participle sharing the passive "were" of the verb it is joined to: "arrested" in
    "two were killed and three others arrested", or a headline's bare participle ("Two
    villagers detained near ...", "KNF blamed"); its subject is the one it is done to."""
    bare = (
        verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass") for c in kids_of(verb))
        and any(c.dep_ == "nsubj" for c in kids_of(verb))
    )
    if not bare:
        return False
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        return any(c.dep_ == "auxpass" for c in kids_of(verb.head))
    headline = verb.idx < headline_end(verb.doc)
    return headline and not any(c.dep_ in ("dobj", "ccomp") for c in kids_of(verb))


_HEADLINE_END = "wiredesk.headline_end"  # user_data key: `headline_end`, found once a document


def headline_end(doc: Doc) -> int:
    """Where a report's headline ends: its first lines while they read as titles (short, no
    full stop: "PRESS STATEMENT", then the title), at most `headline_lines` of them, else 0
    (found once a document: every event asks)."""
    found: int | None = doc.user_data.get(_HEADLINE_END)
    if found is None:
        found = doc.user_data[_HEADLINE_END] = _headline_end(doc_text(doc))
    return found


def _headline_end(text: str) -> int:
    conf = lexicon()["happenings"]
    end = at = 0
    for _ in range(conf["headline_lines"]):
        while text.startswith("\n", at):
            at += 1
        stop = text.find("\n", at)
        line = text[at:stop].strip() if stop > 0 else ""
        if not line or len(line) > conf["headline_chars"] or line.endswith("."):
            break
        end, at = stop, stop
    return end


def participants_of(noun: Token) -> list[Token]:
    """Names after an event noun's "between", "with", "to": "between Putin and Trump"."""
    preps = set(lexicon()["participants"]["target"])
    out = []
    for word in sides_hung_on(noun):
        for prep in kids_of(word):
            if prep.lower_ in preps:
                for obj in kids_of(prep):  # "between" names its sides, named or not
                    if obj.dep_ == "pobj" and (is_named(obj) or prep.lower_ == "between"):
                        out += [obj, *(c for c in kids_of(obj) if c.dep_ == "conj")]
    return out


def sides_hung_on(noun: Token) -> list[Token]:
    """The words an event noun's sides hang on: itself, its participles, and a verb that only
    says it happened ("clashes erupted between A and B")."""
    near = [noun, *(c for c in kids_of(noun) if c.dep_ == "acl")]
    if noun.dep_ == "nsubj" and lemma_of(noun.head) in lexicon()["participants"]["occurred"]:
        near.append(noun.head)
    return near


def located_noun(noun: Token, places: dict[int, str | None]) -> bool:
    """A violent event noun put at a named place: "the shelling of Adigrat", "a strike on a
    market in Sarrin". Said by itself it still reports something that happened there."""
    if not holderless(noun, "located"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in noun.lefts):
        return False  # "that strike" points back at one already told
    preps = lexicon()["places"]["noun_prepositions"]
    frontier = [noun]
    for _ in range(3):  # the noun's place, its target's, or its target's site's
        objs = [
            o
            for w in frontier
            for p in kids_of(w)
            if p.lower_ in preps
            for o in kids_of(p)
            if o.dep_ == "pobj"
        ]
        if any(is_place(o, places) for o in objs):
            return True
        frontier = objs
    return False


def aimed_noun(noun: Token) -> bool:
    """One violent event with its patient named: "an ambush on a supply convoy", "the attack
    against the base" (singular: "attacks on civilians" tells a pattern)."""
    judged = noun.dep_ in ("attr", "oprd", "appos")  # "called it an attack on food security"
    if not holderless(noun, "located") or noun.tag_ != "NN" or judged:
        return False
    preps = lexicon()["holderless"]["aimed"]
    return any(
        p.lower_ in preps and not is_time(p) and any(o.dep_ == "pobj" for o in kids_of(p))
        for p in kids_of(noun)
    )


def harms(verb: Token) -> bool:
    """A verb of harm ([harm] verbs), or one that leaves people harmed ([harm] results: "left
    eight people dead")."""
    lemma = lemma_of(verb)
    if verb.pos_ != "VERB":
        return False
    if lemma in lexicon()["harm"]["verbs"]:
        return True
    results = lexicon()["harm"]["results"].get(lemma, ())
    return any(
        t.lower_ in results and t.dep_ in ("oprd", "amod", "acomp", "xcomp", "ccomp")
        for t in verb.subtree
    )


def harm_told(noun: Token) -> Token | None:
    """The verb of harm of a relative clause on an event noun: "an encounter in which two
    terrorists were killed"."""
    return next((c for c in kids_of(noun) if c.dep_ == "relcl" and harms(c)), None)


def harming(noun: Token) -> Token | None:
    """The verb of harm a violent event noun is the subject of, when no trigger verb tells
    it already: "a similar shooting damaged a recruiting centre"; a trigger whose subject
    cannot do it ([own_subject] abstract: "a blast killed five") leaves it to the noun."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "csubj") or verb.pos_ != "VERB" or not holderless(noun, "sided"):
        return None  # "a similar shooting damaged", "clashes in the villages killed 11"
    lemma = lemma_of(verb)
    own = lexicon()["own_subject"]
    abstract = lemma_of(noun) in own["abstract"] or noun.lower_ in own["abstract"]
    told = lemma in triggers()[0] and not (lemma in own["verbs"] and abstract)
    return verb if harms(verb) and not told else None


def predicate_of(noun: Token) -> Token | None:
    """The verb that tells of a noun subject: its head; in a sentence the parser left without a
    verb over the noun, the verb it stranded in the noun's phrase ("In July 2008, riots after
    a disputed election left five people dead": "left" hung on "election")."""
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "nsubjpass" and lemma_of(noun.head) in lexicon()["holderless"]["reported"]:
        return noun.head  # "Fighting was also reported near Garsila"
    if any(a.pos_ in ("VERB", "AUX") for a in noun.ancestors) or noun.dep_ in SUBJECTS:
        return None  # a verb governs it: no sentence left without one
    if noun.i < headline_end_token(noun.doc):
        return None
    return next(
        (t for t in noun.subtree
         if t.i > noun.i and t.dep_ == "acl" and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN")
         and not any(c.dep_ in SUBJECTS for c in t.children)),
        None,
    )


def headline_end_token(doc: Doc) -> int:
    """The first token past a report's headline (see `headline_end`)."""
    end = headline_end(doc)
    return next((t.i for t in doc if t.idx >= end), len(doc))


def told_happening(noun: Token, places: dict[int, str | None]) -> Token | None:
    """The word that tells a violent or protest noun nobody holds happened ([holderless]
    happened): a verb of harm it is the subject of ("riots ... left five people dead"), a
    relative clause of harm ("clashes in which 170 people were injured"), or a verb that only
    says it happened, with a date or a place ("Clashes broke out in Mohomou on 23 August");
    "the fighting continues" says nothing of one happening."""
    if not holderless(noun, "happened"):
        return None
    if (told := harm_told(noun)) is not None:
        return told
    no = set(lexicon()["modes"]["negations"])  # "there was no fighting": none happened
    there = noun.dep_ == "attr" and any(c.dep_ == "expl" for c in kids_of(noun.head)) and not (
        any(c.lower_ in no for c in (*kids_of(noun), *kids_of(noun.head))))
    verb = noun.head if there else predicate_of(noun)  # "There was heavy fighting near Sake"
    if verb is None:
        return None
    if harms(verb) and lemma_of(verb) not in triggers()[0]:
        return verb
    occurred = there or lemma_of(verb) in lexicon()["participants"]["occurred"] or (
        noun.dep_ == "nsubjpass"  # predicate_of: a passive only of [holderless] reported
    )
    anchored = any(
        t.ent_type_ in ANCHORS or t.idx in places for t in verb.subtree if t.i > noun.i
    )
    return verb if occurred and anchored else None


def spread_over(trigger: Trigger) -> bool:
    """An event noun carried by a verb that says it happened over its object ([participants]
    occurred: "protests swept Cuba", "riots rocked the capital"): the object is where."""
    return trigger.word != trigger.head and trigger.word.pos_ == "NOUN" and (
        lemma_of(trigger.head) in lexicon()["participants"]["occurred"]
    )


def retyped(word: Token, kind: EventKind) -> EventKind:
    """The type a trigger takes from who does it or its kind ([retyped]): "workers voted to
    strike", "a general strike", "the union began a strike" protest; "jets strike" attack."""
    if word.pos_ == "VERB" and (by_object := _retyped_by_object(word)) is not None:
        return by_object
    entry = lexicon().get("retyped", {}).get(lemma_of(word))
    if entry is None:
        return kind
    doer = subject_of(word) if word.pos_ == "VERB" else held_by(word) or by_whom(word)
    if doer is None and word.dep_ == "dobj":
        doer = subject_of(word.head)  # "miners' federations began a strike"
    became = lexicon()["light_verbs"]["became"]
    if doer is None and word.dep_ == "pobj" and word.head.lower_ in became.get(
        lemma_of(word.head.head), ()
    ):
        doer = subject_of(word.head.head)  # "taxi drivers went on strike"
    words = [*(c for c in word.lefts if c.dep_ in ("amod", "compound")),
             *(phrase_of(doer) if doer is not None else ())]
    hit = any(lemma_of(t) in entry["words"] or t.lower_ in entry["words"] for t in words)
    lasting = word.dep_ == "nsubj" and lemma_of(word.head) in entry.get("verbs", ())
    return cast(EventKind, entry["type"]) if hit or lasting else kind  # "a strike lasted days"


def _retyped_by_object(verb: Token) -> EventKind | None:
    """The type a trigger verb takes from what it is done to ([retyped_objects]): "banned
    all demonstrations" forbids a gathering, "took two guards hostage" abducts them."""
    entry = lexicon().get("retyped_objects", {}).get(lemma_of(verb))
    if entry is None or _harmed_within(verb):
        return None
    words = object_words(verb) | {
        lemma_of(c) for c in kids_of(verb) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "NOUN"
    }  # "took two guards hostage", the parser's clause of one noun
    subject = subject_of(verb)
    doers = {lemma_of(t) for t in phrase_of(subject)} if subject is not None else set()
    for kind, need in entry.items():
        wants = lexicon()["types"][kind].get("need_subject", {}).get(lemma_of(verb))
        if words & set(need) and (wants is None or doers & set(wants)):
            return cast(EventKind, kind)  # "protesters set up roadblocks"; police deploy
    return None


def _harmed_within(verb: Token) -> bool:
    """True for a verb whose "in"/"during" names an event noun it happened in: "251 taken
    hostage in the Hamas-led attack" is that attack's toll, no act of its own."""
    conf = lexicon()["harm"]
    return any(
        p.lower_ in conf["prepositions"] and any(event_noun(o) for o in kids_of(p))
        for p in kids_of(verb)
    )


def other_side(noun: Token) -> Token | None:
    """The side a fight was fought with, named or not: "in a gunfight with security forces"."""
    sides = lexicon()["harm"]["sides"]
    return next(
        (o for p in kids_of(noun) if p.lower_ in sides for o in kids_of(p) if o.dep_ == "pobj"),
        None,
    )


def harmed_in(noun: Token) -> Token | None:
    """The verb of harm whose victims a violent event noun was harmed in: "11 insurgents
    were killed in clashes", "two were killed and three arrested in a gunfight"."""
    conf = lexicon()["harm"]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in conf["prepositions"]:
        return None
    if not holderless(noun, "sided"):
        return None
    verb = prep.head
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if lemma_of(v) in conf["verbs"]:
            return v
    return None


def is_place(tok: Token, places: dict[int, str | None]) -> bool:
    """A word the places layer resolved, or the head of a name it starts."""
    return any(t.idx in places for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN")


def holderless(noun: Token, how: str) -> bool:
    """True for an event noun that needs no holder when named `how` (sided or located)."""
    words = _holderless_nouns(how)
    return noun.lower_ in words or lemma_of(noun) in words


@cache
def _holderless_nouns(how: str) -> frozenset[str]:
    """Event nouns of the types events.toml [holderless] lists under `how`."""
    types = lexicon()["types"]
    nouns = (n for k in lexicon()["holderless"][how] for n in types[k]["nouns"])
    return frozenset(nouns) - {"fire"}  # "a fire in the engine room" is no attack


def is_named(tok: Token) -> bool:
    """A name, or a noun a name qualifies: "Putin", "European leaders"."""
    names = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
    if tok.ent_type_:
        return tok.ent_type_ in names
    return tok.pos_ == "PROPN" or any(c.ent_type_ in names for c in tok.lefts)


def held_by(noun: Token) -> Token | None:
    """The side an event noun's own phrase names: "a phased Israeli withdrawal", "the
    Hamas-led attack", "Pakistani shelling"; None for "the withdrawal", "his visit"."""
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG"):
            return c
        if c.dep_ == "amod" and lemma_of(c) in lexicon()["holders"]["led"]:
            led = next(
                (g for g in kids_of(c) if g.ent_type_ in ("ORG", "NORP", "GPE") or is_named(g)),
                None,
            )  # "the Houthi-led attack", its name untyped by the model
            if led is not None:
                return led
    return None


def asks(verb: Token) -> bool:
    """True when the clause of `verb` ends in a question mark: "Q: Who carried out that strike?"."""
    end = next((t for t in verb.doc[verb.i : verb.sent.end] if t.text in (".", "?", "!")), None)
    return end is not None and end.text == "?"


def by_whom(noun: Token) -> Token | None:
    """Who an event noun says did it: "the target of a complex attack by armed groups"."""
    prep = next((c for c in kids_of(noun) if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((o for o in kids_of(prep) if o.dep_ == "pobj"), None) if prep else None


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, through "is to hold", "is due to visit", and the passive's "by".

    A dateline ("PESHAWAR, Aug 5 (Wire) -") the parser took for a subject is skipped, or
    stands for the subject hung on it ("MOSCOW, June 3 (Agency) - A Ukrainian unit ..."); a
    participle clause has the subject of the clause it hangs on ("..., deploying vessels").
    """
    prev: Token | None = None
    for t in [verb, *verb.ancestors]:
        misjoined = (  # "condemns the violations ... and calls on": the parser joined the verb
            prev is not None and prev.dep_ == "conj" and prev.tag_ in FINITE  # to the object
            and t.pos_ == "NOUN" and t.dep_ == "dobj"
        )
        raised = prev is not None and prev.dep_ == "xcomp"  # "is expected to meet"
        prev = t
        if misjoined:
            continue
        if raised and (held := next((c for c in kids_of(t) if c.dep_ == "nsubjpass"), None)):
            return held  # "The minister is expected to meet", "troops were ordered to withdraw"
        for c in _nearest_subject_last(t):
            if c.dep_ in ("nsubj", "csubj") and token_in_dateline(c):
                hung = [a for a in kids_of(c) if a.dep_ == "appos" and not token_in_dateline(a)]
                if hung and hung[-1].pos_ in ("NOUN", "PROPN"):
                    return hung[-1]
            elif c.dep_ in ("nsubj", "csubj") and not is_label(c) and not elided_passive(t):
                return c
        if (agent := agent_of(t)) is not None:
            return agent
        if (shared := _passive_shared(t, verb)) is not None:
            return shared
        if t == verb and _rootless_main(t):
            return t.head  # "The Commission, which visited the mortuary, called for ...":
            # the parser hung the sentence's only finite verb on its subject
        if t == verb and (
            elided_passive(t) or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids_of(t))
        ):
            return None  # "KDF sent helicopters, and more officers were deployed": no doer;
            # "the driver fled and was arrested": the subject it shares is the one arrested
        participle = (
            t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and t.head.dep_ != "relcl"
            and not any(c.dep_ in OWN_CLAUSE for c in kids_of(t))
        ) or _purpose(t)  # "..., deploying vessels", not "when the market was shelled"
        if t.dep_ not in ("xcomp", "conj", "aux", "acomp") and not participle:
            return None
    return None


def _rootless_main(verb: Token) -> bool:
    """True for a past-tense verb the parser hung as a modifier on a noun that roots its
    sentence: a sentence without a verb of its own has this one as its main verb."""
    head = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN") and verb.i > head.i
    )


def lacks_object(verb: Token) -> bool:
    """True for a trigger verb without the object its type needs (events.toml need_object):
    "had taken part" is no "taken into custody"."""
    lemma = lemma_of(verb)
    kind = triggers()[0].get(lemma)
    need = lexicon()["types"][kind].get("need_object", {}).get(lemma) if kind else None
    return need is not None and not object_words(verb) & set(need)


def object_words(verb: Token) -> set[str]:
    """The lemmas of a verb's objects and their phrases, times aside: what need_object and
    avoid_object lists are matched against."""
    objects = [c for c in kids_of(verb) if c.dep_ in OBJECTS and not is_time(c)]
    return {lemma_of(t) for o in objects for t in phrase_of(o)}


def _passive_shared(t: Token, verb: Token) -> Token | None:
    """The passive subject an active verb joined to it shares: "19 had been caught or had
    handed themselves in" (the 19 handed themselves in)."""
    if t == verb or verb.dep_ != "conj" or verb.head != t:
        return None
    kids = kids_of(verb)
    if any(c.dep_ in ("nsubjpass", "auxpass", "nsubj") for c in kids) or not any(
        c.dep_ == "aux" for c in kids
    ):
        return None  # "were pushed, punched and struck": struck as they were
    return next((c for c in kids_of(t) if c.dep_ == "nsubjpass"), None)


def _nearest_subject_last(verb: Token) -> list[Token]:
    """The verb's children, of two subjects only the nearest: in "Our top story: soldiers
    have rounded up ..." the label before the colon is no subject, nor is the one addressed
    at the sentence's start ("Mr Speaker, on that day a crowd gathered")."""
    kids = kids_of(verb)
    subjects = [c for c in kids if c.dep_ in ("nsubj", "csubj") and c.i < verb.i]
    if len(subjects) < 2:
        return list(kids)
    last = subjects[-1]
    labels = [s for s in subjects[:-1] if any(t.text == ":" for t in verb.doc[s.i : last.i])
              or _addressed(s)]
    return [c for c in kids if c not in labels]


def _addressed(subject: Token) -> bool:
    """True for a subject that opens its sentence and a comma closes: the one addressed."""
    after = subject.right_edge.i + 1
    return (
        bool(subject.left_edge.is_sent_start) and after < len(subject.doc)
        and subject.doc[after].text == ","
    )


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose, done by its clause's subject: "he would travel to Honiara
    to meet the prime minister"."""
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VB"
        and any(c.tag_ == "TO" for c in kids_of(verb))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids_of(verb))
    )


def is_label(tok: Token) -> bool:
    """A live blog's entry label the parser took for a subject: "Update, 1530 GMT: ..."."""
    return tok.lower_ in lexicon()["labels"]["words"]


def governors(head: Token) -> list[Token]:
    """`head` and up to three words above it, stopping where a finite verb is coordinated:
    in "has promised to open crossings, and the EU pledged aid" the pledge is no promise."""
    chain = [head]
    t = head
    while (
        len(chain) < 4 and t.head != t and not (t.dep_ == "conj" and t.tag_ in FINITE)
        and not apart(t)
    ):
        joined = t.dep_ == "conj"  # "set fire to houses, and a centre was looted": the
        t = t.head  # first verb governs neither; what governs it governs both
        if not joined:
            chain.append(t)
    return chain


def apart(word: Token) -> bool:
    """True when a clause break ([modes] clause_breaks: "drones hit Izmail; Moscow denies
    targeting civilians") lies between a word and its head: two clauses the parser joined,
    neither governing the other."""
    low, high = sorted((word.i, word.head.i))
    marks = tokens_among(word.doc, lexicon()["modes"]["clause_breaks"], "orth")
    return bisect_right(marks, low) < bisect_left(marks, high)  # one of them between


def attribution_of(ctx: Context, start: int, end: int) -> int | None:
    best: tuple[int, int] | None = None
    for i, att in enumerate(ctx.attributions):
        a, b = att.content.span
        if a <= start and end <= b and (best is None or b - a < best[1]):
            best = (i, b - a)
    return best[0] if best else None


def clause_range(trigger: Trigger) -> tuple[int, int]:
    first, last = trigger.head.left_edge, trigger.head.right_edge  # the subtree's ends
    return first.idx, last.idx + len(last)


def nominal(tok: Token) -> bool:
    """A noun, or a gerund standing as one: "Fighting between X and Y killed 19", "killed by
    Russian shelling" (a gerund after a preposition with a modifier and no object)."""
    if tok.pos_ == "NOUN" or (tok.tag_ == "VBG" and tok.dep_ in NOMINAL):
        return True
    deps = {c.dep_ for c in kids_of(tok)}
    if tok.tag_ != "VBG" or deps & {"dobj", "nsubj"}:
        return False
    sides = lexicon()["holderless"]["sides"]
    return (
        tok.dep_ == "csubj"  # "fighting along the border killed more than 100 people"
        or (tok.dep_ == "pcomp" and bool(deps & {"amod", "det", "poss"}))
        or (tok.dep_ == "pcomp" and any(c.lower_ in sides for c in tok.children))
    )  # "after fighting between two island communities"


def event_noun(tok: Token) -> bool:
    """A word the lexicon lists as an event noun, whole or cut at its hyphen ("sit-in")."""
    nouns = triggers()[1]
    return tok.lower_ in nouns or lemma_of(tok) in nouns or hyphened(tok) in nouns


def affiliated_with(people: Token, bare: bool = True) -> Token | None:
    """The named side a band of people acts for, in its own phrase: "gunmen from the Kalwa
    militia", "troops loyal to General Haftar" (events.toml [affiliation]); with `bare`
    false only its adjective says so ("drones belonging to the RSF", not "drones from Iran")."""
    conf = lexicon()["affiliation"]
    preps = [
        c for c in kids_of(people)
        if bare and c.dep_ == "prep" and c.lower_ in conf["prepositions"]
    ]
    for mod in kids_of(people):
        wanted = conf["adjectives"].get(lemma_of(mod), conf["adjectives"].get(mod.lower_, ()))
        if mod.dep_ in ("amod", "acl", "acomp") and wanted:
            preps += [c for c in kids_of(mod) if c.dep_ == "prep" and c.lower_ in wanted]
    for prep in preps:
        obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
        if obj is not None and is_named(obj):
            return obj
    return None


def counted(tok: Token) -> Token:
    """The people a count names ("thousands of protesters" -> protesters), else `tok`."""
    if not (tok.like_num or lemma_of(tok) in lexicon()["affiliation"]["quantities"]):
        return tok
    if any(c.dep_ == "det" and c.lower_ == "the" for c in kids_of(tok)):
        return tok  # "the group of hiding rockets": the group named before, no count
    prep = next((c for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None) if prep else None
    conf = lexicon()["affiliation"]
    plain = obj is not None and lemma_of(obj) in conf["plain_people"]
    if plain and lemma_of(tok) in conf["gatherings"]:
        return tok  # "a crowd of 400 people": the crowd
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else tok


def blamed_on(noun: Token) -> Token | None:
    """Who a participle or a verb puts an event noun on: "an attack blamed on Boko Haram", "an
    ambush claimed by JNIM", "blamed the bombing on the rebels" (events.toml [holders] blamed)."""
    blamed = lexicon()["holders"]["blamed"]
    for mod in kids_of(noun):
        preps = blamed.get(lemma_of(mod)) if mod.dep_ in ("acl", "relcl") else None
        for prep in (c for c in kids_of(mod) if preps and c.lower_ in preps):
            obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    verb = noun.head  # "the government blamed the attack on separatist rebels"
    negated = any(c.dep_ == "neg" for c in kids_of(verb))  # "does not attribute the attack"
    acted = noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and not negated
    # "the killing was blamed on a cartel" puts it on its doer as "blamed the killing on" does
    preps = blamed.get(lemma_of(verb)) if acted else None
    owned = sorted([*kids_of(verb), *kids_of(noun)], key=lambda t: -t.i)  # the parser may
    # hang "on ..." on the noun; the last "on" names who, the first may say where
    for prep in (c for c in owned if preps and c.lower_ in preps and c.i > noun.i):
        obj = next((o for o in kids_of(prep) if o.dep_ == "pobj"), None)
        while obj is not None and (deeper := next(
            (p for p in kids_of(obj) if p.lower_ == prep.lower_), None)) is not None:
            obj = next((o for o in kids_of(deeper) if o.dep_ == "pobj"), None)  # "the attack
            # on the base on militants": the last "on" names who
        if obj is not None:
            return obj
    return _accused_of(noun)


def _accused_of(noun: Token) -> Token | None:
    """Who a passive accusation puts an event noun on: "The group has been blamed for the
    bombing", "two officers were accused of the killing" ([accusations])."""
    conf = lexicon()["accusations"]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in conf["prepositions"]:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in conf["verbs"]:
        return None
    return next((c for c in kids_of(verb) if c.dep_ == "nsubjpass"), None)


def claimed_by(noun: Token) -> Token | None:
    """Who claims an event noun as their act: "JNIM claimed the ambush", "IS claimed
    responsibility for the attack" (events.toml [claims])."""
    conf = lexicon()["claims"]
    verb, owed = noun.head, noun.head.head  # "responsibility" for the noun
    verbs = conf["direct"]
    if noun.dep_ == "pobj" and verb.lower_ == "for" and lemma_of(owed) in conf["nouns"]:
        verb, verbs = (owed.head if owed.dep_ == "dobj" else owed), conf["verbs"]
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
        return None
    claimer = subject_of(verb)
    negations = lexicon()["modes"]["negations"]
    if claimer is not None and any(c.lower_ in negations for c in claimer.lefts):
        return None  # "No group has claimed the attack": nobody did
    return claimer
