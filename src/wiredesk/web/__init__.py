"""`wiredesk serve`: a web page to browse, check and map what a store holds.

    >>> app = create_app(Store.open("wiredesk.db", read_only=True))
    >>> uvicorn.run(app, host="127.0.0.1", port=8080)

A thin shell like the CLI: pages (`_pages`) and the JSON API (`_api`) render what `_views`
gathers from the library's public functions; templates escape everything, and every
answer carries a Content-Security-Policy with no inline script or style.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response

from wiredesk.errors import WiredeskError
from wiredesk.store import Store
from wiredesk.web import _api, _pages
from wiredesk.web._security import SecurityHeaders, load_assets

__all__ = ["create_app"]


def _error(request: Request, status: int, message: str) -> Response:
    """One JSON shape under /api, an HTML page elsewhere."""
    if request.url.path.startswith("/api/"):
        return _api.error(status, message)
    return _pages.error(request, status, message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request, exc.status_code, str(exc.detail))


async def _library_error(request: Request, exc: Exception) -> Response:
    return _error(request, 503, f"the store could not answer: {exc}")


def create_app(store: Store) -> Starlette:
    """The ASGI app serving `store` (open it read-only)."""
    app = Starlette(
        routes=_pages.routes() + _api.routes(),
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: _http_error, WiredeskError: _library_error},
    )
    app.state.store = store
    app.state.assets = load_assets()
    return app
