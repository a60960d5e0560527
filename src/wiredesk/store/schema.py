"""The store's tables, on one `MetaData` that every table of the store joins.

Other store modules (cross-checking in `_crosscheck/tables.py`) add their tables to `metadata`,
so opening a store creates and upgrades them too. Conventions:

- every extracted item is one row keyed by `(article, ordinal)`: the article's integer
  `articles.seq` (a text id in every row and key cost more than the item) and its index in
  the `Document` layer, so figures and events point at attributions by ordinal;
- spans are `span_start`/`span_end` character offsets into `articles.text`;
- `extra` holds, as JSON, any record field added after the table was designed, so a
  round trip keeps it; fields a table holds many of have typed columns instead (a JSON
  key in every row cost more than its value);
- `actors.type` is `''` when unknown (a NULL would let duplicates past the unique key);
  an actor named `''` is "an unnamed speaker of this type";
- the columns marked "derived" are computed when a document is stored (canonical actors,
  PLOVER codes, an event's place and fatalities): they are for querying and exporting and
  are not read back into records;
- an item's `text` is NULL when it is the article's text at its span (nearly always: read
  back, it is that slice again), and its explanation is stored once in `explanations`,
  since recognizers word few of them, and so is its extractor's name (`extractors`): the
  store stays a small multiple of its input;
- an attribution's speaker and cue words (`mention_text`, `cue_text`) are NULL when
  they are the article's text at their span, as an item's `text` is;
- what a story's outlets repeat in every row they give it (a time's value and anchor, a
  figure's authority and what it counts, an event's type, sides, place and date, an
  attribution's date, chain and speaker's role, a place's gazetteer entry and how its
  name was written) is one row of an entries table, stored once and pointed at
  (`ENTRIES`);
- a word of a closed set (an attribution's kind and status, an event's mode and status)
  is stored as its small integer code (`Code`: its place in the words the column lists),
  read back as the word; the views give the word;
- item tables are WITHOUT ROWID on SQLite: a row is kept once, in the order of its key,
  not in the table and again in the key's index;
- every table and column carries a comment: docs/store.md and the datasette metadata
  (`wiredesk export --datasette`) are generated from them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Double,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)


class Code(TypeDecorator[str]):
    """A word of a closed set stored as its code, its place in `words` (a word in every
    row cost more than the item). Codes are stored: add words at the end, never reorder."""

    impl = SmallInteger
    cache_ok = True

    def __init__(self, *words: str) -> None:
        super().__init__()
        self.words = words
        self._codes = {word: code for code, word in enumerate(words)}

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        try:
            return self._codes[value]
        except KeyError:
            raise ValueError(f"{value!r} is not one of {', '.join(self.words)}") from None

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        """The word of a code; a word as it is (a store mid-upgrade, before step 17)."""
        if value is None or value in self._codes:
            return value
        return self.words[int(value)]

    @property
    def python_type(self) -> type:
        return str

    def meaning(self) -> str:
        """What each code stands for, for a column's comment."""
        return ", ".join(f"{code} {word}" for code, word in enumerate(self.words))


