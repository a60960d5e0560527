"""A briefing read back from what `brief` wrote (Markdown, HTML or JSON): its story
headings, sentences with their citations, and the citation list."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

_MARKS = re.compile(r"\[(\d+)\](?:[-–]\[(\d+)\])?")
_ENDS_CITED = re.compile(r"(?:\[\d+\](?:[-–]\[\d+\])?)+\.?$")
_CITATION_LINE = re.compile(
    r"^- \[(\d+)\] \S+, article ([0-9a-f]+), characters (\d+)–(\d+): “(.*)”$")
_HTML_CITATION = re.compile(
    r'^<li id="c(\d+)"[^>]*>.*?, article ([0-9a-f]+), characters (\d+)–(\d+): <q>(.*)</q></li>$')
_HTML_SENTENCE = re.compile(r'^<p class="s">(.*)</p>$')
_HTML_HEADING = re.compile(r"^<section><h2>\d+\. (.*)</h2>$")
_STORY_NUMBER = re.compile(r"^\d+\.\s*")
_MD_ESCAPED = re.compile(r"\\([\\`*_\[\]<>&|~#!])")


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


def citation_numbers(text: str) -> tuple[int, ...]:
    """The citations of a sentence that ends cited (a contradiction cites one side inside
    it), runs ("[7]-[13]") spelt out; none when it does not end cited."""
    if not _ENDS_CITED.search(text.strip()):
        return ()
    out: list[int] = []
    for a, b in _MARKS.findall(text):
        out += range(int(a), int(b or a) + 1)
    return tuple(dict.fromkeys(out))


def strip_marks(text: str) -> str:
    """A sentence without its citation marks (inside it or at its end) and final stop."""
    return " ".join(_MARKS.sub(" ", text).split()).rstrip(".").rstrip()


def unescape_markdown(text: str) -> str:
    return _MD_ESCAPED.sub(r"\1", text)


def parse(text: str) -> Parsed:
    """Any format `brief` writes, told apart by its first character."""
    head = text.lstrip()[:15].casefold()
    if head.startswith("{"):
        return parse_json(text)
    if head.startswith(("<!doctype", "<html")):
        return parse_html(text)
    return parse_markdown(text)


def parse_markdown(text: str) -> Parsed:
    """Sentences are the lines of story sections; citations the lines under "Citations";
    a story's heading ("## 2. title") stands on the citations of its sentences."""
    sentences, citations, section = [], {}, ""
    headings: list[tuple[str, list[int]]] = []
    for raw in text.splitlines():
        line = unescape_markdown(raw)
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
            cites = citation_numbers(line)
            sentences.append((line.strip(), cites))
            if headings:
                headings[-1][1].extend(cites)
    return Parsed(tuple(sentences), citations,
                  tuple((title, tuple(cites)) for title, cites in headings))


def parse_html(text: str) -> Parsed:
    """The page `Briefing.to_html()` writes: one element a line."""
    sentences, citations = [], {}
    headings: list[tuple[str, list[int]]] = []
    for line in text.splitlines():
        if m := _HTML_HEADING.match(line):
            headings.append((html.unescape(m[1]), []))
        elif m := _HTML_SENTENCE.match(line):
            sentence = html.unescape(re.sub(r"<[^>]+>", "", m[1]))
            cites = citation_numbers(sentence)
            sentences.append((sentence, cites))
            if headings:
                headings[-1][1].extend(cites)
        elif m := _HTML_CITATION.match(line):
            n = int(m[1])
            citations[n] = Cited(n, m[2], (int(m[3]), int(m[4])), html.unescape(m[5]))
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
