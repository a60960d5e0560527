"""`crosscheck_parquet`: link, corroborate and contradict a Spark run's articles on the cluster.

The steps are `wiredesk.crosscheck.spread`'s, which are the local cross-check's cut at its
seams: documents are rebuilt from the run's tables and prepared on the executors, their
items keyed by the blocking keys (`wiredesk.crosscheck.blocking`) and compared block by
block there; the driver joins the blocks' links into clusters (union-find over what the
blocks found, which is small beside the corpus) and tells each clash once; clusters and
actor groups are counted on the executors again. The result is written as Parquet tables
mirroring the store's cross-check tables (articles named by id), which `load_tables`
puts into a store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from wiredesk.crosscheck import (
    Prepared,
    block_results,
    corroboration,
    event_partners,
    figure_entries,
    link_entries,
    merge_bodies,
    merged,
    people_bodies,
    prepare,
)
from wiredesk.errors import SparkError
from wiredesk.records import Contradiction, Document, ItemRef, Link
from wiredesk.spark._inputs import _local
from wiredesk.spark._tables import COLUMNS, CROSSCHECK_COLUMNS, build_document
from wiredesk.spark._write import schema_of
from wiredesk.store.crosscheck_rows import (
    actor_rows,
    cluster_rows,
    crosscheck_tables,
    key_rows,
    ref_id,
    ref_rows,
)
from wiredesk.store.schema import LAYER_TABLES

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

_DOC_TABLES = ("articles", *LAYER_TABLES, "check_figures")


@dataclass(frozen=True, slots=True)
class CrosscheckSummary:
    """What a Spark cross-check wrote: rows per table."""

    rows: dict[str, int]


def _keyed(table: str, spark_row: Any) -> tuple[str, tuple[str, dict[str, Any]]]:
    row = spark_row.asDict()
    return (row["id"] if table == "articles" else row["article_id"]), (table, row)


def _document(rows: Iterable[tuple[str, dict[str, Any]]]) -> list[Document]:
    """The article's Document from its rows (none for layer rows without an article)."""
    head = None
    layers: dict[str, list[dict[str, Any]]] = {layer: [] for layer in LAYER_TABLES}
    links = []
    for table, row in rows:
        if table == "articles":
            head = row
        elif table == "check_figures":
            links.append(row)
        else:
            layers[table].append(row)
    return [] if head is None else [build_document(head, layers, links)]


def documents_rdd(spark: SparkSession, folder: str) -> RDD[Document]:
    """Every article of a run as a `Document`, rebuilt on the executors from its rows."""
    local = _local(folder)
    if local is not None and not os.path.isdir(os.path.join(local, "articles")):
        raise SparkError(f"{folder} has no 'articles' table: is it the --out of "
                         "`wiredesk spark extract`?")
    parts = []
    for table in _DOC_TABLES:
        names = [n for n, _ in COLUMNS[table] if n != "published_date"]
        frame = spark.read.parquet(f"{folder.rstrip('/')}/{table}").select(*names)
        parts.append(frame.rdd.map(partial(_keyed, table)))
    rows = spark.sparkContext.union(parts)
    return rows.groupByKey(_partitions(spark)).flatMap(lambda kv: _document(kv[1]))


def _partitions(spark: SparkSession) -> int:
    """Partitions a shuffle spreads over: 4 a core, as `spark extract` does."""
    return max(2, 4 * spark.sparkContext.defaultParallelism)


def _doc_rows(p: Prepared, wanted: frozenset[tuple[str, str, int, int]]
              ) -> list[tuple[str, Any]]:
    """One document's share of the tables: its id, the rows of the references the store
    keeps (linked or clashing, or the first naming an actor), and how many keys it has."""
    named = {ref_id(ref) for _, _, ref in p.named}
    refs = {ref_id(r): r for r in p.refs() if ref_id(r) in wanted or ref_id(r) in named}
    return [("article", p.article_id), ("keys", len(key_rows(p.article_id, p.raw))),
            *(("ref", row) for row in ref_rows(p.text, refs.values()))]


