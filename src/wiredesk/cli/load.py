"""`wiredesk load`: a Spark run's tables into a store, a thin shell over `wiredesk.spark`."""

from __future__ import annotations

import click

from wiredesk.cli.store import StoreCommand, db_option
from wiredesk.spark import load_tables
from wiredesk.store import Store


@click.command("load", cls=StoreCommand)
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
def load_command(folder: str, db: str | None) -> None:
    """Bring the Parquet tables of `wiredesk spark extract` into SQLite or PostgreSQL.

    Articles are stored as `wiredesk ingest` would have stored them (same rows, same
    order); the run's cross-check (`wiredesk spark crosscheck`) is stored as it is when
    the store held nothing else, otherwise the articles are cross-checked here as ingest
    does. Brief, serve and every query then work on the store. Needs no Spark.

    Example: wiredesk load run1 --db news.db
    """
    with Store.open(db) as store:
        summary = load_tables(folder, store)
    how = "the run's" if summary.crosscheck_loaded else "checked here"
    click.echo(f"{summary.stored} stored, {summary.unchanged} unchanged, "
               f"{summary.updated} updated; {len(summary.errors)} errors in the run; "
               f"cross-check: {how}")
