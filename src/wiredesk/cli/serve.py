"""`wiredesk serve`: a thin shell over `wiredesk.web.create_app`."""

from __future__ import annotations

import click

from wiredesk.cli.store import StoreCommand, db_option
from wiredesk.store import Store


@click.command("serve", cls=StoreCommand)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (keep the loopback unless you mean to share it).")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
def serve_command(db: str | None, host: str, port: int) -> None:
    """Browse, check and map a store in a web page (read-only), with a JSON API under /api.

    Example: wiredesk serve --db out/sample.db --port 8080
    """
    import uvicorn

    from wiredesk.web import create_app

    store = Store.open(db, read_only=True)
    click.echo(f"wiredesk: serving {store.url} on http://{host}:{port}/ (Ctrl-C stops)")
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
    finally:
        store.close()
