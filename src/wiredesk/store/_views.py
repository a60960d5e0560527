"""Views an analyst opens first (in datasette, sqlite-utils, psql): each claim, event and
figure with its source, publication date, speaker or sides and place, one row an item.

The SQL is plain enough for SQLite and PostgreSQL alike; `published_date` is the ISO date
of publication (YYYY-MM-DD), and an event's `date_iso` is its date when its TIMEX3 value
names a day.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from wiredesk.store.schema import LAYER_TABLES, Code

_ARTICLE = (
    "ar.published, substr(ar.published, 1, 10) AS published_date, s.name AS source, "
    "ar.url, ar.title"
)
_ARTICLE_JOIN = (
    "JOIN articles ar ON ar.seq = {t}.article LEFT JOIN sources s ON s.id = ar.source_id"
)
_PLACE = "pe.name AS place, pe.admin1, pe.country, pe.lat, pe.lon"
_ENTRY_JOIN = "LEFT JOIN place_entries pe ON pe.id = p.entry_id"  # what place `p` is


def _text(t: str, words: str = "text", span: str = "span", name: str = "text") -> str:
    """The item's `words` as `name`: as stored, else (stored NULL) the article's at their
    `span`."""
    return (f"coalesce({t}.{words}, substr(ar.text, {t}.{span}_start + 1, "
            f"{t}.{span}_end - {t}.{span}_start)) AS {name}")


def _word(t: str, layer: str, name: str) -> str:
    """A coded column (`schema.CODED`) of the row aliased `t` as its word."""
    code = LAYER_TABLES[layer].c[name].type
    assert isinstance(code, Code)
    whens = " ".join(f"WHEN {n} THEN '{word}'" for n, word in enumerate(code.words))
    return f"CASE {t}.{name} {whens} END AS {name}"


def _first_place_in(span: str) -> str:
    """Join `p`: the first resolved place inside the span of the row aliased `span`, not
    a demonym ("Russian" in "the Russian Defence Ministry said")."""
    return (
        f"LEFT JOIN places p ON p.article = {span}.article AND p.ordinal = ("
        f"SELECT min(q.ordinal) FROM places q WHERE q.article = {span}.article "
        f"AND q.span_start >= {span}.span_start AND q.span_end <= {span}.span_end "
        "AND q.entry_id IN (SELECT id FROM place_entries WHERE lat IS NOT NULL "
        "AND demonym IS NOT TRUE)) "
        f"{_ENTRY_JOIN}"
    )


VIEWS = {
    "claims_view": (
        "Each claim with its source, publication date, speaker (as written and canonical) "
        "and the first place it names.",
        f"SELECT ar.id AS article_id, a.ordinal, {_ARTICLE}, act.name AS speaker, "
        "act.type AS speaker_type, a.canonical_id AS speaker_id, ca.name AS speaker_canonical, "
        f"{_text('a', 'mention_text', 'mention', 'speaker_mention')}, "
        f"{_text('a', 'cue_text', 'cue', 'cue')}, {_word('a', 'attributions', 'kind')}, "
        f"{_word('a', 'attributions', 'status')}, ac.said_on, "
        f"{{via}} AS via, {_text('a')}, a.span_start, a.span_end, {_PLACE} "
        f"FROM attributions a {_ARTICLE_JOIN.format(t='a')} "
        "LEFT JOIN attribution_contexts ac ON ac.id = a.context_id "
        "LEFT JOIN actors act ON act.id = a.actor_id "
        "LEFT JOIN canonical_actors ca ON ca.id = a.canonical_id "
        f"{_first_place_in('a')}",
    ),
    "events_view": (
        "Each event with its PLOVER code, source, publication date, sides (canonical where "
        "known), resolved place with coordinates, and fatalities.",
        f"SELECT ar.id AS article_id, e.ordinal, {_ARTICLE}, ef.type, e.plover_code, "
        "e.plover_mode, ef.actor, e.actor_id, ca.name AS actor_canonical, ef.target, "
        "e.target_id, ct.name AS target_canonical, ef.date, "
        "CASE WHEN ef.date LIKE '____-__-__%' THEN substr(ef.date, 1, 10) END AS date_iso, "
        f"{_word('e', 'events', 'mode')}, {_word('e', 'events', 'status')}, e.fatalities, "
        f"{_text('e')}, e.span_start, e.span_end, {_PLACE} "
        f"FROM events e {_ARTICLE_JOIN.format(t='e')} "
        "LEFT JOIN event_findings ef ON ef.id = e.finding_id "
        "LEFT JOIN canonical_actors ca ON ca.id = e.actor_id "
        "LEFT JOIN canonical_actors ct ON ct.id = e.target_id "
        "LEFT JOIN places p ON p.article = e.article AND p.ordinal = e.place_ordinal "
        f"{_ENTRY_JOIN}",
    ),
    "figures_view": (
        "Each figure with its source, publication date, the speaker it was said by and the "
        "first place that statement names.",
        f"SELECT ar.id AS article_id, f.ordinal, {_ARTICLE}, f.value, fa.category, fa.qualifier, "
        f"fa.unit, f.about, f.date, {_text('f')}, f.span_start, f.span_end, act.name AS speaker, "
        f"a.canonical_id AS speaker_id, {_PLACE} "
        f"FROM figures f {_ARTICLE_JOIN.format(t='f')} "
        "LEFT JOIN figure_authorities fa ON fa.id = f.authority_id "
        "LEFT JOIN attributions a ON a.article = f.article AND a.ordinal = f.attribution "
        "LEFT JOIN actors act ON act.id = a.actor_id "
        f"{_first_place_in('a')}",
    ),
}


def drop_views(conn: Connection) -> None:
    """Drop every view (a column they read can then change)."""
    for name in VIEWS:
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")


def create_views(conn: Connection) -> None:
    """Migration step: (re)create every view; the reporting chain (`via`, JSON text) read
    as jsonb on PostgreSQL, through json() (checked, still text) on SQLite."""
    via = "CAST(ac.via AS jsonb)" if conn.dialect.name == "postgresql" else "json(ac.via)"
    drop_views(conn)
    for name, (_about, template) in VIEWS.items():
        # text(): a '%' in the SQL is no placeholder
        conn.execute(text(f"CREATE VIEW {name} AS {template.replace('{via}', via)}"))
