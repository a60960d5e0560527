"""Who issued the text, when its heading says so: a press release, a statement or a report
headed by its issuer's name ("PRESS RELEASE / Zambezi Human Rights Forum", "MERIDIAN RISK
ADVISORY | INCIDENT REPORT", "Statement of the Akimat of Zhambyl Region on the situation in
...") speaks as "we" in its own voice, as a transcript's host speaks for its publisher. A news
story's heading (a headline, a byline) names no issuer: without a document's label in the
heading (data/speakers.toml [issuer] labels) no name is read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wiredesk.extract.attributions._lexicon import read_toml

_SEGMENTS = re.compile(r"\s*[|/:–—]\s+|\s+[|/]\s*")  # "NAME | INCIDENT REPORT", "LABEL: title"
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_HEADING_LINES = 8  # lines read before the prose begins
_HEADING_CHARS = 160  # a line this long, or ending in a full stop, is prose


@dataclass(frozen=True, slots=True)
class _Words:
    labels: frozenset[str]  # words of a document's label: "press", "release", "statement"
    documents: frozenset[str]  # the label nouns that may name their issuer after "of"
    joins: frozenset[str]  # lower-case words inside a name: "of", "and"
    bylines: frozenset[str]  # a line opening with one of these is a byline: "By"


@cache
def _words() -> _Words:
    raw = read_toml("speakers.toml")
    issuer = raw["issuer"]
    return _Words(
        labels=frozenset(issuer["labels"]),
        documents=frozenset(raw["documents"]["nouns"]),
        joins=frozenset(raw["pronouns"]["name_joins"]) | {"the"},
        bylines=frozenset(issuer["bylines"]),
    )


@cache
def heading_issuer(text: str) -> str | None:
    """The issuer a document's heading names, or None: the first heading line or part of a
    line that is a name alone (every word capitalised, no figure), or the name after a label
    noun's "of" ("Statement of the Akimat of ..."), when some part of the heading is a
    document's label."""
    words = _words()
    labelled = False
    found: str | None = None
    for line in _heading(text):
        if line.split(maxsplit=1)[0].lower() in words.bylines:
            continue
        for part in _SEGMENTS.split(line):
            tokens = _WORD.findall(part)
            lowered = [t.lower() for t in tokens]
            if tokens and all(t in words.labels for t in lowered):
                labelled = True
                continue
            name = _name_alone(part, tokens) or _name_after_label(tokens, lowered)
            if name is not None and _name_after_label(tokens, lowered) is not None:
                labelled = True
            if found is None and name is not None:
                found = name
    return found if labelled else None


def _heading(text: str) -> list[str]:
    """The text's first lines before its prose: short, without a closing full stop."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) > _HEADING_CHARS or line.endswith(".") or len(out) >= _HEADING_LINES:
            break
        out.append(line)
    return out


def _name_alone(part: str, tokens: list[str]) -> str | None:
    """ "Zambezi Human Rights Forum", "MERIDIAN RISK ADVISORY": capitalised words only (the
    joins aside), no figure, no comma, at least two words."""
    joins = _words().joins
    if len(tokens) < 2 or any(c.isdigit() for c in part) or "," in part:
        return None
    if not all(t[0].isupper() or t.lower() in joins for t in tokens):
        return None
    if tokens[0].lower() in joins or tokens[-1].lower() in joins:
        return None
    return " ".join(tokens)


def _name_after_label(tokens: list[str], lowered: list[str]) -> str | None:
    """ "Statement of the Akimat of Zhambyl Region on the situation": the capitalised name
    after a document noun's "of", "from" or "by", up to the first word that is no part of it."""
    words = _words()
    if len(tokens) < 3 or lowered[0] not in words.documents or lowered[1] not in {
            "of", "from", "by"}:
        return None
    name: list[str] = []
    for tok, low in zip(tokens[2:], lowered[2:], strict=True):
        if not name and low == "the":
            continue
        if tok[0].isupper() or (name and low in words.joins and low != "the"):
            name.append(tok)
            continue
        break
    while name and name[-1].lower() in words.joins:
        name.pop()
    return " ".join(name) if name else None
