"""Noun phrases and reported speech read off records: who speaks, who acted on what, and
what was said, in the words a desk editor would print (or None when a record's words are
too broken to print: a pronoun for a speaker, a place for an actor, a headline for a quote).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from wiredesk.brief._reading import any_form, lexicon
from wiredesk.brief._words import words
from wiredesk.crosscheck import normalise, speaker_name
from wiredesk.extract.actors import registry
from wiredesk.nlp.datelines import dateline_end
from wiredesk.records import Attribution, Document, Event

_WORD = re.compile(r"[\w’'-]+")
_LETTERS = re.compile(r"[^\W\d_]+")  # "GMT-Swap" -> "GMT", "Swap"
_OPEN_QUOTES = re.compile(r"[\"“”]")
_GOVERNING = ("government", "country")
_LABEL = re.compile(r"\A[A-Z][\w’'-]*(?: [\w’'-]+){0,2}:\s+")  # "Live updates: "
_NAME_TAIL = re.compile(r"\b[A-Z][\w’'-]* of $")  # "Prisoners of " before a mention
_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "de"})


@cache
def _nested() -> re.Pattern[str]:
    """A content opening on an attribution of its own: "Regional officials said ..."."""
    cues = "|".join(re.escape(c) for c in words().nested_cues)
    return re.compile(r"^(?:[A-Z][\w’'-]*)(?: [\w’'-]+){0,3} (?:" + cues + r")\b")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _head(text: str) -> str:
    """The head noun of a name or description: its last word before a linking word or an
    adjective that follows its noun ("Listeners in the town", "Commissioner of Police",
    "Diplomats familiar with the talks")."""
    tokens = text.split()
    stops = _LINKS | words().postpositive
    end = next((i for i, t in enumerate(tokens) if i and t.casefold() in stops), len(tokens))
    return tokens[end - 1].casefold()


def is_plural(text: str) -> bool:
    """True when a name or description is plural, so that its verb agrees with it."""
    head = _head(text)
    return head in words().plurals or (head.endswith("s") and not head.endswith("ss"))


def _is_place(doc: Document, name: str) -> bool:
    """A town, region or feature named in the document (a country may act and speak)."""
    key = normalise(name)
    return any(p.kind != "country" and key in (normalise(p.name), normalise(p.text))
               for p in doc.places)


def with_article(name: str, one: bool = False) -> str:
    """A name or description as a sentence opens with it: "The Russian Defence Ministry",
    "Regional officials", "The regional head", "TASS", "Viktor Hnatenko"; `one` says a
    singular description is one of many ("A Russian military blogger")."""
    w = words()
    tokens = name.split()
    first, last = tokens[0].casefold(), tokens[-1].casefold()
    if first in w.determiners or "’s" in tokens[0] or "'s" in tokens[0]:
        return capitalised(name)
    if _head(name) in w.no_article:  # "Police", not "The Commissioner of Police"
        return capitalised(name)
    # a word all in lower case describes; "al-Shabaab" is a name
    described = any(t.islower() and t not in _LINKS for t in tokens)
    if described:  # "regional head", "Regional administration head", "Russian forces"
        if is_plural(name):
            return capitalised(name)
        if last in w.takes_the or name[:1].islower():
            return "The " + name
        if one:  # a speaker: "A Russian military blogger"
            return ("An " if name[:1] in "AEIOU" else "A ") + name
        return capitalised(name)  # an actor: "Russian shelling"
    if any(t.casefold() in w.takes_the for t in tokens):
        return "The " + name  # "The State Emergency Service of Ukraine"
    return capitalised(name)  # "Al-Shabaab" opening a sentence


def speaker(att: Attribution, doc: Document) -> str | None:
    """Who said it, opening a sentence; None when the record names no one printable."""
    if att.presenter_quotes is not None:
        return None  # "PRESENTER:": a transcript's label, no one to name
    w = words()
    name = speaker_name(att.speaker.name) if att.speaker.name else None
    if name and ", " in name and all(t[:1].isupper() for t in name.rsplit(", ", 1)[1].split()):
        name = name.rsplit(", ", 1)[1]  # "the brigade spokesman, Ramon Dizon": the person
    mention = speaker_name(att.speaker.mention.text) if att.speaker.mention else None
    for value in (name, mention):
        if value and set(_LETTERS.findall(value.casefold())) & w.not_speakers:
            return None
    if mention and mention.casefold() in w.pronouns:
        mention = None
    if att.speaker.mention is not None and _NAME_TAIL.search(
            doc.article.text[:att.speaker.mention.span[0]]):
        return None  # "War" of "... Treatment of Prisoners of War confirms": a piece of a name
    if name and att.speaker.type not in _GOVERNING and _is_place(doc, name):
        name = None  # "Kherson said": the place of a misread speaker ("Moscow said" stays)
    if name and mention and name[:1].isupper() and mention.endswith(name) and (
            mention.split()[0].endswith(("’s", "'s"))):
        return capitalised(mention)  # "Russia's Defence Ministry"
    if name:
        return with_article(name, one=True)
    if mention and len(mention.split()) > 1:
        return with_article(mention, one=True)
    return None


def actor(doc: Document, name: str | None) -> str | None:
    """An event's actor, or None when it looks misread: a common noun ("shells", "the
    enemy"), a place that cannot act ("Istanbul"), a generic word ("Ministry")."""
    if not name or not any(c.isupper() for c in name):
        return None
    w = words()
    found = set(_LETTERS.findall(name.casefold()))
    if found <= w.generic_actors or found & w.not_speakers or _is_place(doc, name):
        return None
    return with_article(name)


