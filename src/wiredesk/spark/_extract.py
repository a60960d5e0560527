"""`extract_to_parquet`: read, extract and write every table, spread over a Spark cluster.

The work per article is the library's (`wiredesk.extract.extract_articles`, which parses
through `nlp.pipe` in batches); the spaCy pipeline and the gazetteer load once per Python
worker process (Spark reuses its workers), not once per task. Spark only moves records:
it lists and reads the files, keeps the first copy of each content (as `ingest` skips
content it has stored), spreads the articles over the cluster and writes Parquet.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from wiredesk.extract import extract_articles
from wiredesk.ingest import Problem
from wiredesk.records import Article, Document
from wiredesk.spark._inputs import Listed, listed, read_unit, roots
from wiredesk.spark._tables import document_rows, error_row, extraction_error
from wiredesk.spark._write import write_tables

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

CHUNK = 64  # articles extracted together: one failure is retried article by article
HEAD = 8192  # bytes of each file looked at to find feeds before reading


@dataclass(frozen=True, slots=True)
class ExtractSummary:
    """What a Spark extraction wrote: rows per table."""

    rows: dict[str, int]

    @property
    def errors(self) -> int:
        return self.rows.get("errors", 0)


def _extract_one(article: Article, order: str) -> Iterator[tuple[str, tuple[Any, ...]]]:
    try:
        docs: list[Document] = list(extract_articles([article]))
    except Exception as exc:  # one bad article is an error row, never a failed job
        yield "errors", extraction_error(article, exc)
        return
    for doc in docs:
        yield from document_rows(doc, order)


def extract_partition(
    pairs: Iterable[tuple[str, Article]],
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) for a partition's (order, article) pairs, extracted in batches."""
    it = iter(pairs)
    while chunk := list(islice(it, CHUNK)):
        try:
            docs = list(extract_articles([article for _, article in chunk]))
        except Exception:  # find the article that broke the batch; the others go on
            for order, article in chunk:
                yield from _extract_one(article, order)
            continue
        for (order, _), doc in zip(chunk, docs, strict=True):
            yield from document_rows(doc, order)


def extract_to_parquet(spark: SparkSession, inputs: Sequence[str], out: str,
                       partitions: int | None = None) -> ExtractSummary:
    """Read `inputs` (paths or Hadoop URIs), extract every layer and write Parquet to `out`.

    Args:
        spark: the session to run on (`wiredesk.spark.spark_session`).
        inputs: files, folders or globs, local or any Hadoop-compatible URI.
        out: a folder (or URI) to write one Parquet table a subfolder into.
        partitions: partitions to extract in (default: 4 a core of the cluster).

    Returns:
        Rows written per table; unreadable inputs and failed articles are `errors` rows.
    """
    sc = spark.sparkContext
    known = roots(inputs)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .load(list(inputs)))
    heads = files.selectExpr("path", f"substring(content, 1, {HEAD}) AS head").rdd
    feeds = set(heads.map(lambda r: listed(r.path, bytes(r.head), known))
                .filter(lambda f: f.is_feed).map(lambda f: f.folder).distinct().collect())

    def named(row: Any) -> tuple[Listed, bytes]:
        data = bytes(row.content)
        return listed(row.path, data, known), data

    pairs = files.select("path", "content").rdd.map(named)
    singles = pairs.filter(lambda p: p[0].folder not in feeds).flatMap(lambda p: read_unit([p]))
    grouped = (pairs.filter(lambda p: p[0].folder in feeds).groupBy(lambda p: p[0].folder)
               .flatMap(lambda kv: read_unit(sorted(kv[1], key=lambda p: p[0].name))))
    items = singles.union(grouped).persist()
    problems = items.flatMap(problem_rows)
    firsts = (items.flatMap(keyed_article)
              .reduceByKey(min_order, partitions or max(2, 4 * sc.defaultParallelism))
              .values())
    rows = firsts.mapPartitions(extract_partition).union(problems)
    try:
        counts = write_tables(spark, rows, out)
    finally:
        items.unpersist()
    return ExtractSummary(counts)


def min_order(a: tuple[str, Article], b: tuple[str, Article]) -> tuple[str, Article]:
    """The copy `ingest` would have read first."""
    return a if a[0] <= b[0] else b


def problem_rows(item: tuple[str, Article | Problem]) -> list[tuple[str, tuple[Any, ...]]]:
    """An errors row for a problem met while reading (none for an article)."""
    problem = item[1]
    if isinstance(problem, Article):
        return []
    return [("errors", error_row(problem, problem.where.split(": ", 1)[0]))]


def keyed_article(item: tuple[str, Article | Problem]) -> list[tuple[str, tuple[str, Article]]]:
    """(content id, (order, article)) for an article (nothing for a problem)."""
    order, article = item
    return [(article.id, (order, article))] if isinstance(article, Article) else []
