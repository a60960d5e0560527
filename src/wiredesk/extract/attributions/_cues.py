"""Attributions found by a reporting verb in the parse: "X said (that) Y", "X vowed to Y",
"X reported Y", "X called for Y", "Y, X said, and Z".

The verb's subject is the speaker (walking up through "saying", "and called", "who
confirmed" when the verb has none of its own); its clause, infinitive, object or
particle object is the content, as data/cues.toml lists per verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wiredesk.extract.attributions._antecedents import agent_ok, lexicon
from wiredesk.extract.attributions._found import RELATIVE, Found, tidy, without_background
from wiredesk.extract.attributions._lexicon import Cues, cues, positions
from wiredesk.extract.attributions._physical import estimate_given, estimated_at, no_speech
from wiredesk.extract.attributions._quotes import looks_like_speech
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of, tokens_among

_SUBJECTS = {"nsubj"}
_FINITE = {"VBD", "VBZ", "VBP"}
_PLACES = {"GPE", "LOC", "FAC"}
_UPWARD = {"conj", "advcl", "xcomp", "pcomp", "relcl", "acl", "ccomp", "prep"}
_GOES_ON = {"ccomp", "npadvmod"}  # a clause's sequel the parser hangs from the cue
_JOINED = {"conj", "cc", "parataxis", "advcl"}  # a clause of its own after the object


@recognizer("verbs")
def _verbs(finding: Finding) -> list[Found]:
    """Reporting verbs outside quotations and transcript lines: not "thank" in a placard's
    “Thank you, Kharkiv”, nor a cue a quotation already took."""
    text = doc_text(finding.doc)
    slogans = [q.outer for q in finding.quotes if q.closed and not looks_like_speech(text, q)]
    quoted = finding.quoted() + slogans
    return [
        f
        for f in cue_verbs(finding.doc, finding.used)
        if f.cue_token is not None and not inside(f.cue_token.idx, quoted)
    ]


def cue_verbs(doc: Doc, skip: set[int]) -> Iterator[Found]:
    """Every attribution a reporting verb of `doc` carries, except the cues in `skip`."""
    lex = cues()
    for i in tokens_among(doc, lex.cue_lemmas | lex.estimates, "lemma"):
        tok = doc[i]
        if tok.i in skip or tok.pos_ not in {"VERB", "AUX"}:
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids_of(tok))
        after_article = tok.i > 0 and doc[tok.i - 1].lower_ in lex.determiners
        if tok.dep_ in {"amod", "auxpass"} or after_article:
            continue  # "the said agreement": no source speaks
        if no_speech(tok):
            continue  # "fighters attacked a base": an attack, not a claim
        if names_a_source(tok, lex):
            continue  # "said, citing their local branches": whence, not what
        if passive:  # "the bridge is said to be": no source; "was condemned by the UN": one
            yield from _passive(tok, lex)
            continue
        speaker = find_speaker(tok, lex)
        if speaker is None:
            continue
        yield from _contents(tok, speaker, lex)


def _passive(cue: Token, lex: Cues) -> Iterator[Found]:
    """ "The strike was condemned by the UN as a violation": the agent after "by" speaks of
    the passive's subject (and of what completes it: "as a violation", "of shelling")."""
    agent = next((c for c in kids_of(cue) if c.dep_ == "agent"), None)
    source = next((c for c in kids_of(agent) if c.dep_ == "pobj"), None) if agent else None
    subject = next((c for c in kids_of(cue) if c.dep_ == "nsubjpass"), None)
    if source is not None and cue.lemma_.lower() in lex.told_passives:
        yield from _told(cue, source)
        return
    if source is None or subject is None or cue.lemma_.lower() not in lex.object:
        return
    if not agent_ok(source) or source.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return  # "was condemned by many": no one to name
    doc = cue.doc
    if subject.tag_ in RELATIVE:  # "an explosion that was described by the mayor as ..."
        if cue.dep_ != "relcl":
            return
        noun = cue.head
        told = tidy(doc, noun.left_edge.idx, noun.idx + len(noun))
    else:
        told = tidy(doc, subject.left_edge.idx, content_end(subject))
    rest = [c for c in cue.rights if c.i > source.i and completes(c, lex)]
    span = (cue.idx, cue.idx + len(cue))
    pattern = "passive: content + cue + by speaker"
    if not rest:
        yield Found(told, span, cue, source, pattern)
        return
    completed = tidy(doc, rest[0].left_edge.idx, content_end(rest[-1]))
    yield Found((told[0], completed[1]), span, cue, source, pattern, fragments=(told, completed))


def _told(cue: Token, source: Token) -> Iterator[Found]:
    """ "We have been told by the authorities that the work is suspended": the one after
    "by" says the clause; the one told is no source."""
    claim = next((c for c in kids_of(cue) if c.dep_ == "ccomp"), None)
    if claim is None or not agent_ok(source) or source.pos_ not in {"PROPN", "NOUN"}:
        return
    told = tidy(cue.doc, claim.left_edge.idx, content_end(claim))
    yield Found(told, (cue.idx, cue.idx + len(cue)), cue, source,
                "passive: the one told + cue + by speaker + clause")


def find_speaker(cue: Token, lex: Cues) -> Token | None:
    """The subject of `cue`, or of the reporting verb it hangs from, on the cue's own line: a
    headline the parser ran into the first sentence ("UN chief urges calm\nNEW YORK - ...")
    does not lend its subject to the story."""
    speaker = _speaker_of(cue, lex)
    if speaker is None:
        return None
    lo, hi = sorted((speaker.idx, cue.idx))
    if "\n" not in doc_text(cue.doc)[lo:hi]:
        return speaker
    before = cue.doc[cue.i - 1] if cue.i > 0 else cue
    return before if before.pos_ in {"PROPN", "NOUN"} and before.i > speaker.i else None


