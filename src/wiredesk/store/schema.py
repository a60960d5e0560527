"""The store's tables, on one `MetaData` that every table of the store joins.

Other store modules (cross-checking in `_crosscheck.py`) add their tables to `metadata`,
so opening a store creates and upgrades them too. Conventions:

- every extracted item is one row keyed by `(article_id, ordinal)`, its index in the
  `Document` layer, so figures and events point at attributions by ordinal;
- spans are `span_start`/`span_end` character offsets into `articles.text`;
- `extra` holds, as JSON, any record field added after the table was designed, so a
  round trip keeps it;
- `actors.type` is `''` when unknown (a NULL would let duplicates past the unique key);
  an actor named `''` is "an unnamed speaker of this type".
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Double,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ARTICLE_ID = String(16)

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
)

articles = Table(
    "articles",
    metadata,
    # `seq` is the integer row key full-text indexes point at (SQLite's rowid alias).
    Column("seq", Integer, primary_key=True),
    Column("id", ARTICLE_ID, nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("source_id", ForeignKey("sources.id")),
    Column("url", Text),
    Column("author", Text),
    Column("published", String(64)),
    Column("ingested_at", String(32), nullable=False),
    Column("input_path", Text),
    Column("locator", Text),
    Column("kind", String(32)),
    Column("wiredesk_version", String(32), nullable=False),
    Column("model_name", String(128)),
    Column("model_version", String(32)),
    Column("previous_version_id", ARTICLE_ID, ForeignKey("articles.id")),
    Column("extra", Text),
    Index(None, "url"),
    Index(None, "published"),
    Index(None, "source_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False, server_default=""),
    UniqueConstraint("name", "type"),
)


def _item_columns() -> list[Column]:
    """The columns every extracted item has: owner, position, span, provenance."""
    return [
        Column("article_id", ARTICLE_ID, ForeignKey("articles.id"), primary_key=True),
        Column("ordinal", Integer, primary_key=True, autoincrement=False),
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("extractor", String(64), nullable=False),
        Column("explanation", Text, nullable=False),
        Column("extra", Text),
    ]


attributions = Table(
    "attributions",
    metadata,
    *_item_columns(),  # span/text are the content's
    Column("kind", String(16), nullable=False),
    Column("actor_id", ForeignKey("actors.id")),
    Column("speaker_role", Text),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    Column("mention_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("said_on", String(64)),
    Column("via", Text, nullable=False),  # JSON list: the reporting chain outward from the speaker
    Column("status", String(16), nullable=False),
    Index(None, "actor_id"),
    Index(None, "status"),
)

times = Table(
    "times",
    metadata,
    *_item_columns(),
    Column("value", String(64)),
    Column("type", String(16), nullable=False),
    Column("mod", String(16)),
    Column("anchor", String(64)),
    Index(None, "value"),
)

places = Table(
    "places",
    metadata,
    *_item_columns(),
    Column("name", Text),
    Column("kind", String(16)),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("geonameid", Integer),
    Column("lat", Double),
    Column("lon", Double),
    Column("direction", String(32)),
    Index(None, "name"),
    Index(None, "country"),
)

figures = Table(
    "figures",
    metadata,
    *_item_columns(),
    Column("value", Double, nullable=False),
    Column("category", String(32), nullable=False),
    Column("qualifier", String(16)),
    Column("unit", String(32)),
    Column("about", Text),
    Column("attribution", Integer),  # ordinal of the attribution it was said in
    Column("date", String(64)),
    ForeignKeyConstraint(
        ["article_id", "attribution"], ["attributions.article_id", "attributions.ordinal"]
    ),
    Index(None, "category"),
)

checks = Table(
    "checks",
    metadata,
    *_item_columns(),
    Column("kind", String(16), nullable=False),
    Column("holds", Boolean, nullable=False),
    Column("detail", Text, nullable=False),
)

check_figures = Table(
    "check_figures",
    metadata,
    Column("article_id", ARTICLE_ID, primary_key=True),
    Column("check_ordinal", Integer, primary_key=True, autoincrement=False),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("figure_ordinal", Integer, nullable=False),
    ForeignKeyConstraint(["article_id", "check_ordinal"], ["checks.article_id", "checks.ordinal"]),
    ForeignKeyConstraint(
        ["article_id", "figure_ordinal"], ["figures.article_id", "figures.ordinal"]
    ),
)

events = Table(
    "events",
    metadata,
    *_item_columns(),
    Column("type", String(32), nullable=False),
    Column("actor", Text),
    Column("target", Text),
    Column("place", Text),
    Column("date", String(64)),
    Column("mode", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("attribution", Integer),
    ForeignKeyConstraint(
        ["article_id", "attribution"], ["attributions.article_id", "attributions.ordinal"]
    ),
    Index(None, "type"),
    Index(None, "date"),
)

# Stages that raised on an article: its layers are incomplete and the next ingest retries it.
stage_failures = Table(
    "stage_failures",
    metadata,
    Column("article_id", ARTICLE_ID, ForeignKey("articles.id"), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("stage", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("error", String(128), nullable=False),
    Column("message", Text, nullable=False),
    Column("text_offset", Integer, nullable=False),
)

# The layer tables in `Document` order; each row of one belongs to one article.
LAYER_TABLES = {
    "attributions": attributions,
    "times": times,
    "places": places,
    "figures": figures,
    "checks": checks,
    "events": events,
}
