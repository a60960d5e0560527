"""`wiredesk spark extract` and `wiredesk spark crosscheck`: thin shells over `wiredesk.spark`."""

from __future__ import annotations

import click

from wiredesk.cli.store import StoreCommand

master_option = click.option(
    "--master", default="local[2]", show_default=True,
    help="Spark master: local[N], yarn, spark://host:7077, k8s://... (as spark-submit takes).",
)


@click.group("spark")
def spark_group() -> None:
    """Run extraction on Apache Spark, for corpora beyond one machine.

    Needs pyspark (pip install 'wiredesk[spark]') and Java 17 or newer. The output is
    Parquet tables mirroring the store's; `wiredesk load` brings them into a store.

    Example: wiredesk spark extract news/ --out run1 && wiredesk spark crosscheck --in run1
    """


@spark_group.command("extract", cls=StoreCommand)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, metavar="DIR",
              help="Folder or URI to write the Parquet tables to (replaced).")
@master_option
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Partitions to extract in (default: 4 a core).")
def extract_command(inputs: tuple[str, ...], out: str, master: str,
                    partitions: int | None) -> None:
    """Read files, folders, globs or Hadoop URIs, extract every layer, write Parquet.

    Text, JSON lines, HTML, RSS/Atom feeds and WARC crawls, read and extracted as
    `wiredesk ingest` does; one table a store table (articles, attributions, times,
    places, figures, checks, check_figures, events, actors), partitioned by publication
    date, and an `errors` table naming each input that could not be read (path, offset).

    Example: wiredesk spark extract news/ crawl.warc.gz --out run1 --master local[2]
    """
    from wiredesk.spark import extract_to_parquet, spark_session

    spark = spark_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    summary = extract_to_parquet(spark, list(inputs), out, partitions)
    click.echo(", ".join(f"{count} {table}" for table, count in summary.rows.items()))
    if summary.errors:
        click.echo(f"{summary.errors} inputs in {out}/errors could not be read or were "
                   "skipped; see that table", err=True)


@spark_group.command("crosscheck", cls=StoreCommand)
@click.option("--in", "folder", required=True, metavar="DIR",
              help="The --out folder (or URI) of `wiredesk spark extract`.")
@master_option
def crosscheck_command(folder: str, master: str) -> None:
    """Link, corroborate and contradict a Spark run's articles, on the cluster.

    Items are compared within blocks (same speaker, event type and party, figure
    category, days near), each block on an executor, then joined across blocks; the
    results are written into DIR as Parquet tables mirroring the store's crosscheck
    tables, which `wiredesk load` then stores as they are (no cross-check run there).

    Example: wiredesk spark crosscheck --in run1 --master local[2]
    """
    from wiredesk.spark import crosscheck_parquet, spark_session

    spark = spark_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    summary = crosscheck_parquet(spark, folder)
    click.echo(", ".join(f"{count} {table}" for table, count in summary.rows.items()))