def _speaker_of(cue: Token, lex: Cues) -> Token | None:
    headline = _told_before(cue)
    if headline is not None:
        return headline[1]
    own = _subject(cue)
    if own is not None and own.pos_ == "VERB":
        # "Opening the case, the prosecutor, Hawa Sesay, told the court": a clause read as
        # the subject never speaks; the noun phrase set beside it does
        return _misplaced_subject(cue)
    if own is not None:
        return _apposed(own, cue) or own
    if cue.dep_ == "acl" and cue.tag_ == "VBD" and cue.head.i == cue.i - 1:
        return cue.head  # "..., a man yelled “...”" parsed as a noun with a relative verb
    if cue.dep_ in {"xcomp", "advcl"} and _infinitive(cue):
        head = cue.head  # "went on to promote ...", "was quick to reject ...": who went
        while head.dep_ in {"acomp", "xcomp"} and head.pos_ == "ADJ":
            head = head.head
        # not "is expected to ...", "did not move to ...", "it was not possible to ..."
        if any(c.dep_ in {"auxpass", "nsubjpass", "neg", "expl"} for c in kids_of(head)):
            return None
        subject = _subject(head)
        if not lex.is_cue(head.lemma_.lower()) and subject is not None:
            return None if subject.lower_ == "it" and head is not cue.head else subject
    misplaced = _misplaced_subject(cue)
    if misplaced is not None:
        return misplaced
    node, fallback = cue, None
    while node.dep_ in _UPWARD and node.head is not node:
        node = node.head
        told = node.pos_ in {"VERB", "AUX"} and lex.is_cue(node.lemma_.lower())
        # "..., the Forum said yesterday, adding that ...": who said it adds it
        subject = _subject(node) or (_misplaced_subject(node) if told else None)
        if subject is None:
            continue
        if told:
            return subject
        aside = _aside_speaker(node, cue, lex) if fallback is None else None
        if aside is not None:
            return aside
        if (
            fallback is None
            and cue.dep_ in {"advcl", "xcomp", "conj", "pcomp"}
            and (cue.lemma_.lower() in lex.speech or cue.lemma_.lower() in lex.quote_only)
            and not _infinitive(cue)
        ):
            fallback = subject  # "signed a statement, saying ...": the signers say it
    if fallback is not None:
        return fallback
    if cue.dep_ == "relcl":
        pronoun = next((c for c in kids_of(cue) if c.dep_ in _SUBJECTS), None)
        return cue.head if pronoun is None else _past_place(cue.head, pronoun)
    return None


def _aside_speaker(clause: Token, cue: Token, lex: Cues) -> Token | None:
    """ "Three men died, the superintendent told our team, adding that ...": who tells the
    clause in the aside after it adds the rest, not the clause's own subject (the parser
    hangs both the aside and the participle from the clause's verb)."""
    for aside in kids_of(clause):
        if (aside.dep_ in {"conj", "parataxis", "advcl"} and clause.i < aside.i < cue.i
                and aside.tag_ in _FINITE and lex.is_cue(aside.lemma_.lower())):
            return _subject(aside) or _misplaced_subject(aside, aside=True)
    return None


def _apposed(subject: Token, cue: Token) -> Token | None:
    """ "... killed at least 17 people, the prison service INP said": the parser makes the
    clause's last noun the subject and the speaker its appositive, which runs up to the cue;
    the speaker is the appositive ("Jane Roe, the spokeswoman, said" keeps Jane Roe)."""
    if not any(c.dep_ == "ccomp" and c.i < subject.i for c in kids_of(cue)):
        return None
    doc = cue.doc
    for appos in (c for c in kids_of(subject) if c.dep_ == "appos"):
        first = appos.left_edge.i
        if appos.right_edge.i == cue.i - 1 and first > 0 and doc[first - 1].text == ",":
            return appos if appos.pos_ in {"NOUN", "PROPN"} else None
    return None


def _misplaced_subject(cue: Token, aside: bool = False) -> Token | None:
    """ "Drones struck the port, injuring six people, the governor of Odesa region said on
    Telegram.": the parser takes the speaker for an appositive of the last noun of the clause
    the cue tells (or coordinates the cue with it, or hangs it from it as an `aside`), which
    leaves the cue with no subject."""
    told = any(c.dep_ == "ccomp" for c in kids_of(cue)) and cue.tag_ in _FINITE
    joined = cue.dep_ == "conj" or aside
    if cue.i == 0 or not (told or (joined and cue.head.i < cue.i)):
        return None  # ("According to Khovar, the Border Troops said that ...": the same)
    doc = cue.doc
    last = cue.i - 1
    while last > 0 and doc[last].text == ",":
        last -= 1  # "..., the head of the administration, Oleh Kiper, said": the name's comma
    node = doc[last]
    while node.dep_ != "appos" and node.head.i != node.i and node.head.i < cue.i:
        node = node.head
    while node.dep_ == "appos" and node.head.dep_ == "appos" and node.head.i < node.i:
        node = node.head  # "the prison service INP": a name in apposition to the speaker
    while node.dep_ == "appos" and node.head.dep_ == "pobj" and node.head.head.dep_ == "prep" \
            and node.head.head.head.dep_ == "appos":
        node = node.head.head.head  # "the head of the administration, Oleh Kiper": the role
    first = node.left_edge.i
    ends = last <= node.right_edge.i < cue.i  # its closing comma its own or not
    if node.dep_ != "appos" or not ends or doc[first - 1].text != ",":
        return None
    return node if node.pos_ in {"NOUN", "PROPN"} else None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(verb))


