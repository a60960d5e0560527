"""verify-brief: every sentence read against the text its citations point at, never
against what the extraction made of that text (a wrong speaker would verify itself).

Each element of a sentence must be supported by its cited spans, as stored: every name,
number and date; a quotation or reported statement word for word; the actor before the
event's verb and the object after it (or the other way round in the passive), with no
reporting verb between the actor and the verb (the speaker is not the doer); the same
negations (said/denied, struck/did not strike); and a hedge where every span that states
the fact hedges it. A failure names the element and the sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from wiredesk.brief._parse import Parsed, strip_marks
from wiredesk.brief._reading import (
    Evidence,
    any_form,
    canon,
    flat,
    lemma,
    lexicon,
    name_keys,
    name_supported,
    negation_marks,
    words_of,
)
from wiredesk.brief._words import MONTHS, Verb, words
from wiredesk.records import Document

HEDGE = ", which could not be independently confirmed"
_SOURCES_LINE = re.compile(r"^Reported independently by \w+ sources: ")
_QUOTE = re.compile(r"“([^”]*)(?:”|$)")
_DATE = re.compile(r"\b(?:on |in )?(?:(\d{1,2}) )?(" + "|".join(MONTHS) + r")(?: (\d{4}))?\b")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?: (?:of |the |for )*[A-Z][\w’'-]*)*")
_FIGURE_LINE = re.compile(r" put the | revised the |^Reports differ |^The .+ was put at ")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s|\n")


@cache
def _reporting() -> re.Pattern[str]:
    """A sentence the briefing tells as reported: "<who> said|denied|...[:] <what>" (the
    verbs: "said" and data/brief.toml [verify] strong_reporting)."""
    verbs = "|".join(re.escape(v) for v in ("said", *lexicon().strong_reporting))
    return re.compile(r"^(?P<who>.+?) (?P<verb>" + verbs + r")(?P<colon>:)? (?P<what>.+)$")


@dataclass(frozen=True, slots=True)
class EventVerb:
    """Where a sentence tells an event: the words of its types (data/events.toml), the
    words before and after its verb."""

    kinds: frozenset[str]
    before: str
    after: str
    passive: bool


def evidence_of(doc: Document, span: tuple[int, int]) -> Evidence:
    return Evidence(flat(doc.article.text[span[0]:span[1]]), doc.article.source,
                    (doc.article.published or "")[:10] or None)


def check(parsed: Parsed, lookup: Callable[[str], Document | None]) -> list[str]:
    """One line per failure; an empty list means the briefing verifies."""
    failures = []
    docs: dict[str, Document | None] = {}
    read: dict[int, Evidence] = {}
    for n, c in sorted(parsed.citations.items()):
        if n < 0:
            failures.append(f"citation line unreadable: {c.text}")
            continue
        doc = docs.setdefault(c.article_id, lookup(c.article_id))
        if doc is None:
            failures.append(f"[{n}]: no article {c.article_id} in the store")
        elif flat(doc.article.text[c.span[0]:c.span[1]]) != flat(c.text):
            failures.append(f"[{n}]: characters {c.span[0]}–{c.span[1]} of article "
                            f"{c.article_id} do not read “{c.text}”")
        else:
            read[n] = evidence_of(doc, c.span)
    told: dict[str, list[set[int]]] = defaultdict(list)  # a sentence, as a heading reads it
    for text, cites in parsed.sentences:
        told[strip_marks(text).casefold()].append(set(cites))
    for title, cites in parsed.headings:
        spans = " ".join(read[n].text for n in cites if n in read)
        lead = any(c <= set(cites) for c in told.get(flat(title).casefold(), ()))
        if flat(title).casefold() not in spans.casefold() and not lead:
            failures.append(f"heading neither in its story's cited spans nor one of its "
                            f"sentences: {title}")
    for text, cites in parsed.sentences:
        if not cites:
            failures.append(f"no citation: {text}")
            continue
        missing = [n for n in cites if n not in parsed.citations]
        if missing:
            failures.append(f"citation [{missing[0]}] not listed: {text}")
            continue
        evidence = [read[n] for n in cites if n in read]
        if len(evidence) == len(cites):
            failures += [f"{problem}: {text}" for problem in check_sentence(text, evidence)]
    return failures


def check_sentence(text: str, evidence: list[Evidence]) -> list[str]:
    """What of one sentence its cited spans do not support (nothing when all is)."""
    body = strip_marks(text)
    hedged = HEDGE in body
    body = body.replace(HEDGE, "")
    problems: list[str] = []
    quotes = [q.rstrip(" ,.") for q in _QUOTE.findall(body)]
    whole = " | ".join(e.text for e in evidence).casefold()
    for q in quotes:
        if flat(q).casefold() not in whole:
            problems.append(f"quotation “{q}” not in its cited spans")
    bare = _QUOTE.sub(" ", body)
    if _SOURCES_LINE.match(bare):
        return problems + _names(_SOURCES_LINE.sub("", bare), evidence)
    verbatim = [*quotes]
    reported = None if _FIGURE_LINE.search(bare) else _reporting().match(bare)
    told = False  # the statement checked word for word
    if reported and not reported["colon"] and not _is_template(reported["what"]) and len(
            reported["what"].split()) >= 3:  # "... rejected Moscow": no statement
        said = reported["what"].removeprefix("that ").strip()
        if said.casefold() not in whole:
            said = said.removesuffix('"')  # closed by the briefing where the span stopped
        if said == reported["what"] and _event_verb(said) is not None and (
                said.split()[0].endswith("ing")):
            pass  # "denied striking the market": an event told in the briefing's words
        else:
            if said.casefold() not in whole:
                problems.append(f"statement “{said}” not in its cited spans")
            verbatim.append(said)
            bare = bare.replace(said, " ")
            told = True
    if reported and not _FIGURE_LINE.search(bare):
        who = re.sub(r"^(?:The|A|An) ", "", reported["who"])
        if not name_supported(who, name_keys(evidence)):
            problems.append(f"speaker “{who}” not in its cited spans")
    problems += _names(bare, evidence) + _numbers_and_dates(bare, evidence)
    core = _core(body, verbatim, evidence)
    if not core:
        return [*problems, "nothing it tells (its verb, statement or figure) is in its "
                           "cited spans"]
    problems += _polarity(body, quotes, core)
    if reported and not _is_template(reported["what"]):
        problems += _reporting_verb(reported["verb"], core)
    event = _event_verb(bare)
    if event is not None and not told:
        problems += _roles(event, core)
    if " revised the " in bare and not any(any_form(w, lexicon().revision_words)
                                            for e in evidence for w, _ in e.words):
        problems.append("verb “revised”: no cited span says the figure was changed")
    if not (hedged or _hedged(body)) and all(e.hedged() for e in core):
        problems.append("hedge missing: every cited span that states it hedges it")
    return problems


def _is_template(what: str) -> bool:
    """ "said the death toll was 25": a figure told in the briefing's own words."""
    return any(what.startswith(f"the {name} was ") for name in words().figures.values())


