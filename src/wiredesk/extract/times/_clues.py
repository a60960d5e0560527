"""What the parse says around a temporal expression: tense of its verb, its sentence, its use.

News reads a bare weekday in the week of publication: the past one for reported events
("said on Tuesday"), the coming one for scheduled ones ("will meet on Friday", "is to hold
talks on Wednesday", "the summit scheduled on Friday").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.actors import normalise, registry
from wiredesk.extract.times._lexicon import lexicon
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import kids_of, sentences, words_over

_LEAD = re.compile(r"(?:(?:on|in|by|from|until|early|late)\b\s*)?(?:the\s+\w+\s+of\b\s*)?")
_NOT_TIMES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "PRODUCT", "LAW", "ORG", "FAC"}
_CLIMB = ("xcomp", "acl", "dobj")  # a clause that takes its time from the verb above
_PARTICIPLE_DEPS = ("advcl", "conj")  # a participle clause that takes its tense from above
_TIME_HEADS = {"year", "month", "week", "day", "quarter", "period", "season", "time", "era"}


@cache
def _tense_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    t = lexicon()["tense"]
    return frozenset(t["future_aux"]), frozenset(t["future_lemmas"]), frozenset(t["future_words"])


@cache
def _future_marks() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["future_marks"])


@cache
def _deadline_lemmas() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["deadline_lemmas"])


@cache
def _report_lemmas() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["report_lemmas"])


class Clues:
    """Questions about one parsed document, answered from its tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def country(self) -> str | None:
        """The ISO2 code of the country the story names most (by name or adjective: "Senegal",
        "Senegalese"), the first named on a tie; None when it names none."""
        countries = registry().lexicon.countries
        named = Counter(
            countries[key][1]
            for ent in self.doc.ents
            if ent.label_ in ("GPE", "NORP") and (key := normalise(ent.text)) in countries
        )
        return named.most_common(1)[0][0] if named else None

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [start for start, _ in sentences(self.doc)]

    def sentence(self, char: int) -> int:
        return bisect_right(self._sent_starts, char)

    def opens_sentence(self, char: int) -> bool:
        """True when only spaces or quote marks stand between its sentence's start and `char`."""
        start = self._sent_starts[self.sentence(char) - 1] if self.sentence(char) else 0
        return not doc_text(self.doc)[start:char].strip(" \t\n\"'“‘")

    def leads_sentence(self, char: int) -> bool:
        """True when at most a preposition ("On", "By the morning of") stands before `char` in
        its sentence: a date that sets the scene of what the sentence tells."""
        start = self._sent_starts[self.sentence(char) - 1] if self.sentence(char) else 0
        lead = doc_text(self.doc)[start:char].strip(" \t\n\"'“‘").lower()
        return _LEAD.fullmatch(lead) is not None

    def _span(self, start: int, end: int) -> Span | None:
        return words_over(self.doc, start, end)

    def tense(self, start: int, end: int) -> str | None:
        """ "future" or "past" from the verb governing the words at [start, end), else None."""
        span = self._span(start, end)
        if span is None:
            return None
        if _told_by_report_before(span):
            return "past"  # "police said on Monday they will charge him": the day of the saying
        verb = _governing_verb(span.root)
        if verb is None:
            return None
        aux, lemmas, words = _tense_words()
        scope = [verb, *kids_of(verb), *([verb.head] if verb.dep_ in ("xcomp", "acl") else [])]
        if _past_perfect(verb):
            return "past"  # "the offer had been due to expire Friday": a plan already past
        for tok in scope:
            low = tok.lower_
            if low in aux and tok.tag_ == "MD":
                if any(k.lower_ == "have" and k.dep_ == "aux" for k in kids_of(verb)):
                    return "past"  # "would have met on Friday", "must have left on Sunday"
                return "future"
            planned = tok.lemma_.lower() in lemmas and tok is verb and _plans(verb)
            if planned and not _plan_made(verb, span):
                return "future"
        deps = {(c.lower_, c.dep_) for c in kids_of(verb)}
        if ("to", "aux") in deps and ("be", "auxpass") in deps:
            return "future"  # "guidelines to be published in November"
        if verb.tag_ == "VB" and any(c.lower_ == "to" for c in kids_of(verb)):
            head = verb.head
            if head.lemma_ in ("be", "go") and head.i < verb.i:
                return "future"
            if head.lemma_.lower() in lemmas or _headline_infinitive(verb):
                return "future"
        if verb.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "mark" and c.lower_ in _future_marks() for c in kids_of(verb)
        ):
            return "future"  # "if Friday's meeting goes well": a condition yet to be met
        if any(_intends(up, aux, lemmas) for up in _verbs_above(verb)):
            return "future"  # "want a deal signed by Easter", "promised to reopen by Friday"
        before = range(max(verb.sent.start, span.start - 6), span.start)  # its words before
        if any(self.doc[i].lower_ in words for i in before):
            return "future"
        if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" and c.dep_ == "aux" for c in scope):
            return "past"
        head = verb.head
        if verb.tag_ == "VBG" and verb.dep_ in _PARTICIPLE_DEPS and head.i < verb.i:
            # "the stock has fluctuated, rising to a high in June": the clause it hangs from
            return self.tense(head.idx, head.idx + len(head))
        return None

    def scheduled_present(self, start: int, end: int) -> bool:
        """True when a present-tense verb that does not report governs the words, in a sentence
        with no past verb ("the envoys meet Monday", "the deadline is Friday", "talks are
        resuming Wednesday"): news tells what is planned in the present, what happened in
        the past."""
        span = self._span(start, end)
        if span is None:
            return False
        root = span.root
        verb = root.head.head if root.head.dep_ == "prep" else root.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _report_lemmas():
            return False  # "follows Tuesday's move": the day hangs on a noun, not the verb
        if any(t.tag_ == "VBD" and t.lemma_.lower() not in _report_lemmas() for t in verb.sent):
            return False  # "stocks hurt the index, which fell on Friday": a past sentence (a
            # past report over it is no such clue: "the bill goes to a vote Friday, aides said")
        if verb.tag_ in ("VBZ", "VBP"):
            return True
        return verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in kids_of(verb)
        )

    def sets_deadline(self, start: int, end: int) -> bool:
        """True when the verb governing the words, or one it hangs from, sets a deadline
        ("extended the curfew until Sunday", "gave them until Sunday to surrender")."""
        span = self._span(start, end)
        verb = _governing_verb(span.root) if span is not None else None
        if verb is None:
            return False
        lemmas = _deadline_lemmas()
        return any(v.lemma_.lower() in lemmas for v in (verb, verb.head, *_verbs_above(verb)))

    def ahead(self, start: int, end: int) -> bool:
        """True when the verb over the words puts them after now though not future in form:
        a present perfect ("has called a march for Saturday", "have voted to strike on
        Monday"; English puts no past day on one), a purpose under way ("were mobilising
        people to block roads on Friday"), a state told in the present lasting until them
        ("the curfew stays in force until Monday")."""
        span = self._span(start, end)
        verb = _governing_verb(span.root) if span is not None else None
        if span is None or verb is None or verb.lemma_.lower() in _report_lemmas():
            return False
        t = lexicon()["tense"]
        lead = _lead(span)
        leads = {lead, *(w.lower_ for w in _path_up(span.root, verb) if w.tag_ == "IN")}
        if (
            verb.i < span.start  # "The White House on Thursday: 'we have been ...'": not its verb
            and not leads & set(t["perfect_past_leads"])  # "since the clash on Wednesday"
            and any(_present_perfect(v) for v in (verb, *_verbs_above(verb)))
        ):
            return True
        to = any(c.lower_ == "to" and c.dep_ == "aux" for c in kids_of(verb))
        if to and verb.dep_ in ("advcl", "xcomp") and verb.head.tag_ == "VBG":
            return True
        return verb.tag_ in ("VBZ", "VBP") and lead in t["present_until_leads"]

    def narrated(self, start: int, end: int) -> bool:
        """True when a verb in the sentence governs the words: a heading's dates have none."""
        span = self._span(start, end)
        verb = _governing_verb(span.root) if span is not None else None
        return span is not None and verb is not None and verb.sent == span.sent

    def takes_object(self, start: int, end: int) -> bool:
        """True when the last word brings in a noun or a clause after it ("the day before [the
        strike]", "the day before [the army ended its search]"), not when another word opens
        the clause ("warned them the day before that the road would close")."""
        span = self._span(start, end)
        if span is None:
            return False
        last = span[-1]
        if any(k.dep_ == "pobj" for k in kids_of(last)):
            return True
        after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
        return last.dep_ == "mark" and after is not None and after.dep_ != "mark"

    def before_told(self, start: int, end: int) -> bool:
        """True when the verb governing the words is in the past perfect ("the device had been
        planted overnight"): a time before the happening the story tells, not after it."""
        span = self._span(start, end)
        verb = _governing_verb(span.root) if span is not None else None
        return verb is not None and _past_perfect(verb)

    def same_clause(self, first: tuple[int, int], then: tuple[int, int]) -> bool:
        """True when the words at `then` hang from the clause of the words at `first`, or from
        a clause below it ("in 2003, when two ambushes killed 22 in February"), not from one
        joined beside it ("held in 2021 were disputed, and a vote in January was put off")."""
        a, b = self._span(*first), self._span(*then)
        if a is None or b is None or a.sent != b.sent:
            return False
        top = _governing_verb(a.root)
        tok = _governing_verb(b.root)
        for _ in range(8):
            if tok is None:
                return False
            if tok == top or tok == a.root:
                return True
            if tok.dep_ == "conj" or tok.head == tok:
                return False
            tok = tok.head
        return False

    def reported(self, start: int, end: int) -> bool:
        """True when the verb governing the words reports ("said on Monday") rather than
        narrates ("attacked on Monday")."""
        span = self._span(start, end)
        verb = _governing_verb(span.root) if span is not None else None
        if span is None or verb is None or verb.lemma_.lower() not in _report_lemmas():
            return False
        return not _in_content_first(span, verb)

    def noun_use(self, start: int, end: int) -> bool:
        """True when the last word stands as a noun ("in the future"), not as an
        adjective ("a future war")."""
        span = self._span(start, end)
        return span is not None and span[-1].pos_ in ("NOUN", "PROPN", "ADV")

    def year_like(self, start: int, end: int) -> bool:
        """False for a four-digit number that counts things ("2000 troops") or is an amount."""
        span = self._span(start, end)
        if span is None:
            return False
        tok = span[-1]
        counts = tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"
        if counts and tok.head.lemma_ not in _TIME_HEADS:
            return tok.ent_type_ == "DATE" and tok.head.tag_ != "NNS"  # "2000 troops" counts
        return tok.ent_type_ == "DATE" or tok.ent_type_ not in _NOT_TIMES or _after_preposition(tok)

    def modifies_next(self, start: int, end: int) -> bool:
        """True when the last word leans on a word after it ("the 14th floor")."""
        span = self._span(start, end)
        return span is not None and span[-1].head.i > span[-1].i

    def qualifies_noun(self, start: int, end: int) -> bool:
        """True when the last word is an adjective modifying a noun after it ("the current
        talks"), not a noun or a predicate ("the current is strong", "it is recent")."""
        span = self._span(start, end)
        if span is None:
            return False
        tok = span[-1]
        return tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")

    def date_entity(self, start: int, end: int) -> bool:
        span = self._span(start, end)
        return span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span)