def _past_place(noun: Token, pronoun: Token) -> Token:
    """The noun a place after a preposition belongs to ("the fishermen's association in
    Kalmunai, which ...", "officials in the capital, who ..."): the parse hangs the relative
    clause from the nearer place, which never speaks; and the person a "who" after their
    office's phrase is ("a member of parliament for the district, who ...")."""
    prep = noun.head
    if (noun.ent_type_ in _PLACES and noun.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.head.pos_ in {"NOUN", "PROPN"} and prep.head.ent_type_ not in _PLACES):
        return prep.head
    roles = lexicon().roles
    if pronoun.tag_ != "WP" or noun.ent_type_ == "PERSON" or noun.lemma_.lower() in roles:
        return noun
    node = noun  # "who" is a person: the one the whole phrase names, not its place
    while (node.dep_ == "pobj" and node.head.dep_ == "prep"
           and node.head.head.pos_ in {"NOUN", "PROPN"}):
        node = node.head.head
        if node.ent_type_ == "PERSON" or node.lemma_.lower() in roles:
            break
    return node


def _subject(verb: Token) -> Token | None:
    for child in kids_of(verb):
        if child.dep_ in _SUBJECTS or (child.dep_ == "nsubjpass" and verb.lemma_ == "quote"):
            if child.lower_ in cues().relative_pronouns and verb.dep_ == "relcl":
                return _past_place(verb.head, child)
            return child
    if verb.dep_ == "pcomp" and verb.head.head.lemma_ == "quote":
        quoting = verb.head.head  # "Tasnim quoted the governor as saying": the governor says
        quoted = next((c for c in kids_of(quoting) if c.dep_ == "dobj" and c.i < verb.i), None)
        return quoted if quoted is not None and agent_ok(quoted) else _subject(quoting)
    return None


def _contents(cue: Token, speaker: Token, lex: Cues) -> Iterator[Found]:
    """What the cue's frame holds; under a refusal ("declined to comment on that claim") it
    is kept as a stance with nothing said, its cue still bounding the contents around it."""
    quiet = refused(cue, lex) or declined(cue, lex)
    for f in _said(cue, speaker, lex):
        f.stance_only = f.stance_only or quiet
        yield f


