"""`wiredesk ingest`, `claims`, `figures`, `events`, `places`, `stats`, `export`.

Thin: each command parses its options, calls one library function and prints. Library
errors become `click.ClickException` in one place, `StoreCommand.invoke`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from wiredesk.csvsafe import safe_cell
from wiredesk.errors import ConfigError, WiredeskError
from wiredesk.store import Store, formats
from wiredesk.store._filters import STATUSES, event_types, iso_date
from wiredesk.store.ingest import IngestSummary, ingest_paths, input_sizes
from wiredesk.store.ingest import Progress as Step


class StoreCommand(click.Command):
    """A command whose library errors are shown as one clean line (exit 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WiredeskError as exc:
            raise click.ClickException(str(exc)) from exc


db_option = click.option(
    "--db", metavar="DB", default=None,
    help="Store path or SQLAlchemy URL (default: $WIREDESK_DB, else ./wiredesk.db).",
)


class IsoDate(click.ParamType):
    """An ISO 8601 date (YYYY-MM-DD) or date and time; anything else is a usage error."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> str:
        try:
            return iso_date(str(value))
        except ConfigError as exc:
            self.fail(str(exc), param, ctx)


ISO_DATE = IsoDate()
since_option = click.option("--since", type=ISO_DATE, help="Published on or after (YYYY-MM-DD).")
until_option = click.option("--until", type=ISO_DATE, help="Published on or before (YYYY-MM-DD).")


def format_option(*more: str) -> Callable[[Any], Any]:
    """--format: table, json, csv and the `more` formats a command adds."""
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", *more]),
                        default="table", show_default=True)


@contextmanager
def _bar(quiet: bool, sizes: dict[str, int]) -> Iterator[Callable[[Step], None]]:
    """A progress callback: a live bar of input bytes read (`sizes`: each file's), with
    articles done, failures, articles/s and the time left."""
    console = Console(stderr=True)
    if quiet:
        yield lambda step: _print_problem(console, step, quiet=True)
        return
    columns = (
        SpinnerColumn(),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[articles]} articles"),
        TextColumn("[red]{task.fields[failed]} failed"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=sum(sizes.values()) or None, articles=0, failed=0,
                            rate=0.0)
        files: dict[str, None] = {}  # the files seen, in order: all but the last are done

        def advance(step: Step) -> None:
            _print_problem(console, step)
            state = bar.tasks[0]
            done = step.outcome in ("stored", "unchanged", "updated", "incomplete")
            if step.path and step.path not in files:
                if files:
                    bar.advance(task, sizes.get(next(reversed(files)), 0))
                files[step.path] = None
            elapsed = state.elapsed or 0.0
            articles = state.fields["articles"] + done
            bar.update(task, articles=articles,
                       failed=state.fields["failed"] + (step.outcome == "failed"),
                       rate=articles / elapsed if elapsed else 0.0)

        yield advance
        bar.update(task, completed=sum(sizes.values()))


@contextmanager
def counted_bar(unit: str) -> Iterator[Callable[[int, int], None]]:
    """A progress callback `advance(done, total)` for a long step (an export's rows, a
    cross-check's articles): done of the total, time elapsed and left; shown only on a
    terminal, so piped or captured output stays the command's own."""
    columns = (BarColumn(), TaskProgressColumn(), MofNCompleteColumn(), TextColumn(unit),
               TimeElapsedColumn(), TimeRemainingColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True,
                  disable=not console.is_terminal) as bar:
        task = bar.add_task(unit, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, total=total, advance=done)

        yield advance


def _print_problem(console: Console, step: Step, quiet: bool = False) -> None:
    """A failure or a failed stage always; a deliberate skip (an image in a crawl) only when
    not quiet."""
    if step.outcome in ("failed", "incomplete") or (step.outcome == "skipped" and not quiet):
        console.print(f"{step.outcome}: {step.where}: {step.message}", markup=False,
                      highlight=False, soft_wrap=True)


def _summary_line(summary: IngestSummary) -> str:
    return ", ".join(f"{count} {name}" for name, count in summary.as_dict().items())


@click.command("ingest", cls=StoreCommand)
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--jobs", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for extraction.")
@click.option("--quiet", is_flag=True, help="No progress bar; problems and summary only.")
def ingest_command(paths: tuple[str, ...], db: str | None, jobs: int, quiet: bool) -> None:
    """Read files, folders or globs, extract every layer and store each article.

    Content already in the store is skipped before NLP; each article is stored in its own
    transaction, so an interrupted run can be run again. Exit 1 when some inputs failed
    (the rest are stored).

    Example: wiredesk ingest news/ feeds/*.xml --db news.db --jobs 2
    """
    store = Store.open(db)
    try:
        with _bar(quiet, input_sizes(paths)) as progress:
            summary = ingest_paths(paths, store, jobs=jobs, progress=progress)
    finally:
        store.close()
    click.echo(_summary_line(summary))
    if not summary.ok:
        raise SystemExit(1)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "-".join(map(str, value)) if all(isinstance(v, int) for v in value) else \
            " > ".join(map(str, value))
    return str(value)


def echo_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] = ()) -> None:
    """Rows as CSV with every field (`columns` head an empty result); lists joined."""
    out = io.StringIO()
    names = list(rows[0]) if rows else list(columns)
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe_cell(_cell(v)) for k, v in row.items()} for row in rows)
    click.echo(out.getvalue(), nl=False)


