"""Records to rows and back: the one place that knows both shapes.

Fields a table has no column for go into the row's `extra` JSON, so a record type
that gains a field still round-trips exactly (`doc == rebuilt doc`). A field most rows
hold has a column of its own: a span in two (`clause_start`, `clause_end`), a list as
JSON text, and an event's `plover_mode` is `found_mode` (`plover_mode` is derived).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import MISSING, Field, asdict, fields, is_dataclass
from typing import Any

from wiredesk.records import (
    Article,
    Attribution,
    Check,
    Event,
    Figure,
    Mention,
    Origin,
    OtherSide,
    Place,
    Speaker,
    StageFailure,
    TimeExpr,
)

Row = dict[str, Any]

# Record fields each table stores in columns of its own (everything else goes to `extra`).
_ARTICLE_FIELDS = {"text", "published", "title", "source", "url", "author", "origin"}
_ITEM_FIELDS = {"article_id", "span", "text", "extractor", "explanation"}
_LAYER_FIELDS: dict[type, set[str]] = {
    Attribution: {"article_id", "content", "kind", "speaker", "cue", "said_on", "via", "status",
                  "extractor", "explanation"},
    TimeExpr: _ITEM_FIELDS | {"value", "type", "mod", "anchor"},
    Place: _ITEM_FIELDS | {"name", "kind", "country", "admin1", "geonameid", "lat", "lon",
                           "direction", "demonym", "area", "compound", "in_dateline",
                           "guessed_at", "partial"},
    Figure: _ITEM_FIELDS | {"value", "category", "qualifier", "unit", "about", "attribution",
                            "date", "alt_value", "alt_unit", "total", "authority", "via",
                            "clause", "harm", "outcome", "part"},
    Check: _ITEM_FIELDS | {"kind", "holds", "detail", "figures"},
    Event: _ITEM_FIELDS | {"type", "actor", "target", "place", "date", "mode", "status",
                           "attribution", "plover", "plover_mode", "instrument", "lat", "lon",
                           "geonameid", "killed", "wounded", "figures", "main", "actor_text"},
}
# Columns of words stored NULL when they are the article's text at their span, with the
# prefix of that span's columns (`span_start`, `span_end`).
SPANNED_WORDS = {"text": "span", "mention_text": "mention", "cue_text": "cue"}
# A field's column where it is not the field's name (a derived column has that name).
_COLUMN: dict[tuple[type, str], str] = {(Event, "plover_mode"): "found_mode"}
LAYER_RECORDS = {
    "attributions": Attribution,
    "times": TimeExpr,
    "places": Place,
    "figures": Figure,
    "checks": Check,
    "events": Event,
}


def _default(f: Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    return f.default_factory() if f.default_factory is not MISSING else MISSING


def _extra(record: Any, known: set[str]) -> str | None:
    """The fields without a column of their own, those holding their default left out
    (read back, the record takes its default again): most rows store nothing here."""
    more = {
        f.name: value
        for f in fields(record)
        if f.init and f.name not in known  # `init=False` fields are computed, not stored
        and (value := getattr(record, f.name)) != _default(f)
    }
    return json.dumps(more, ensure_ascii=False, default=_plain) if more else None


def _plain(value: Any) -> Any:
    """A record kept in `extra` (an attribution's `other_side`) as JSON."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"{type(value).__name__} has no JSON shape in a row's extra")


def _other_side(value: dict[str, Any]) -> OtherSide:
    """An `OtherSide` back from its JSON: four mentions and a flag."""
    def mention(name: str) -> Mention:
        return Mention(value[name]["text"], tuple(value[name]["span"]))

    return OtherSide(mention("first"), mention("speaker"), mention("cue"), mention("content"),
                     judged_untrue=bool(value.get("judged_untrue", False)))


def _tuples(value: Any) -> Any:
    """JSON lists back to the tuples frozen records hold."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def _unextra(text: str | None) -> dict[str, Any]:
    return _tuples(json.loads(text)) if text else {}


def split_extra(layer: str, extra: str | None, names: Iterable[str]) -> Row:
    """The fields `names` of an `extra` JSON, as stored before they had columns, in their
    columns (their default when absent), with `extra` as it is without them."""
    cls = LAYER_RECORDS[layer]
    more = _unextra(extra)
    defaults = {f.name: _default(f) for f in fields(cls)}
    row: Row = {}
    for name in names:
        row.update(_columns(cls, name, more.pop(name, defaults[name])))
    row["extra"] = json.dumps(more, ensure_ascii=False) if more else None
    return row


def article_row(article: Article) -> Row:
    """The article's own columns (not its source, ids or provenance of the run)."""
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "author": article.author,
        "published": article.published,
        "input_path": article.origin.path,
        "locator": article.origin.locator,
        "kind": article.origin.kind,
        "extra": _extra(article, _ARTICLE_FIELDS),
    }


