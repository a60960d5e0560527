"""The query functions behind `wiredesk claims/figures/events/places/stats`: plain dict rows.

Every row carries its article's id, source, url and published date and the item's span
and text, so a reader can go back to the words.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from functools import cache
from importlib.resources import files
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, Table, and_, func, or_, select

from wiredesk.store._derived import actor_id, canonical
from wiredesk.store._filters import one_of
from wiredesk.store._read import item_text, published_between
from wiredesk.store.schema import (
    LAYER_TABLES,
    PLACE_ENTRY,
    actors,
    articles,
    attribution_contexts,
    canonical_actors,
    event_findings,
    figure_authorities,
    place_entries,
    provenances,
    sources,
    stage_failures,
)

Rows = list[dict[str, Any]]


def _with_article(table: Table, *cols: Any) -> Select[Any]:
    """Select `cols` of `table` with the article's provenance and the item's span."""
    return (
        select(
            articles.c.id.label("article_id"),
            sources.c.name.label("source"),
            articles.c.url,
            articles.c.published,
            table.c.ordinal,
            table.c.span_start,
            table.c.span_end,
            item_text(table).label("text"),
            *cols,
        )
        .join(articles, articles.c.seq == table.c.article)
        .outerjoin(sources, sources.c.id == articles.c.source_id)
    )


def _run(conn: Connection, query: Select[Any], table: Table, since: str | None,
         until: str | None) -> Rows:
    query = query.where(*published_between(since, until)).order_by(
        articles.c.published, articles.c.seq, table.c.ordinal)
    rows = []
    for row in conn.execute(query).mappings():
        out = dict(row)
        out["span"] = [out.pop("span_start"), out.pop("span_end")]
        rows.append(out)
    return rows


def _named(speaker: str) -> ColumnElement[bool]:
    """Attributions whose speaker's name or mention is `speaker`, ignoring case and a
    leading "the" in the mention ("the Defence Ministry")."""
    t = LAYER_TABLES["attributions"]
    low = speaker.lower()
    return or_(func.lower(actors.c.name) == low,
               func.lower(item_text(t, "mention_text")).in_([low, f"the {low}"]))


def speaker_id(conn: Connection, speaker: str) -> str | None:
    """The canonical actor `speaker` means: the registry's ("Russian Defence Ministry"),
    else the one most attributions so named resolve to ("Defence Ministry", written
    "Russia's Defence Ministry" there), when it is most of them; else None."""
    found = canonical(speaker)
    if found is not None:
        return actor_id(found)
    t = LAYER_TABLES["attributions"]
    named = select(t.c.canonical_id).select_from(t.join(
        articles, articles.c.seq == t.c.article).outerjoin(
        actors, actors.c.id == t.c.actor_id)).where(_named(speaker))
    counts = Counter(conn.scalars(named))
    best = max((k for k in counts if k), key=counts.__getitem__, default=None)
    return best if best and counts[best] * 2 > counts.total() else None


def claims(conn: Connection, speaker: str | None, status: str | None, since: str | None,
           until: str | None) -> Rows:
    """Attributions; `speaker` matches the canonical name or the words naming the speaker."""
    return run_claims(conn, claims_query(conn, speaker, status), since, until)


def _ending_in(speaker: str) -> ColumnElement[bool]:
    """Attributions whose canonical actor's name ends in `speaker`: a short form several
    actors share ("Defence Ministry": the Russian and the Ukrainian one) reaches them all,
    each row naming which (`speaker_canonical`)."""
    low = speaker.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(canonical_actors.c.name).like(f"% {low}", escape="\\")


def claims_query(conn: Connection, speaker: str | None, status: str | None) -> Select[Any]:
    """The select behind `claims`, for callers that add conditions of their own (`conn`
    finds the canonical actor `speaker` means)."""
    t = LAYER_TABLES["attributions"]
    query = _with_article(
        t, actors.c.name.label("speaker"), actors.c.type.label("speaker_type"),
        t.c.canonical_id.label("speaker_id"), canonical_actors.c.name.label("speaker_canonical"),
        item_text(t, "mention_text").label("speaker_mention"),
        item_text(t, "cue_text").label("cue"), t.c.kind,
        t.c.status, attribution_contexts.c.said_on, attribution_contexts.c.via,
    ).outerjoin(actors, actors.c.id == t.c.actor_id).outerjoin(
        canonical_actors, canonical_actors.c.id == t.c.canonical_id).outerjoin(
        attribution_contexts, attribution_contexts.c.id == t.c.context_id)
    if speaker:
        found = speaker_id(conn, speaker)
        query = query.where(t.c.canonical_id == found if found else or_(
            _named(speaker), _ending_in(speaker)))
    if status:
        query = query.where(t.c.status == status)
    return query


def run_claims(conn: Connection, query: Select[Any], since: str | None,
               until: str | None) -> Rows:
    rows = _run(conn, query, LAYER_TABLES["attributions"], since, until)
    for row in rows:
        row["via"] = json.loads(row["via"])
    return rows


@cache
def lexicon_categories() -> set[str]:
    """The categories the figures lexicon names (data/figures.toml [nouns])."""
    text = files("wiredesk.data").joinpath("figures.toml").read_text(encoding="utf-8")
    return {"count", "casualties", *tomllib.loads(text)["nouns"].values()}


def figures(conn: Connection, category: str | None, since: str | None,
            until: str | None) -> Rows:
    t, e = LAYER_TABLES["figures"], figure_authorities
    query = _with_article(t, t.c.value, e.c.category, e.c.qualifier, e.c.unit, t.c.about,
                          t.c.date, t.c.attribution).outerjoin(e, e.c.id == t.c.authority_id)
    if category:
        stored = set(conn.scalars(select(e.c.category).distinct()))
        category = one_of(category, sorted(stored - {None} | lexicon_categories()),
                          "figure category")
        query = query.where(e.c.category == category)
    return _run(conn, query, t, since, until)


def events(conn: Connection, type_: str | None, since: str | None, until: str | None) -> Rows:
    t, f = LAYER_TABLES["events"], event_findings
    where, entry = LAYER_TABLES["places"].alias("where_"), place_entries.alias("entry")
    query = _with_article(
        t, f.c.type, t.c.plover_code, t.c.plover_mode, f.c.actor, t.c.actor_id, f.c.target,
        t.c.target_id, f.c.place, entry.c.admin1, entry.c.country, entry.c.lat, entry.c.lon,
        f.c.date, t.c.fatalities, t.c.mode, t.c.status, t.c.attribution,
    ).outerjoin(f, f.c.id == t.c.finding_id).outerjoin(
        where, and_(where.c.article == t.c.article, where.c.ordinal == t.c.place_ordinal)
    ).outerjoin(entry, entry.c.id == where.c.entry_id)
    if type_:
        query = query.where(func.lower(f.c.type) == type_.lower())
    return _run(conn, query, t, since, until)


def places(conn: Connection, name: str | None, since: str | None, until: str | None) -> Rows:
    t, e = LAYER_TABLES["places"], place_entries
    query = _with_article(t, *(e.c[name] for name in PLACE_ENTRY)).outerjoin(
        e, e.c.id == t.c.entry_id)
    if name:
        query = query.where(func.lower(e.c.name) == name.lower())
    return _run(conn, query, t, since, until)


PROVENANCE_COLUMNS = ("id", "title", "url", "author", "published", "ingested_at", "input_path",
                      "locator", "kind", "wiredesk_version", "model_name", "model_version",
                      "previous_version_id")  # in the order an article's row had them


def provenance(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """The article's provenance: where it came from, how its bytes were decoded, what
    extracted it and which stages failed on it."""
    cols = [articles.c[name] if name in articles.c else provenances.c[name]
            for name in PROVENANCE_COLUMNS]
    row = conn.execute(
        select(*cols, articles.c.extra,
               sources.c.name.label("source"))
        .outerjoin(sources, sources.c.id == articles.c.source_id)
        .outerjoin(provenances, provenances.c.id == articles.c.provenance_id)
        .where(articles.c.id == article_id)
    ).mappings().first()
    if row is None:
        return None
    found = dict(row)
    found["encoding"] = json.loads(found.pop("extra") or "{}").get("encoding")
    failed = select(stage_failures.c.stage, stage_failures.c.error).join(
        articles, articles.c.seq == stage_failures.c.article).where(
        articles.c.id == article_id).order_by(stage_failures.c.ordinal)
    found["failed_stages"] = [f"{stage} ({error})" for stage, error in conn.execute(failed)]
    return found


def stats(conn: Connection) -> dict[str, int]:
    """Row counts of the main tables, in a fixed order."""
    counted = {"articles": articles, "sources": sources, "actors": actors, **LAYER_TABLES}
    return {
        name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for name, table in counted.items()
    }
