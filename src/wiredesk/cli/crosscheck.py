"""`wiredesk crosscheck`, `contradictions`, `corroboration`: thin shells over
`wiredesk.crosscheck` and the store's cross-check tables."""

from __future__ import annotations

import json
from typing import Any

import click

from wiredesk.cli.store import StoreCommand, counted_bar, db_option, echo_csv, format_option
from wiredesk.records import Contradiction, Corroboration, ItemRef
from wiredesk.store import Store
from wiredesk.store._crosscheck import counts, load_crosscheck, update_crosscheck

list_format = format_option()


@click.command("crosscheck", cls=StoreCommand)
@click.option("--full", is_flag=True,
              help="Check every stored article again from scratch (after the rules changed).")
@db_option
def crosscheck_command(full: bool, db: str | None) -> None:
    """Link the articles not yet cross-checked against the rest of the store.

    Finds the same events, claims and figures across articles, counts the independent
    sources behind each and records contradictions. Incremental: new articles are
    compared only with the stored ones they share a blocking key with, and checked
    articles are not compared again unless --full is given.

    Example: wiredesk crosscheck --db wiredesk.db --full
    """
    with Store.open(db, create=False) as store:
        with counted_bar("articles") as progress:
            new = update_crosscheck(store, full=full, progress=progress)
        found = counts(store)
    click.echo(f"cross-checked {new} new articles ({found['articles']} in all): "
               f"{found['corroborations']} corroborations, "
               f"{found['contradictions']} contradictions")


def _side(ref: ItemRef) -> dict[str, Any]:
    return {"value": ref.value, "text": ref.text, "span": list(ref.span), "layer": ref.layer,
            "source": ref.source, "outlet": ref.outlet, "article_id": ref.article_id,
            "published": ref.published}


def _where(ref: ItemRef) -> str:
    return f"{ref.outlet or ref.source} {ref.published or '?'} {ref.article_id}"


@click.command("contradictions", cls=StoreCommand)
@list_format
@db_option
def contradictions_command(fmt: str, db: str | None) -> None:
    """List reports that contradict each other, with every report on each side and where
    each stands.

    Example: wiredesk contradictions --format json
    """
    with Store.open(db, create=False) as store:
        found: tuple[Contradiction, ...] = load_crosscheck(
            store, groups=False).contradictions
    if fmt == "csv":  # one row a report on either side
        echo_csv([{"kind": c.kind, "about": c.key, "detail": c.detail, "side": mark,
                   **_side(ref)} for c in found for mark, side in zip("AB", c.sides, strict=True)
                  for ref in side])
        return
    if fmt == "json":
        click.echo(json.dumps([{"kind": c.kind, "about": c.key, "detail": c.detail,
                                "a": _side(c.a), "b": _side(c.b),
                                "a_reports": [_side(r) for r in c.sides[0]],
                                "b_reports": [_side(r) for r in c.sides[1]],
                                "explanation": c.explanation} for c in found],
                              ensure_ascii=False, indent=2))
        return
    for c in found:
        click.echo(f"{c.kind:<8} {c.key}: {c.detail}")
        for mark, side in zip("AB", c.sides, strict=True):
            for ref in side:
                click.echo(f"    {mark}  “{ref.text}”  ({_where(ref)})")


@click.command("corroboration", cls=StoreCommand)
@list_format
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True,
              help="Only items with at least this many independent sources.")
@db_option
def corroboration_command(fmt: str, min_sources: int, db: str | None) -> None:
    """List linked claims, events and figures with their independent sources.

    Example: wiredesk corroboration --min-sources 2 --format table
    """
    with Store.open(db, create=False) as store:
        groups: list[Corroboration] = [
            c for c in load_crosscheck(store).corroborations
            if c.kind != "actor" and c.n_sources >= min_sources]
    if fmt == "csv":
        echo_csv([{"kind": c.kind, "about": c.key, "n_sources": c.n_sources,
                   "sources": "; ".join(c.sources)} for c in groups])
        return
    if fmt == "json":
        click.echo(json.dumps([{"kind": c.kind, "about": c.key, "n_sources": c.n_sources,
                                "sources": list(c.sources),
                                "items": [_side(i) for i in c.items]} for c in groups],
                              ensure_ascii=False, indent=2))
        return
    for c in groups:
        click.echo(f"{c.n_sources:>3} sources  {c.kind:<6} {c.key}")
        click.echo(f"               {', '.join(c.sources)}")
