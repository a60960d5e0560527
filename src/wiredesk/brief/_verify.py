"""verify-brief: every sentence cited, every citation a stored span, every number, date
and name of a sentence found in what it cites.

A sentence may use what its cited spans say and the values resolved from records that
overlap those spans (a TIMEX3 date written out, a figure's value, a canonical actor name,
the reporting chain, the citing article's outlet). Anything else is a misquote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wiredesk.brief._words import MONTHS, words
from wiredesk.crosscheck._items import told_by
from wiredesk.crosscheck._sources import chain_of, publisher
from wiredesk.crosscheck._text import normalise
from wiredesk.records import Document

_CITE = re.compile(r"\[(\d+)\]")
_ENDS_CITED = re.compile(r"(\[\d+\])+\.?$")
_CITATION_LINE = re.compile(
    r"^- \[(\d+)\] \S+, article ([0-9a-f]+), characters (\d+)–(\d+): “(.*)”$")
_DATE = re.compile(r"\b(?:(\d{1,2}) )?(" + "|".join(MONTHS) + r")(?: (\d{4}))?\b")
_STORY_NUMBER = re.compile(r"^\d+\.\s*")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")  # "Oleh Syniehubov" as one name


@dataclass(frozen=True, slots=True)
class Cited:
    n: int
    article_id: str
    span: tuple[int, int]
    text: str


@dataclass(frozen=True, slots=True)
class Parsed:
    sentences: tuple[tuple[str, tuple[int, ...]], ...]
    citations: dict[int, Cited]
    headings: tuple[tuple[str, tuple[int, ...]], ...] = ()  # a story's title, its citations


def parse_markdown(text: str) -> Parsed:
    """Sentences are the lines of story sections; citations the lines under "Citations";
    a story's heading ("## 2. title") stands on the citations of its sentences."""
    sentences, citations, section = [], {}, ""
    headings: list[tuple[str, list[int]]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            if section not in ("Sources", "Citations"):
                headings.append((_STORY_NUMBER.sub("", section), []))
            continue
        if not line.strip() or line.startswith("# "):
            continue
        if section == "Citations":
            if m := _CITATION_LINE.match(line):
                n = int(m[1])
                citations[n] = Cited(n, m[2], (int(m[3]), int(m[4])), m[5])
            else:
                citations[-len(citations) - 1] = Cited(0, "", (0, 0), line)  # unreadable
        elif section != "Sources":
            ends_cited = _ENDS_CITED.search(line.strip())
            cites = tuple(int(n) for n in _CITE.findall(line)) if ends_cited else ()
            sentences.append((line.strip(), cites))
            if headings:
                headings[-1][1].extend(cites)
    return Parsed(tuple(sentences), citations,
                  tuple((title, tuple(cites)) for title, cites in headings))


def parse_json(text: str) -> Parsed:
    data = json.loads(text)
    sentences = tuple((s["text"], tuple(s["citations"]))
                      for story in data["stories"] for s in story["sentences"])
    citations = {c["n"]: Cited(c["n"], c["article_id"], tuple(c["span"]), c["text"])
                 for c in data["citations"]}
    headings = tuple((story["title"], tuple(n for s in story["sentences"] for n in s["citations"]))
                     for story in data["stories"])
    return Parsed(sentences, citations, headings)


def _resolved(doc: Document, span: tuple[int, int]) -> list[str]:
    """Values of the records that overlap `span`: what the span was resolved to."""
    def hit(s: tuple[int, int]) -> bool:
        return s[0] < span[1] and span[0] < s[1]

    out: list[str | None] = [doc.article.source, publisher(doc.article.source)]
    speakers = []
    for att in doc.attributions:
        if hit(att.content.span):
            speakers.append(att)
    for ev in doc.events:
        if hit(ev.span):
            out += [ev.actor, ev.target, ev.place, ev.date]
            if ev.attribution is not None and 0 <= ev.attribution < len(doc.attributions):
                speakers.append(doc.attributions[ev.attribution])
    for fig in doc.figures:
        if hit(fig.span):
            out += [f"{fig.value:g}", fig.about, fig.date, told_by(doc.article, fig.span)]
            if fig.attribution is not None and 0 <= fig.attribution < len(doc.attributions):
                speakers.append(doc.attributions[fig.attribution])
    for att in speakers:
        mention = att.speaker.mention.text if att.speaker.mention else None
        out += [att.speaker.name, mention, att.said_on, *att.via, *map(publisher, att.via),
                publisher(att.speaker.name), *chain_of(doc.article, att)]
    out += [t.value for t in doc.times if hit(t.span)]
    out += [p.name for p in doc.places if hit(p.span)]
    return [v for v in out if v]


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in _NUMBER.findall(text)}


