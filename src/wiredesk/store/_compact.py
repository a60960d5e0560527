"""Migration step: the item rows of a store an older wiredesk made, made compact.

An item's `text` was stored whole although it is nearly always the article's text at its
span, and its explanation and extractor's name in every row although they are few; now
the text is NULL when it is that slice and the explanation and the extractor are stored
once (`explanations`, `extractors`). Indexes no query uses (filters compare lower-cased
values, or a handful of values) are dropped.
Nothing is lost: read back, every record is the one stored before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    case,
    column,
    func,
    insert,
    inspect,
    null,
    select,
    table,
    update,
)

from wiredesk.store import _views
from wiredesk.store._write import row_hash
from wiredesk.store.schema import LAYER_TABLES, articles, explanations, extractors

UNUSED_INDEXES = ("ix_attributions_status", "ix_times_value", "ix_places_name",
                  "ix_places_country", "ix_figures_category", "ix_events_type",
                  "ix_events_date")


def compact_items(conn: Connection) -> None:
    """Convert every layer table still in the older shape; a no-op on a compact store.

    The steps that read records back (`_backfill`) run it first, as records are read in
    the compact shape (by `_typed.typed`, which brings them to the latest).
    """
    for name in UNUSED_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    columns = {t.name: {c["name"] for c in inspect(conn).get_columns(t.name)}
               for t in LAYER_TABLES.values()}
    older = [t for t in LAYER_TABLES.values() if "explanation" in columns[t.name]]
    inline = [t for t in LAYER_TABLES.values() if "extractor" in columns[t.name]]
    if older or inline:  # views read the columns replaced (SQLite checks them on ALTER);
        _views.drop_views(conn)  # `_typed` makes them again once the tables are latest
    for layer_table in inline:
        _intern_extractors(conn, layer_table.name, columns[layer_table.name])
    for layer_table in older:
        _compact_table(conn, layer_table)


def _intern_extractors(conn: Connection, name: str, have: set[str]) -> None:
    """The extractor's name of every row of `name` stored once, and pointed at."""
    if "extractor_id" not in have:
        conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN extractor_id INTEGER "
                             "REFERENCES extractors (id)")
    old = table(name, column("extractor"), column("extractor_id"))
    conn.execute(insert(extractors).from_select(
        ["name"], select(old.c.extractor).distinct().where(
            old.c.extractor.notin_(select(extractors.c.name)))))
    conn.execute(update(old).values(extractor_id=select(extractors.c.id).where(
        extractors.c.name == old.c.extractor).scalar_subquery()))
    conn.exec_driver_sql(f"ALTER TABLE {name} DROP COLUMN extractor")


def _add_explanations(conn: Connection, words: Select[Any]) -> None:
    """Store these explanations, in the shape `explanations` has (found by hash since
    step 17, which has not run on a store this step brings up)."""
    have = {c["name"] for c in inspect(conn).get_columns(explanations.name)}
    rows = [{"text": text, **({"hash": row_hash(explanations, {"text": text})}
                              if "hash" in have else {})}
            for text in conn.scalars(words)]
    if rows:
        conn.execute(insert(table(explanations.name, *(column(c) for c in rows[0]))), rows)


def _compact_table(conn: Connection, layer_table: Table) -> None:
    name = layer_table.name
    conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN explanation_id INTEGER "
                         "REFERENCES explanations (id)")
    conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN compact_text TEXT")
    key = "article_id" if "article_id" in {c["name"] for c in inspect(conn).get_columns(
        name)} else "article"  # the text id, before step 13; `articles.seq` since
    old = table(name, *(column(c) for c in (key, "span_start", "span_end", "text",
                                             "explanation", "explanation_id",
                                             "compact_text")))
    _add_explanations(conn, select(old.c.explanation).distinct().where(
        old.c.explanation.notin_(select(explanations.c.text))))
    slice_ = select(func.substr(articles.c.text, old.c.span_start + 1,
                                old.c.span_end - old.c.span_start)).where(
        (articles.c.id if key == "article_id" else articles.c.seq) == old.c[key]
    ).scalar_subquery()
    conn.execute(update(old).values(
        explanation_id=select(explanations.c.id).where(
            explanations.c.text == old.c.explanation).scalar_subquery(),
        compact_text=case((old.c.span_end < old.c.span_start, old.c.text),
                          (old.c.text == slice_, null()), else_=old.c.text)))
    conn.exec_driver_sql(f"ALTER TABLE {name} DROP COLUMN explanation")
    conn.exec_driver_sql(f"ALTER TABLE {name} DROP COLUMN text")
    conn.exec_driver_sql(f"ALTER TABLE {name} RENAME COLUMN compact_text TO text")
