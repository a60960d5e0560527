"""References (`crosscheck_refs`): stored once, as their articles tell them (no text
when it is the article's at the span, the words they repeat by name id), and read back as
`ItemRef` with their bodies."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, union, update

from wiredesk.crosscheck import outlet_of, with_bodies
from wiredesk.records import Document, ItemRef, Span
from wiredesk.store._crosscheck.tables import (
    GROUP_NAMED,
    NAMED,
    TOLD_NAMED,
    RefId,
    chunks,
    crosscheck_actor_sources,
    crosscheck_groups,
    crosscheck_names,
    crosscheck_refs,
    key_hash,
    of_articles,
    ref_id,
)
from wiredesk.store.schema import LAYER_TABLES, articles, sources

SPANNED = ("attributions", "events", "figures")  # the layers references are items of


@dataclass(slots=True)
class Batch:
    """What one round works with: the bodies known, and stored references by id."""

    conn: Connection
    bodies: dict[str, tuple[str, ...]]
    ids: dict[RefId, int]


def ref_row(ref: ItemRef, text: str, seq: int, item_span: Span | None = None
            ) -> dict[str, Any]:
    """A reference's row, its names as words (`named` gives their ids); `text` is its
    article's text and `seq` its row key (what the article holds, its text, outlet and
    date, is not repeated), `item_span` its item's span (its layer row holds it: the
    reference's span is NULL when it is that one, as it nearly always is)."""
    chain = ref.chain or (ref.source,)
    same = item_span is not None and tuple(ref.span) == tuple(item_span)
    return {"article": seq, "layer": ref.layer, "ordinal": ref.index,
            "span_start": None if same else ref.span[0],
            "span_end": None if same else ref.span[1],
            "text": None if text[ref.span[0]:ref.span[1]] == ref.text else ref.text,
            "source": ref.source, "value": ref.value, "revised": False, "group_id": None,
            "chain": None if chain == (ref.source,) else json.dumps(list(chain),
                                                                    ensure_ascii=False)}


def _stored_names(conn: Connection, words: Sequence[str]) -> dict[str, int]:
    n = crosscheck_names
    found: dict[str, int] = {}
    for part in chunks(words):
        found.update(conn.execute(select(n.c.text, n.c.id).where(
            n.c.hash.in_([key_hash(w) for w in part]))).all())
    return found


def name_ids(conn: Connection, words: Iterable[str | None]) -> dict[str, int]:
    """The id of each of these names, those not stored yet added."""
    wanted = sorted({w for w in words if w is not None})
    found = _stored_names(conn, wanted)
    missing = [w for w in wanted if w not in found]
    if missing:
        conn.execute(insert(crosscheck_names), name_rows(missing))
        found.update(_stored_names(conn, missing))
    return found


def drop_unused_names(conn: Connection) -> None:
    """Delete the names no reference, group or actor's count points at: a group written
    again (an actor counted again, a cluster grown or merged) leaves its older words
    behind."""
    t, g, a = crosscheck_refs, crosscheck_groups, crosscheck_actor_sources
    used = union(*(select(table.c[f"{k}_id"]).where(table.c[f"{k}_id"].is_not(None))
                   for table, keys in ((t, NAMED), (g, GROUP_NAMED), (a, TOLD_NAMED))
                   for k in keys))
    conn.execute(delete(crosscheck_names).where(crosscheck_names.c.id.notin_(used)))


def name_rows(words: Iterable[str]) -> list[dict[str, Any]]:
    """`crosscheck_names` rows of these words (without ids)."""
    return [{"hash": key_hash(w), "text": w} for w in words]


def named(row: dict[str, Any], ids: dict[str, int], keys: Sequence[str] = NAMED
          ) -> dict[str, Any]:
    """A row with the names of it among `keys` as their ids (`name_ids`)."""
    out = {k: v for k, v in row.items() if k not in keys}
    out.update({f"{k}_id": None if row[k] is None else ids[row[k]] for k in keys if k in row})
    return out


def name_aliases(keys: Sequence[str] = NAMED) -> dict[str, Any]:
    """`crosscheck_names` once for each of `keys`, to join a row's names by."""
    return {k: crosscheck_names.alias(f"{k}_name") for k in keys}


def item_spans(docs: Iterable[Document]) -> dict[tuple[str, str, int], Span]:
    """The span each item of these documents has in its layer's row (an attribution's is
    its content's), by (article, layer, index): what a reference's span is compared with."""
    out: dict[tuple[str, str, int], Span] = {}
    for doc in docs:
        aid = doc.article.id
        out.update({(aid, "attributions", i): a.content.span
                    for i, a in enumerate(doc.attributions)})
        for layer in SPANNED:
            if layer != "attributions":
                out.update({(aid, layer, i): x.span for i, x in enumerate(getattr(doc, layer))})
    return out