def _refs_of(found: Iterable[Any]) -> Iterator[ItemRef]:
    for x in found:
        yield from (x.a, x.b)


def crosscheck_parquet(spark: SparkSession, folder: str) -> CrosscheckSummary:
    """Cross-check the articles of a `spark extract` run and write the results beside them.

    Args:
        spark: the session to run on (`wiredesk.spark.spark_session`).
        folder: the run's folder (or URI): `crosscheck_*` tables are written into it.

    Returns:
        Rows written per table.

    Raises:
        SparkError: `folder` is not a run's output.
    """
    from pyspark import StorageLevel

    sc = spark.sparkContext
    docs = documents_rdd(spark, folder).persist(StorageLevel.MEMORY_AND_DISK)
    bodies = docs.map(lambda d: people_bodies([d])).fold({}, merge_bodies)
    known = sc.broadcast(bodies)
    prepared = docs.map(lambda d: prepare(d, known.value)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        found = _blocks(prepared, _partitions(spark))
        result = merged(found)
        clusters = (sc.parallelize(result.clusters, max(1, sc.defaultParallelism))
                    .map(lambda c: cluster_rows(corroboration(*c))).collect())
        actors = (prepared.flatMap(lambda p: [(a, (name, ref)) for a, name, ref in p.named])
                  .groupByKey(_partitions(spark))
                  .map(lambda kv: (kv[0], actor_rows(kv[0], list(kv[1]), known.value)))
                  .collect())
        wanted = sc.broadcast(frozenset(ref_id(r) for r in _refs_of(
            (*result.clashes, *(x for x in found if isinstance(x, Link))))))
        per_doc = prepared.flatMap(lambda p: _doc_rows(p, wanted.value)).collect()
        groups = clusters + [rows for _, rows in sorted(actors, key=lambda a: a[0])]
        tables = crosscheck_tables([v for k, v in per_doc if k == "article"], bodies,
                                   [v for k, v in per_doc if k == "ref"], groups,
                                   result.revised, result.clashes, result.contradictions)
        counts = _write(spark, folder, tables,
                        prepared.flatMap(lambda p: key_rows(p.article_id, p.raw)))
        counts["crosscheck_keys"] = sum(v for k, v in per_doc if k == "keys")
        return CrosscheckSummary(counts)
    finally:
        prepared.unpersist()
        docs.unpersist()


def _blocks(prepared: RDD[Prepared], parts: int) -> list[Link | Contradiction]:
    """What every block finds: claims, events and denials first, then figures (paired
    also through the event links found)."""
    sc = prepared.context
    found = (prepared.flatMap(link_entries).groupByKey(parts)
             .flatMap(lambda kv: block_results(kv[0], kv[1])).collect())
    partners = sc.broadcast(event_partners(
        x for x in found if isinstance(x, Link) and x.kind == "event"))
    found += (prepared.flatMap(lambda p: figure_entries(p, partners.value)).groupByKey(parts)
              .flatMap(lambda kv: block_results(kv[0], kv[1], partners.value)).collect())
    return found


def _write(spark: SparkSession, folder: str, tables: dict[str, list[dict[str, Any]]],
           keys: RDD[dict[str, Any]]) -> dict[str, int]:
    """Each table into `folder` (replacing it); the keys, as many as the articles' own,
    straight from the executors. Returns the rows of the driver's tables."""
    counts = {}
    for name, columns in CROSSCHECK_COLUMNS.items():
        names = [n for n, _ in columns]
        if name == "crosscheck_keys":
            data: Any = keys.map(partial(_values, names))
        else:
            data = [_values(names, r) for r in tables[name]]
        frame = spark.createDataFrame(data, schema_of(columns))
        frame.write.mode("overwrite").parquet(f"{folder.rstrip('/')}/{name}")
        counts[name] = len(tables.get(name, ()))
    return counts


def _values(names: list[str], row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(n) for n in names)
