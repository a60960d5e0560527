"""Citation numbering: every cited span and its article's source, in order of first use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from wiredesk.crosscheck._clusters import RefKey, ref_key, ref_order
from wiredesk.records import Citation, Document, ItemRef, SourceRef


def flat(text: str) -> str:
    return " ".join(text.split())


def marks(ns: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in ns)


@dataclass
class Citer:
    """Numbers citations and sources in order of first use."""

    docs: dict[str, Document]
    citations: dict[RefKey, Citation] = field(default_factory=dict)
    sources: dict[str, SourceRef] = field(default_factory=dict)

    def cite(self, refs: Iterable[ItemRef]) -> tuple[int, ...]:
        out = []
        for ref in sorted(refs, key=ref_order):
            key = ref_key(ref)
            if key not in self.citations:
                source = self._source(ref.article_id)
                self.citations[key] = Citation(len(self.citations) + 1, ref.article_id, ref.span,
                                               flat(ref.text), source.id)
            out.append(self.citations[key].n)
        return tuple(dict.fromkeys(out))

    def _source(self, article_id: str) -> SourceRef:
        if article_id not in self.sources:
            a = self.docs[article_id].article
            self.sources[article_id] = SourceRef(f"S{len(self.sources) + 1}", article_id,
                                                 a.source, a.title, a.url, a.published)
        return self.sources[article_id]