def _names(text: str, evidence: list[Evidence]) -> list[str]:
    keys = name_keys(evidence)
    template = words().template_words | set(MONTHS)
    out = []
    for phrase in _NAME.findall(_DATE.sub(" ", text)):
        found = phrase.split()
        while found and found[0] in template:
            found.pop(0)  # "The Irrawaddy said", "Reports differ"
        name = " ".join(found)
        if name and not name_supported(name, keys):
            out.append(f"name “{name}” not in its cited spans")
    return out


def _numbers_and_dates(text: str, evidence: list[Evidence]) -> list[str]:
    out = []
    known = set().union(*(e.dates() for e in evidence))
    published = {f"{p}" for e in evidence if e.published for p in (e.published,
                                                                    "-" + e.published[4:])}
    for m in _DATE.finditer(text):
        month = MONTHS.index(m[2]) + 1
        day = f"-{month:02d}-{int(m[1]):02d}" if m[1] else f"-{month:02d}"
        key = (m[3] + day) if m[3] else ("-" + day if m[1] else None)
        if key and text[:m.start()].endswith("reports of "):  # a day of publication
            if key not in published:
                out.append(f"publication day “{m[0].strip()}” not of its cited reports")
        elif key and key not in known:
            out.append(f"date “{m[0].strip().removeprefix('on ').removeprefix('in ')}” "
                       f"not in its cited spans")
    numbers = set().union(*(e.numbers() for e in evidence))
    for raw in _NUMBER.findall(_DATE.sub(" ", text)):
        if float(raw.replace(",", "")) not in numbers:
            out.append(f"number “{raw}” not in its cited spans")
    return out


def _core(body: str, verbatim: list[str], evidence: list[Evidence]) -> list[Evidence]:
    """The cited spans that state what the sentence tells: its quotation or statement,
    else its event's verb, else its figures; spans that only name a speaker or a day
    support those elements alone."""
    if verbatim:
        return [e for e in evidence if any(flat(v).casefold() in e.text.casefold()
                                           for v in verbatim)]
    event = _event_verb(body)
    if event is not None:
        kinds = event.kinds
        return [e for e in evidence if any(lemma(w) in kinds or any_form(w, kinds)
                                           for w, _ in e.words)]
    numbers = {float(n.replace(",", "")) for n in _NUMBER.findall(_DATE.sub(" ", body))}
    return [e for e in evidence if not numbers or e.numbers() & numbers]


def _polarity(body: str, quotes: list[str], core: list[Evidence]) -> list[str]:
    said = negation_marks(_QUOTE.sub(" ", body))
    for e in core:
        marks = e.marks(quotes)
        if marks != said:
            missing = sorted(marks - said) or sorted(said - marks)
            return [f"polarity “{', '.join(missing)}” differs from its cited span “{e.text}”"]
    return []


