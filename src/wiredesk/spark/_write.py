"""Write the (table, row) records of a run as one Parquet table a subfolder."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from wiredesk.spark._tables import COLUMNS, DATED, Columns

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

_SPARK_TYPES = {str: "StringType", int: "LongType", float: "DoubleType", bool: "BooleanType"}


def spark_schema(table: str) -> StructType:
    """The Spark schema of one of `COLUMNS`' tables."""
    return schema_of(COLUMNS[table])


def schema_of(columns: Columns) -> StructType:
    """The Spark schema of a table's (name, Python type) columns."""
    from pyspark.sql import types

    return types.StructType([
        types.StructField(name, getattr(types, _SPARK_TYPES[kind])(), True)
        for name, kind in columns
    ])


def write_tables(spark: SparkSession, rows: RDD[tuple[str, tuple[Any, ...]]],
                 out: str) -> dict[str, int]:
    """Write every table of `COLUMNS` under `out` (replacing it); rows written per table.

    Rows leave Python once, as JSON text tagged with their table; the JVM then splits and
    types them, so each table's write is a pass over cached columns, not over Python.
    Per-article tables are partitioned by `published_date`; `actors` holds each speaker once.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    tagged = spark.createDataFrame(rows.map(_as_json), "tbl string, row string")
    tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {table: 0 for table in COLUMNS}
        counts.update({r["tbl"]: r["count"] for r in tagged.groupBy("tbl").count().collect()})
        for table in COLUMNS:
            frame = (tagged.where(F.col("tbl") == table)
                     .select(F.from_json("row", spark_schema(table)).alias("r")).select("r.*"))
            if table == "actors":
                frame = frame.distinct()
            writer = frame.write.mode("overwrite")
            if table in DATED:
                writer = writer.partitionBy("published_date")
            writer.parquet(f"{out.rstrip('/')}/{table}")
        counts["actors"] = spark.read.parquet(f"{out.rstrip('/')}/actors").count()
    finally:
        tagged.unpersist()
    return counts


def _as_json(row: tuple[str, tuple[Any, ...]]) -> tuple[str, str]:
    table, values = row
    names = [name for name, _ in COLUMNS[table]]
    return table, json.dumps(dict(zip(names, values, strict=True)))
