"""The `wiredesk` command: a thin shell over the library, one module a family of commands."""

from __future__ import annotations

import click

from wiredesk import __version__
from wiredesk.cli import brief as brief_cli
from wiredesk.cli import crosscheck as crosscheck_cli
from wiredesk.cli import load as load_cli
from wiredesk.cli import serve as serve_cli
from wiredesk.cli import spark as spark_cli
from wiredesk.cli import store as store_cli
from wiredesk.cli.extract import extract_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wiredesk")
def main() -> None:
    """Turn conflict news into facts people can check.

    Example: wiredesk extract report.txt --published 2025-08-12 --format text
    """


main.add_command(extract_command)
main.add_command(store_cli.ingest_command)
main.add_command(store_cli.claims_command)
main.add_command(store_cli.figures_command)
main.add_command(store_cli.events_command)
main.add_command(store_cli.places_command)
main.add_command(store_cli.stats_command)
main.add_command(store_cli.export_command)
main.add_command(crosscheck_cli.crosscheck_command)
main.add_command(crosscheck_cli.contradictions_command)
main.add_command(crosscheck_cli.corroboration_command)
main.add_command(brief_cli.brief_command)
main.add_command(brief_cli.verify_brief_command)
main.add_command(load_cli.load_command)
main.add_command(spark_cli.spark_group)
main.add_command(serve_cli.serve_command)