class Instant(TypeDecorator[str]):
    """A moment in UTC, given and read back as ISO 8601 to the second
    ("2026-03-04T05:06:07+00:00"), stored as seconds since 1970 (4 bytes, not 25)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None or isinstance(value, int):
            return value
        return int(datetime.fromisoformat(value).timestamp())

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        """The moment as ISO 8601; as it is when it is one (a store mid-upgrade)."""
        if value is None or isinstance(value, str):
            return value
        return datetime.fromtimestamp(int(value), UTC).isoformat(timespec="seconds")

    @property
    def python_type(self) -> type:
        return str


ATTRIBUTION_KIND = Code("direct", "indirect", "mixed")
ATTRIBUTION_STATUS = Code("asserted", "hedged", "unverified", "denied", "confirmed")
EVENT_MODE = Code("happened", "planned", "hypothetical", "denied")
EVENT_STATUS = Code("asserted", "hedged", "unverified")


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ARTICLE_ID = String(16)

EXTRA = "JSON object: record fields added after the table was designed."

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False,
           comment="Number of a schema step this store has had."),
    Column("description", Text, nullable=False, comment="What the step changed."),
    Column("applied_at", String(32), nullable=False,
           comment="When it ran (ISO 8601, UTC)."),
    comment="The schema steps applied to this store, one row a step.",
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, comment="Row key."),
    Column("name", Text, nullable=False, unique=True,
           comment="The outlet or feed as the input names it."),
    comment="Outlets and feeds the articles come from.",
)

def _stored_once() -> list[Column]:
    """The key and content hash of a table whose rows are each combination stored once."""
    return [
        Column("id", Integer, primary_key=True, comment="Row key."),
        Column("hash", BigInteger, nullable=False, unique=True,
               comment="Hash of the other columns: one row for each combination (NULLs too)."),
    ]


# What many articles share (one input file, one wiredesk and model), stored once.
provenances = Table(
    "provenances",
    metadata,
    *_stored_once(),
    Column("input_path", Text, comment="The file articles were read from."),
    Column("kind", String(32), comment="Input kind: text, html, feed, warc, jsonl."),
    Column("wiredesk_version", String(32), nullable=False,
           comment="The wiredesk that extracted them."),
    Column("model_name", String(128), comment="The spaCy model used."),
    Column("model_version", String(32), comment="That model's version."),
    comment="Where articles were read from and what extracted them, each combination once.",
)

articles = Table(
    "articles",
    metadata,
    # `seq` is the integer row key full-text indexes point at (SQLite's rowid alias).
    Column("seq", Integer, primary_key=True,
           comment="Integer row key (SQLite's rowid) the full-text index points at."),
    Column("id", ARTICLE_ID, nullable=False, unique=True,
           comment="Content hash of the text: the article's id everywhere."),
    Column("text", Text, nullable=False,
           comment="The article's text; every span is a character offset into it."),
    Column("title", Text, comment="Headline."),
    Column("source_id", ForeignKey("sources.id"), comment="The outlet (sources.id)."),
    Column("url", Text, comment="Where it was published."),
    Column("url_hash", Integer,
           comment="A 32-bit hash of the url: what a new version of a page is found by "
                   "(an index of hashes, not of every url again)."),
    Column("author", Text, comment="Byline."),
    Column("published", String(64),
           comment="Publication date or date and time, ISO 8601 as the input gave it."),
    Column("ingested_at", Instant, nullable=False,
           comment="When it was stored: seconds since 1970-01-01 UTC (read back as ISO 8601)."),
    Column("provenance_id", ForeignKey("provenances.id"),
           comment="The file it was read from and what extracted it (provenances.id)."),
    Column("locator", Text, comment="Where in that file: line, entry or record."),
    Column("previous_version_id", ARTICLE_ID, ForeignKey("articles.id"),
           comment="The article this text replaces (same url, older text)."),
    Column("extra", Text, comment=EXTRA),
    Index(None, "url_hash"),
    Index(None, "published"),
    Index(None, "source_id"),
    comment="One row an article: its text and where it came from.",
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, comment="Row key."),
    Column("name", Text, nullable=False,
           comment="The speaker's name as extraction settled it ('' for an unnamed one)."),
    Column("type", String(32), nullable=False, server_default="",
           comment="person, organization, government, media, group, document, country."),
    UniqueConstraint("name", "type"),
    comment="Speakers as extraction named them; canonical_actors says who they are.",
)

canonical_actors = Table(
    "canonical_actors",
    metadata,
    Column("id", String(96), primary_key=True,
           comment="Stable id from the registry's canonical name: 'russian-defence-ministry'."),
    Column("name", Text, nullable=False,
           comment="Canonical name (data/actors.toml): one body, one name."),
    Column("type", String(32), comment="person, organization, government, media, country..."),
    Column("country", String(8), comment="ISO 3166-1 alpha-2 code."),
    comment="Actors of the shipped registry that rows of this store name (derived).",
)


explanations = Table(
    "explanations",
    metadata,
    *_stored_once(),  # found by hash: an index of the words cost more than the words
    Column("text", Text, nullable=False,
           comment="Why a recognizer found an item, as it says it."),
    comment="The explanations items carry, each stored once: recognizers word few of them.",
)


extractors = Table(
    "extractors",
    metadata,
    Column("id", Integer, primary_key=True, comment="Row key."),
    Column("name", String(64), nullable=False, unique=True,
           comment="A recognizer's name, with its version."),
    comment="The recognizers items name, each stored once.",
)


def _item_columns() -> list[Column]:
    """The columns every extracted item has: owner, position, span, provenance."""
    return [
        Column("article", Integer, ForeignKey("articles.seq"), primary_key=True,
               autoincrement=False, comment="The article (articles.seq)."),
        Column("ordinal", Integer, primary_key=True, autoincrement=False,
               comment="Position in the article's layer, from 0."),
        Column("span_start", Integer, nullable=False,
               comment="Start offset of the item in articles.text."),
        Column("span_end", Integer, nullable=False, comment="End offset (exclusive)."),
        Column("text", Text,
               comment="The words of the span; NULL when they are articles.text there."),
        Column("extractor_id", ForeignKey("extractors.id"),
               comment="Which recognizer found it (extractors.id)."),
        Column("explanation_id", ForeignKey("explanations.id"),
               comment="Why it was found (explanations.id)."),
        Column("extra", Text, comment=EXTRA),
    ]


# When a statement was said, through whom and by whom in what role, stored once: a
# story's outlets tell the same few.
attribution_contexts = Table(
    "attribution_contexts",
    metadata,
    *_stored_once(),
    Column("said_on", String(64), comment="When it was said (TIMEX3 value)."),
    Column("via", Text, comment="JSON list: the reporting chain outward from the speaker."),
    Column("speaker_role", Text, comment="The speaker's role as written: 'regional governor'."),
    comment="When statements were said, the reporting chains they came through and their "
            "speakers' roles as written, each combination stored once.",
)

attributions = Table(
    "attributions",
    metadata,
    *_item_columns(),  # span/text are the content's
    Column("kind", ATTRIBUTION_KIND, nullable=False,
           comment=f"Direct, indirect or mixed quote, by code: {ATTRIBUTION_KIND.meaning()}."),
    Column("actor_id", ForeignKey("actors.id"), comment="The speaker (actors.id)."),
    Column("mention_start", Integer, comment="Start of the words naming the speaker."),
    Column("mention_end", Integer, comment="End of the words naming the speaker."),
    Column("mention_text", Text,
           comment="The words naming the speaker; NULL when they are articles.text there."),
    Column("cue_start", Integer, comment="Start of the reporting cue ('said')."),
    Column("cue_end", Integer, comment="End of the reporting cue."),
    Column("cue_text", Text,
           comment="The reporting cue's words; NULL when they are articles.text there."),
    Column("context_id", ForeignKey("attribution_contexts.id"),
           comment="When it was said, through whom and the speaker's role "
                   "(attribution_contexts.id)."),
    Column("status", ATTRIBUTION_STATUS, nullable=False,
           comment=f"How firmly, by code: {ATTRIBUTION_STATUS.meaning()}."),
    Column("canonical_id", String(96), ForeignKey("canonical_actors.id"),
           comment="Derived: the registry actor the speaker is, by name or by mention."),
    # most speakers are in no registry: only those that are are indexed
    Index(None, "canonical_id", sqlite_where=text("canonical_id IS NOT NULL"),
          postgresql_where=text("canonical_id IS NOT NULL")),
    comment="Who said what: one row a reported statement; span and text are its content.",
    sqlite_with_rowid=False,
)

# How time expressions were resolved, stored once: an article's expressions share its
# anchor, a story's outlets the same few values, and types and mods are few.
time_resolutions = Table(
    "time_resolutions",
    metadata,
    *_stored_once(),
    Column("type", String(16), comment="DATE, TIME, DURATION or SET."),
    Column("mod", String(16), comment="TIMEX3 mod: START, END, APPROX..."),
    Column("anchor", String(64), comment="The date the value was resolved against."),
    Column("value", String(64), comment="TIMEX3 value: 2026-03-04, 2026-W10, PAST_REF."),
    comment="A time expression's value, type, mod and anchor, each combination stored once.",
)

times = Table(
    "times",
    metadata,
    *_item_columns(),
    Column("resolution_id", ForeignKey("time_resolutions.id"),
           comment="Its value, type, mod and anchor (time_resolutions.id)."),
    comment="When: temporal expressions with TIMEX3 values.",
    sqlite_with_rowid=False,
)

# What a place name resolved to, stored once: the stories of a desk name the same few
# hundred places again and again, and an entry's name, region and coordinates cost more
# than the mention pointing at it.
place_entries = Table(
    "place_entries",
    metadata,
    *_stored_once(),
    Column("name", Text, comment="The gazetteer's name for the place."),
    Column("kind", String(16), comment="country, admin1, admin2, city, region or feature."),
    Column("country", String(8), comment="ISO 3166-1 alpha-2 code."),
    Column("admin1", Text, comment="First-level region (oblast, province, state)."),
    Column("geonameid", Integer, comment="GeoNames id of the entry."),
    Column("lat", Double, comment="Latitude (WGS 84)."),
    Column("lon", Double, comment="Longitude (WGS 84)."),
    Column("direction", String(32), comment="A direction before the name: 'western'."),
    Column("demonym", Boolean, comment="Written as its people's adjective: whose, not where."),
    Column("area", String(32), comment="The word after the name telling an area: 'district'."),
    Column("compound", Boolean,
           comment="The first part of a hyphened modifier: 'Kyiv-based'."),
    Column("in_dateline", Boolean, comment="Named in the dateline: where it was filed."),
    Column("guessed_at", Text,
           comment="A name the gazetteer lacks, given the point of this place of the story."),
    Column("partial", Boolean, comment="Told with 'including': where a part happened."),
    comment="The gazetteer entries place names resolved to, with how the name was written "
            "(a direction, a demonym, an area word...), each combination stored once.",
)
PLACE_ENTRY = ("name", "kind", "country", "admin1", "geonameid", "lat", "lon")
# how a place's name was written, stored with its entry
PLACE_WRITTEN = ("direction", "demonym", "area", "compound", "in_dateline", "guessed_at",
                 "partial")

places = Table(
    "places",
    metadata,
    *_item_columns(),
    Column("entry_id", ForeignKey("place_entries.id"),
           comment="What the name resolved to, its gazetteer entry, and how it was written "
                   "(place_entries.id)."),
    comment="Where: place names resolved to the offline gazetteer.",
    sqlite_with_rowid=False,
)

# Whose figures a story gives and what they count, stored once: its outlets repeat the
# same few authorities counting the same few things.
figure_authorities = Table(
    "figure_authorities",
    metadata,
    *_stored_once(),
    Column("authority", Text, comment="Whose figure: the cited source, else the outlet."),
    Column("via", Text, comment="The outlet relaying an authority's figure."),
    Column("category", String(32), comment="What it counts: killed, wounded, drones, ..."),
    Column("qualifier", String(16),
           comment="exact, more_than, at_least, up_to, about, less_than, at_most."),
    Column("unit", String(32), comment="Unit, when not a count: km, per_day, USD..."),
    Column("harm", String(32), comment="The harm a bare count's words give it: killed."),
    Column("outcome", String(32),
           comment="What happened to what it counts: killed, launched, shot_down..."),
    comment="Whose figures and what they count: an authority, the outlet relaying it, a "
            "category, qualifier, unit, harm and outcome, each combination stored once.",
)
FIGURE_ENTRY = ("authority", "via", "category", "qualifier", "unit", "harm", "outcome")

figures = Table(
    "figures",
    metadata,
    *_item_columns(),
    Column("value", Double, nullable=False, comment="The number."),
    Column("about", Text, comment="The words saying what is counted."),
    Column("attribution", Integer,
           comment="Ordinal of the attribution it was said in (attributions.ordinal)."),
    Column("date", String(64), comment="When it held (TIMEX3 value)."),
    Column("alt_value", Double, comment="The text's own restatement: '(six miles)' -> 6."),
    Column("alt_unit", String(32), comment="The restatement's unit: 'mi'."),
    Column("total", Boolean, comment="Stated as a total of parts ('a total of 340')."),
    Column("authority_id", ForeignKey("figure_authorities.id"),
           comment="Whose figure, who relayed it and what it counts "
                   "(figure_authorities.id)."),
    Column("clause_start", Integer, comment="Start of the clause it stands in."),
    Column("clause_end", Integer, comment="End of that clause."),
    Column("part", Boolean, comment="A part of another count ('of the injured, 26')."),
    ForeignKeyConstraint(
        ["article", "attribution"], ["attributions.article", "attributions.ordinal"]
    ),
    comment="How many: figures with what they count.",
    sqlite_with_rowid=False,
)

checks = Table(
    "checks",
    metadata,
    *_item_columns(),
    Column("kind", String(16), nullable=False, comment="total or conversion."),
    Column("holds", Boolean, nullable=False, comment="Whether the arithmetic holds."),
    Column("detail", Text, nullable=False, comment="The sum or conversion, written out."),
    comment="Arithmetic a careful reader does: totals against parts, unit conversions.",
    sqlite_with_rowid=False,
)

check_figures = Table(
    "check_figures",
    metadata,
    Column("article", Integer, primary_key=True, autoincrement=False,
           comment="The article (articles.seq)."),
    Column("check_ordinal", Integer, primary_key=True, autoincrement=False,
           comment="The check (checks.ordinal)."),
    Column("position", Integer, primary_key=True, autoincrement=False,
           comment="Order of the figure in the check."),
    Column("figure_ordinal", Integer, nullable=False, comment="The figure (figures.ordinal)."),
    ForeignKeyConstraint(["article", "check_ordinal"], ["checks.article", "checks.ordinal"]),
    ForeignKeyConstraint(["article", "figure_ordinal"], ["figures.article", "figures.ordinal"]),
    comment="Which figures each check adds up or converts.",
    sqlite_with_rowid=False,
)

# What extraction found of an event beyond its words, stored once: the events of a story
# its outlets tell repeat the same type, sides, place, date and codes.
event_findings = Table(
    "event_findings",
    metadata,
    *_stored_once(),
    Column("type", String(32), comment="Event type (data/events.toml)."),
    Column("actor", Text, comment="Who acted, as written."),
    Column("target", Text, comment="Who or what it was done to, as written."),
    Column("place", Text, comment="Where, as written."),
    Column("date", String(64), comment="When (TIMEX3 value)."),
    Column("instrument", Text, comment="What it was done with: 'ballistic missile'."),
    Column("plover", String(16), comment="PLOVER code extraction gave it (ASSAULT...)."),
    Column("found_mode", String(32),
           comment="PLOVER mode extraction found: drone, shelling... (events.plover_mode: "
                   "the type's)."),
    Column("lat", Double, comment="The place's latitude, from the places layer."),
    Column("lon", Double, comment="The place's longitude."),
    Column("geonameid", Integer, comment="The place's GeoNames id."),
    comment="An event's type, sides, place and date as written, its PLOVER code and mode "
            "as found and its place's coordinates, each combination stored once.",
)
EVENT_ENTRY = ("type", "actor", "target", "place", "date", "instrument", "plover",
               "found_mode", "lat", "lon", "geonameid")

events = Table(
    "events",
    metadata,
    *_item_columns(),
    Column("mode", EVENT_MODE, nullable=False,
           comment=f"How it is told, by code: {EVENT_MODE.meaning()}."),
    Column("status", EVENT_STATUS, nullable=False,
           comment=f"How firmly, by code: {EVENT_STATUS.meaning()}."),
    Column("attribution", Integer,
           comment="Ordinal of the attribution it was reported in (attributions.ordinal)."),
    Column("plover_code", String(16), comment="Derived: PLOVER event code (ASSAULT, ...)."),
    Column("plover_mode", String(32), comment="Derived: PLOVER mode, where the type fixes it."),
    Column("actor_id", String(96), ForeignKey("canonical_actors.id"),
           comment="Derived: the registry actor that acted."),
    Column("target_id", String(96), ForeignKey("canonical_actors.id"),
           comment="Derived: the registry actor it was done to."),
    Column("place_ordinal", Integer,
           comment="Derived: the resolved place (places.ordinal) the event names."),
    Column("fatalities", Integer,
           comment="Derived: for ASSAULT events, the largest 'killed' figure in its paragraph."),
    Column("finding_id", ForeignKey("event_findings.id"),
           comment="Its type, sides, place, date and instrument as written, its PLOVER code "
                   "and mode as extraction found them, and its place's coordinates "
                   "(event_findings.id)."),
    Column("killed", Double, comment="The toll of dead told of it, from the figures layer."),
    Column("wounded", Double, comment="The toll of wounded told of it."),
    Column("figures", Text,
           comment="JSON list: the figures (figures.ordinal) told of it; NULL for none."),
    Column("main", Boolean, comment="The report's main event."),
    Column("actor_text", Text, comment="The words naming an actor that resolved to none."),
    ForeignKeyConstraint(
        ["article", "attribution"], ["attributions.article", "attributions.ordinal"]
    ),
    comment="What happened: PLOVER-style events with actor, target, place and date.",
    sqlite_with_rowid=False,
)

# Stages that raised on an article: its layers are incomplete and the next ingest retries it.
stage_failures = Table(
    "stage_failures",
    metadata,
    Column("article", Integer, ForeignKey("articles.seq"), primary_key=True,
           autoincrement=False),  # articles.seq
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("stage", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("error", String(128), nullable=False),
    Column("message", Text, nullable=False),
    Column("text_offset", Integer, nullable=False),
    sqlite_with_rowid=False,
)

# Fields of a layer's records kept in a table of entries, each stored once: the layer, the
# column pointing at the entry, the entries' table and the fields it holds.
ENTRIES: dict[str, tuple[str, Table, tuple[str, ...]]] = {
    "attributions": ("context_id", attribution_contexts, ("said_on", "via", "speaker_role")),
    "places": ("entry_id", place_entries, (*PLACE_ENTRY, *PLACE_WRITTEN)),
    "figures": ("authority_id", figure_authorities, FIGURE_ENTRY),
    "times": ("resolution_id", time_resolutions, ("type", "mod", "anchor", "value")),
    "events": ("finding_id", event_findings, EVENT_ENTRY),
}

# The columns of words of a closed set stored by code, by layer table.
CODED = {"attributions": ("kind", "status"), "events": ("mode", "status")}

# The layer tables in `Document` order; each row of one belongs to one article.
LAYER_TABLES = {
    "attributions": attributions,
    "times": times,
    "places": places,
    "figures": figures,
    "checks": checks,
    "events": events,
}
