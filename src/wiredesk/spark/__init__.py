"""Run wiredesk on Apache Spark when a corpus outgrows one machine: the same library, spread out.

    >>> spark = spark_session("local[2]")
    >>> extract_to_parquet(spark, ["hdfs:///news/2026/"], "hdfs:///wiredesk/run1")
    >>> crosscheck_parquet(spark, "hdfs:///wiredesk/run1")  # crosscheck_* tables beside
    >>> load_tables("run1", Store.open("news.db"))  # then brief, serve, every query

A thin shell, like the CLI: reading, extraction, row conversion and the cross-check are
the library's own; Spark lists and reads files, spreads the articles and writes Parquet
tables that mirror the store's. `load_tables` needs pyarrow only, not Spark.
"""

from wiredesk.spark._crosscheck import CrosscheckSummary, crosscheck_parquet
from wiredesk.spark._extract import ExtractSummary, extract_to_parquet
from wiredesk.spark._load import LoadSummary, load_tables
from wiredesk.spark._session import DEFAULT_MASTER, check_spark, spark_session
from wiredesk.spark._tables import COLUMNS

__all__ = [
    "COLUMNS",
    "DEFAULT_MASTER",
    "CrosscheckSummary",
    "ExtractSummary",
    "LoadSummary",
    "check_spark",
    "crosscheck_parquet",
    "extract_to_parquet",
    "load_tables",
    "spark_session",
]