def _plans(verb: Token) -> bool:
    """False for a plan verb that needs a word right after it to plan and lacks it ("the high
    set on Aug. 6", "set fire to two shops"; "set for Friday", "set to resume" plan)."""
    leads = lexicon()["tense"]["future_lemma_leads"].get(verb.lemma_.lower())
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return leads is None or (nxt is not None and nxt.lower_ in leads)


def _plan_made(verb: Token, span: Span) -> bool:
    """True when a plan verb in the simple past, with its own subject, tells when the plan
    was made ("threatened on Sunday to withdraw", "set fire to the station late on
    Saturday"), not when it is to happen ("scheduled talks for Friday")."""
    if verb.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in kids_of(verb)):
        return False
    first, head = span[0], span.root.head
    lead = first if first.pos_ == "ADP" else head if head.pos_ == "ADP" else None
    return lead is None or lead.lower_ not in lexicon()["tense"]["plan_time_leads"]


def _lead(span: Span) -> str | None:
    """The preposition that brings the words in ("on", "until"), lowered, else None."""
    first, head = span[0], span.root.head
    lead = first if first.tag_ == "IN" else head if head.tag_ == "IN" else None
    return lead.lower_ if lead is not None else None


def _path_up(tok: Token, verb: Token) -> list[Token]:
    """The words from `tok` up its heads to `verb`, both left out."""
    out: list[Token] = []
    while tok.head.i != tok.i and tok.head.i != verb.i and len(out) < 6:
        tok = tok.head
        out.append(tok)
    return out


