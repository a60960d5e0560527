"""Migration steps that fill in what a store made by an older wiredesk lacks: the derived
columns (`_derived`), and what each figure counts (read from the stored text)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, inspect, select, update

from wiredesk.extract.attributions import credited, read_contents
from wiredesk.extract.numbers import with_counts
from wiredesk.extract.places import read_around
from wiredesk.nlp import sentence_starts
from wiredesk.store import _read
from wiredesk.store._derived import derived
from wiredesk.store._rows import article_row, item_row
from wiredesk.store._typed import typed
from wiredesk.store._write import Ids, put_canonical_actors, with_entry
from wiredesk.store.schema import ENTRIES, LAYER_TABLES, PLACE_WRITTEN, articles

_ADDED = {"attributions": ("canonical_id",),
          "events": ("plover_code", "plover_mode", "actor_id", "target_id", "place_ordinal",
                     "fatalities")}

_COUNTED = ("clause_start", "clause_end", "harm", "outcome", "part", "extra")  # what
# `with_counts` gives a figure


def _written(ids: Ids, layer: str, row: dict[str, Any], names: Iterable[str]
             ) -> dict[str, Any]:
    """The columns of `row` (an `item_row`) that hold the fields `names`: the layer's own,
    and the id of its entry where the layer keeps some of them as one (`ENTRIES`)."""
    key, _, kept = ENTRIES.get(layer, ("", None, ()))
    out = {name: row[name] for name in names if name not in kept}
    if set(names) & set(kept):
        out[key] = with_entry(ids, layer, dict(row))[key]
    return out


def _add_columns(conn: Connection) -> None:
    for layer, names in _ADDED.items():
        table = LAYER_TABLES[layer]
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for name in names:
            if name not in have:
                kind = table.c[name].type.compile(conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}")


def _seqs(conn: Connection) -> dict[str, int]:
    """Every article's `articles.seq` by its id, in the order they were stored."""
    return {aid: seq for aid, seq in conn.execute(
        select(articles.c.id, articles.c.seq).order_by(articles.c.seq))}


def derive(conn: Connection) -> None:
    """Add the derived columns where missing and fill them for every stored article."""
    _add_columns(conn)  # before the views `typed` makes read them
    typed(conn)  # records are read in the latest shape
    seqs = _seqs(conn)
    ids = list(seqs)
    for start in range(0, len(ids), _read.CHUNK):
        for aid, doc in _read.rebuild(conn, ids[start:start + _read.CHUNK]).items():
            more, named = derived(doc)
            put_canonical_actors(conn, named)
            for layer, rows in more.items():
                table = LAYER_TABLES[layer]
                for ordinal, values in enumerate(rows):
                    conn.execute(update(table).where(
                        table.c.article == seqs[aid], table.c.ordinal == ordinal).values(
                        **values))


def count_figures(conn: Connection) -> None:
    """Give every stored figure the clause, harm, outcome and part extract now reads, so
    the cross-check, which reads them from the records, finds them on old articles too."""
    typed(conn)  # records are read in the latest shape
    table = LAYER_TABLES["figures"]
    seqs = _seqs(conn)
    ids = list(seqs)
    entries = Ids(conn, {})
    for start in range(0, len(ids), _read.CHUNK):
        for aid, doc in _read.rebuild(conn, ids[start:start + _read.CHUNK]).items():
            for ordinal, fig in enumerate(with_counts(doc.article.text, list(doc.figures))):
                row = item_row(aid, ordinal, fig)
                conn.execute(update(table).where(
                    table.c.article == seqs[aid], table.c.ordinal == ordinal).values(
                    _written(entries, "figures", row, _COUNTED)))


def read_around_items(conn: Connection) -> None:
    """Give every stored attribution its second side, untrue judgment, whom it cites or a
    presenter quotes and who holds its speaker's role, and every place the area word and
    modifier after it and whether it is in the dateline, read from the stored text as
    extract now reads them: the cross-check reads them from the records, old articles' too."""
    typed(conn)  # records are read in the latest shape
    seqs = _seqs(conn)
    ids = list(seqs)
    entries = Ids(conn, {})
    for start in range(0, len(ids), _read.CHUNK):
        for aid, doc in _read.rebuild(conn, ids[start:start + _read.CHUNK]).items():
            text = doc.article.text
            for layer, old, new in (
                    ("attributions", doc.attributions, read_contents(text, doc.attributions)),
                    ("places", doc.places, read_around(text, doc.places))):
                table = LAYER_TABLES[layer]
                for ordinal, (was, item) in enumerate(zip(old, new, strict=True)):
                    if item != was:  # its `extra`, and a place's entry (its area...)
                        conn.execute(update(table).where(
                            table.c.article == seqs[aid], table.c.ordinal == ordinal).values(
                            _written(entries, layer, item_row(aid, ordinal, item),
                                     ("extra", *PLACE_WRITTEN) if layer == "places"
                                     else ("extra",))))


def describe_sources(conn: Connection) -> None:
    """Give every stored article the names its story credits as its own, and every stored
    attribution the office its speaker (or the person it credits) is described by and the
    ministries named before a bare "the ministry", read from the stored text as extract now
    reads them: the cross-check reads them from the records, old articles' too."""
    typed(conn)  # records are read in the latest shape
    seqs = _seqs(conn)
    ids = list(seqs)
    table = LAYER_TABLES["attributions"]
    for start in range(0, len(ids), _read.CHUNK):
        for aid, doc in _read.rebuild(conn, ids[start:start + _read.CHUNK]).items():
            article = credited(doc.article)
            if article != doc.article:
                conn.execute(update(articles).where(articles.c.seq == seqs[aid]).values(
                    extra=article_row(article)["extra"]))
            new = read_contents(article.text, doc.attributions)
            for ordinal, (was, item) in enumerate(zip(doc.attributions, new, strict=True)):
                if item != was:
                    conn.execute(update(table).where(
                        table.c.article == seqs[aid], table.c.ordinal == ordinal).values(
                        extra=item_row(aid, ordinal, item)["extra"]))


def split_sentences(conn: Connection) -> None:
    """Give every stored article where its sentences start (`Article.sentences`), read from
    the stored text as extraction now reads them: the cross-check reads them from the
    article, old ones' too. Only the articles' text and extra are read."""
    seqs = list(_seqs(conn).values())
    for start in range(0, len(seqs), _read.CHUNK):
        rows = conn.execute(select(articles.c.seq, articles.c.text, articles.c.extra).where(
            articles.c.seq.in_(seqs[start:start + _read.CHUNK]))).all()
        for seq, text, extra in rows:
            more = json.loads(extra) if extra else {}
            starts = list(sentence_starts(text))
            if more.get("sentences") != starts:
                more["sentences"] = starts  # the last field: the order `article_row` writes
                conn.execute(update(articles).where(articles.c.seq == seq).values(
                    extra=json.dumps(more, ensure_ascii=False)))