def _said(cue: Token, speaker: Token, lex: Cues) -> Iterator[Found]:
    lemma = cue.lemma_.lower()
    doc = cue.doc
    stance = lemma in lex.stance and lemma not in lex.speech
    span = (cue.idx, cue.idx + len(cue))
    headline = _told_before(cue)
    if headline is not None and lemma in lex.clause:  # "Twelve held after riot, police say"
        said, who = headline
        comma = who.left_edge.i - 1
        yield Found(tidy(doc, said.left_edge.idx, doc[comma].idx), span, cue, speaker,
                    "clause: content, speaker + cue", stance=stance)
        return
    clause = _past_aside(_reported_clause(cue, speaker), cue, lex)
    if clause is not None and lemma in lex.clause:
        marker = next((c.lower_ for c in kids_of(clause) if c.dep_ == "mark"), None)
        first = clause.left_edge.lower_
        asked = (lemma in lex.quote_only or _negated(cue)) and first in lex.question_markers
        if marker in lex.question_openers or asked:
            return  # a question put to someone is not their claim
        outer = cue.head
        if (
            clause.i < cue.i
            and cue.dep_ == "ccomp"
            and outer.i < clause.left_edge.i
            and lex.is_cue(outer.lemma_.lower())
            and _subject(outer) is not None
        ):
            # "X said Y, the agency reported": the agency reports X's saying it
            yield Found(
                tidy(doc, outer.left_edge.idx, content_end(clause)),
                span,
                cue,
                speaker,
                "aside: speaker + cue + content, speaker + cue",
                stance=stance,
            )
            return
        if clause.i < cue.i and _cut_off(clause, speaker):
            return  # "Ukraine says it downed 40 drones; Russia claims village": two claims
        if clause.i < cue.i and cue.dep_ == "ROOT" and clause.left_edge.i == cue.sent.start:
            pattern = "clause: content, speaker + cue"
        else:
            pattern = "clause: speaker + cue + ccomp"
        content, pieces = clause_parts(clause, lex)
        if clause.i > cue.i and content[1] >= tidy(doc, content[0], content_end(clause))[1]:
            whole = tidy(doc, content[0], _goes_on(clause, cue))  # not cut short: it goes on
            whole = (whole[0], runs_on(cue, whole[1], lex))
            pieces = tuple((a, whole[1] if b == content[1] else b) for a, b in pieces)
            content = whole
        if pattern == "clause: content, speaker + cue":
            content, pieces = _up_to_speaker(content, pieces, speaker, lex)
        if clause.i < speaker.i < cue.i and speaker.dep_ == "appos":  # not the speaker's words
            content = tidy(doc, content[0], min(content[1], speaker.left_edge.idx))
            pieces = tuple((a, min(b, content[1])) for a, b in pieces if a < content[1])
        yield Found(content, span, cue, speaker, pattern, stance=stance, fragments=pieces)
        return
    if (
        cue.dep_ == "parataxis" or _aside(cue, speaker) or _trailing(cue, speaker)
    ) and lemma in lex.clause:
        yield from _parataxis(cue, speaker, stance)
        return
    if lemma in lex.infinitive:
        inf = next(
            (
                c
                for c in kids_of(cue)
                if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in kids_of(c))
            ),
            None,
        )
        if inf is not None and anonymous(inf, lex):
            return
        told = _told_by(inf, cue, lex) if inf is not None else None
        if told is not None and _question(told, lex):
            return  # "declined to say whether ...": no claim
        if inf is not None and told is not None:  # "wishes to inform the public that ..."
            content, pieces = clause_parts(told, lex)
            yield Found(
                content,
                (inf.idx, inf.idx + len(inf)),
                cue,  # the wish's verb: no other recognizer takes it for a cue of its own
                speaker,
                "infinitive: speaker + cue + to + speech verb + clause",
                fragments=pieces,
            )
            return
        if inf is not None:
            addressee = _addressee(cue, inf, lex)  # "called on both sides to return to talks"
            yield Found(
                tidy(doc, (addressee or inf.left_edge).idx, content_end(inf)),
                span,
                cue,
                speaker,
                "infinitive: speaker + cue + to ...",
                stance=True,
                # "ordered them to leave", "declined to comment": no claim, a cue still
                stance_only=_on_the_scene(cue, inf, lex) or _deed_refused(cue, inf, lex) or (
                    lemma in lex.refusals and _on_told_words(inf, lex)),
            )
            return
    if _negated(cue):
        return  # "did not respond to a request for comment", "did not confirm the toll"
    if planned(cue, lex):
        return  # "walked there to demand the return of the land"
    particles = lex.preposition.get(lemma, frozenset())
    objects = [c.i for c in kids_of(cue) if c.dep_ == "dobj" and lemma in lex.naming]
    for prep in kids_of(cue):
        if any(cue.i < o < prep.i for o in objects):
            continue  # "called a march for Saturday": the particle is not the verb's
        if prep.dep_ in {"prep", "prt"} and prep.lower_ in particles:
            obj = next((c for c in kids_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                cue_end = prep.idx + len(prep) if prep.i == cue.i + 1 else span[1]
                wanted = next(  # "calls on Cambodia to cease all hostilities": what is asked
                    (
                        c
                        for c in cue.rights
                        if c.dep_ in {"xcomp", "advcl"}
                        and c.i > obj.i
                        and any(a.lower_ == "to" for a in kids_of(c))
                    ),
                    obj,
                )
                yield Found(
                    tidy(doc, obj.left_edge.idx, content_end(wanted)),
                    (cue.idx, cue_end),
                    cue,
                    speaker,
                    "preposition: speaker + cue + particle + object",
                    position=True,
                )
                return
    if lemma in lex.object or (lemma in lex.estimates and estimate_given(cue)):
        obj = next((c for c in kids_of(cue) if c.dep_ == "dobj"), None)
        if obj is not None and obj.tag_ not in RELATIVE:  # not "whom it described as ..."
            last = obj
            for c in cue.rights:
                if c.i > obj.i and completes(c, lex):
                    last = c
                elif c.i > obj.i and not c.is_quote:  # 'called it “rotten”': the mark holds on
                    break
            told = next(
                (
                    c
                    for c in kids_of(obj)
                    if c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in kids_of(c))
                ),
                None,
            )
            if told is not None:  # "rejected reports that ...": the reports' clause
                yield Found(
                    tidy(doc, told.left_edge.idx, content_end(told)),
                    span,
                    cue,
                    speaker,
                    "object: speaker + cue + noun that ...",
                    position=True,
                )
                return
            end = content_end(last) if last is not obj else _end_before(obj, lex)
            yield Found(
                tidy(doc, obj.left_edge.idx, without_background(obj, obj.left_edge.idx, end)),
                span,
                cue,
                speaker,
                "object: speaker + cue + object",
                position=True,
                stance_only=(last is obj and told_elsewhere(obj, lex))
                or (lemma in lex.naming | lex.judging  # "called a march", "condemned it"
                    and not _described(cue, obj, lex)),
            )


def _deed_refused(cue: Token, inf: Token, lex: Cues) -> bool:
    """ "Detainees refused to return to their cells": a deed not done ([infinitive]
    deeds_refused) says nothing; a refusal to back or tell something ("refused to endorse
    the governor", [fitted] positions, or a cue) is a stance of its own."""
    verb = inf.lemma_.lower()
    return cue.lemma_.lower() in lex.deeds_refused and not (
        verb in positions() or lex.is_cue(verb))


def planned(cue: Token, lex: Cues) -> bool:
    """ "Walked to the camp to demand the return of the land", "calls on residents to report
    any movement": a to-infinitive of purpose or of what a request asks of others
    ([infinitive] requests), like a verb under a modal of advice, is a deed, not words told;
    only its object frames ask this (a clause after it, "went on to say that ...", is still
    told)."""
    if _advised(cue, lex):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in lex.plans for c in kids_of(cue)):
        return False
    return cue.dep_ == "advcl" or (
        cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.requests)


def _advised(cue: Token, lex: Cues) -> bool:
    """ "Vessels should keep watch and report any approach to the navy": a verb under a
    modal of advice or duty ([grammar] advice), itself or through the verb it is joined to,
    urges a deed on its subject; under one of the future ([grammar] future: "will announce
    the results next week", verbs of making known) the deed is still to come. Nothing has
    been told."""
    modals = lex.advice | (lex.future if cue.lemma_.lower() in lex.future_verbs else set())
    verb = cue
    while not any(c.dep_ == "aux" and c.lower_ in modals for c in kids_of(verb)):
        if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in _SUBJECTS for c in kids_of(verb)):
            return False  # "..., and the mayor announced": a clause of its own
        verb = verb.head
    return True


