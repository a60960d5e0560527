"""Full-text search over article text: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

SQLite keeps an external-content FTS5 table in step with `articles` through triggers,
so an article and its index entry are written in the same transaction (its text is not
stored twice). The index holds which articles have a word, not where (`detail=none`): a
fifth of the size, and all a search of every word needs (snippets are cut from the text).
PostgreSQL keeps a GIN index on the tsvector expression. The SQL here is constant;
queries arrive as parameters.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    # content="articles" in double quotes: the form datasette and sqlite-utils detect
    'title, text, content="articles", content_rowid="seq", detail=none)',
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",  # index older rows
)
# tsvector values are capped at 1 MB: index the first 250,000 characters of a text. The
# index is on the expression (no stored column holds every article's words again); a query
# names the same expression to use it.
_VECTOR = "to_tsvector('english', coalesce({t}title, '') || ' ' || left({t}text, 250000))"
_POSTGRES_DDL = (
    f"CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING GIN "
    f"(({_VECTOR.format(t='')}))",
)

_SQLITE_QUERY = text(
    "SELECT a.id AS article_id, s.name AS source, a.url, a.published, a.title, "
    "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
    "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
    "LEFT JOIN sources s ON s.id = a.source_id "
    "WHERE articles_fts MATCH :query ORDER BY bm25(articles_fts), a.seq LIMIT :limit"
)
_POSTGRES_QUERY = text(
    "SELECT a.id AS article_id, s.name AS source, a.url, a.published, a.title, "
    "ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=24') AS snippet "
    "FROM articles a CROSS JOIN plainto_tsquery('english', :query) q "
    "LEFT JOIN sources s ON s.id = a.source_id "
    f"WHERE {_VECTOR.format(t='a.')} @@ q "
    f"ORDER BY ts_rank({_VECTOR.format(t='a.')}, q) DESC, a.seq LIMIT :limit"
)
_WORD = re.compile(r"[^\W_]+")  # a token as FTS5's unicode61 cuts them: never a phrase


_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TABLE IF EXISTS articles_fts",
)


def recreate_index(conn: Connection) -> None:
    """Migration step: the SQLite index made again as it is defined (the form other tools
    detect; words without their positions)."""
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_DROP:
            conn.exec_driver_sql(statement)
        create_index(conn)


def drop_stored_vector(conn: Connection) -> None:
    """PostgreSQL: the stored tsvector column an older store searched (and its index) gone,
    the index on the expression made instead."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE articles DROP COLUMN IF EXISTS search")
        create_index(conn)


def create_index(conn: Connection) -> None:
    """Migration step: create (or complete) the index and index the stored articles."""
    for statement in _SQLITE_DDL if conn.dialect.name == "sqlite" else _POSTGRES_DDL:
        conn.exec_driver_sql(statement)


def fts5_query(query: str) -> str:
    """Every word of `query` as a quoted FTS5 term, all required: no operator syntax errors."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


def search(conn: Connection, query: str, limit: int) -> list[dict[str, Any]]:
    """Articles matching all words of `query`, best first."""
    if conn.dialect.name == "sqlite":
        terms = fts5_query(query)
        if not terms:
            return []
        result = conn.execute(_SQLITE_QUERY, {"query": terms, "limit": limit})
    else:
        result = conn.execute(_POSTGRES_QUERY, {"query": query, "limit": limit})
    return [dict(row) for row in result.mappings()]
