"""`wiredesk extract`: every layer of one article a file, as JSON, JSON lines or text."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import click

from wiredesk.cli._output import document_text, warn
from wiredesk.cli.store import ISO_DATE
from wiredesk.extract import extract_articles
from wiredesk.ingest import Problem, read_paths
from wiredesk.records import Article, Document
from wiredesk.schema import problems


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", type=ISO_DATE,
              help="Publication date (ISO: YYYY-MM-DD) anchoring relative dates.")
@click.option("--source", help="Outlet or feed name.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="text",
    show_default=True,
)
@click.option("--validate", is_flag=True,
              help="Check each document against the JSON schema the package ships; exit 1 "
                   "when one breaks it.")
def extract_command(paths: tuple[str, ...], published: str | None, source: str | None,
                    fmt: str, validate: bool) -> None:
    """Extract who said what, when, where, how many and what happened.

    One article per text file (`-` reads standard input); HTML pages, feeds, WARC and JSON
    lines files give one article per page, entry, record or line. The publication date comes
    from --published, else from the input's own metadata (a text file's header, a page's or
    feed's date), else it stays unknown.

    Example: wiredesk extract report.txt --published 2025-08-12 --format json
    """
    failed: list[Problem] = []
    given: dict[str, Any] = {k: v for k, v in (("published", published), ("source", source)) if v}

    def articles() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, Problem):
                warn(str(item))
                if not item.skipped:
                    failed.append(item)
            else:
                yield dataclasses.replace(item, **given) if given else item

    def checked(docs: Iterator[Document]) -> Iterator[Document]:
        for doc in docs:
            for line in problems(doc.to_dict()) if validate else ():
                warn(f"{doc.article.origin.path or doc.article.id}: schema: {line}")
                failed.append(Problem(doc.article.origin.path or doc.article.id, line))
            yield doc

    docs = checked(extract_articles(articles()))
    if fmt == "json":
        out = [d.to_dict() for d in docs]
        if out:
            click.echo(json.dumps(out[0] if len(paths) == 1 else out, ensure_ascii=False, indent=2))
    else:
        for doc in docs:
            click.echo(doc.to_json(indent=None) if fmt == "jsonl" else document_text(doc))
    if failed:
        raise SystemExit(1)