def _negated(cue: Token) -> bool:
    """ "Police have not said who fired", "could not confirm how she was hurt": a cue
    with "not" before a question leaves it open, a question, not a claim."""
    return any(c.dep_ == "neg" for c in kids_of(cue))


def told_elsewhere(obj: Token, lex: Cues) -> bool:
    """ "rejected such claims", "published their figures": an object naming words said or
    written elsewhere, of a verb answering or handing them on (data/cues.toml [object]
    told_elsewhere, answering), with no clause of its own
    ("rejected claims that ...", however parsed, tells them) and no description ("called
    the claim "an insult"" says what the speaker makes of them)."""
    if obj.lemma_.lower() not in lex.told_elsewhere or obj.head.lemma_.lower() not in (
            lex.answering):
        return False
    relative = {t.i for c in obj.subtree if c.dep_ == "relcl" and c.left_edge.lower_ != "that"
                for t in c.subtree}  # "..., who said that ...", not "claims by X that ..."
    clause = any(t.i > obj.i and t.lower_ == "that" and t.tag_ in {"IN", "WDT"}
                 and t.i not in relative for t in obj.subtree)  # not "..., who said that"
    named = any(c.dep_ in {"appos", "oprd", "attr"} for c in kids_of(obj))
    quoted = obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].is_quote
    return not (clause or named or quoted)


def declined(cue: Token, lex: Cues) -> bool:
    """ "The spokesman declined to say how many soldiers were killed": a cue under a refusal
    ([infinitive] refusals) leaves the question after it open, as "not" does: a stance with
    nothing said."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.refusals and any(
        c.dep_ == "ccomp" and c.left_edge.lower_ in lex.question_markers for c in kids_of(cue))


def refused(cue: Token, lex: Cues) -> bool:
    """ "Police declined to comment on that claim": a cue under a refusal (data/cues.toml
    [infinitive] refusals) is not said, as with "not"."""
    return (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.refusals
            and _on_told_words(cue, lex))


def _on_told_words(verb: Token, lex: Cues) -> bool:
    """ "comment on that claim", "comment on it": speaking of words told elsewhere
    ([infinitive] refusals.silent, [object] told_elsewhere, or a pronoun for them); refused,
    it is a stance on them with nothing said (a bare "declined to comment" is left as is)."""
    if verb.lemma_.lower() not in lex.silent:
        return False
    told = (o for p in kids_of(verb) if p.dep_ == "prep" for o in kids_of(p) if o.dep_ == "pobj")
    return any(o.pos_ == "PRON" or o.lemma_.lower() in lex.told_elsewhere for o in told)


def _on_the_scene(cue: Token, inf: Token, lex: Cues) -> bool:
    """ "Police ordered them to leave", "our patrol asked them to stop": an order given on
    the scene to a pronoun for those just told of is the reporter's narration of what
    happened ([infinitive] commands); an addressee named ("asked parents to keep their
    children at home") makes it an appeal or an order made public."""
    if cue.lemma_.lower() not in lex.commands or any(
            t.tag_ in {"WRB", "WP"} for t in inf.lefts):
        return False  # "tell them how to vote": what to know, no order
    told = next((c for c in kids_of(cue) if c.dep_ == "dobj" and c.i < inf.i), None)
    return told is not None and told.pos_ == "PRON" and told.tag_ == "PRP"


def _described(cue: Token, obj: Token, lex: Cues) -> bool:
    """ "called the claim "an insult"", "labelled them traitors", "branded it as a lie": a
    naming verb's description of its object ([object] naming), which alone makes it speech."""
    after = [c for c in (*kids_of(cue), *kids_of(obj)) if c.i > obj.i]
    joined = {t.i for c in kids_of(cue) if c.i > obj.i and c.dep_ in _JOINED for t in c.subtree}
    return (
        any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "appos", "dobj"} for c in after)
        or any(c.pos_ in {"NOUN", "PROPN", "ADJ"} and c.ent_type_ not in {"DATE", "TIME"}
               and c.dep_ != "conj" for c in after)  # "called X a moment like ...", misparsed
        or any(c.dep_ == "prep" and c.lower_ in lex.naming_as for c in after)
        or sum(t.is_quote for t in cue.subtree if t.i > obj.left_edge.i and t.i not in joined
               ) >= 2  # quoted words
    )  # at or after the object, not a quotation closing around the cue ("to "call out X""),
    # nor one of a clause joined after it ("condemned the killing and said it would "...")


def _goes_on(clause: Token, cue: Token) -> int:
    """The end of a content told after its cue, with the words after a comma the parser hung
    from the cue, not from the clause ("said seven were wounded, four of them passers-by";
    "said 84 were killed, 52 in one district and 32 in another")."""
    end, last = content_end(clause), _last_word(clause.right_edge)
    for sibling in (c for c in cue.rights if c.i > clause.i):
        between = cue.doc[last + 1 : _first_word(sibling.left_edge)]
        if sibling.dep_ not in _GOES_ON or not len(between) or any(not t.is_punct for t in between):
            break
        end, last = content_end(sibling), _last_word(sibling.right_edge)
    return end


