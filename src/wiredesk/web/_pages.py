"""The HTML pages: each route reads its parameters, asks `_views`, renders a template."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from wiredesk.store import Store
from wiredesk.web import _params, _views

_env = Environment(loader=PackageLoader("wiredesk.web", "templates"), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True)


def _web_url(url: str | None) -> str | None:
    """A link only for http(s) URLs: a `javascript:` URL stays text."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _with(params: dict[str, Any], **changes: Any) -> str:
    """The query string of `params` with `changes`, empty values left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _cite_href(article_id: str, span: tuple[int, int] | list[int]) -> str:
    return f"/article/{article_id}?hl={span[0]}-{span[1]}#hl"


_env.globals.update(web_url=_web_url, with_params=_with, cite_href=_cite_href,
                    cited_parts=_views.cited_parts)


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(name).render(**context), status_code=status)


def error(request: Request, status: int, message: str) -> Response:
    return render("error.html", status=status, status_code=status, message=message)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def overview(request: Request) -> Response:
    return render("overview.html", **_views.overview(_store(request)))


def search(request: Request) -> Response:
    return render("search.html", **_views.search(_store(request), _params.text(request, "q")))


def articles(request: Request) -> Response:
    f = _params.filters(request, "source", "place", "since", "until")
    return render("articles.html", **_views.articles(_store(request), f, _params.page(request)))


def article(request: Request) -> Response:
    data = _views.article(_store(request), request.path_params["article_id"],
                          _params.span(request))
    return render("article.html", **data)


def claims(request: Request) -> Response:
    f = _params.filters(request, "speaker", "status", "since", "until", "place", "type", "q")
    return render("claims.html", **_views.claims(_store(request), f, _params.page(request)))


def stories(request: Request) -> Response:
    kind = _params.text(request, "kind") or "event"
    return render("stories.html", **_views.stories(_store(request), kind, _params.page(request)))


def story(request: Request) -> Response:
    return render("story.html", **_views.story(_store(request), request.path_params["story_id"]))


def places_map(request: Request) -> Response:
    f = _params.filters(request, "since", "until", "type", "kind")
    return render("map.html", **_views.places_map(_store(request), f))


def briefing(request: Request) -> Response:
    f = _params.filters(request, "since", "until", "about")
    data: dict[str, Any] = {"filters": f}
    if any(f.values()) or request.query_params.get("all"):
        data |= _views.briefing(_store(request), f["since"], f["until"], f["about"])
    return render("brief.html", **data)


def static(request: Request) -> Response:
    found = request.app.state.assets.get(request.path_params["name"])
    if found is None:
        raise HTTPException(404, "no such asset")
    body, media_type = found
    return Response(body, media_type=media_type,
                    headers={"cache-control": "public, max-age=3600"})


def routes() -> list[Route]:
    return [
        Route("/", overview),
        Route("/search", search),
        Route("/articles", articles),
        Route("/article/{article_id}", article),
        Route("/claims", claims),
        Route("/stories", stories),
        Route("/story/{story_id:int}", story),
        Route("/map", places_map),
        Route("/brief", briefing),
        Route("/static/{name}", static),
    ]
