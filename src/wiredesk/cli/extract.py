"""`wiredesk extract`: every layer of one article a file, as JSON, JSON lines or text."""

from __future__ import annotations

import json
from collections.abc import Iterator

import click

from wiredesk.cli._output import document_text, warn
from wiredesk.errors import InputError
from wiredesk.extract import extract_articles
from wiredesk.ingest.files import read_text
from wiredesk.ingest.text import read_text_article
from wiredesk.records import Article


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) anchoring relative dates.")
@click.option("--source", help="Outlet or feed name.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="text",
    show_default=True,
)
def extract_command(paths: tuple[str, ...], published: str | None, source: str | None,
                    fmt: str) -> None:
    """Extract who said what, when, where, how many and what happened.

    One article per file; `-` reads standard input. The publication date comes from
    --published, else from the file's header, else it stays unknown.

    Example: wiredesk extract report.txt --published 2025-08-12 --format json
    """
    failed: list[str] = []

    def articles() -> Iterator[Article]:
        for path in paths:
            try:
                raw = read_text(path)
            except InputError as exc:
                warn(str(exc))
                failed.append(path)
                continue
            yield read_text_article(raw, path=path, published=published, source=source)

    docs = extract_articles(articles())
    if fmt == "json":
        out = [d.to_dict() for d in docs]
        if out:
            click.echo(json.dumps(out[0] if len(paths) == 1 else out, ensure_ascii=False, indent=2))
    else:
        for doc in docs:
            click.echo(doc.to_json(indent=None) if fmt == "jsonl" else document_text(doc))
    if failed:
        raise SystemExit(1)
