"""The API's OpenAPI 3.1 description, written from one table of its operations."""

from __future__ import annotations

from typing import Any

from wiredesk import __version__

_DATE = {"type": "string", "format": "date"}
_TEXT = {"type": "string", "maxLength": 200}
_PAGE = {"type": "integer", "minimum": 1, "maximum": 1000, "default": 1}

# path: (summary, query parameters, path parameter or None)
OPERATIONS: dict[str, tuple[str, dict[str, dict[str, Any]], str | None]] = {
    "/api/overview": ("Counts, sources, articles per day, newest contradictions", {}, None),
    "/api/articles": ("Article heads, newest first (50 a page)", {
        "source": _TEXT, "place": _TEXT, "since": _DATE, "until": _DATE, "page": _PAGE}, None),
    "/api/articles/{article_id}": ("One article with every layer and its contradictions",
                                   {}, "article_id"),
    "/api/search": ("Articles holding every word of q, best first", {"q": _TEXT}, None),
    "/api/claims": ("Attributions filtered (50 a page)", {
        "speaker": _TEXT, "status": _TEXT, "since": _DATE, "until": _DATE, "place": _TEXT,
        "type": _TEXT, "q": _TEXT, "page": _PAGE}, None),
    "/api/contradictions": ("Contradictions, newest found first (50 a page)", {
        "article": _TEXT, "page": _PAGE}, None),
    "/api/stories": ("Corroborated groups of one kind, most sources first (50 a page)", {
        "kind": {"type": "string", "enum": ["event", "claim", "figure"]}, "page": _PAGE},
        None),
    "/api/stories/{story_id}": ("Every report of one group, its figures and contradictions",
                                {}, "story_id"),
    "/api/places.geojson": ("Resolved places as GeoJSON points", {
        "since": _DATE, "until": _DATE, "type": _TEXT, "kind": _TEXT}, None),
    "/api/brief": ("A cited briefing and each sentence's verification", {
        "since": _DATE, "until": _DATE, "about": _TEXT}, None),
}

_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["status", "message"],
    "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}}


def _operation(summary: str, query: dict[str, dict[str, Any]], path_param: str | None
               ) -> dict[str, Any]:
    params = [{"name": n, "in": "query", "required": False, "schema": s}
              for n, s in query.items()]
    if path_param:
        kind = "integer" if path_param == "story_id" else "string"
        params.insert(0, {"name": path_param, "in": "path", "required": True,
                          "schema": {"type": kind}})
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {"get": {"summary": summary, "parameters": params, "responses": {
        "200": {"description": "OK", "content": {"application/json": {}}},
        "400": {"description": "A parameter is malformed", **error},
        "404": {"description": "Nothing has this id", **error}}}}


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "wiredesk", "version": __version__,
                 "description": "Read-only access to a wiredesk store."},
        "paths": {path: _operation(*op) for path, op in OPERATIONS.items()},
        "components": {"schemas": {"Error": _ERROR}},
    }
