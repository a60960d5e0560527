"""Write the (table, row) records of a run as one Parquet table a subfolder."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from wiredesk.spark._tables import COLUMNS, DATED

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

_SPARK_TYPES = {str: "StringType", int: "LongType", float: "DoubleType", bool: "BooleanType"}


def spark_schema(table: str) -> StructType:
    """The Spark schema of one of `COLUMNS`' tables."""
    from pyspark.sql import types

    return types.StructType([
        types.StructField(name, getattr(types, _SPARK_TYPES[kind])(), True)
        for name, kind in COLUMNS[table]
    ])


def write_tables(spark: SparkSession, rows: RDD[tuple[str, tuple[Any, ...]]],
                 out: str) -> dict[str, int]:
    """Write every table of `COLUMNS` under `out` (replacing it); rows written per table.

    Per-article tables are partitioned by `published_date`; `actors` holds each speaker once.
    """
    slices = rows.coalesce(max(1, spark.sparkContext.defaultParallelism))  # few tasks a table
    found: dict[str, int] = dict(slices.map(_table_of).countByValue())
    counts = {table: found.get(table, 0) for table in COLUMNS}
    for table in COLUMNS:
        part = slices.flatMap(partial(_rows_of, table))
        if table == "actors":
            part = part.distinct(slices.getNumPartitions())
        frame = spark.createDataFrame(part, spark_schema(table))
        writer = frame.write.mode("overwrite")
        if table in DATED:
            writer = writer.partitionBy("published_date")
        writer.parquet(f"{out.rstrip('/')}/{table}")
    counts["actors"] = spark.read.parquet(f"{out.rstrip('/')}/actors").count()
    return counts


def _rows_of(table: str, row: tuple[str, tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [row[1]] if row[0] == table else []


def _table_of(row: tuple[str, tuple[Any, ...]]) -> str:
    return row[0]
