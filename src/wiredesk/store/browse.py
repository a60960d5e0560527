"""Read queries for browsing a store page by page (the web page and its JSON API).

Every list is bounded by `limit` (at most `MAX_LIMIT`) and `offset`, so no request reads
a whole store; filters arrive as parameters of constant SQL.

    >>> store = Store.open("wiredesk.db", read_only=True)
    >>> browse.claims(store, place="Kharkiv", status="denied", limit=20)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, exists, func, or_, select

from wiredesk.records import Contradiction, Corroboration
from wiredesk.store import _queries
from wiredesk.store._crosscheck import (
    contradictions_of,
    corroborations_of,
    crosscheck_contradictions,
    crosscheck_groups,
    crosscheck_refs,
    crosscheck_side_refs,
    stored_bodies,
)
from wiredesk.store._crosscheck.groups import group_query
from wiredesk.store._crosscheck.tables import of_articles
from wiredesk.store._read import item_text, published_between
from wiredesk.store.schema import (
    articles,
    attributions,
    event_findings,
    events,
    place_entries,
    places,
    sources,
)

if TYPE_CHECKING:
    from wiredesk.store import Store

__all__ = [
    "MAX_LIMIT", "articles_per_day", "claims", "contradictions", "distinct_values",
    "list_articles", "map_places", "source_counts", "stories", "story",
]

MAX_LIMIT = 200
Rows = list[dict[str, Any]]


def _bounded(query: Select[Any], limit: int, offset: int) -> Select[Any]:
    return query.limit(max(1, min(limit, MAX_LIMIT))).offset(max(0, offset))


def _like(words: str) -> str:
    """A LIKE pattern holding `words` literally (`%` and `_` escaped with `\\`)."""
    escaped = words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def source_counts(store: Store) -> Rows:
    """Each source with its number of articles and first and last publication."""
    query = (
        select(sources.c.name.label("source"), func.count(articles.c.id).label("articles"),
               func.min(articles.c.published).label("first"),
               func.max(articles.c.published).label("last"))
        .join(articles, articles.c.source_id == sources.c.id)
        .group_by(sources.c.name).order_by(func.count(articles.c.id).desc(), sources.c.name)
    )
    with store._reading() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def articles_per_day(store: Store) -> Rows:
    """How many articles were published each day (unknown dates left out), oldest first."""
    day = func.substr(articles.c.published, 1, 10)
    query = (select(day.label("day"), func.count().label("articles"))
             .where(articles.c.published.is_not(None)).group_by(day).order_by(day))
    with store._reading() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def list_articles(store: Store, source: str | None = None, place: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = 50,
                  offset: int = 0) -> Rows:
    """Article heads (no text), newest first; `place` keeps those naming that place."""
    query = (
        select(articles.c.id, articles.c.title, sources.c.name.label("source"),
               articles.c.url, articles.c.published)
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .where(*published_between(since, until))
        .order_by(articles.c.published.desc(), articles.c.seq.desc())
    )
    if source:
        query = query.where(sources.c.name == source)
    if place:
        query = query.where(exists().where(
            places.c.article == articles.c.seq, places.c.entry_id.in_(_entries_named(place))))
    with store._reading() as conn:
        return [dict(r) for r in conn.execute(_bounded(query, limit, offset)).mappings()]


def claims(store: Store, speaker: str | None = None, status: str | None = None,
           since: str | None = None, until: str | None = None, place: str | None = None,
           event_type: str | None = None, text: str | None = None, limit: int = 50,
           offset: int = 0) -> Rows:
    """`Store.claims` with more filters and a page: `place` named inside the claim,
    an event of `event_type` told in it, `text` among its words."""
    with store._reading() as conn:
        return _queries.run_claims(conn, _bounded(_claims_where(
            _queries.claims_query(conn, speaker, status), place, event_type, text),
            limit, offset), since, until)


def _claims_where(query: Select[Any], place: str | None, event_type: str | None,
                  text: str | None) -> Select[Any]:
    """Claims naming `place`, telling an event of `event_type`, holding `text`."""
    t = attributions
    if place:
        query = query.where(exists().where(
            places.c.article == t.c.article, places.c.entry_id.in_(_entries_named(place)),
            places.c.span_start >= t.c.span_start, places.c.span_end <= t.c.span_end))
    if event_type:
        query = query.where(exists().where(
            events.c.article == t.c.article, events.c.finding_id.in_(_findings(event_type)),
            or_(events.c.attribution == t.c.ordinal,
                and_(events.c.span_start >= t.c.span_start,
                     events.c.span_end <= t.c.span_end))))
    if text:
        query = query.where(func.lower(item_text(t)).like(_like(text), escape="\\"))
    return query


def _findings(event_type: str) -> Select[Any]:
    """The ids of the event findings (`event_findings`: an event's type and words) of
    this type (any case)."""
    return select(event_findings.c.id).where(
        func.lower(event_findings.c.type) == event_type.lower())


def _entries_named(place: str) -> Select[Any]:
    """The ids of the gazetteer entries named `place` (any case)."""
    return select(place_entries.c.id).where(func.lower(place_entries.c.name) == place.lower())


def distinct_values(store: Store) -> dict[str, list[str]]:
    """The values the filters offer: statuses, event types, place kinds."""
    columns = {"status": attributions.c.status, "event_type": event_findings.c.type,
               "place_kind": place_entries.c.kind}
    with store._reading() as conn:
        return {name: [v for v in conn.scalars(select(col).distinct().order_by(col)) if v]
                for name, col in columns.items()}


def _touching(article_ids: list[str]) -> Select[Any]:
    """The ids of the contradictions with a report of one of these articles on a side."""
    sd, r = crosscheck_side_refs, crosscheck_refs
    return (select(sd.c.contradiction_id).join(r, r.c.id == sd.c.ref_id)
            .where(of_articles(articles.c.id.in_(article_ids))))


def contradictions(store: Store, article_id: str | None = None, limit: int = 50,
                   offset: int = 0) -> list[tuple[int, Contradiction]]:
    """Stored contradictions, newest found first, each with its id; `article_id` keeps
    those with that article on one side."""
    t = crosscheck_contradictions
    query = select(t).order_by(t.c.id.desc())
    if article_id:
        query = query.where(t.c.id.in_(_touching([article_id])))
    with store._reading() as conn:
        rows = list(conn.execute(_bounded(query, limit, offset)))
        found = contradictions_of(conn, rows, stored_bodies(conn))
    return [(r.id, c) for r, c in zip(rows, found, strict=True)]


def stories(store: Store, kind: str = "event", limit: int = 50,
            offset: int = 0) -> list[tuple[int, Corroboration]]:
    """Corroborated groups of one kind (event, claim, figure), most sources first."""
    g = crosscheck_groups
    query = group_query().where(g.c.kind == kind).order_by(g.c.n_sources.desc(), g.c.id)
    with store._reading() as conn:
        rows = list(conn.execute(_bounded(query, limit, offset)))
        found = corroborations_of(conn, rows, stored_bodies(conn))
    return [(r.id, c) for r, c in zip(rows, found, strict=True)]


def story(store: Store, story_id: int) -> tuple[Corroboration, list[Corroboration],
                                                list[tuple[int, Contradiction]]] | None:
    """One group, the figure groups reported in its articles, and the contradictions
    touching its articles; None when no group has this id."""
    g, r, c = crosscheck_groups, crosscheck_refs, crosscheck_contradictions
    with store._reading() as conn:
        row = conn.execute(group_query().where(g.c.id == story_id, g.c.kind != "actor")).first()
        if row is None:
            return None
        bodies = stored_bodies(conn)
        group = corroborations_of(conn, [row], bodies)[0]
        ids = sorted({ref.article_id for ref in group.items})
        in_articles = select(r.c.group_id).where(  # figure groups are clusters
            of_articles(articles.c.id.in_(ids)))
        figure_rows = list(conn.execute(group_query().where(
            g.c.kind == "figure", g.c.id.in_(in_articles)).order_by(g.c.id)))
        clash_rows = list(conn.execute(select(c).where(c.c.id.in_(_touching(ids)))
                                       .order_by(c.c.id)))
        figures = corroborations_of(conn, figure_rows, bodies)
        clashes = contradictions_of(conn, clash_rows, bodies)
    return group, figures, [(x.id, y) for x, y in zip(clash_rows, clashes, strict=True)]


def map_places(store: Store, since: str | None = None, until: str | None = None,
               event_type: str | None = None, kind: str | None = None,
               limit: int = MAX_LIMIT) -> Rows:
    """Resolved places with coordinates, one row a place: mentions and articles counted,
    most mentioned first; `event_type` keeps places that an event of that type names."""
    p, e = places, place_entries
    query = (
        select(e.c.name, e.c.kind, e.c.country, e.c.lat, e.c.lon,
               func.count().label("mentions"),
               func.count(func.distinct(p.c.article)).label("articles"))
        .select_from(p).join(e, e.c.id == p.c.entry_id)
        .where(e.c.lat.is_not(None), e.c.lon.is_not(None))
        .group_by(e.c.name, e.c.kind, e.c.country, e.c.lat, e.c.lon)
        .order_by(func.count().desc(), e.c.name)
    )
    if since or until:
        query = query.join(articles, articles.c.seq == p.c.article).where(
            *published_between(since, until))
    if kind:
        query = query.where(e.c.kind == kind)
    if event_type:
        query = query.where(exists().where(
            events.c.article == p.c.article, events.c.finding_id.in_(select(
                event_findings.c.id).where(
                func.lower(event_findings.c.type) == event_type.lower(),
                func.lower(event_findings.c.place) == func.lower(e.c.name)))))
    with store._reading() as conn:
        return [dict(r) for r in conn.execute(_bounded(query, limit, 0)).mappings()]