def runs_on(cue: Token, end: int, lex: Cues) -> int:
    """The end of a content told after its cue, taken on to the end of its sentence when the
    rest goes on with the claim after a comma ("said they will go, but only if ..."; "said 31
    were killed, 26 of them villagers"), not when it holds a source of its own (another
    reporting verb, "according to", a quotation), a relative clause on the last noun, or a
    clause of the reporter's about someone else ("..., and a fifth delegate has not been
    named"), or the sentence's own verb (the content was its subject)."""
    tail = [t for t in cue.sent if t.idx >= end]
    words = [t for t in tail if not t.is_punct]
    if not words or tail[0].text != "," or words[0].lower_ in lex.relative_pronouns:
        return end
    if cue.sent.root in tail or any(_told_apart(t) for t in words):
        return end
    relative = next((n for n in (cue, *cue.ancestors) if n.dep_ == "relcl"), None)
    if relative is not None and words[-1].i > relative.right_edge.i:
        return end  # "X, which said Y, is ...": the sentence goes on about X
    if any(t.is_quote or (t.pos_ == "VERB" and lex.is_cue(t.lemma_.lower())) for t in tail):
        return end
    if any(t.lower_ == lex.according_to[0] for t in words):
        return end
    return words[-1].idx + len(words[-1])


def _told_apart(tok: Token) -> bool:
    """A subject named by a noun of a main clause: the reporter's own sentence going on."""
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ == "mark" for c in kids_of(tok.head))
    )


def _first_word(edge: Token) -> int:
    """The index of the first word from `edge` on, after any punctuation it starts with."""
    at = edge.i
    while at < len(edge.doc) - 1 and edge.doc[at].is_punct:
        at += 1
    return at


def _last_word(edge: Token) -> int:
    """The index of the last word up to `edge`, before any punctuation it ends with."""
    at = edge.i
    while at > 0 and edge.doc[at].is_punct:
        at -= 1
    return at


def _reported_clause(cue: Token, speaker: Token) -> Token | None:
    """The cue's clause: the one after it when the one before is cut off from the speaker by
    a semicolon or colon ("It is unlikely; her team says she will go on": the team says the
    second, not the first)."""
    clauses = [c for c in kids_of(cue) if c.dep_ == "ccomp"] or [
        c for r in kids_of(cue) if r.dep_ == "advcl" and r.lemma_.lower() in cues().relays
        for c in kids_of(r) if c.dep_ == "ccomp" and c.i > r.i
    ]  # "reported, citing the governor, that ...": the parse hung the clause on the aside
    if not clauses:
        clauses = [c for c in kids_of(cue) if _misread_before(c, speaker)] or _misread_after(cue)
    if not clauses:
        return None
    if clauses[0].i < cue.i and _cut_off(clauses[0], speaker):
        return next((c for c in clauses if c.i > cue.i), clauses[0])
    after = next((c for c in clauses if c.i > cue.i and _complementizer(c, cues())), None)
    if after is not None and clauses[0].i < speaker.i < cue.i:
        return after  # "Writing for a paper that said X, Roe noted that Y": the parse hung a
        # clause of the opening words on the cue; the that-clause after it is what it reports
    return clauses[0]


def _told_before(cue: Token) -> tuple[Token, Token] | None:
    """ "Twelve held after riot in northern town, police say": a headline's clause with its
    verb left out (a noun and a participle) that the parser reads as a second subject of
    the cue; the subject set off after it by a comma speaks, and the noun heads what was
    said. The pair (what was said, who said it), or None."""
    subjects = [c for c in kids_of(cue) if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) != 2 or cue.dep_ != "ROOT":
        return None
    said, who = subjects
    if said.left_edge.i != cue.sent.start:
        return None  # "Two guards were killed and nine workers injured ..., police said"
    comma = who.left_edge.i - 1
    participle = any(c.dep_ == "acl" and c.tag_ == "VBN" for c in kids_of(said))
    if not participle or comma <= said.right_edge.i or cue.doc[comma].text != ",":
        return None
    return (said, who) if said.right_edge.i + 1 == comma else None


def _misread_before(clause: Token, speaker: Token) -> bool:
    """ "Shelling overnight damaged a school in the town, the administration said": the
    parser may hang the clause told before the speaker from the cue as a circumstance
    (advcl); one that opens the sentence with a finite verb and no subordinating word, and
    ends at the comma before the speaker, is what the speaker said."""
    doc = clause.doc
    first = speaker.left_edge.i
    finite = clause.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE | {"MD"} for c in kids_of(clause)
    )
    return (
        clause.dep_ == "advcl"
        and finite
        and clause.left_edge.i == clause.sent.start
        and clause.right_edge.i + 2 == first
        and doc[first - 1].text == ","
        and not any(c.dep_ == "mark" for c in kids_of(clause))
    )


def _misread_after(cue: Token) -> list[Token]:
    """ "said the same night that officers had acted ...", "reported on Saturday, citing
    residents, that 300 people had taken part": the parser may read the clause after a
    circumstance as a relative clause of the time word or as a verb coordinated with the
    cue; a clause after the cue that opens with the complementizer ("that") and has a
    subject of its own is the cue's reported clause all the same."""
    lex = cues()
    near = [cue, *(c for c in kids_of(cue) if c.dep_ in {"npadvmod", "tmod"} and c.i > cue.i)]
    found = [
        c
        for head in near
        for c in kids_of(head)
        if c.i > cue.i
        and c.dep_ in {"conj", "relcl", "advcl"}
        and _complementizer(c, lex) is not None
        and _subject(c) is not None
    ]
    up = cue.head  # "X, reported on Saturday, citing ..., that ...": the clause made the root
    if not found and cue.dep_ == "advcl" and up.i > cue.i and _subject(up) is not None:
        opener = next((c for c in kids_of(up) if c.dep_ == "mark" and c.i > cue.i
                       and c.lower_ in lex.complementizers and c.doc[c.i - 1].text == ","), None)
        if opener is not None and opener.i < up.i:
            found.append(up)
    return found


