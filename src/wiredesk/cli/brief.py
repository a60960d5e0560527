"""`wiredesk brief` and `wiredesk verify-brief`: thin shells over `wiredesk.brief`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from wiredesk.brief import brief, verify_briefing
from wiredesk.cli.store import ISO_DATE, StoreCommand, db_option, since_option, until_option
from wiredesk.errors import InputError
from wiredesk.records import Document
from wiredesk.store import Store
from wiredesk.store._crosscheck import load_crosscheck


@click.command("brief", cls=StoreCommand)
@click.option("--on", "on", type=ISO_DATE, help="Articles published on this day.")
@since_option
@until_option
@click.option("--about", metavar="ACTOR|PLACE", help="Only stories naming this actor or place.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
@db_option
def brief_command(on: str | None, since: str | None, until: str | None, about: str | None,
                  fmt: str, out: str | None, db: str | None) -> None:
    """Write a cited briefing: stories, every sentence citing the spans it rests on.

    Reads the stored cross-check (ingest and `wiredesk crosscheck` keep it current).

    Example: wiredesk brief --on 2025-08-12 --about Kharkiv --format md --out brief.md
    """
    if on and (since or until):
        raise click.UsageError("use --on, or --since/--until, not both")
    since, until = (on, on) if on else (since, until)
    with Store.open(db, create=False) as store:
        result = load_crosscheck(store, since, until, actors=False)
        docs = list(store.documents(since, until))
    made = brief(docs, result, since=since, until=until, about=about)
    text = {"md": made.to_markdown, "html": made.to_html, "json": made.to_json}[fmt]()
    if out:
        _write_atomically(Path(out), text if text.endswith("\n") else text + "\n")
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _write_atomically(path: Path, text: str) -> None:
    """Write beside `path`, then rename over it: a reader never sees half a briefing."""
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command("verify-brief", cls=StoreCommand)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
def verify_brief_command(file: str, db: str | None) -> None:
    """Check a briefing (md, html or json) against the text its citations point at.

    Every name, number, date, quotation, actor and object, negation and hedge of a
    sentence must be in its cited spans as stored.

    Prints one line per failure and exits 1 when there is any.

    Example: wiredesk verify-brief brief.md --db wiredesk.db
    """
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the briefing: {exc}", file) from exc
    with Store.open(db, create=False) as store:
        cache: dict[str, Document | None] = {}

        def lookup(article_id: str) -> Document | None:
            if article_id not in cache:
                cache[article_id] = next(iter(store.documents(ids=[article_id])), None)
            return cache[article_id]

        failures = verify_briefing(text, lookup)
    for line in failures:
        click.echo(f"{file}: {line}")
    if failures:
        raise SystemExit(1)
    click.echo(f"{file}: every sentence verifies")