def object_phrase(doc: Document, ev: Event, name: str | None) -> tuple[str | None, bool]:
    """An event's object with the determiner its text gives it ("the central market"), and
    whether it reads as a full noun phrase; None when it cannot be found in the text."""
    if not name or name.casefold().split()[-1] in words().weapons:
        return None, False  # "Russia attacked drones": an interception misread
    if name[:1].isupper() and name.split()[-1][:1].isupper():
        return name, True  # a name: "Poltava", "Kherson Central Market"
    text = doc.article.text
    start, end = ev.span
    low = text[start:end].casefold()
    at = low.find(name.casefold())
    if at < 0:
        return (name, True) if name[:1].isupper() else (None, False)
    before = _WORD.findall(text[max(0, start + at - 30):start + at])
    gap = text[start + at - 1:start + at] if start + at > 0 else " "
    if before and gap == " ":
        det = before[-1]
        if det.casefold() in words().object_determiners:
            return f"{det.casefold()} {name}", True
        if det.endswith(("’s", "'s")):
            return f"{det} {name}", True  # "Kherson's central market"
        if len(before) > 1 and det.isalpha() and det.islower() and (
                before[-2].casefold() in words().object_determiners):
            return f"{before[-2].casefold()} {det} {name}", True  # "a fuel storage facility"
    if gap not in (" ", ""):
        return None, False  # "left-bank town": a piece of a word
    if registry().demonym(name.split()[0]) is None:
        return name, True  # "attacked Kitaya village": named so, with no article
    if name[:1].isupper():  # "Ukrainian artillery position": a described thing, not a name
        article = "an" if name[:1] in "AEIOU" else "a"
        return (name if is_plural(name) else f"{article} {name}"), True
    return name, False  # a bare common noun reads only after a verb


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[-1] if lines else ""


def _without_title(att: Attribution, text: str) -> str:
    """Content that ran into its speaker's title ("..., head of the regional administration
    Pavlo Sydor said") ends at that comma."""
    mention = att.speaker.mention
    if att.kind == "direct" or mention is None or not 0 <= mention.span[0] - att.content.span[
            1] <= 1 or ", " not in text:
        return text
    head, tail = text.rsplit(", ", 1)
    if len(tail.split()) <= 6 and not any(c.isdigit() for c in tail) and tail[:1].islower():
        return head
    return text


def _is_name(doc: Document, word: str) -> bool:
    """A capitalised word that is a name: an actor, a place, or capitalised mid-sentence."""
    return registry().lookup(word) is not None or registry().demonym(word) is not None or (
        _is_place(doc, word)) or re.search(rf"[a-z,] {re.escape(word)}\b",
                                           doc.article.text) is not None


def statement(att: Attribution, doc: Document) -> str | None:
    """What was said, trimmed to its own words: after any headline line, without a
    dateline, closing a quotation it opens; None for fragments and for what a cue that
    is no speech verb introduces ("called it ...")."""
    w = words()
    cue = set(_WORD.findall(att.cue.text.casefold())) if att.cue else set()
    if att.kind != "direct" and cue & w.not_say_cues:
        return None
    if att.kind != "direct" and att.cue and (
            att.content.span[0] <= att.cue.span[0] < att.content.span[1]):
        return None  # "the strike was condemned by the UN as ...": no clause to retell
    text = _without_title(att, _last_line(att.content.text))
    text = text[dateline_end(text):].strip()
    text = text[m.end():] if (m := _LABEL.match(text)) else text
    text = text.rstrip(" ,;:-–—")
    found = _WORD.findall(text)
    if len(found) < w.min_words or found[0].casefold() in w.not_openers:
        return None
    if att.kind != "direct" and _nested().match(text):
        return None  # "Regional officials said ...": an attribution inside, told on its own
    if att.kind == "direct" and _OPEN_QUOTES.search(text.strip("\"“” ")):
        return None  # '... war crime," Winthai said. "Our forces ...': two quotes and a cue
    if len(_OPEN_QUOTES.findall(text)) % 2:
        text += "”" if "“" in text else '"'  # the span stopped inside a quotation
    first = found[0]
    named = len(found) > 1 and found[1][:1].isupper() and (  # "Islamic State fighters ..."
        found[0].casefold() not in STOP_WORDS)
    if att.kind != "direct" and first != "I" and first[:1].isupper() and not named and (
            first.casefold() in STOP_WORDS or f" {first.casefold()} " in doc.article.text
            or not _is_name(doc, first)):
        text = text[:1].lower() + text[1:]  # "said more than 10,000 households ..."
    return text


def reported(att: Attribution, who: str, text: str) -> str:
    """The sentence telling a statement: direct speech in quotation marks, reported
    speech without them, denials as denials."""
    hedge = ""
    if att.status in ("hedged", "unverified") and not (
            set(_WORD.findall(text.casefold())) & words().hedges):
        hedge = ", which could not be independently confirmed"
    if att.kind == "direct":
        verb = "denied" if att.status == "denied" else "said"
        return f"{who} {verb}: “{text.rstrip(',')}”{hedge}"
    if att.status == "denied":
        return f"{who} denied " + (text if text.startswith("that ") else f"that {text}") + hedge
    return f"{who} {_verb(att)} {text}{hedge}"


def _verb(att: Attribution) -> str:
    """ "said", or the request its cue makes ("urged"): "said residents to report" is no
    English, and a request is not a statement."""
    cue = _WORD.findall(att.cue.text.casefold()) if att.cue else []
    bases = lexicon().strong_reporting
    return next((verb for verb in words().directives
                 if any(any_form(w, bases[verb]) for w in cue)), "said")
