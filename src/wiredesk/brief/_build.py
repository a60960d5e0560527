"""Briefings from stored records: stories of linked items told by templates, every
sentence ending with citations of the exact spans it rests on.

Deterministic: the same documents and cross-check give the same briefing, because every
list is sorted on stable keys and no clock or randomness is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from wiredesk.brief._words import words, written_date
from wiredesk.crosscheck._clusters import Groups, RefKey, independent, ref_key, ref_order
from wiredesk.crosscheck._items import items_of
from wiredesk.crosscheck._text import normalise
from wiredesk.records import (
    Attribution,
    Briefing,
    BriefSentence,
    Citation,
    Contradiction,
    CrossCheck,
    Document,
    Event,
    Figure,
    ItemRef,
    SourceRef,
    Story,
)


def _join(names: Iterable[str]) -> str:
    items = list(dict.fromkeys(names))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Citer:
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
                                               _flat(ref.text), source.id)
            out.append(self.citations[key].n)
        return tuple(dict.fromkeys(out))

    def _source(self, article_id: str) -> SourceRef:
        if article_id not in self.sources:
            a = self.docs[article_id].article
            self.sources[article_id] = SourceRef(f"S{len(self.sources) + 1}", article_id,
                                                 a.source, a.title, a.url, a.published)
        return self.sources[article_id]


def _marks(ns: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in ns)


@dataclass
class _Story:
    refs: list[ItemRef] = field(default_factory=list)
    clashes: list[Contradiction] = field(default_factory=list)


class _Teller:
    """Turns the records behind one story into sentences."""

    def __init__(self, docs: dict[str, Document], cc: CrossCheck, citer: _Citer) -> None:
        self.docs, self.citer = docs, citer
        self.cluster: dict[RefKey, tuple[ItemRef, ...]] = {}
        self.sources: dict[RefKey, tuple[str, ...]] = {}
        for group in cc.corroborations:
            if group.kind == "actor":
                continue
            members = tuple(i for i in group.items if i.article_id in docs)
            for item in members:
                self.cluster[ref_key(item)] = members
                self.sources[ref_key(item)] = independent(members)

    def _record(self, ref: ItemRef) -> Attribution | Event | Figure:
        layer = getattr(self.docs[ref.article_id], ref.layer)
        record: Attribution | Event | Figure = layer[ref.index]
        return record

    def _who(self, ref: ItemRef) -> str:
        record = self._record(ref)
        doc = self.docs[ref.article_id]
        att_index = getattr(record, "attribution", None)
        if isinstance(att_index, int) and 0 <= att_index < len(doc.attributions):
            name = doc.attributions[att_index].speaker.name
            if name:
                return name
        return doc.article.source or ref.source

    def tell(self, story: _Story) -> list[BriefSentence]:
        out: list[BriefSentence] = []
        # items a contradiction tells (both figures, the denial) are told there only
        told: set[RefKey] = {ref_key(r) for c in story.clashes if c.kind == "figure"
                             for r in c.sides[0]}
        told |= {ref_key(r) for c in story.clashes for r in c.sides[1]}
        order = {"events": 0, "attributions": 1, "figures": 2}
        for ref in sorted(story.refs, key=lambda r: (order[r.layer], ref_order(r))):
            if ref_key(ref) in told:
                continue
            members = self.cluster.get(ref_key(ref), (ref,))
            told.update(ref_key(m) for m in members)
            out += self._item(ref, members)
        for clash in story.clashes:
            sentence = self._clash(clash)
            if sentence not in out:
                out.append(sentence)
        return out

    def _item(self, ref: ItemRef, members: tuple[ItemRef, ...]) -> list[BriefSentence]:
        record = self._record(ref)
        cites = self.citer.cite(members)
        if isinstance(record, Event):
            text, kind = self._event(record), "event"
        elif isinstance(record, Attribution):
            text, kind = self._claim(record), "claim"
        else:
            who = _join(self._who(m) for m in members)
            text, kind = f"{who} put the {self._figure_name(record)} at {ref.value}", "figure"
        out = [BriefSentence(f"{text} {_marks(cites)}.", cites, kind)]
        status = getattr(record, "status", "asserted")
        if status == "unverified":
            out.append(BriefSentence(f"It could not be independently confirmed {_marks(cites)}.",
                                     cites, "hedge"))
        elif status == "hedged":
            out.append(BriefSentence(
                f"The report was hedged and remains unconfirmed {_marks(cites)}.", cites, "hedge"))
        if len(members) > 1:
            sources = self.sources.get(ref_key(ref), (ref.source,))
            text = (f"Reported independently by {_join(sources)}" if len(sources) > 1
                    else f"Every report of it relies on {sources[0]}")
            out.append(BriefSentence(f"{text} {_marks(cites)}.", cites, "sources"))
        return out

    def _figure_name(self, fig: Figure) -> str:
        name = words().figures.get(fig.category, fig.category.replace("_", " "))
        return f"{name} ({fig.about})" if fig.about else name

    def _event(self, ev: Event) -> str:
        past, base = words().events.get(ev.type, (f"carried out a {ev.type} event against",
                                                  f"carry out a {ev.type} event against"))
        where = f" in {ev.place}" if ev.place else ""
        when = f" {written_date(ev.date)}" if written_date(ev.date) else ""
        target = f" {ev.target}" if ev.target else ""
        if not ev.actor:
            return f"A {ev.type} event involving {ev.target or 'unnamed parties'} was reported" \
                   f"{where}{when}"
        verb = {"planned": f"is to {base}", "hypothetical": f"could {base}",
                "denied": f"was said not to {base}"}.get(ev.mode, past)
        if not target:
            verb = verb.removesuffix(" against").removesuffix(" to").removesuffix(" on")
        return f"{ev.actor} {verb}{target}{where}{when}"

    def _claim(self, att: Attribution) -> str:
        speaker = att.speaker.name or (att.speaker.mention.text if att.speaker.mention
                                       else "An unnamed source")
        verb = "denied" if att.status == "denied" else "said"
        return f"{speaker} {verb}: “{_flat(att.content.text)}”"

    def _clash(self, clash: Contradiction) -> BriefSentence:
        side_a, side_b = clash.sides
        a, b = self.citer.cite(side_a), self.citer.cite(side_b)
        cites = tuple(dict.fromkeys(a + b))
        if clash.kind == "figure":
            fig = self._record(clash.a)
            assert isinstance(fig, Figure)
            text = (f"Accounts differ: {self._who(clash.a)} put the {self._figure_name(fig)} "
                    f"at {clash.a.value} {_marks(a)}; {self._who(clash.b)} said "
                    f"{clash.b.value} {_marks(b)}.")
        elif clash.kind == "denial":
            cites = b  # the denial's own words, in every report of it
            text = (f"{clash.b.value or self._who(clash.b)} denied it: "
                    f"“{_flat(clash.b.text)}” {_marks(cites)}.")
        else:
            what = {"date": "the date", "place": "the place"}[clash.kind]
            first, second = self._record(clash.a), self._record(clash.b)
            assert isinstance(first, Event) and isinstance(second, Event)
            val_a = written_date(first.date) if clash.kind == "date" else f"in {first.place}"
            val_b = written_date(second.date) if clash.kind == "date" else f"in {second.place}"
            text = (f"Reports differ on {what}: {self._who(clash.a)} put it {val_a} {_marks(a)}; "
                    f"{self._who(clash.b)} put it {val_b} {_marks(b)}.")
        return BriefSentence(text, cites, "contradiction")


def _within(clash: Contradiction, refs: dict[RefKey, ItemRef]) -> Contradiction | None:
    """The contradiction told by the chosen reports only (None when a side has none)."""
    a, b = ([r for r in side if ref_key(r) in refs] for side in clash.sides)
    if not a or not b:
        return None
    return replace(clash, a=a[0], b=b[0], a_reports=tuple(a), b_reports=tuple(b))


def _mentions(doc: Document, ref: ItemRef, about: str) -> bool:
    record = getattr(doc, ref.layer)[ref.index]
    names = [ref.text, ref.value]
    names += [getattr(record, f, None) for f in ("actor", "target", "place", "about")]
    if isinstance(record, Attribution):
        names.append(record.speaker.name)
    return any(about in normalise(n) for n in names if n)


def _in_period(doc: Document, since: str | None, until: str | None) -> bool:
    day = (doc.article.published or "")[:10]
    if (since or until) and not day:
        return False
    return (not since or day >= since) and (not until or day <= until)


def brief(docs: Sequence[Document], crosscheck: CrossCheck, *, since: str | None = None,
          until: str | None = None, about: str | None = None) -> Briefing:
    """A cited briefing on the documents published in [since, until] (about one actor/place).

    Args:
        docs: the documents to tell (others are ignored).
        crosscheck: links, corroborations and contradictions over (at least) `docs`.
        since, until: ISO days, inclusive; None leaves that side open.
        about: keep only stories naming this actor or place.
    """
    chosen = {d.article.id: d for d in sorted(docs, key=lambda d: d.article.id)
              if _in_period(d, since, until)}
    union = Groups()
    refs: dict[RefKey, ItemRef] = {}
    for doc in chosen.values():
        items = items_of(doc)
        every = [c.ref for c in items.claims] + [e.ref for e in items.events] + [
            f.ref for f in items.figures]
        for ref in every:
            refs[ref_key(ref)] = ref
            union.find(ref_key(ref))
        aid = doc.article.id
        for layer in ("events", "figures"):
            for i, record in enumerate(getattr(doc, layer)):
                if record.attribution is not None and 0 <= record.attribution < len(
                        doc.attributions):
                    union.join((aid, layer, i), (aid, "attributions", record.attribution))
        for fig in items.figures:
            if fig.event is not None:
                union.join(ref_key(fig.ref), (aid, "events", fig.event[1]))
    clashes = [c for c in (_within(x, refs) for x in crosscheck.contradictions) if c]
    pairs = [(x.a, x.b) for x in crosscheck.links] + [
        (a, b) for x in clashes for side in x.sides for a, b in pairwise(side)] + [
        (x.a, x.b) for x in clashes]
    for a, b in pairs:
        if ref_key(a) in refs and ref_key(b) in refs:
            union.join(ref_key(a), ref_key(b))
    stories: dict[RefKey, _Story] = defaultdict(_Story)
    for key, ref in refs.items():
        stories[union.find(key)].refs.append(ref)
    for clash in clashes:
        stories[union.find(ref_key(clash.a))].clashes.append(clash)
    wanted = normalise(about) if about else ""
    chosen_stories = [s for s in stories.values()
                      if not wanted or any(_mentions(chosen[r.article_id], r, wanted)
                                           for r in s.refs)]
    citer = _Citer(chosen)
    teller = _Teller(chosen, crosscheck, citer)

    def rank(s: _Story) -> tuple[object, ...]:
        first = min(s.refs, key=ref_order)
        return (-len({r.source for r in s.refs}), ref_order(first))

    told = []
    for s in sorted(chosen_stories, key=rank):
        s.clashes.sort(key=lambda c: (c.kind, ref_order(c.a), ref_order(c.b)))
        told.append(Story(_title(s), tuple(teller.tell(s))))
    period = " to ".join(dict.fromkeys(p for p in (since, until) if p)) or "all stored reports"
    title = f"wiredesk briefing: {period}" + (f", about {about}" if about else "")
    return Briefing(title, tuple(told), tuple(citer.sources.values()),
                    tuple(sorted(citer.citations.values(), key=lambda c: c.n)),
                    since, until, about)


def _title(story: _Story) -> str:
    events = sorted((r for r in story.refs if r.layer == "events"), key=ref_order)
    claims = sorted((r for r in story.refs if r.layer == "attributions"), key=ref_order)
    first = (events or claims or sorted(story.refs, key=ref_order))[0]
    return _flat(first.text)[:80]
