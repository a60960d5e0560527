"""Transcript lines: a paragraph opened by a speaker's name and a colon is that speaker's
words ("PESKOV: We have nothing to add." / "Rep. Jane Roe (D-Ohio): “...”")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from wiredesk.extract.attributions._antecedents import lexicon
from wiredesk.extract.attributions._found import Found, tidy
from wiredesk.extract.attributions._lexicon import cues
from wiredesk.extract.attributions._recognizers import Finding, inside, recognizer
from wiredesk.nlp import doc_text
from wiredesk.nlp.index import entities, entities_in

_SOURCES = {"PERSON", "ORG", "NORP", "GPE"}
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")  # one sentence ends, another begins
_SAID = re.compile(r"[.!?…\"”’—-]\s*$")  # words said end like a sentence, a heading does not

# a label of capitalised words (an office, initials, a party tag) then a colon, at a line start
_LABEL = re.compile(
    r"^[ \t]*[\"“]?((?:[A-Z][\w.'’-]*[ \t]+){0,6}[A-Z][\w.'’-]*(?:[ \t]+\([^()\n]{1,24}\))?)"
    r":(?:[ \t]+|(?=[\"“]))(?=\S)",
    re.MULTILINE,
)


@recognizer("labels")
def _labelled(finding: Finding) -> list[Found]:
    """Transcript lines, except a label inside a quotation."""
    closed = [q.outer for q in finding.quotes if q.closed]
    return [f for f in labelled_lines(finding.doc) if f.cue is None or not inside(f.cue[0], closed)]


def labelled_lines(doc: Doc) -> Iterator[Found]:
    """Each line that a speaker's label opens, with the rest of the line as the content."""
    text = doc_text(doc)
    own = _own_transcript(text)
    staff = _staff_names(doc)
    hosts: set[str] = set()  # surnames of the office-holders whose turns speak for the host
    for m in _LABEL.finditer(text):
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if label is None:
            continue
        voice = own and (_publishers_voice(label) or label.text.casefold() in hosts)
        if voice:  # "ACTING COMMISSIONER RUDOLPH SAMUEL", then "SAMUEL": the same turn-taker
            hosts.add(_before_brackets(label)[-1].text.casefold())
        if not _names_someone(label) or _narrator(label, staff):
            continue
        end = text.find("\n", m.end())
        content = tidy(doc, m.end(), len(text) if end < 0 else end)
        if content[1] - content[0] < 12 or not _SAID.search(text, content[0], content[1] + 1):
            continue
        person = next((e for e in entities_in(label) if e.label_ == "PERSON"), None)
        named = person if person is not None else _before_brackets(label)  # not the party
        # tag of "(D-Ohio)" nor the unit of "INSPECTOR JANE ROE (Homicide Unit)"
        head = max((t for t in named if t.pos_ == "PROPN"), key=lambda t: t.i, default=label.root)
        yield Found(
            content,
            (m.end(1), m.end(1) + 1),
            None,
            head,
            "label: SPEAKER: content",
            speaker_extent=label if person is not None else named,
            narration=voice,
        )


def _before_brackets(label: Span) -> Span:
    """A label's words before a bracket, when a name stands there: the unit or party after
    it says whom the speaker serves, not who speaks."""
    cut = next((t.i for t in label if t.text.startswith("(")), None)
    if cut is None or sum(t.pos_ == "PROPN" for t in label.doc[label.start : cut]) < 2:
        return label
    return label.doc[label.start : cut]


def _publishers_voice(label: Span) -> bool:
    """In the publisher's own transcript, a turn of an office's holder ("VICE MINISTER
    AGUILERA", "SPOKESPERSON (Jane Roe)") or of its host speaks for it; a guest's turn under
    a name alone ("PESKOV") is the guest's."""
    words = {w.strip(".,:'’()").lower() for w in label.text.split()}
    return bool(words & (lexicon().roles | cues().label_hosts))


def _own_transcript(text: str) -> bool:
    """Whether a heading above the text's first line of prose or first turn calls it a
    transcript (data/cues.toml [labels] transcripts): the publisher's record of its own
    briefing or broadcast, whose turns are its own voice, not its sources'."""
    words = cues().label_transcripts
    for line in text.splitlines():
        if not line.strip():
            continue
        label = _LABEL.match(line)
        if not label and (_SAID.search(line.rstrip()) or _SENTENCE_BREAK.search(line)):
            return False  # the prose began: a story that prints a transcript after its lead
        heading = label[1] if label else line
        if any(w.strip(".,:;()[]'’\"“”-–—|").casefold() in words for w in heading.split()):
            return True
        if label:
            return False  # the turns began under no such heading
    return False


def _narrator(label: Span, staff: frozenset[str]) -> bool:
    """A label that names the outlet's own presenter or correspondent (data/cues.toml)."""
    words = {w.strip(".,:'’()").lower() for w in label.text.split()}
    return bool(words & (cues().label_narrators | staff))


def _staff_names(doc: Doc) -> frozenset[str]:
    """The surnames of people the text introduces as its own by a narrator's role ("our
    correspondent Lina Haddad", "Hery Rakoto, our reporter"; not "radio host Jane Roe"): a
    label of their name is narration too."""
    roles = cues().label_narrators
    names = set()
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        near = [doc[i] for i in (*range(max(0, ent.start - 3), ent.start),
                                 *range(ent.end, min(ent.end + 3, len(doc))))]
        if any(t.lower_ in roles for t in near) and any(_ours(t) for t in near):
            names.add(ent[-1].lower_)
    return frozenset(names)


def _ours(tok: Token) -> bool:
    """A first-person possessive: the outlet speaking of its own staff."""
    return "Yes" in tok.morph.get("Poss", []) and "1" in tok.morph.get("Person", [])


def _names_someone(label: Span) -> bool:
    """A person's or body's name ("Rep. Jane Roe (D-Ohio)"), or a name in capitals
    ("WALLACE", "GEN. MILLEY"), not a heading ("CORRECTION", "Stealth Over Health")."""
    words = label.text.lower().split()
    if any(w.strip(".:'’") in cues().label_headings for w in words):
        return False
    if label.text.isupper():
        return sum(c.isalpha() for c in label.text) >= 2 and len(words) <= 3
    return any(e.label_ in _SOURCES for e in entities_in(label))