def _complementizer(clause: Token, lex: Cues) -> Token | None:
    """The "that" opening `clause` as a complementizer (not its subject or object)."""
    first = clause.doc[clause.left_edge.i]
    opener = next((c for c in kids_of(clause) if c.lower_ in lex.complementizers
                   and c.dep_ in {"mark", "advmod"}), None)
    if opener is None or opener.i > clause.i:
        return None
    return opener if first.i == opener.i or first.head.i == clause.i else None


def _cut_off(clause: Token, speaker: Token) -> bool:
    return any(t.text in {";", ":"} for t in clause.doc[clause.i : speaker.i])


def _past_aside(clause: Token | None, cue: Token, lex: Cues) -> Token | None:
    """ "said Y, the agency reported": the parser hangs Y from the aside's verb; the content
    of "said" is Y, and the aside is an attribution of its own."""
    if clause is None or clause.i < cue.i or not lex.is_cue(clause.lemma_.lower()):
        return clause
    if _subject(clause) is None:
        return clause
    inner = next((c for c in kids_of(clause) if c.dep_ == "ccomp" and cue.i < c.i < clause.i), None)
    return inner if inner is not None else clause


def completes(part: Token, lex: Cues) -> bool:
    """A part after the object that belongs to what the speaker said: "described him as a
    fraud", "likened the plan to a surrender", "called them liars"; not the reporter's
    circumstances ("during the debate", "on Friday", "when he ran", ", meaning ...")."""
    if part.dep_ in {"oprd", "ccomp", "xcomp"} or estimated_at(part):
        return True
    return part.dep_ == "prep" and part.lower_ in lex.complements and not _dated(part)


def _dated(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in kids_of(prep))


def _end_before(obj: Token, lex: Cues) -> int:
    """The end of an object without a circumstance the reporter adds: "... without mentioning"."""
    for child in obj.rights:
        if child.dep_ == "prep" and (child.lower_ in lex.circumstances or _dated(child)):
            before = obj.doc[child.i - 1]
            return before.idx + len(before)
    return content_end(obj)


def content_end(tok: Token) -> int:
    edge = tok.right_edge
    return edge.idx + len(edge)


def names_a_source(cue: Token, lex: Cues) -> bool:
    """A participle set beside another's words to say where they come from ("the
    organisers said, citing their local branches"): the source's source, no claim.
    """
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.lemma_.lower() not in lex.relays:
        return False
    # beside a saying ("said, citing ...", or its clause the parse hung it from), not a
    # deed's reason ("endorsed her, citing her work", which is a claim of its own)
    said = any(v.lemma_.lower() in lex.speech for v in (cue.head, cue.head.head) if v is not cue)
    cited = next((c for c in kids_of(cue) if c.dep_ == "dobj"), None)
    return said and cited is not None and (  # a source cited, not a reason ("citing polls")
        cited.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or cited.lower_ in lex.source_nouns
        or cited.lemma_.lower() in lex.source_nouns)


def _after_aside(clause: Token) -> int:
    """Where a reported clause opens: at its "that" when the parse hung an aside of the
    reporting verb before it ("reported, citing a hospital, that five were treated")."""
    mark = next((c for c in clause.lefts if c.dep_ == "mark" and c.tag_ == "IN"), None)
    if mark is None or mark.i == clause.left_edge.i or mark.doc[mark.i - 1].text != ",":
        return int(clause.left_edge.idx)
    return int(mark.idx)


def clause_parts(clause: Token, lex: Cues) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]]:
    """The reported clause without a coordinated reporting verb that belongs to the speaker
    ("..., and called ..."), and its pieces where "and that ..." starts a second claim:
    one content, as the speaker said it, whose fragments keep the claims apart."""
    doc = clause.doc
    start, end = _after_aside(clause), content_end(clause)
    claims: list[Token] = []
    for conj in (c for c in kids_of(clause) if c.dep_ == "conj"):
        if any(c.dep_ == "mark" for c in kids_of(conj)):
            claims.append(conj)
        elif lex.is_cue(conj.lemma_.lower()) and _subject(conj) is None and not no_speech(conj):
            left = conj.left_edge.i
            while left > clause.left_edge.i and doc[left - 1].pos_ in {"CCONJ", "PUNCT"}:
                left -= 1
            end = min(end, doc[left].idx)
    for other in (c for c in kids_of(clause) if c.dep_ == "advcl" and c.i > clause.i):
        if (
            lex.is_cue(other.lemma_.lower())
            and _subject(other) is not None
            and not no_speech(other)
        ):
            left = other.left_edge.i  # ", while Russia's ministry denied ...": another source
            while left > clause.left_edge.i and doc[left - 1].pos_ in {"CCONJ", "PUNCT"}:
                left -= 1
            end = min(end, doc[left].idx)
    claims = [c for c in claims if c.idx < end]
    whole = tidy(doc, start, without_background(clause, start, end))
    if not claims:
        return whole, ()
    pieces = []
    for first, nxt in zip([clause, *claims], [*claims, None], strict=True):
        left = first.left_edge.idx if first is not clause else start
        right = whole[1]
        if nxt is not None:
            cut = nxt.left_edge.i
            while cut > 0 and doc[cut - 1].pos_ in {"CCONJ", "PUNCT"}:
                cut -= 1
            right = doc[cut].idx
        pieces.append(tidy(doc, left, right))
    return whole, tuple(pieces)