def _reporting_verb(verb: str, core: list[Evidence]) -> list[str]:
    lex = lexicon()
    wanted = lex.strong_reporting.get(verb, lex.speech)
    for e in core:
        if any(any_form(w, wanted) for w, _ in e.words):
            return []
    return [f"verb “{verb}” not in its cited spans"]


def _hedged(body: str) -> bool:
    return any(w in lexicon().hedges for w, _ in words_of(body))


@cache
def _verb_forms() -> list[tuple[str, str, bool]]:
    """(form, event type, passive) for every wording of data/brief.toml [events]."""
    out = []
    for kind, verb in words().events.items():
        out += _forms_of(kind, verb)
    return sorted(out, key=lambda f: -len(f[0]))


def _forms_of(kind: str, verb: Verb) -> list[tuple[str, str, bool]]:
    out = [(f" {verb.past} ", kind, False), (f" {verb.base} ", kind, False),
           (f" {verb.gerund} ", kind, False)]
    if verb.participle:
        out += [(f" was {verb.participle} ", kind, True), (f" were {verb.participle} ", kind,
                                                               True)]
    if verb.alone:
        out.append((f" {verb.alone} ", kind, False))
    return out


def _event_verb(text: str) -> EventVerb | None:
    padded = f" {text} "
    best = None
    for form, kind, passive in _verb_forms():
        at = padded.find(form)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, form, kind, passive)
    if best is None:
        return None
    at, form, _kind, passive = best
    lexicon_words = lexicon().event_words
    kinds = frozenset().union(*(lexicon_words.get(k, frozenset()) for f, k, _p in _verb_forms()
                                if f == form))
    return EventVerb(kinds, padded[:at].strip(), padded[at + len(form):].strip(), passive)


def _head(phrase: str) -> str:
    """The word an object is known by: its last before a place or date tail."""
    tails = lexicon().object_tails
    found = phrase.split()
    for i, w in enumerate(found):
        if w in tails:
            found = found[:i]
            break
    return canon(found[-1]) if found else ""


def _actor_key(phrase: str) -> str:
    found = [w for w in phrase.split() if w.casefold() not in {"did", "not", "was", "set",
                                                                "to"}]
    while found and found[0].casefold() in ("the", "a", "an"):
        found.pop(0)
    return canon(" ".join(found))


def _roles(event: EventVerb, core: list[Evidence]) -> list[str]:
    """The actor before the verb and the object after it in some cited span (the other way
    round in the passive), within one sentence, with no reporting verb between them."""
    kinds = event.kinds
    if event.passive:
        actor, thing = "", _head(event.before)
    else:
        actor, thing = _actor_key(event.before), _head(event.after)
        if any(any_form(w, lexicon().speech) for w in event.before.split()):
            actor = ""  # "the ministry denied striking": the speaker, checked as such
    planned = " set to " in f" {event.before} "
    for e in core:
        if _supports(e, kinds, actor, thing, planned):
            return []
    who = f"actor “{event.before}”" if actor else ""
    what = f"object “{thing}”" if thing else ""
    return [f"{' and '.join(x for x in (who, what) if x) or 'event'} not in that role of "
            f"the verb in its cited spans"]


def _supports(e: Evidence, kinds: frozenset[str], actor: str, thing: str,
              planned: bool) -> bool:
    """One verb of the event's type in `e`, in the sentence's mode (done, or yet to be),
    with the actor on its agent side in its clause (and no reporting verb between them)
    and the object on its patient side."""
    lex = lexicon()
    text = e.text
    for i, (w, at) in enumerate(e.words):
        if not (lemma(w) in kinds or any_form(w, kinds)):
            continue
        if not planned and i > 0 and e.words[i - 1][0] in lex.not_yet:
            continue  # "will host" is no "met"
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
        end = next((m.start() for m in _SENTENCE_END.finditer(text, at)), len(text))
        clause = text[start:at]
        start += max((clause.rfind(c) + len(c) for c in lex.clause_starts if c in clause),
                     default=0)
        pre, post = canon(text[start:at]), canon(text[at + len(w):end])
        if (i > 0 and e.words[i - 1][0] in lex.passive_aux) or post.startswith("by "):
            agent = post.split("by ", 1)[1] if "by " in f" {post}" else ""
            patient = pre
        else:
            agent, patient = pre, post
        if actor:
            at_actor = f" {agent} ".rfind(f" {actor} ")
            between = f" {agent} "[at_actor + len(actor) + 1:].split() if at_actor >= 0 else []
            if at_actor < 0 or any(lemma(x) in lex.speech for x in between):
                continue
        if not thing or f" {thing} " in f" {patient} ":
            return True
    return False