def _dates_in(values: Iterable[str]) -> set[str]:
    return {v[:10] for v in values} | {v[:7] for v in values}


def check(parsed: Parsed, lookup: Callable[[str], Document | None]) -> list[str]:
    """One line per failure; an empty list means the briefing verifies."""
    failures = []
    docs: dict[str, Document | None] = {}
    for n, c in sorted(parsed.citations.items()):
        if n < 0:
            failures.append(f"citation line unreadable: {c.text}")
            continue
        doc = docs.setdefault(c.article_id, lookup(c.article_id))
        if doc is None:
            failures.append(f"[{n}]: no article {c.article_id} in the store")
        elif " ".join(doc.article.text[c.span[0]:c.span[1]].split()) != " ".join(c.text.split()):
            failures.append(f"[{n}]: characters {c.span[0]}–{c.span[1]} of article "
                            f"{c.article_id} do not read “{c.text}”")
    template = words().template_words | set(MONTHS)
    for title, cites in parsed.headings:
        spans = " ".join(" ".join(parsed.citations[n].text.split()) for n in cites
                         if n in parsed.citations)
        if " ".join(title.split()).casefold() not in spans.casefold():
            failures.append(f"heading not in its story's cited spans: {title}")
    for text, cites in parsed.sentences:
        if not cites:
            failures.append(f"no citation: {text}")
            continue
        missing = [n for n in cites if n not in parsed.citations]
        if missing:
            failures.append(f"citation [{missing[0]}] not listed: {text}")
            continue
        allowed: list[str] = []
        for n in cites:
            c = parsed.citations[n]
            allowed.append(c.text)
            doc = docs.get(c.article_id)
            if doc is not None:
                allowed += _resolved(doc, c.span)
        failures += [f"{problem}: {text}" for problem in _misquotes(text, allowed, template)]
    return failures


def _misquotes(sentence: str, allowed: list[str], template: set[str] | frozenset[str]
               ) -> list[str]:
    body = _CITE.sub(" ", sentence)
    problems = []
    known_dates = _dates_in(allowed)
    for m in _DATE.finditer(body):
        month = MONTHS.index(m[2]) + 1
        if not m[3]:  # "on 4 March": the briefing's own year, so any year's 4 March
            day = f"-{month:02d}-{int(m[1]):02d}" if m[1] else None
            if day and not any(d.endswith(day) for d in known_dates if len(d) == 10):
                problems.append(f"date “{m[0]}” not in its cited spans")
            continue
        iso = f"{m[3]}-{month:02d}" + (f"-{int(m[1]):02d}" if m[1] else "")
        if iso not in known_dates:
            problems.append(f"date “{m[0]}” not in its cited spans")
    body = _DATE.sub(" ", body)
    numbers = set().union(*(_numbers(a) for a in allowed))
    for raw in _NUMBER.findall(body):
        if float(raw.replace(",", "")) not in numbers:
            problems.append(f"number “{raw}” not in its cited spans")
    names = " " + " ".join(normalise(a) for a in allowed) + " "
    for phrase in _NAME.findall(body):
        words = phrase.split()
        while words and words[0] in template:
            words.pop(0)  # "The Irrawaddy said", "Reports differ"
        key = normalise(" ".join(words))
        if key and f" {key} " not in names and f" {key}" not in names:
            problems.append(f"name “{' '.join(words)}” not in its cited spans")
    return problems
