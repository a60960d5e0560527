"""Frozen typed records: the only shape data takes between stages.

Data flows one way: ingest makes an `Article`, the extract stages add tuples of
`Attribution`, `TimeExpr`, `Place`, `Figure`, `Check` and `Event`, and a `Document`
bundles them. Every extracted item carries its article id, its character span
`[start, end)` into `Article.text`, the extractor that produced it (``"times.v1"``)
and a short explanation, so a wrong result can be traced. Only `store/` turns
records into rows; only `to_dict()` turns them into JSON-ready dicts.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Span = tuple[int, int]
AttributionKind = Literal["direct", "indirect", "mixed"]
AttributionStatus = Literal["asserted", "hedged", "unverified", "denied", "confirmed"]

# Event types (data/events.toml lists each with its PLOVER code, modes and wording; a test
# keeps the two equal), how an event is told, and how firmly.
EventKind = Literal[
    "consult", "meet", "deploy", "assault", "attack", "sanction", "threaten", "agree", "aid",
    "protest", "seize", "accuse", "request", "reject", "fight", "arrest", "statement",
    "retreat", "surrender", "cooperate", "ceasefire", "coerce",
]
EventMode = Literal["happened", "planned", "hypothetical", "denied"]
EventStatus = Literal["asserted", "hedged", "unverified"]


def article_id(text: str) -> str:
    """Stable content hash: the same text always gives the same id."""
    # surrogatepass: a text holding a lone surrogate still gets an id (readers refuse such
    # text, but a record must never fail to exist); every valid text hashes as UTF-8
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    if isinstance(value, Mention):
        return {"text": value.text, "span": list(value.span)}
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from: the input path and the place inside it."""

    path: str | None = None
    locator: str | None = None  # "line 12", "record 3", "entry 5", "page", "entry 2 (#block-x)"
    kind: str | None = None  # text, html, rss, warc, jsonl, stdin


@dataclass(frozen=True, slots=True)
class Article:
    """One report as read, before any extraction. `text` is kept exactly as read."""

    text: str
    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    origin: Origin = field(default_factory=Origin)
    encoding: str | None = None  # how the input's bytes were read: "windows-1252 (meta charset)"
    # The names the story credits as its own, as written: its dateline's brackets and its
    # sign-off ("KADUGLI, Sudan (AFP) —", "... (AFP)", "- AFP"): whose story it carries.
    credits: tuple[str, ...] = ()
    # Where its sentences start (character offsets, the first 0; `nlp.sentences`): what is
    # told in one sentence is told together. Empty for an article made by hand: one sentence.
    sentences: tuple[int, ...] = ()
    id: str = field(init=False, default="")  # the content hash, computed once

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", article_id(self.text))

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self)}
        return {"id": out.pop("id"), **out}


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the text and where they stand."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is speaking: the canonical actor and the words that name it here."""

    name: str | None
    mention: Mention | None
    type: str | None = None  # person, organization, government, media, document, group
    role: str | None = None  # "White House spokeswoman"


@dataclass(frozen=True, slots=True)
class OtherSide:
    """A second speaker's claim told inside one content: "X said A, while Y denied B"."""

    first: Mention  # A: what the attribution's own speaker says
    speaker: Mention  # Y, as written
    cue: Mention  # "denied", "told Reuters": the verb reporting B
    content: Mention  # B
    judged_untrue: bool = False  # B closes judging itself untrue: "... were lies"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement the text ascribes to a source."""

    article_id: str
    content: Mention
    kind: AttributionKind
    speaker: Speaker
    cue: Mention | None
    said_on: str | None = None
    via: tuple[str, ...] = ()
    status: AttributionStatus = "asserted"
    extractor: str = "attributions.v1"
    explanation: str = ""
    content_fragments: tuple[Span, ...] = ()  # quoted pieces of a content its cue splits
    other_side: OtherSide | None = None  # a second speaker's claim the content ends with
    judged_untrue: bool = False  # the content closes judging itself untrue: "... were unfounded"
    cited: str | None = None  # whom the cue goes on to cite: "reported, citing the ministry"
    # A transcript presenter's turn ("PRESENTER: ..."): the person it quotes, "" for none (the
    # outlet's own words); None for any other speaker.
    presenter_quotes: str | None = None
    # The person holding the role the speaker was found as, named beside it ("the head of
    # the regional administration, Volodymyr Artiukh, said"), without rank.
    role_holder: str | None = None
    speaker_in_dateline: bool = False  # a dateline misread as a speaker ("BAMAKO, Mali (AP) —")
    # The office the article gives the speaker, a person, next to their name anywhere in it
    # ("Viktor Hnatenko, head of the Poltava Regional Military Administration, said").
    speaker_described: str | None = None
    # ... and the one it gives the person a presenter quotes or who holds the speaker's role.
    holder_described: str | None = None
    # A speaker named by a body's kind alone ("the ministry said"): the ministries the article
    # names before its words, each once, the one named last last.
    ministries_before: tuple[str, ...] = ()

    @property
    def span(self) -> Span:
        return self.content.span


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression with its TIMEX3 value."""

    article_id: str
    text: str
    span: Span
    value: str | None
    type: str = "date"  # date, time, duration, set
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, ...
    anchor: str | None = None  # the date it was resolved against
    extractor: str = "times.v1"
    explanation: str = ""

    def days(self) -> int | None:
        """The whole days a stretch spans ("P2D" 2, "P1W" 7): what an act told "two days
        after" another is moved by; None for hours, months or no stretch."""
        found = _SPAN_DAYS.fullmatch(self.value or "") if self.type == "duration" else None
        return None if found is None else int(found[1]) * (7 if found[2] == "W" else 1)


