"""Migration step: what the store kept more than once, kept once.

- An item's extractor name was written in every row although recognizers are few: it is
  stored once (`extractors`) and pointed at (`_compact`).
- Which articles are cross-checked was a table keyed by the text id, with an index of it;
  it is keyed by `articles.seq`, its rowid on SQLite.
- A cross-check reference named its layer, source, value and reporting chain in words,
  though a story n outlets tell repeats the same few n times, and a group its key,
  sources and explanation, though a story told again words its groups the same: they
  are stored once (`crosscheck_names`) and pointed at.
- SQLite's full-text index held where each word stands in each article; a search of every
  word needs only which articles hold it (`_search`), a fifth of the size.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import (
    Connection,
    bindparam,
    column,
    insert,
    inspect,
    select,
    table,
    union,
    update,
)

from wiredesk.store import _search
from wiredesk.store._compact import compact_items
from wiredesk.store._crosscheck.refs import name_ids
from wiredesk.store._crosscheck.tables import (
    GROUP_NAMED,
    NAMED,
    crosscheck_articles,
    crosscheck_groups,
    crosscheck_names,
    crosscheck_refs,
)
from wiredesk.store.schema import articles


def slim(conn: Connection) -> None:
    """Bring a store to the shape above; a no-op on a store that has it but for the
    full-text index, made again."""
    compact_items(conn)
    _checked_by_seq(conn)
    name_refs(conn)
    name_columns(conn, crosscheck_groups.name, GROUP_NAMED)
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


def name_refs(conn: Connection, drop: bool = True) -> None:
    """The words of every reference (`NAMED`) stored once and pointed at; their columns
    dropped unless `drop` is False (a rebuild of the table, which leaves them, follows)."""
    name_columns(conn, crosscheck_refs.name, NAMED, drop)


def name_columns(conn: Connection, name: str, keys: Sequence[str], drop: bool = True) -> None:
    """The words of the columns `keys` of table `name` stored once, in `crosscheck_names`,
    and pointed at by the columns `<key>_id`."""
    have = {c["name"] for c in inspect(conn).get_columns(name)}
    if keys[0] not in have:
        return
    for key in keys:
        if f"{key}_id" not in have:
            conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {key}_id "
                                 f"INTEGER REFERENCES {crosscheck_names.name} (id)")
    old = table(name, column("id"), *(column(c) for k in keys for c in (k, f"{k}_id")))
    ids = name_ids(conn, conn.scalars(union(*(select(old.c[k]) for k in keys))))
    for key in keys:  # by row key: the words have no index, and some outgrow one
        rows = [{"row": row, "name": None if word is None else ids[word]}
                for row, word in conn.execute(select(old.c.id, old.c[key]))]
        if rows:
            conn.execute(update(old).where(old.c.id == bindparam("row")).values(
                {f"{key}_id": bindparam("name")}), rows)
    for key in keys if drop else ():
        conn.exec_driver_sql(f'ALTER TABLE {name} DROP COLUMN "{key}"')