def with_item_spans(query: Any, layer: Any) -> tuple[Any, Any, Any]:
    """`query` over references joined to the items whose span they share (a reference's
    span is NULL then), and its span's start and end; `layer` is the joined name of its
    layer."""
    t = crosscheck_refs
    starts, ends = [t.c.span_start], [t.c.span_end]
    for name in SPANNED:
        item = LAYER_TABLES[name].alias(f"{name}_item")
        query = query.outerjoin(item, and_(t.c.span_start.is_(None), layer.c.text == name,
                                           item.c.article == t.c.article,
                                           item.c.ordinal == t.c.ordinal))
        starts.append(item.c.span_start)
        ends.append(item.c.span_end)
    return query, func.coalesce(*starts), func.coalesce(*ends)


def _ref_of(row: Any, bodies: dict[str, tuple[str, ...]]) -> ItemRef:
    chain = tuple(json.loads(row.chain)) if row.chain is not None else (row.source,)
    ref = ItemRef(row.article_id, row.layer, row.ordinal,
                  row.slice if row.text is None else row.text, (row.start, row.end),
                  row.source, outlet_of(row.article_source), row.article_published, row.value,
                  chain)
    return with_bodies(ref, bodies)


def _ref_query() -> Any:
    t, names = crosscheck_refs, name_aliases()
    joined = crosscheck_refs.join(articles, articles.c.seq == t.c.article).outerjoin(
        sources, sources.c.id == articles.c.source_id)
    for k, n in names.items():
        joined = joined.outerjoin(n, n.c.id == t.c[f"{k}_id"])
    joined, start, end = with_item_spans(joined, names["layer"])
    return select(t, start.label("start"), end.label("end"),
                  func.substr(articles.c.text, start + 1, end - start).label("slice"),
                  articles.c.published.label("article_published"),
                  articles.c.id.label("article_id"), sources.c.name.label("article_source"),
                  *(n.c.text.label(k) for k, n in names.items())).select_from(joined)


def article_seqs(conn: Connection, article_ids: Iterable[str]) -> dict[str, int]:
    """Each article's row key (`articles.seq`), which cross-check rows point at."""
    found: dict[str, int] = {}
    for part in chunks(sorted(set(article_ids))):
        found.update(conn.execute(select(articles.c.id, articles.c.seq)
                                  .where(articles.c.id.in_(part))).all())
    return found


def stored_ids(batch: Batch, article_ids: Iterable[str]) -> None:
    """Learn the ids of the stored references of these articles."""
    t, layer = crosscheck_refs, name_aliases()["layer"]
    joined, start, _ = with_item_spans(
        t.join(articles, articles.c.seq == t.c.article).join(layer, layer.c.id == t.c.layer_id),
        layer)
    for part in chunks(sorted(set(article_ids))):
        for row in batch.conn.execute(
                select(t.c.id, articles.c.id.label("article_id"), layer.c.text.label("layer"),
                       t.c.ordinal, start.label("start")).select_from(joined)
                .where(of_articles(articles.c.id.in_(part)))):
            batch.ids[(row.article_id, row.layer, row.ordinal, row.start)] = row.id


def store_refs(batch: Batch, refs: Iterable[ItemRef], texts: dict[str, str],
                seqs: dict[str, int], spans: dict[tuple[str, str, int], Span]) -> None:
    """Insert the references not stored yet (as their articles tell them; `spans` their
    items', `item_spans`)."""
    fresh = {ref_id(r): r for r in refs if ref_id(r) not in batch.ids}
    if not fresh:
        return
    rows = [ref_row(r, texts[r.article_id], seqs[r.article_id],
                    spans.get((r.article_id, r.layer, r.index))) for r in fresh.values()]
    ids = name_ids(batch.conn, (row[k] for row in rows for k in NAMED))
    batch.conn.execute(insert(crosscheck_refs), [named(row, ids) for row in rows])
    stored_ids(batch, {r[0] for r in fresh})


def as_told(ref: ItemRef, raw: dict[RefId, ItemRef]) -> ItemRef:
    """A reference with its chain as its article tells it (no bodies added)."""
    return raw.get(ref_id(ref), ref)


def refs_by_id(conn: Connection, ids: Iterable[int], bodies: dict[str, tuple[str, ...]]
                ) -> dict[int, ItemRef]:
    out = {}
    for part in chunks(sorted(set(ids))):
        for row in conn.execute(_ref_query().where(crosscheck_refs.c.id.in_(part))):
            out[row.id] = _ref_of(row, bodies)
    return out


def unspan(conn: Connection) -> None:
    """References' spans NULL where they are their items' (rows written with them whole:
    an older store's, a computed cross-check's)."""
    t, names = crosscheck_refs, crosscheck_names
    for name in SPANNED:
        item = LAYER_TABLES[name]
        conn.execute(update(t).where(
            t.c.span_start.is_not(None),
            t.c.layer_id.in_(select(names.c.id).where(names.c.text == name)),
            select(item.c.ordinal).where(
                item.c.article == t.c.article, item.c.ordinal == t.c.ordinal,
                item.c.span_start == t.c.span_start, item.c.span_end == t.c.span_end,
            ).exists()).values(span_start=None, span_end=None))
