"""Open formats for query rows: GeoJSON for places and events, and an ACLED-style event
table (one row an event, with PLOVER codes, canonical actor ids, place and fatalities)."""

from __future__ import annotations

from typing import Any

__all__ = ["ACLED_COLUMNS", "acled", "geojson"]

Rows = list[dict[str, Any]]

ACLED_COLUMNS = (
    "event_id", "event_date", "plover_type", "plover_mode", "event_type", "mode", "status",
    "actor1", "actor1_id", "actor2", "actor2_id", "country", "admin1", "location",
    "latitude", "longitude", "fatalities", "source", "source_url", "published", "notes",
)


def geojson(rows: Rows) -> dict[str, Any]:
    """A FeatureCollection: one Point a row that has coordinates, the rest as properties."""
    features = [
        {"type": "Feature",
         "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
         "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")}}
        for row in rows if row.get("lat") is not None and row.get("lon") is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def _day(value: str | None) -> str | None:
    """The ISO day a TIMEX3 value or timestamp names ("2026-03-04T11:00" -> "2026-03-04")."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None


def acled(rows: Rows) -> Rows:
    """Event rows (`Store.events`) as ACLED-style rows, columns `ACLED_COLUMNS`; the event
    date is the event's own day, else its article's publication day."""
    return [{
        "event_id": f"{row['article_id']}-{row['ordinal']}",
        "event_date": _day(row["date"]) or _day(row["published"]),
        "plover_type": row["plover_code"],
        "plover_mode": row["plover_mode"],
        "event_type": row["type"],
        "mode": row["mode"],
        "status": row["status"],
        "actor1": row["actor"],
        "actor1_id": row["actor_id"],
        "actor2": row["target"],
        "actor2_id": row["target_id"],
        "country": row["country"],
        "admin1": row["admin1"],
        "location": row["place"],
        "latitude": row["lat"],
        "longitude": row["lon"],
        "fatalities": row["fatalities"],
        "source": row["source"],
        "source_url": row["url"],
        "published": row["published"],
        "notes": row["text"],
    } for row in rows]
