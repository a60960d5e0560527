"""`wiredesk brief` and `wiredesk verify-brief`: thin shells over `wiredesk.brief`."""

from __future__ import annotations

from pathlib import Path

import click

from wiredesk.brief import brief, verify_briefing
from wiredesk.cli.store import ISO_DATE, StoreCommand, db_option, since_option, until_option
from wiredesk.errors import InputError
from wiredesk.records import Document
from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck


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

    Cross-checks any new articles first, so contradictions and sources are current.

    Example: wiredesk brief --on 2025-08-12 --about Kharkiv --format md --out brief.md
    """
    if on and (since or until):
        raise click.UsageError("use --on, or --since/--until, not both")
    since, until = (on, on) if on else (since, until)
    with Store.open(db, create=False) as store:
        result, _new = update_crosscheck(store)
        docs = list(store.documents(since, until))
    made = brief(docs, result, since=since, until=until, about=about)
    text = {"md": made.to_markdown, "html": made.to_html, "json": made.to_json}[fmt]()
    if out:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@click.command("verify-brief", cls=StoreCommand)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
def verify_brief_command(file: str, db: str | None) -> None:
    """Check a briefing against the store: citations, spans, numbers, dates and names.

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
