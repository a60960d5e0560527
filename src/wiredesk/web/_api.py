"""The JSON API under /api: the same views as the pages, as JSON, and one error shape:

    {"error": {"status": 404, "message": "no article 'ab12' in the store"}}
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from wiredesk.store import Store, browse
from wiredesk.web import _params, _views
from wiredesk.web._openapi import spec


def plain(value: Any) -> Any:
    """Records, tuples and dicts as JSON-ready values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def _numbered(pairs: list[tuple[int, Any]]) -> list[dict[str, Any]]:
    """(id, record) pairs as records with their id."""
    return [{"id": n, **plain(record)} for n, record in pairs]


def error(status: int, message: str) -> Response:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def overview(request: Request) -> Response:
    data = _views.overview(_store(request))
    data["contradictions"] = _numbered(data["contradictions"])
    return JSONResponse(data)


def articles(request: Request) -> Response:
    f = _params.filters(request, "source", "place", "since", "until")
    return JSONResponse(_views.articles(_store(request), f, _params.page(request)))


def article(request: Request) -> Response:
    store = _store(request)
    doc = _views.document(store, request.path_params["article_id"])
    return JSONResponse({**doc.to_dict(), "contradictions": _numbered(
        browse.contradictions(store, article_id=doc.article.id))})


def search(request: Request) -> Response:
    return JSONResponse(_views.search(_store(request), _params.text(request, "q")))


def claims(request: Request) -> Response:
    f = _params.filters(request, "speaker", "status", "since", "until", "place", "type", "q")
    data = _views.claims(_store(request), f, _params.page(request))
    return JSONResponse(data)


def contradictions(request: Request) -> Response:
    page = _params.page(request)
    found = browse.contradictions(
        _store(request), article_id=_params.text(request, "article"),
        limit=_params.PAGE_SIZE, offset=(page - 1) * _params.PAGE_SIZE)
    return JSONResponse({"page": page, "contradictions": _numbered(found),
                         "more": len(found) == _params.PAGE_SIZE})


def stories(request: Request) -> Response:
    data = _views.stories(_store(request), _params.text(request, "kind") or "event",
                          _params.page(request))
    data["stories"] = _numbered(data["stories"])
    return JSONResponse(data)


def story(request: Request) -> Response:
    data = _views.story(_store(request), request.path_params["story_id"])
    data["contradictions"] = _numbered(data["contradictions"])
    return JSONResponse(plain(data))


def places_geojson(request: Request) -> Response:
    f = _params.filters(request, "since", "until", "type", "kind")
    rows = _views.places_map(_store(request), f)["places"]
    return JSONResponse(_views.geojson(rows), media_type="application/geo+json",
                        headers={"content-disposition": 'attachment; filename="places.geojson"'})


def briefing(request: Request) -> Response:
    f = _params.filters(request, "since", "until", "about")
    data = _views.briefing(_store(request), f["since"], f["until"], f["about"])
    return JSONResponse({"briefing": data["briefing"].to_dict(),
                         "verification": data["verdicts"], "other_failures": data["unplaced"]})


def openapi(_request: Request) -> Response:
    return JSONResponse(spec())


def routes() -> list[Route]:
    return [
        Route("/api/overview", overview),
        Route("/api/articles", articles),
        Route("/api/articles/{article_id}", article),
        Route("/api/search", search),
        Route("/api/claims", claims),
        Route("/api/contradictions", contradictions),
        Route("/api/stories", stories),
        Route("/api/stories/{story_id:int}", story),
        Route("/api/places.geojson", places_geojson),
        Route("/api/brief", briefing),
        Route("/api/openapi.json", openapi),
    ]