_SPAN_DAYS = re.compile(r"P(\d+)([DW])")


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved to a gazetteer entry."""

    article_id: str
    text: str
    span: Span
    name: str | None
    kind: str | None  # country, admin1, admin2, city, region, feature
    country: str | None
    admin1: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    direction: str | None = None  # "western" in "western Russia"
    extractor: str = "places.v1"
    # Written as its people's adjective ("Georgian troops"): whose, not where; events,
    # briefs and cross-checks never place anything at it.
    demonym: bool = False
    explanation: str = ""
    # The word after the name telling an area ("territory" of "Djugu territory", "district"),
    # left out of the span: the gazetteer's namesake may be a town of that name.
    area: str | None = None
    # Written as the first part of a hyphened modifier ("a Karachi-bound bus", "Kyiv-based"):
    # no place where anything it is told with happened.
    compound: bool = False
    in_dateline: bool = False  # named in the dateline: where the report was filed, not told of
    # A name the gazetteer lacks that no place named beside it holds, given the point of the
    # story's town or region named here: its point, country and region are a guess, no
    # evidence of where it lies or how far it is from another place.
    guessed_at: str | None = None
    # Told with "including" a few words before ("hit targets, including in the Poltava
    # region"): where a part of what is told happened, not where all of it did.
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with what it counts."""

    article_id: str
    text: str
    span: Span
    value: float
    category: str
    qualifier: str | None = "exact"
    unit: str | None = None
    about: str | None = None
    attribution: int | None = None  # index into Document.attributions
    date: str | None = None
    extractor: str = "figures.v1"
    explanation: str = ""
    alt_value: float | None = None  # the text's own restatement: "(six miles)" -> 6.0
    alt_unit: str | None = None  # ... -> "mi"
    total: bool = False  # stated as a total of parts: "a total of 340", "casualties of 1,000"
    authority: str | None = None  # whose figure: the cited source, else the outlet itself
    via: str | None = None  # the outlet that relays an authority's figure
    clause: Span | None = None  # the clause it stands in: the places named with it
    harm: str | None = None  # the harm a bare count's words give it: "19 lives" -> killed
    outcome: str | None = None  # what happened to what it counts: launched, shot_down, hit
    part: bool = False  # a part of another count: "Of the injured, 26", "four of them"


@dataclass(frozen=True, slots=True)
class Check:
    """Arithmetic a careful reader does: a total against its parts, a unit conversion."""

    article_id: str
    kind: str  # sum, unit, other
    text: str
    span: Span
    holds: bool
    detail: str
    figures: tuple[int, ...] = ()  # indexes into Document.figures
    extractor: str = "checks.v1"
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened (or is planned, or denied), PLOVER-style: who did it to whom,
    with what, where and when, the figures told of it, and whether it is the report's main one.
    """

    article_id: str
    type: EventKind
    text: str
    span: Span
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date: str | None = None
    mode: EventMode = "happened"
    status: EventStatus = "asserted"
    attribution: int | None = None
    extractor: str = "events.v1"
    explanation: str = ""  # names the recognizer that found it: "[verbs] attack ..."
    plover: str | None = None  # PLOVER code: ASSAULT, CONSULT, MOBILIZE ...
    plover_mode: str | None = None  # PLOVER mode: drone, shelling, surrender, troops ...
    instrument: str | None = None  # what it was done with: "drones", "ballistic missile"
    lat: float | None = None  # the place's coordinates, from the places layer
    lon: float | None = None
    geonameid: int | None = None
    killed: float | None = None  # the tolls told of it, from the figures layer
    wounded: float | None = None
    figures: tuple[int, ...] = ()  # indexes into Document.figures told of it
    main: bool = False  # the report's main event
    actor_text: str | None = None  # the words naming an actor that resolved to none: "it"
    denied_by: str | None = None  # who denies it when another side does, lines after it


FailureKind = Literal["error", "recursion", "memory"]


@dataclass(frozen=True, slots=True)
class StageFailure:
    """An extraction stage that raised on one article: its layer is empty or partial.

    Stored with the document and retried by the next ingest, so a crash is never mistaken
    for "nothing found". `kind` sorts the cause ("recursion": RecursionError, "memory":
    MemoryError, "error": any other exception); `error` is the exception's class name and
    `offset` the character where the failing piece of the text starts.
    """

    stage: str  # "times", "events", or "parse" when spaCy itself failed
    kind: FailureKind
    error: str
    message: str
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """One article and everything extracted from it; `failures` lists stages that crashed."""

    article: Article
    attributions: tuple[Attribution, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    figures: tuple[Figure, ...] = ()
    checks: tuple[Check, ...] = ()
    events: tuple[Event, ...] = ()
    failures: tuple[StageFailure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `document.schema.json` (items keep their extra fields)."""
        layers = ("attributions", "times", "places", "figures", "checks", "events", "failures")
        out: dict[str, Any] = {"article": self.article.to_dict()}
        for name in layers:
            out[name] = [_plain(item) for item in getattr(self, name)]
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# Cross-checking


