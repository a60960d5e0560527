"""Citation numbering, and what a citation covers: enough of the article for a reader (and
verify-brief) to check the sentence from the text alone.

A statement is cited with its speaker and its verb ("the ministry denied that ..."), an
event with its whole sentence (where its actor and object stand), and a claim the text says
could not be verified up to where it says so. No citation runs over a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from wiredesk.brief._reading import Evidence, lexicon
from wiredesk.crosscheck import RefKey, ref_key, ref_order
from wiredesk.records import Citation, Document, ItemRef, SourceRef

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
_REACH = 400  # characters a hedge or a sentence start is looked for


def flat(text: str) -> str:
    return " ".join(text.split())


def marks(ns: Sequence[int]) -> str:
    """ "[1][2]", with runs of three or more shortened: "[7]-[13]"."""
    out, run = [], list[int]()
    for n in [*ns, -1]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(f"[{run[0]}]-[{run[-1]}]" if len(run) >= 3 else
                       "".join(f"[{x}]" for x in run))
        run = [n]
    return "".join(out)


def support(doc: Document, span: tuple[int, int], source: str) -> ItemRef:
    """A span cited only to back one element of a sentence (the speaker's name, the day)."""
    return ItemRef(doc.article.id, "support", span[0], doc.article.text[span[0]:span[1]],
                   span, source, doc.article.source, doc.article.published)


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) cut to the line `start` stands on."""
    while start < end and text[start].isspace():
        start += 1
    cut = text.find("\n", start, end)
    end = cut if cut >= 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def extent(doc: Document, ref: ItemRef) -> tuple[int, int]:
    """The characters a citation of `ref` covers (see the module docstring)."""
    text = doc.article.text
    start, end = ref.span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if ref.layer == "attributions":
        att = doc.attributions[ref.index]
        parts = [m.span for m in (att.speaker.mention, att.cue) if m is not None]
        near = [s for s in parts if s[0] >= line_start and s[1] <= line_end]
        start = min([start, *(s[0] for s in near)])
        end = max([end, *(s[1] for s in near)])
        end = _hedge_end(text, end, line_end)
    elif ref.layer == "events":
        before = text[max(line_start, start - _REACH):start]
        ends = list(_SENTENCE_END.finditer(before))
        start = start - len(before) + (ends[-1].end() if ends else 0)
        stop = _SENTENCE_END.search(text, end, min(line_end, end + _REACH))
        end = stop.start() + 1 if stop else line_end
    return _line_of(text, start, end) if ref.layer != "support" else (start, end)


def _hedge_end(text: str, end: int, line_end: int) -> int:
    """Past the words saying a claim could not be verified, when they follow it closely."""
    window = text[end:min(line_end, end + _REACH // 4)]
    for pattern in lexicon().unverified:
        if m := pattern.search(window):
            stop = _SENTENCE_END.search(text, end + m.end(), line_end)
            return stop.start() + 1 if stop else line_end
    return end


@dataclass
class Citer:
    """Numbers citations and sources in order of first use."""

    docs: dict[str, Document]
    # keyed with the span too: support spans are keyed by where they start, and "Regional"
    # and "Regional administration head" start at the same character
    citations: dict[tuple[RefKey, tuple[int, int]], Citation] = field(default_factory=dict)
    sources: dict[str, SourceRef] = field(default_factory=dict)

    def evidence(self, refs: Iterable[ItemRef]) -> list[Evidence]:
        """What citing `refs` would show, without numbering anything."""
        out = []
        for ref in sorted(refs, key=ref_order):
            doc = self.docs[ref.article_id]
            s, e = extent(doc, ref)
            out.append(Evidence(flat(doc.article.text[s:e]), doc.article.source,
                                (doc.article.published or "")[:10] or None))
        return out

    def cite(self, refs: Iterable[ItemRef]) -> tuple[int, ...]:
        out = []
        for ref in sorted(refs, key=ref_order):
            key = ref_key(ref), ref.span
            if key not in self.citations:
                doc = self.docs[ref.article_id]
                span = extent(doc, ref)
                source = self._source(ref.article_id)
                self.citations[key] = Citation(len(self.citations) + 1, ref.article_id, span,
                                               flat(doc.article.text[span[0]:span[1]]),
                                               source.id)
            out.append(self.citations[key].n)
        return tuple(dict.fromkeys(out))

    def _source(self, article_id: str) -> SourceRef:
        if article_id not in self.sources:
            a = self.docs[article_id].article
            self.sources[article_id] = SourceRef(f"S{len(self.sources) + 1}", article_id,
                                                 a.source, a.title, a.url, a.published)
        return self.sources[article_id]
