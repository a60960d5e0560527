"""Writing one `Document`: every row of one article in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from wiredesk.records import Document
from wiredesk.store import _model
from wiredesk.store._rows import actor_key, article_row, item_row
from wiredesk.store.schema import LAYER_TABLES, actors, articles, check_figures, sources


def _get_or_create(conn: Connection, table: Table, **key: Any) -> int:
    """The id of the row with these values, inserting it if needed (safe under races)."""
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(dialect_insert(table).values(**key).on_conflict_do_nothing())
    where = [table.c[name] == value for name, value in key.items()]
    return int(conn.execute(select(table.c.id).where(*where)).scalar_one())


def existing(conn: Connection, article_id: str) -> bool:
    found = conn.scalar(select(articles.c.seq).where(articles.c.id == article_id))
    return found is not None


def latest_version(conn: Connection, url: str | None) -> str | None:
    """The id of the newest stored text of `url`, if any."""
    if not url:
        return None
    return conn.scalar(
        select(articles.c.id).where(articles.c.url == url).order_by(articles.c.seq.desc()).limit(1)
    )


def write_document(conn: Connection, doc: Document, previous_id: str | None) -> None:
    """Insert the article, its source, speakers and every layer's rows."""
    article = doc.article
    aid = article.id
    model_name, model_version = _model.model()
    row = article_row(article)
    row.update(
        source_id=_get_or_create(conn, sources, name=article.source) if article.source else None,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        wiredesk_version=_model.wiredesk_version(),
        model_name=model_name,
        model_version=model_version,
        previous_version_id=previous_id,
    )
    conn.execute(insert(articles), row)
    for layer, table in LAYER_TABLES.items():
        rows = []
        for ordinal, item in enumerate(getattr(doc, layer)):
            actor_id = None
            if layer == "attributions" and (key := actor_key(item.speaker)) is not None:
                actor_id = _get_or_create(conn, actors, name=key[0], type=key[1])
            rows.append(item_row(aid, ordinal, item, actor_id))
        if rows:
            conn.execute(insert(table), rows)
    links = [
        {"article_id": aid, "check_ordinal": c, "position": p, "figure_ordinal": f}
        for c, check in enumerate(doc.checks)
        for p, f in enumerate(check.figures)
    ]
    if links:
        conn.execute(insert(check_figures), links)