def _told_by(inf: Token, cue: Token, lex: Cues) -> Token | None:
    """The clause an infinitive of speech carries ("wishes to inform the public that ...",
    "would like to stress that ..."), the parser hanging it from either verb: what is said,
    the wish to say it no claim of its own."""
    if inf.lemma_.lower() not in lex.speech:
        return None
    return next(
        (c for c in (*kids_of(inf), *kids_of(cue)) if c.dep_ == "ccomp" and c.i > inf.i), None
    )


def _question(clause: Token, lex: Cues) -> bool:
    marker = next((c.lower_ for c in kids_of(clause) if c.dep_ == "mark"), None)
    return marker in lex.question_openers or clause.left_edge.lower_ in lex.question_markers


def _addressee(cue: Token, inf: Token, lex: Cues) -> Token | None:
    """The first word of whom a call is made on, when it stands before the infinitive:
    "both" of "called on both sides to return", "supporters" of "urged supporters to vote"."""
    particles = lex.preposition.get(cue.lemma_.lower(), frozenset())
    for prep in kids_of(cue):
        if prep.dep_ == "dobj" and prep.i < inf.i:
            return prep.left_edge
        if prep.dep_ == "prep" and prep.lower_ in particles and prep.i < inf.i:
            obj = next((c for c in kids_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj.left_edge
    return None


def anonymous(inf: Token, lex: Cues) -> bool:
    """ "asked not to be named": the passive of naming a source, which reports no claim."""
    passive = any(c.dep_ == "auxpass" for c in kids_of(inf))
    return passive and inf.lemma_.lower() in lex.anonymity


def _up_to_speaker(
    content: tuple[int, int], pieces: tuple[tuple[int, int], ...], speaker: Token, lex: Cues
) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]]:
    """ "Three soldiers were killed when their truck hit a mine on Friday, the army said":
    the parser hangs the words after the reported clause ("when ...", "on Friday") from the
    cue, but told before the speaker, who is set off by a comma, they are the content's own;
    the content runs on to that comma unless another cue stands in the words it would add."""
    doc = speaker.doc
    first = speaker.left_edge.i
    if first < 1 or doc[first - 1].text != ",":
        return content, pieces
    end = tidy(doc, content[0], doc[first - 1].idx)[1]
    gap = doc.char_span(content[1], end, alignment_mode="expand") if end > content[1] else None
    if gap is None or any(t.pos_ == "VERB" and lex.is_cue(t.lemma_.lower()) for t in gap):
        return content, pieces
    return (content[0], end), tuple((a, end if b == content[1] else b) for a, b in pieces)


def _aside(cue: Token, speaker: Token) -> bool:
    """ "Without X, Zelenskyy warned, the cities will freeze": the parser hangs the aside
    from the main verb after it as if it were that verb's clause."""
    doc = cue.doc
    first = speaker.left_edge.i
    return (
        cue.dep_ == "ccomp"
        and cue.head.i > cue.i
        and 0 < first < cue.i
        and doc[first - 1].text == ","
        and doc[cue.right_edge.i + 1].text == ","
    )


def _trailing(cue: Token, speaker: Token) -> bool:
    """ "A strike killed four people, the mayor said at the time.": with words after the cue,
    the parser may coordinate the aside with the verb before it, with no "and" between."""
    doc = cue.doc
    first = speaker.left_edge.i
    head = cue.head
    return (
        cue.dep_ == "conj"
        and head.i < first < cue.i
        and doc[first - 1].text == ","
        and not any(c.dep_ == "cc" and head.i < c.i < cue.i for c in kids_of(head))
        and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in kids_of(cue))
        and cue.right_edge.i + 1 >= cue.sent.end - 1
    )


def _parataxis(cue: Token, speaker: Token, stance: bool) -> Iterator[Found]:
    """ "Y, X said." / "Y, X said, Z." (one content around the aside, in two pieces) /
    "Y, X said, and Z" (the clause before, and each one coordinated after)."""
    doc = cue.doc
    head = cue.head
    span = (cue.idx, cue.idx + len(cue))
    aside = speaker.left_edge.i if speaker.i < cue.i else cue.left_edge.i  # ", X said,"
    before = tidy(doc, head.left_edge.idx, doc[aside].idx)
    after_at = cue.right_edge.i + 1
    while after_at < len(doc) and doc[after_at].is_punct and doc[after_at].i <= head.right_edge.i:
        after_at += 1
    if any(t.text == ";" for t in doc[cue.right_edge.i + 1 : after_at]):
        after_at = head.right_edge.i + 1  # "Y, the government says; rights groups put ...":
        # a clause of its own after a semicolon, not the rest of Y
    if after_at <= head.right_edge.i and doc[after_at].pos_ != "CCONJ" and before[1] > before[0]:
        after = tidy(doc, doc[after_at].idx, content_end(head))
        if after[1] > after[0]:
            yield Found(
                (before[0], after[1]),
                span,
                cue,
                speaker,
                "parataxis: content, speaker + cue, content",
                stance=stance,
                fragments=(before, after),
            )
            return
    if before[1] > before[0]:
        yield Found(before, span, cue, speaker, "parataxis: content, speaker + cue", stance=stance)
    for conj in (c for c in kids_of(head) if c.dep_ == "conj" and c.i > cue.i):
        yield Found(
            tidy(doc, conj.left_edge.idx, content_end(conj)),
            span,
            cue,
            speaker,
            "parataxis: speaker + cue, and content",
            stance=stance,
        )