def _echo_rows(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...]) -> None:
    """Rows as JSON (every field), CSV (every field), GeoJSON or ACLED-style CSV (events),
    or a table of the main `columns`: as wide as the terminal, full width when piped."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "geojson":
        click.echo(json.dumps(formats.geojson(rows), ensure_ascii=False, indent=2))
        return
    if fmt in ("csv", "acled"):
        acled = fmt == "acled"
        echo_csv(formats.acled(rows) if acled else rows,
                 formats.ACLED_COLUMNS if acled else columns)
        return
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    piped = not sys.stdout.isatty()
    Console(soft_wrap=False, width=100_000 if piped else None).print(table, markup=False)
    click.echo(f"{len(rows)} rows")


@click.command("claims", cls=StoreCommand)
@click.option("--speaker", help="Canonical name or the words naming the speaker.")
@click.option("--status", type=click.Choice(STATUSES, case_sensitive=False),
              help="How sure the text is of the claim.")
@since_option
@until_option
@format_option()
@db_option
def claims_command(speaker: str | None, status: str | None, since: str | None,
                   until: str | None, fmt: str, db: str | None) -> None:
    """Who said what: every stored attribution with its article and span.

    Example: wiredesk claims --speaker "Ministry of Defence" --since 2026-03-01 --format json
    """
    with Store.open(db, create=False) as store:
        rows = store.claims(speaker=speaker, status=status, since=since, until=until)
    _echo_rows(rows, fmt, ("published", "source", "speaker", "status", "text"))


@click.command("figures", cls=StoreCommand)
@click.option("--category", help="What the figure counts: killed, injured, drones, ...")
@since_option
@until_option
@format_option()
@db_option
def figures_command(category: str | None, since: str | None, until: str | None, fmt: str,
                    db: str | None) -> None:
    """How many: every stored figure with its article and span.

    Example: wiredesk figures --category killed --format csv
    """
    with Store.open(db, create=False) as store:
        rows = store.figures(category=category, since=since, until=until)
    _echo_rows(rows, fmt, ("published", "source", "qualifier", "value", "category", "text"))


@click.command("events", cls=StoreCommand)
@click.option("--type", "type_", type=click.Choice(event_types(), case_sensitive=False),
              help="Event type (the events lexicon's).")
@since_option
@until_option
@format_option("geojson", "acled")
@db_option
def events_command(type_: str | None, since: str | None, until: str | None, fmt: str,
                   db: str | None) -> None:
    """What happened: every stored event with its PLOVER code, sides (canonical ids where
    the registry knows them), resolved place, fatalities, article and span. --format
    geojson gives a map layer; --format acled an ACLED-style event table (CSV).

    Example: wiredesk events --type attack --since 2026-03-01 --until 2026-03-07
    """
    with Store.open(db, create=False) as store:
        rows = store.events(type=type_, since=since, until=until)
    _echo_rows(rows, fmt, ("published", "source", "type", "plover_code", "actor", "target",
                           "place", "date", "fatalities", "mode"))


@click.command("places", cls=StoreCommand)
@click.option("--name", help="Resolved place name, e.g. Kharkiv.")
@since_option
@until_option
@format_option("geojson")
@db_option
def places_command(name: str | None, since: str | None, until: str | None, fmt: str,
                   db: str | None) -> None:
    """Where: every resolved place with its article and span (--format geojson: points).

    Example: wiredesk places --name Kharkiv --format json
    """
    with Store.open(db, create=False) as store:
        rows = store.places(name=name, since=since, until=until)
    _echo_rows(rows, fmt, ("published", "source", "text", "name", "kind", "country", "lat",
                           "lon"))


@click.command("stats", cls=StoreCommand)
@format_option()
@db_option
def stats_command(fmt: str, db: str | None) -> None:
    """How many articles, sources, actors and items of each layer the store holds.

    Example: wiredesk stats --db news.db --format json
    """
    with Store.open(db, create=False) as store:
        counts = store.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
    elif fmt == "csv":
        _echo_rows([{"table": k, "rows": v} for k, v in counts.items()], fmt, ("table", "rows"))
    else:
        width = max(map(len, counts))
        for name, count in counts.items():
            click.echo(f"{name:<{width}}  {count}")


@click.command("export", cls=StoreCommand)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]),
              help="One file a table in this format.")
@click.option("--datasette", is_flag=True,
              help="Write metadata.yml: descriptions of every table, view and column.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the files (created if missing).")
@db_option
def export_command(fmt: str | None, datasette: bool, out_dir: str, db: str | None) -> None:
    """Write every table to one file each, for spreadsheets, pandas or Spark, and/or the
    metadata datasette shows beside the store.

    Example: wiredesk export --format csv --datasette --out export/
    """
    if not fmt and not datasette:
        raise click.UsageError("give --format, --datasette or both")
    with Store.open(db, create=False) as store, counted_bar("rows") as progress:
        written = store.export(fmt, out_dir, progress) if fmt else []
        if datasette:
            written.append(store.datasette_metadata(out_dir))
    for path in written:
        click.echo(str(path))