def article_from_row(row: Row, source: str | None) -> Article:
    return Article(
        text=row["text"],
        published=row["published"],
        title=row["title"],
        source=source,
        url=row["url"],
        author=row["author"],
        origin=Origin(path=row["input_path"], locator=row["locator"], kind=row["kind"]),
        **_unextra(row["extra"]),
    )


def _span_cols(prefix: str, mention: Mention | None) -> Row:
    if mention is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {
        f"{prefix}_start": mention.span[0],
        f"{prefix}_end": mention.span[1],
        f"{prefix}_text": mention.text,
    }


def _mention(row: Row, prefix: str) -> Mention | None:
    """The mention of these columns; a reader gave back words stored NULL (`SPANNED_WORDS`)."""
    if row[f"{prefix}_start"] is None:
        return None
    return Mention(row[f"{prefix}_text"], (row[f"{prefix}_start"], row[f"{prefix}_end"]))


def actor_key(speaker: Speaker) -> tuple[str, str] | None:
    """The `(name, type)` an actors row is found by, or None when the speaker is unknown."""
    if speaker.name is None and speaker.type is None:
        return None
    return (speaker.name or "", speaker.type or "")


def speaker_from(name: str | None, type_: str | None, row: Row) -> Speaker:
    return Speaker(
        name=name or None,
        mention=_mention(row, "mention"),
        type=type_ or None,
        role=row["speaker_role"],
    )


def item_row(article_id: str, ordinal: int, item: Any, actor_id: int | None = None) -> Row:
    """One row of a layer table; `actor_id` is the speaker's, for attributions."""
    known = _LAYER_FIELDS[type(item)]
    row: Row = {
        "article_id": article_id,
        "ordinal": ordinal,
        "extractor": item.extractor,
        "explanation": item.explanation,
        "extra": _extra(item, known),
    }
    if isinstance(item, Attribution):
        mention = item.speaker.mention
        row.update(
            span_start=item.content.span[0],
            span_end=item.content.span[1],
            text=item.content.text,
            kind=item.kind,
            actor_id=actor_id,
            speaker_role=item.speaker.role,
            **_span_cols("mention", mention),
            **_span_cols("cue", item.cue),
            said_on=item.said_on,
            via=json.dumps(list(item.via), ensure_ascii=False),
            status=item.status,
        )
        return row
    row.update(span_start=item.span[0], span_end=item.span[1], text=item.text)
    linked = {"figures"} if isinstance(item, Check) else set()  # in `check_figures`
    for name in known - _ITEM_FIELDS - linked:
        row.update(_columns(type(item), name, getattr(item, name)))
    return row


def _columns(cls: type, name: str, value: Any) -> Row:
    """A field's value in its column (or columns)."""
    if name == "clause":
        return {"clause_start": value and value[0], "clause_end": value and value[1]}
    if name == "figures":
        return {name: json.dumps(list(value)) if value else None}
    return {_COLUMN.get((cls, name), name): value}


def _field(cls: type, name: str, row: Row) -> Any:
    """A field's value back from its column (or columns)."""
    if name == "clause":
        return None if row["clause_start"] is None else (row["clause_start"], row["clause_end"])
    if name == "figures":
        return tuple(json.loads(row[name])) if row[name] else ()
    return row[_COLUMN.get((cls, name), name)]


def item_from_row(layer: str, row: Row, speaker: Speaker | None = None,
                  check_figures: tuple[int, ...] = ()) -> Any:
    """Rebuild one record of `layer`; attributions take their `speaker` ready-made."""
    cls = LAYER_RECORDS[layer]
    extra = _unextra(row["extra"])
    if cls is Attribution:
        if "other_side" in extra:
            extra["other_side"] = _other_side(extra["other_side"])
        return Attribution(
            article_id=row["article_id"],
            content=Mention(row["text"], (row["span_start"], row["span_end"])),
            kind=row["kind"],
            speaker=speaker or Speaker(None, None),
            cue=_mention(row, "cue"),
            said_on=row["said_on"],
            via=tuple(json.loads(row["via"])),
            status=row["status"],
            extractor=row["extractor"],
            explanation=row["explanation"],
            **extra,
        )
    known = _LAYER_FIELDS[cls] - _ITEM_FIELDS - {"figures"}
    values = {name: _field(cls, name, row) for name in known}
    if cls is Check:
        values["figures"] = check_figures
    elif "figures" in _LAYER_FIELDS[cls]:
        values["figures"] = _field(cls, "figures", row)
    return cls(
        article_id=row["article_id"],
        text=row["text"],
        span=(row["span_start"], row["span_end"]),
        extractor=row["extractor"],
        explanation=row["explanation"],
        **values,
        **extra,
    )


def failure_row(article_id: str, ordinal: int, failure: StageFailure) -> Row:
    return {
        "article_id": article_id,
        "ordinal": ordinal,
        "stage": failure.stage,
        "kind": failure.kind,
        "error": failure.error,
        "message": failure.message,
        "text_offset": failure.offset,
    }


def failure_from_row(row: Row) -> StageFailure:
    return StageFailure(row["stage"], row["kind"], row["error"], row["message"],
                        row["text_offset"])
