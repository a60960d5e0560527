"""Migration step: what the store kept more than once, kept once.

- An item's extractor name was written in every row although recognizers are few: it is
  stored once (`extractors`) and pointed at (`_compact`).
- Which articles are cross-checked was a table keyed by the text id, with an index of it;
  it is keyed by `articles.seq`, its rowid on SQLite.
- SQLite's full-text index held where each word stands in each article; a search of every
  word needs only which articles hold it (`_search`), a fifth of the size.
"""

from __future__ import annotations

from sqlalchemy import Connection, column, insert, inspect, select, table

from wiredesk.store import _search
from wiredesk.store._compact import compact_items
from wiredesk.store._crosscheck.tables import crosscheck_articles
from wiredesk.store.schema import articles


def slim(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it but for the
    full-text index, made again."""
    compact_items(conn)
    _checked_by_seq(conn)
    _search.recreate_index(conn)


def _checked_by_seq(conn: Connection) -> None:
    """`crosscheck_articles` keyed by the text id made anew, keyed by `articles.seq`."""
    if "article_id" not in {c["name"] for c in inspect(conn).get_columns(
            crosscheck_articles.name)}:
        return
    old = table(crosscheck_articles.name, column("article_id"))
    seqs = list(conn.scalars(select(articles.c.seq).where(articles.c.id.in_(
        select(old.c.article_id))).order_by(articles.c.seq)))
    crosscheck_articles.drop(conn)
    crosscheck_articles.create(conn)
    if seqs:
        conn.execute(insert(crosscheck_articles), [{"article": s} for s in seqs])