@dataclass(frozen=True, slots=True)
class ItemRef:
    """One extracted item as cross-checking cites it: where it stands and who is behind it."""

    article_id: str
    layer: str  # attributions, events, figures
    index: int  # position in that layer of the Document
    text: str
    span: Span
    source: str  # who it originates with: the speaker, else the outlet's own reporting
    outlet: str | None = None
    published: str | None = None
    value: str | None = None  # a figure as "about 1000", an event's date, a claim's speaker
    chain: tuple[str, ...] = ()  # originator, then named relays ("Kremlin", "TASS")


@dataclass(frozen=True, slots=True)
class Link:
    """Two items in different articles that report the same event, claim or figure."""

    kind: str  # event, claim, figure
    a: ItemRef
    b: ItemRef
    score: float = 1.0
    extractor: str = "crosscheck.v1"
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class Corroboration:
    """Linked items taken together, and the independent sources that stand behind them."""

    kind: str  # actor, event, claim, figure
    key: str
    items: tuple[ItemRef, ...]
    sources: tuple[str, ...]
    extractor: str = "crosscheck.v1"
    explanation: str = ""

    @property
    def n_sources(self) -> int:
        return len(self.sources)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two reports of the same thing that cannot both be true, each side with its provenance."""

    kind: str  # figure, denial, date, place
    key: str
    a: ItemRef  # the first report of one side (for a denial: what is denied)
    b: ItemRef  # ... of the other side (for a denial: the denial)
    detail: str
    extractor: str = "crosscheck.v1"
    explanation: str = ""
    a_reports: tuple[ItemRef, ...] = ()  # every report of a's side, a first; () means (a,)
    b_reports: tuple[ItemRef, ...] = ()

    @property
    def sides(self) -> tuple[tuple[ItemRef, ...], tuple[ItemRef, ...]]:
        """Every report on each side, the first ones being `a` and `b`."""
        return self.a_reports or (self.a,), self.b_reports or (self.b,)


@dataclass(frozen=True, slots=True)
class CrossCheck:
    """Everything cross-checking found over a set of articles."""

    articles: tuple[str, ...] = ()  # ids of the articles already cross-checked
    links: tuple[Link, ...] = ()
    corroborations: tuple[Corroboration, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class Citation:
    """A briefing's citation [n]: the exact span of one stored article."""

    n: int
    article_id: str
    span: Span
    text: str
    source: str  # id of the briefing's SourceRef, "S1"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One article a briefing cites, as a reader finds it."""

    id: str
    article_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One templated sentence and the citations it ends with."""

    text: str
    citations: tuple[int, ...]
    kind: str = "event"  # event, claim, figure, contradiction, hedge, sources


@dataclass(frozen=True, slots=True)
class Story:
    """Linked events and claims told together."""

    title: str
    sentences: tuple[BriefSentence, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    """A cited briefing: stories, then the sources and every cited span."""

    title: str
    stories: tuple[Story, ...]
    sources: tuple[SourceRef, ...]
    citations: tuple[Citation, ...]
    since: str | None = None
    until: str | None = None
    about: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self)}
        out["format"] = "wiredesk-briefing/1"
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from wiredesk.brief._render import markdown  # rendering lives with the briefings

        return markdown(self)

    def to_html(self) -> str:
        from wiredesk.brief._render import html

        return html(self)
