"""What each page shows, gathered from the library; the HTML pages and the JSON API both
render these, so the two never disagree. No SQL and no rule of their own here: the store's
`browse` queries, `Store` methods and `wiredesk.brief` do the work."""

from __future__ import annotations

import re
from typing import Any

from starlette.exceptions import HTTPException

from wiredesk.brief import brief, verify_briefing
from wiredesk.records import Briefing, Document
from wiredesk.store import Store, browse
from wiredesk.store._crosscheck import load_crosscheck
from wiredesk.web import _highlight
from wiredesk.web._params import PAGE_SIZE

MAX_BRIEF_ARTICLES = 2000  # a briefing over more is refused: narrow the dates
_CITE = re.compile(r"\[(\d+)\](?:-\[(\d+)\])?")  # "[7]" or a run "[7]-[13]"


def overview(store: Store) -> dict[str, Any]:
    return {
        "stats": store.stats(),
        "sources": browse.source_counts(store),
        "per_day": browse.articles_per_day(store),
        "contradictions": browse.contradictions(store, limit=10),
    }


def document(store: Store, article_id: str) -> Document:
    """The stored document, or a 404."""
    found = next(iter(store.documents(ids=[article_id])), None) \
        if re.fullmatch(r"[0-9a-f]{1,64}", article_id) else None
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return found


def article(store: Store, article_id: str, cited: tuple[int, int] | None) -> dict[str, Any]:
    doc = document(store, article_id)
    records = _highlight.records(doc)
    return {
        "doc": doc,
        "records": records,
        "segments": _highlight.segments(doc.article.text, records, cited),
        "cited": cited,
        "contradictions": browse.contradictions(store, article_id=article_id),
    }


def search(store: Store, query: str | None) -> dict[str, Any]:
    return {"query": query, "results": store.search(query, limit=PAGE_SIZE) if query else []}


def articles(store: Store, f: dict[str, str | None], page: int) -> dict[str, Any]:
    rows = browse.list_articles(store, source=f.get("source"), place=f.get("place"),
                                since=f.get("since"), until=f.get("until"), limit=PAGE_SIZE,
                                offset=(page - 1) * PAGE_SIZE)
    return {"filters": f, "page": page, "articles": rows, "more": len(rows) == PAGE_SIZE}


def claims(store: Store, f: dict[str, str | None], page: int) -> dict[str, Any]:
    rows = browse.claims(store, speaker=f.get("speaker"), status=f.get("status"),
                         since=f.get("since"), until=f.get("until"), place=f.get("place"),
                         event_type=f.get("type"), text=f.get("q"), limit=PAGE_SIZE,
                         offset=(page - 1) * PAGE_SIZE)
    return {"filters": f, "page": page, "claims": rows, "more": len(rows) == PAGE_SIZE,
            "choices": browse.distinct_values(store)}


def stories(store: Store, kind: str, page: int) -> dict[str, Any]:
    if kind not in ("event", "claim", "figure"):
        raise HTTPException(400, "kind must be event, claim or figure")
    found = browse.stories(store, kind, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return {"kind": kind, "page": page, "stories": found, "more": len(found) == PAGE_SIZE}


def story(store: Store, story_id: int) -> dict[str, Any]:
    found = browse.story(store, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id}")
    group, figures, clashes = found
    seen: dict[str, int] = {}
    reports = []
    for n, ref in enumerate(group.items):
        # a report whose originator an earlier report already gave adds no new source
        reports.append({"ref": ref, "copy_of": seen.get(ref.source)})
        seen.setdefault(ref.source, n)
    return {"id": story_id, "story": group, "reports": reports, "figures": figures,
            "contradictions": clashes}


def places_map(store: Store, f: dict[str, str | None]) -> dict[str, Any]:
    rows = browse.map_places(store, since=f.get("since"), until=f.get("until"),
                             event_type=f.get("type"), kind=f.get("kind"))
    return {"filters": f, "places": rows, "choices": browse.distinct_values(store),
            "view": _view_box(rows)}


def _view_box(rows: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """The map's window (x, y, width, height in degrees, y = -latitude): the points with a
    margin, twice as wide as high, at least 30 degrees wide, inside the world."""
    if not rows:
        return -180.0, -90.0, 360.0, 180.0
    lons, lats = [r["lon"] for r in rows], [-r["lat"] for r in rows]
    width = min(360.0, max(30.0, max(lons) - min(lons) + 10, 2 * (max(lats) - min(lats) + 10)))
    x = min(max(-180.0, (max(lons) + min(lons) - width) / 2), 180.0 - width)
    y = min(max(-90.0, (max(lats) + min(lats)) / 2 - width / 4), 90.0 - width / 2)
    return round(x, 2), round(y, 2), width, width / 2


def geojson(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Map rows as a GeoJSON FeatureCollection of points."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
         "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}}
        for r in rows]}


def briefing(store: Store, since: str | None, until: str | None,
             about: str | None) -> dict[str, Any]:
    """A briefing over the stored cross-check, and each sentence's verification."""
    docs: list[Document] = []
    for doc in store.documents(since, until):
        docs.append(doc)
        if len(docs) > MAX_BRIEF_ARTICLES:
            raise HTTPException(400, f"more than {MAX_BRIEF_ARTICLES} articles in these dates:"
                                " narrow them")
    made = brief(docs, load_crosscheck(store, since, until, actors=False), since=since,
                 until=until, about=about)
    by_id = {d.article.id: d for d in docs}
    failures = verify_briefing(made.to_json(), by_id.get) if made.stories else []
    return {"briefing": made, "citations": {c.n: c for c in made.citations},
            "verdicts": _verdicts(made, failures),
            "unplaced": [f for f in failures if not _placed(made, f)]}


def _sentence_texts(made: Briefing) -> list[str]:
    return [s.text for story in made.stories for s in story.sentences]


def _placed(made: Briefing, failure: str) -> bool:
    return any(failure.endswith(": " + text) for text in _sentence_texts(made))


def _verdicts(made: Briefing, failures: list[str]) -> dict[str, list[str]]:
    """Each sentence's failures (verify_briefing ends every line with the sentence)."""
    return {text: [f[: -len(text) - 2] for f in failures if f.endswith(": " + text)]
            for text in _sentence_texts(made)}


def cited_parts(text: str) -> list[tuple[str, int | None]]:
    """A briefing sentence as text pieces and citation numbers, in order; a shortened run
    ("[7]-[13]") is given back whole, one link a citation, so every source stays reachable."""
    parts: list[tuple[str, int | None]] = []
    last = 0
    for m in _CITE.finditer(text):
        if m.start() > last:
            parts.append((text[last:m.start()], None))
        first, end = int(m[1]), int(m[2] or m[1])
        parts += [(f"[{n}]", n) for n in range(first, max(first, end) + 1)]
        last = m.end()
    if last < len(text):
        parts.append((text[last:], None))
    return parts