def _in_content_first(span: Span, verb: Token) -> bool:
    """True when the words stand in the content told before its report clause ("a crowd
    stormed the building, on Sunday night, officials told a briefing on Tuesday"): the
    parse may hang them on the report verb, but they come before its speaker."""
    content = [k for k in kids_of(verb) if k.dep_ in ("ccomp", "parataxis") and k.i < verb.i]
    speaker = [k for k in kids_of(verb) if k.dep_ in ("nsubj", "nsubjpass")]
    return bool(content and speaker) and (
        content[0].left_edge.i <= span.start and span.end <= speaker[0].left_edge.i
    )


def _present_perfect(verb: Token) -> bool:
    """ "has called", "have voted": a past participle on a present "have"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in kids_of(verb)
    )


def _past_perfect(verb: Token) -> bool:
    """True when the verb, or the verb its clause completes, is in the past perfect ("had
    been scheduled to expire", "had planned to vote")."""
    verbs, tok = [verb], verb
    while tok.dep_ in ("xcomp", "acl", "acomp") and len(verbs) < 3:  # "had been due to expire"
        tok = tok.head
        verbs.append(tok)
    return any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ == "VBD"
        for v in verbs
        for c in kids_of(v)
    )


def _after_preposition(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP"


def _headline_infinitive(verb: Token) -> bool:
    """ "Talks to resume on Friday": an infinitive with no finite verb over it announces."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in kids_of(verb)):
        return False
    head = verb.head
    if head.i == verb.i:
        return True
    return head.dep_ == "ROOT" and head.tag_ in ("VBZ", "NN", "NNS") and not any(
        c.dep_ in ("aux", "auxpass") for c in kids_of(head)
    )


def _verbs_above(verb: Token) -> list[Token]:
    """The verbs a clause hangs from, through complements and the nouns they modify, up to
    two steps: "they want [a deal [signed by Easter]]"."""
    out: list[Token] = []
    tok = verb
    while len(out) < 2 and tok.dep_ in _CLIMB and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            out.append(tok)
    return out


def _intends(verb: Token, aux: frozenset[str], lemmas: frozenset[str]) -> bool:
    if verb.lemma_.lower() in _report_lemmas():
        return False
    return verb.lemma_.lower() in lemmas or any(
        c.lower_ in aux and c.tag_ == "MD" for c in kids_of(verb)
    )


def _told_by_report_before(span: Span) -> bool:
    """True when a reporting verb in the past stands just before the words (past "on") and
    they do not open the content ("said on Monday it would appeal", not "said Friday's vote
    would ..." nor "said Friday would be ..."): the parse may hang the day on the content's
    verb, but news puts it on the saying."""
    doc, i = span.doc, span.start
    if span[0].lower_ != "on" and i > 0 and doc[i - 1].lower_ == "on":
        i -= 1
    if i == 0:
        return False
    verb = doc[i - 1]
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in _report_lemmas() or span[-1].tag_ == "POS":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not (after.pos_ in ("VERB", "AUX") or after.tag_ == "POS")


def _governing_verb(tok: Token) -> Token | None:
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None
