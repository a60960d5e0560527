"""`load_tables`: a Spark run's Parquet tables into a store, as `ingest` would have stored them.

Needs no Spark: the tables are read with pyarrow, each article is rebuilt as a `Document`
by the store's row conversion and stored with `Store.put`, in the order `ingest` would
have read the inputs, so duplicates, new versions of a page and every id come out as a
local run's. The run's own cross-check (`spark crosscheck`) is then stored as it is, when
the store holds just the run's articles and no cross-check yet; otherwise the cross-check
is brought up to date locally, as `ingest` does.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from wiredesk.errors import SparkError
from wiredesk.records import Document
from wiredesk.spark._tables import COLUMNS, build_document
from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.store._rows import Row
from wiredesk.store.crosscheck_rows import TABLE_NAMES, put_crosscheck
from wiredesk.store.schema import LAYER_TABLES


@dataclass(slots=True)
class LoadSummary:
    """Articles stored, already there or stored as a new version; errors of the run."""

    stored: int = 0
    unchanged: int = 0
    updated: int = 0
    errors: list[Row] = field(default_factory=list)
    crosscheck_loaded: bool = False  # the run's own cross-check (`spark crosscheck`) went in


def read_table(folder: str, table: str) -> list[Row]:
    """Every row of one table of a run (partition folders included), as plain dicts.

    Raises:
        SparkError: the table is not there.
    """
    import pyarrow.dataset as ds

    path = os.path.join(folder, table)
    if not os.path.isdir(path):
        raise SparkError(f"{folder} has no {table!r} table: is it the --out of "
                         "`wiredesk spark extract`?")
    names = [name for name, _ in COLUMNS.get(table, ())] or None
    data = ds.dataset(path, format="parquet", partitioning=None)
    wanted = [n for n in names if n in data.schema.names] if names else None
    return data.to_table(columns=wanted).to_pylist()


def documents(folder: str) -> Iterator[Document]:
    """The run's documents in the order `ingest` would have read them."""
    heads = sorted(read_table(folder, "articles"), key=lambda r: r["order"])
    layers: dict[str, dict[str, list[Row]]] = {}
    for layer in LAYER_TABLES:
        layers[layer] = _by_article(read_table(folder, layer))
    links = _by_article(read_table(folder, "check_figures"))
    for head in heads:
        aid = head["id"]
        own = {layer: rows.get(aid, []) for layer, rows in layers.items()}
        yield build_document(head, own, links.get(aid, []))


def _by_article(rows: list[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row["article_id"]].append(row)
    return grouped


def load_tables(folder: str, store: Store,
                progress: Callable[[str, str], None] | None = None) -> LoadSummary:
    """Store every article of a Spark run in `store`, then its cross-check (or cross-check
    the new articles here).

    Args:
        folder: the `--out` folder of `wiredesk spark extract` (a local path).
        store: an open store (SQLite or PostgreSQL).
        progress: called with (status, article id) once per article.

    Raises:
        SparkError: `folder` is not a run's output.
    """
    summary = LoadSummary(errors=read_table(folder, "errors"))
    for doc in documents(folder):
        result = store.put(doc)
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        if progress is not None:
            progress(result.status, result.article_id)
    if _has_crosscheck(folder):
        summary.crosscheck_loaded = put_crosscheck(
            store, {name: read_table(folder, name) for name in TABLE_NAMES})
    if not summary.crosscheck_loaded:
        update_crosscheck(store)  # as `ingest` does after storing
    return summary


def _has_crosscheck(folder: str) -> bool:
    return all(os.path.isdir(os.path.join(folder, name)) for name in TABLE_NAMES)
