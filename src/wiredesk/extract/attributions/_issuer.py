"""Who issued the text, when its heading says so: a press release, a statement or a report
headed by its issuer's name ("PRESS RELEASE / Zambezi Human Rights Forum", "MERIDIAN RISK
ADVISORY | INCIDENT REPORT", "Statement of the Akimat of Zhambyl Region on the situation in
...") speaks as "we" in its own voice, as a transcript's host speaks for its publisher. A news
story's heading (a headline, a byline) names no issuer: without a document's label in the
heading (data/speakers.toml [issuer] labels), a letterhead (a body's name in capitals) or a
closing line saying who issued it ("Issued by: ..."), no name is read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wiredesk.extract.attributions._lexicon import read_toml

# "NAME | INCIDENT REPORT", "LABEL: title", "Ministry of Public Security - Press release"
_SEGMENTS = re.compile(r"\s*[|/:–—]\s+|\s+[|/]\s*|\s+-\s+")
_ASIDE = re.compile(r"\([^)]*\)")  # "(translated from Spanish)", "(Unofficial translation)"
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_HEADING_LINES = 8  # lines read before the prose begins
_HEADING_CHARS = 160  # a line this long, or ending in a full stop, is prose


@dataclass(frozen=True, slots=True)
class _Words:
    labels: frozenset[str]  # words of a document's label: "press", "release", "statement"
    documents: frozenset[str]  # the label nouns that may name their issuer after "of"
    joins: frozenset[str]  # lower-case words inside a name: "of", "and"
    bylines: frozenset[str]  # a line opening with one of these is a byline: "By"
    topics: frozenset[str]  # "Statement on the events ...": a label and its subject
    signatures: tuple[str, ...]  # "Issued by:": a closing line naming the issuer
    bodies: frozenset[str]  # "Alliance", "Force": a word of a body's name
    transcripts: frozenset[str]  # "TRANSCRIPT": turns whose "we" is their speaker's
    kinds: frozenset[str]  # "PRESS RELEASE", "NEWS": a document's or a desk's name
    narrating: frozenset[str]  # "informs the public that": the document's own news


@cache
def _words() -> _Words:
    raw = read_toml("speakers.toml")
    issuer = raw["issuer"]
    return _Words(
        labels=frozenset(issuer["labels"]),
        documents=frozenset(raw["documents"]["nouns"]),
        joins=frozenset(raw["pronouns"]["name_joins"]) | {"the"},
        bylines=frozenset(issuer["bylines"]),
        topics=frozenset(issuer["topics"]),
        signatures=tuple(issuer["signatures"]),
        bodies=frozenset(issuer["bodies"]) | frozenset(raw["antecedents"]["bodies"]),
        transcripts=frozenset(issuer["transcripts"]),
        kinds=frozenset(issuer["kinds"]),
        narrating=frozenset(issuer["narrating"]),
    )


@cache
def heading_issuer(text: str) -> str | None:
    """The issuer a document names, or None: when some part of its heading is a document's
    label (or a closing line says who issued it), the first name in the heading or that
    closing line that is a body's ("SAHEL WATER ALLIANCE", "Issued by: Horn Relief
    Consortium"), else the first heading line or part of a line that is a name alone (every
    word capitalised, no figure), or the name after a label noun's "of" ("Statement of the
    Akimat of ..."). A name beside a label on its line is the label's subject unless it is a
    body's ("YEMEN: Ma'rib Governorate - Flash Update No. 2"). A letterhead, a body's name in
    capitals ("SAHEL WATER ALLIANCE"), names the issuer without a label. A transcript's
    heading names none: its "we" is the speaker's whose turn it is."""
    words = _words()
    labelled = letterhead = False
    names: list[str] = []
    for line in _heading(text):
        if line.split(maxsplit=1)[0].lower() in words.bylines:
            continue
        if any(w.lower() in words.transcripts for w in _WORD.findall(line)):
            return None  # a transcript's "we" is the speaker's whose turn it is
        label, found = False, []
        for part in _SEGMENTS.split(_ASIDE.sub(" ", line)):
            tokens = _WORD.findall(part)
            lowered = [t.lower() for t in tokens]
            if tokens and (all(t in words.labels for t in lowered) or (
                    len(lowered) > 1 and lowered[0] in words.labels
                    and lowered[1] in words.topics)):
                label = True  # "PRESS RELEASE", "Statement on the events at ..."
                continue
            after = _name_after_label(tokens, lowered)
            labelled = labelled or after is not None
            name = _name_alone(part, tokens) or after
            if name is not None:
                found.append(name)
        labelled = labelled or label
        names += [n for n in found if _body(n)] if label else found  # not a label's subject
        letterhead = letterhead or any(n.isupper() and _body(n) for n in found)
    signed = _signed(text)
    if not (labelled or signed or letterhead):
        return None
    names += signed
    return next((n for n in names if _body(n)), names[0] if names else None)


def _body(name: str) -> bool:
    """A name with a word of a body's ("Coastal Fishers' Union"), not a place's or a
    subject's ("Northern Corridor")."""
    return any(w.lower() in _words().bodies for w in _WORD.findall(name))


def _signed(text: str) -> list[str]:
    """The names a closing line gives as the document's issuer: "Issued by: Regional
    Security Office, Horn Relief Consortium" (the body last), or the line after a marker
    standing alone ("Issued by:" / "Colonel T. Mokgosi")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out: list[str] = []
    for n, line in enumerate(lines):
        lowered = line.lower()
        marker = next((m for m in _words().signatures if lowered.startswith(m)), None)
        if marker is None:
            continue
        rest = line[len(marker):].strip(" :-–—")
        if not rest and n + 1 < len(lines):
            rest = lines[n + 1]
        parts = [p.strip() for p in rest.split(",")]
        out += reversed([name for p in parts if (name := _name_alone(p, _WORD.findall(p)))])
    return out


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
    joins aside), no figure, no comma, at least two words once the label words closing it
    are dropped."""
    joins, kinds = _words().joins, _words().kinds
    while tokens and tokens[-1].lower() in kinds:
        tokens = tokens[:-1]  # "U.S. CENTRAL COMMAND PRESS RELEASE", "COURT NEWS"
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


def narrates(text: str, speaker: str | None, cue: str) -> bool:
    """ "The Botswana Defence Force wishes to inform the public that ...": the document's
    issuer, named in the third person with a verb of telling its own news ([issuer]
    narrating), speaks in the document's own voice; what follows is no one's words it
    reports. Its appeals and stances ("We call on ...") are still its words."""
    words = _words()
    if speaker is None or cue not in words.narrating:
        return False
    issuer = heading_issuer(text)
    if issuer is None:
        return False
    said = {w.lower() for w in _WORD.findall(speaker)} - words.joins
    return bool(said) and said <= {w.lower() for w in _WORD.findall(issuer)}
