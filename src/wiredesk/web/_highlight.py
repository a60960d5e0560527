"""An article's text cut into segments, each knowing the records that cover it.

Layers overlap (a place inside a quote inside a sentence with an event), so the text is
cut at every span boundary and each piece lists every record over it; the page colours a
piece by its layers and shows the records of the piece a reader clicks.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from wiredesk.records import Document

Span = tuple[int, int]
SPEAKER_COLOURS = 8  # speakers take colour classes sp0..sp7 in order of first appearance


@dataclass(frozen=True, slots=True)
class Record:
    """One extracted item as the page shows it: what it is, and the fields behind it."""

    key: str  # "a0", "t3": layer letter and index, unique in the article
    layer: str
    span: Span
    text: str
    fields: tuple[tuple[str, str], ...]
    css: str  # classes of the segments it covers


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    keys: tuple[str, ...]  # records over it, outermost first
    css: str
    cited: bool  # inside the span the URL asks to show
    anchor: bool  # the first cited segment: where the page jumps to


def _shown(value: Any) -> str:
    if value is None or value == "" or value == ():
        return ""
    if isinstance(value, tuple | list):
        return " › ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _fields(pairs: list[tuple[str, Any]], extractor: str, explanation: str
            ) -> tuple[tuple[str, str], ...]:
    rows = [(name, _shown(v)) for name, v in pairs]
    rows += [("extractor", extractor), ("explanation", explanation)]
    return tuple((name, value) for name, value in rows if value)


def records(doc: Document) -> list[Record]:
    """Every item of every layer, attributions first, with the fields a reader checks."""
    out: list[Record] = []
    colours: dict[str, int] = {}
    for i, a in enumerate(doc.attributions):
        who = a.speaker.name or (a.speaker.mention.text if a.speaker.mention else "?")
        colour = colours.setdefault(who, len(colours) % SPEAKER_COLOURS)
        fields = _fields([
            ("speaker", a.speaker.name), ("named as", a.speaker.mention and a.speaker.mention.text),
            ("speaker type", a.speaker.type), ("role", a.speaker.role), ("kind", a.kind),
            ("cue", a.cue and a.cue.text), ("status", a.status), ("via", a.via),
            ("said on", a.said_on)], a.extractor, a.explanation)
        out.append(Record(f"a{i}", "attribution", a.content.span, a.content.text, fields,
                          f"att sp{colour}"))
        if a.speaker.mention:
            m = a.speaker.mention
            out.append(Record(f"s{i}", "speaker", m.span, m.text, fields, f"spk sp{colour}"))
    for i, t in enumerate(doc.times):
        out.append(Record(f"t{i}", "time", t.span, t.text, _fields([
            ("value", t.value), ("type", t.type), ("mod", t.mod), ("anchor", t.anchor)],
            t.extractor, t.explanation), "tim"))
    for i, p in enumerate(doc.places):
        where = f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None and p.lon is not None else ""
        out.append(Record(f"p{i}", "place", p.span, p.text, _fields([
            ("name", p.name), ("kind", p.kind), ("country", p.country), ("admin1", p.admin1),
            ("coordinates", where), ("geonameid", p.geonameid), ("direction", p.direction)],
            p.extractor, p.explanation), "plc"))
    for i, f in enumerate(doc.figures):
        said = doc.attributions[f.attribution].speaker.name \
            if f.attribution is not None and 0 <= f.attribution < len(doc.attributions) else None
        out.append(Record(f"f{i}", "figure", f.span, f.text, _fields([
            ("value", f.value), ("category", f.category), ("qualifier", f.qualifier),
            ("unit", f.unit), ("about", f.about), ("date", f.date), ("said by", said)],
            f.extractor, f.explanation), "fig"))
    for i, c in enumerate(doc.checks):
        out.append(Record(f"c{i}", "check", c.span, c.text, _fields([
            ("kind", c.kind), ("holds", "yes" if c.holds else "NO"), ("detail", c.detail)],
            c.extractor, c.explanation), "chk"))
    for i, e in enumerate(doc.events):
        out.append(Record(f"e{i}", "event", e.span, e.text, _fields([
            ("type", e.type), ("actor", e.actor), ("target", e.target), ("place", e.place),
            ("date", e.date), ("mode", e.mode), ("status", e.status)],
            e.extractor, e.explanation), "evt"))
    return out


def segments(text: str, recs: list[Record], cited: Span | None = None) -> list[Segment]:
    """`text` cut at every record boundary (and the cited span's), in order."""
    cuts = {0, len(text)}
    for r in recs:
        cuts.update(max(0, min(len(text), x)) for x in r.span)
    if cited:
        cuts.update(max(0, min(len(text), x)) for x in cited)
    bounds = sorted(cuts)
    # outermost first: longer spans before the ones nested in them
    ordered = sorted(recs, key=lambda r: (r.span[0], -(r.span[1] - r.span[0])))
    out: list[Segment] = []
    anchored = False
    for start, end in pairwise(bounds):
        over = [r for r in ordered if r.span[0] <= start and end <= r.span[1]]
        inside = cited is not None and cited[0] <= start and end <= cited[1]
        out.append(Segment(
            text[start:end], tuple(r.key for r in over),
            " ".join(dict.fromkeys(c for r in over for c in r.css.split())),
            inside, inside and not anchored))
        anchored = anchored or inside
    return out
