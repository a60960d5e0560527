"""Cross-checking's tables, filled batch by batch, and the functions that read them.

Compact and incremental: an item is stored once (`crosscheck_refs`, typed columns), a
corroborated cluster as its members (`crosscheck_members`), never as all its pairs; a new
batch of articles is compared only with the stored articles it shares an index key with
(`crosscheck_keys`, see `blocking.index_keys`), its links join or merge the clusters they
touch, and only those clusters are rewritten; an actor's group is counted from its
sources' counts (`crosscheck_actor_sources`), never read whole. Pairwise clashes are
kept (`crosscheck_clashes`) and told once per contested thing
(`crosscheck_contradictions`, `crosscheck_sides`): a batch tells again only the clashes
it reaches (`_clashing`). A reference's chain is
stored as its article tells it; the bodies people speak for (`crosscheck_bodies`, from
every article) are added when it is read, as a full cross-check would.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from wiredesk.crosscheck import (
    bodied,
    compare,
    current,
    grouped,
    items_by_doc,
)
from wiredesk.crosscheck._clusters import (
    Groups,
    RefKey,
    actor_refs,
    corroboration,
    counted_sources,
    ref_key,
    ref_order,
)
from wiredesk.crosscheck._group import contradiction_order
from wiredesk.crosscheck._sources import (
    chain_with_bodies,
    outlet_of,
    people_bodies,
    with_bodies,
)
from wiredesk.crosscheck._text import normalise
from wiredesk.crosscheck.blocking import index_keys
from wiredesk.records import Contradiction, Corroboration, CrossCheck, ItemRef, Link
from wiredesk.store._read import published_between
from wiredesk.store.schema import ARTICLE_ID, articles, metadata, sources

if TYPE_CHECKING:
    from wiredesk.store import Store

BATCH = 400  # articles cross-checked per round (a full rebuild runs round after round)
_IN = 500  # values per IN (...) list

crosscheck_articles = Table(
    "crosscheck_articles", metadata,
    Column("article_id", ARTICLE_ID, ForeignKey(articles.c.id), primary_key=True),
)
crosscheck_keys = Table(
    "crosscheck_keys", metadata,
    Column("key", BigInteger, primary_key=True, autoincrement=False),  # a blocking key's hash
    Column("article", Integer, ForeignKey(articles.c.seq), primary_key=True),  # articles.seq
    sqlite_with_rowid=False,
)
crosscheck_bodies = Table(
    "crosscheck_bodies", metadata,
    Column("name", Text, primary_key=True),  # normalised
    Column("body", Text, primary_key=True),
)
crosscheck_refs = Table(
    "crosscheck_refs", metadata,
    Column("id", Integer, primary_key=True),
    Column("article", Integer, ForeignKey(articles.c.seq), nullable=False),  # articles.seq
    Column("layer", String(16), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text),  # NULL: the article's text at the span (nearly always)
    Column("source", Text, nullable=False),
    Column("value", Text),
    Column("chain", Text),  # JSON list, as the article tells it; NULL: just the source
    Column("revised", Boolean, nullable=False, default=False),  # its source revised it
    UniqueConstraint("article", "layer", "ordinal", "span_start"),
)
crosscheck_groups = Table(
    "crosscheck_groups", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # actor, claim, event, figure, revision
    Column("key", Text, nullable=False),
    Column("actor", Text),  # an actor group's normalised name
    Column("n_sources", Integer, nullable=False),
    Column("n_items", Integer, nullable=False),
    Column("sources", Text, nullable=False),  # JSON list
    Column("explanation", Text, nullable=False),
    Column("first_ref", Integer),  # an actor group's earliest member (crosscheck_refs.id)
    Index(None, "kind", "actor"),
    Index(None, "n_sources"),
)
crosscheck_actor_sources = Table(
    "crosscheck_actor_sources", metadata,
    Column("group_id", Integer, ForeignKey(crosscheck_groups.c.id), primary_key=True),
    Column("chain", Text, primary_key=True),  # JSON list, as the articles tell it
    Column("outlet", Text, primary_key=True),  # '' when none
    Column("n", Integer, nullable=False),  # members told so
    sqlite_with_rowid=False,
)
crosscheck_members = Table(
    "crosscheck_members", metadata,
    Column("group_id", Integer, ForeignKey(crosscheck_groups.c.id), primary_key=True),
    Column("ref_id", Integer, ForeignKey(crosscheck_refs.c.id), primary_key=True),
    Index(None, "ref_id"),
    sqlite_with_rowid=False,
)
crosscheck_clash_texts = Table(
    "crosscheck_clash_texts", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("explanation", Text, nullable=False),
    Index(None, "key"),
)
crosscheck_clashes = Table(
    "crosscheck_clashes", metadata,
    Column("a", Integer, ForeignKey(crosscheck_refs.c.id), primary_key=True),
    Column("b", Integer, ForeignKey(crosscheck_refs.c.id), primary_key=True),
    Column("text_id", Integer, ForeignKey(crosscheck_clash_texts.c.id), primary_key=True),
    sqlite_with_rowid=False,
)
crosscheck_contradictions = Table(
    "crosscheck_contradictions", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("explanation", Text, nullable=False),
)
crosscheck_sides = Table(
    "crosscheck_sides", metadata,
    Column("contradiction_id", Integer, ForeignKey(crosscheck_contradictions.c.id),
           primary_key=True),
    Column("side", String(1), primary_key=True),  # a, b
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("ref_id", Integer, ForeignKey(crosscheck_refs.c.id), nullable=False),
    Index(None, "ref_id"),
    sqlite_with_rowid=False,
)
TABLES = (crosscheck_sides, crosscheck_contradictions, crosscheck_clashes,
          crosscheck_clash_texts, crosscheck_members, crosscheck_actor_sources,
          crosscheck_groups, crosscheck_refs, crosscheck_bodies, crosscheck_keys,
          crosscheck_articles)
_EXTRACTOR = "crosscheck.v1"
RefId = tuple[str, str, int, int]  # article, layer, ordinal, span start


_OLD_TABLES = ("crosscheck_links", "crosscheck_corroborations", "crosscheck_contradictions",
               "crosscheck_articles")


def reset_tables(conn: Connection) -> None:
    """Migration step: the cross-check's tables made anew (the pairwise JSON tables of
    version 2 go; every article is cross-checked again on the next run)."""
    for table in TABLES:
        table.drop(conn, checkfirst=True)
    for name in _OLD_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    metadata.create_all(conn, tables=list(reversed(TABLES)))


def _hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big",
                          signed=True)


def _rid(ref: ItemRef) -> RefId:
    return ref.article_id, ref.layer, ref.index, ref.span[0]


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _IN):
        yield values[start:start + _IN]


@dataclass(slots=True)
class _Batch:
    """What one round works with: the bodies known, and stored references by id."""

    conn: Connection
    bodies: dict[str, tuple[str, ...]]
    ids: dict[RefId, int]


def forget_crosscheck(conn: Connection) -> None:
    """Delete every cross-check result (inside the caller's transaction): the next run checks
    every article again, as a full run does (an article re-extracted has new ordinals)."""
    for table in TABLES:
        conn.execute(delete(table))


# references -------------------------------------------------------------------------------

def _ref_row(ref: ItemRef, text: str, seq: int) -> dict[str, Any]:
    """A reference's row; `text` is its article's text and `seq` its row key (what the
    article holds, its text, outlet and date, is not repeated)."""
    chain = ref.chain or (ref.source,)
    return {"article": seq, "layer": ref.layer, "ordinal": ref.index,
            "span_start": ref.span[0], "span_end": ref.span[1],
            "text": None if text[ref.span[0]:ref.span[1]] == ref.text else ref.text,
            "source": ref.source, "value": ref.value, "revised": False,
            "chain": None if chain == (ref.source,) else json.dumps(list(chain),
                                                                    ensure_ascii=False)}


def _ref_of(row: Any, bodies: dict[str, tuple[str, ...]]) -> ItemRef:
    chain = tuple(json.loads(row.chain)) if row.chain is not None else (row.source,)
    ref = ItemRef(row.article_id, row.layer, row.ordinal,
                  row.slice if row.text is None else row.text, (row.span_start, row.span_end),
                  row.source, outlet_of(row.article_source), row.article_published, row.value,
                  chain)
    return with_bodies(ref, bodies)


def _ref_query() -> Any:
    t = crosscheck_refs
    return select(t, func.substr(articles.c.text, t.c.span_start + 1,
                                 t.c.span_end - t.c.span_start).label("slice"),
                  articles.c.published.label("article_published"),
                  articles.c.id.label("article_id"), sources.c.name.label("article_source")
                  ).join(articles, articles.c.seq == t.c.article).outerjoin(
        sources, sources.c.id == articles.c.source_id)


def _seqs(conn: Connection, article_ids: Iterable[str]) -> dict[str, int]:
    """Each article's row key (`articles.seq`), which cross-check rows point at."""
    found: dict[str, int] = {}
    for part in _chunks(sorted(set(article_ids))):
        found.update(conn.execute(select(articles.c.id, articles.c.seq)
                                  .where(articles.c.id.in_(part))).all())
    return found


def _stored_ids(batch: _Batch, article_ids: Iterable[str]) -> None:
    """Learn the ids of the stored references of these articles."""
    t = crosscheck_refs
    for part in _chunks(sorted(set(article_ids))):
        for row in batch.conn.execute(
                select(t.c.id, articles.c.id.label("article_id"), t.c.layer, t.c.ordinal,
                       t.c.span_start).join(articles, articles.c.seq == t.c.article)
                .where(articles.c.id.in_(part))):
            batch.ids[(row.article_id, row.layer, row.ordinal, row.span_start)] = row.id


def _store_refs(batch: _Batch, refs: Iterable[ItemRef], texts: dict[str, str],
                seqs: dict[str, int]) -> None:
    """Insert the references not stored yet (as their articles tell them)."""
    fresh = {_rid(r): r for r in refs if _rid(r) not in batch.ids}
    if not fresh:
        return
    batch.conn.execute(insert(crosscheck_refs), [
        _ref_row(r, texts[r.article_id], seqs[r.article_id]) for r in fresh.values()])
    _stored_ids(batch, {r[0] for r in fresh})


def _raw(ref: ItemRef, raw: dict[RefId, ItemRef]) -> ItemRef:
    """A reference with its chain as its article tells it (no bodies added)."""
    return raw.get(_rid(ref), ref)


def _refs_by_id(conn: Connection, ids: Iterable[int], bodies: dict[str, tuple[str, ...]]
                ) -> dict[int, ItemRef]:
    out = {}
    for part in _chunks(sorted(set(ids))):
        for row in conn.execute(_ref_query().where(crosscheck_refs.c.id.in_(part))):
            out[row.id] = _ref_of(row, bodies)
    return out


# groups ------------------------------------------------------------------------------------

def _members(conn: Connection, group_ids: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    m = crosscheck_members
    for part in _chunks(sorted(set(group_ids))):
        for row in conn.execute(select(m.c.group_id, m.c.ref_id).where(m.c.group_id.in_(part))):
            out[row.group_id].append(row.ref_id)
    return out


def _save_group(conn: Connection, group_id: int | None, group: Corroboration,
                actor: str | None = None) -> int:
    values = {"kind": group.kind, "key": group.key, "actor": actor,
              "n_sources": group.n_sources, "n_items": len(group.items),
              "sources": json.dumps(list(group.sources), ensure_ascii=False),
              "explanation": group.explanation}
    if group_id is None:
        made = conn.execute(insert(crosscheck_groups).values(**values)).inserted_primary_key
        return int(made[0]) if made else 0
    conn.execute(update(crosscheck_groups).where(crosscheck_groups.c.id == group_id)
                 .values(**values))
    return group_id


def _groups_of(conn: Connection, ref_ids: Iterable[int], revision: bool
               ) -> dict[int, int]:
    """The group of each reference among clusters (or among revisions)."""
    g, m = crosscheck_groups, crosscheck_members
    kind = (g.c.kind == "revision") if revision else g.c.kind.notin_(("revision", "actor"))
    out = {}
    for part in _chunks(sorted(set(ref_ids))):
        for row in conn.execute(select(m.c.ref_id, m.c.group_id).join(g, g.c.id == m.c.group_id)
                                .where(m.c.ref_id.in_(part), kind)):
            out[row.ref_id] = row.group_id
    return out


def _join_links(batch: _Batch, links: Sequence[Link], revision: bool) -> None:
    """Merge the new links into the stored clusters they touch; rewrite only those."""
    if not links:
        return
    conn = batch.conn
    new_refs = {_rid(r): r for x in links for r in (x.a, x.b)}
    kinds = {_rid(r): x.kind for x in links for r in (x.a, x.b)}
    stored = _groups_of(conn, [batch.ids[k] for k in new_refs], revision)
    union = Groups()
    for x in links:
        union.join(ref_key(x.a), ref_key(x.b))
    for rid in new_refs:
        if (group := stored.get(batch.ids[rid])) is not None:
            union.join(rid[:3], ("", "group", group))
    parts: dict[RefKey, list[RefId]] = defaultdict(list)
    for rid in new_refs:
        parts[union.find(rid[:3])].append(rid)
    members = _members(conn, stored.values())
    m = crosscheck_members
    for rids in parts.values():
        groups = sorted({stored[batch.ids[r]] for r in rids if batch.ids[r] in stored})
        old = {ref_id for gid in groups for ref_id in members[gid]}
        refs = _refs_by_id(conn, old, batch.bodies)
        by_key = {ref_key(r): r for r in refs.values()}
        for rid in rids:
            by_key.setdefault(rid[:3], with_bodies(new_refs[rid], batch.bodies))
        kind = "revision" if revision else kinds[rids[0]]
        keep = _save_group(conn, groups[0] if groups else None,
                           corroboration(kind, list(by_key.values())))
        if groups[1:]:
            conn.execute(update(m).where(m.c.group_id.in_(groups[1:])).values(group_id=keep))
            conn.execute(delete(crosscheck_groups).where(crosscheck_groups.c.id.in_(groups[1:])))
        ids = {batch.ids[r] for r in rids} - old
        if ids:
            conn.execute(insert(m), [{"group_id": keep, "ref_id": i} for i in sorted(ids)])


def _told(ref: ItemRef) -> tuple[str, str]:
    """A member's chain (as its article tells it) and outlet, as `crosscheck_actor_sources`
    keys them."""
    return json.dumps(list(ref.chain or (ref.source,)), ensure_ascii=False), ref.outlet or ""


def _told_counts(conn: Connection, group_ids: Iterable[int]
                 ) -> dict[int, dict[tuple[str, str], int]]:
    """Each actor group's members counted by chain and outlet."""
    a = crosscheck_actor_sources
    out: dict[int, dict[tuple[str, str], int]] = defaultdict(dict)
    for part in _chunks(sorted(set(group_ids))):
        for r in conn.execute(select(a.c.group_id, a.c.chain, a.c.outlet, a.c.n)
                              .where(a.c.group_id.in_(part))):
            out[r.group_id][(r.chain, r.outlet)] = r.n
    return out


def _actor_sources(told: dict[tuple[str, str], int], bodies: dict[str, tuple[str, ...]]
                   ) -> dict[str, Any]:
    """An actor group's independent sources, from its counts (never from every member)."""
    sources = counted_sources([(chain_with_bodies(tuple(json.loads(chain)), bodies),
                                outlet or None, n) for (chain, outlet), n in sorted(told.items())])
    return {"n_sources": len(sources), "sources": json.dumps(list(sources), ensure_ascii=False)}


def _update_groups(conn: Connection, values: dict[int, dict[str, Any]]) -> None:
    """Rewrite some columns of these groups, one statement for all."""
    g = crosscheck_groups
    for names in sorted({tuple(sorted(v)) for v in values.values()}):
        rows = [{"gid": gid, **{f"v_{n}": v[n] for n in names}}
                for gid, v in sorted(values.items()) if tuple(sorted(v)) == names]
        conn.execute(update(g).where(g.c.id == bindparam("gid"))
                     .values({n: bindparam(f"v_{n}") for n in names}), rows)


def _actor_groups(conn: Connection, actors: Sequence[str]) -> dict[str, Any]:
    g = crosscheck_groups
    out = {}
    for part in _chunks(sorted(actors)):
        out.update({r.actor: r for r in conn.execute(
            select(g.c.id, g.c.actor, g.c.key, g.c.n_items, g.c.first_ref)
            .where(g.c.kind == "actor", g.c.actor.in_(part)))})
    return out


def _join_actors(batch: _Batch, named: dict[str, list[tuple[str, ItemRef]]]) -> None:
    """Add the new articles' mentions to each actor's group, counted from the group's
    stored counts and its earliest member: work by the batch, not by the group."""
    conn, a = batch.conn, crosscheck_actor_sources
    if not named:
        return
    missing = sorted(set(named) - set(_actor_groups(conn, list(named))))
    if missing:
        conn.execute(insert(crosscheck_groups), [
            {"kind": "actor", "key": actor, "actor": actor, "n_sources": 0, "n_items": 0,
             "sources": "[]", "explanation": ""} for actor in missing])
    heads = _actor_groups(conn, list(named))
    conn.execute(insert(crosscheck_members), [
        {"group_id": heads[actor].id, "ref_id": batch.ids[_rid(ref)]}
        for actor in sorted(named) for _, ref in named[actor]])
    told = _told_counts(conn, [h.id for h in heads.values()])
    firsts = _refs_by_id(conn, [h.first_ref for h in heads.values() if h.first_ref], {})
    fresh: list[dict[str, Any]] = []
    more: list[dict[str, Any]] = []
    values = {}
    for actor in sorted(named):
        head, counts = heads[actor], told[heads[actor].id]
        batch_counts = Counter(_told(ref) for _, ref in named[actor])
        for (chain, outlet), n in sorted(batch_counts.items()):
            (more if (chain, outlet) in counts else fresh).append(
                {"gid": head.id, "c": chain, "o": outlet,
                 "n": counts.get((chain, outlet), 0) + n})
            counts[(chain, outlet)] = counts.get((chain, outlet), 0) + n
        name, first = min(named[actor], key=lambda pair: ref_order(pair[1]))
        first_id = batch.ids[_rid(first)]
        if head.first_ref in firsts and ref_order(firsts[head.first_ref]) < ref_order(first):
            name, first_id = head.key, head.first_ref
        n_items = head.n_items + len(named[actor])
        values[head.id] = {"key": name, "first_ref": first_id, "n_items": n_items,
                           "explanation": f"named in {n_items} articles",
                           **_actor_sources(counts, batch.bodies)}
    if fresh:
        conn.execute(insert(a).values(group_id=bindparam("gid"), chain=bindparam("c"),
                                      outlet=bindparam("o"), n=bindparam("n")), fresh)
    if more:
        conn.execute(update(a).where(a.c.group_id == bindparam("gid"),
                                     a.c.chain == bindparam("c"), a.c.outlet == bindparam("o"))
                     .values(n=bindparam("n")), more)
    _update_groups(conn, values)


def _naming(conn: Connection, origins: set[str]) -> set[int]:
    """The groups with a member told by one of `origins` (normalised names): a scan of
    every reference, run only when a batch learns bodies no article told before."""
    t, m = crosscheck_refs, crosscheck_members
    told = [row.id for row in conn.execute(select(t.c.id, t.c.source, t.c.chain))
            if normalise(json.loads(row.chain)[0] if row.chain else row.source) in origins]
    found: set[int] = set()
    for part in _chunks(told):
        found.update(conn.scalars(select(m.c.group_id).where(m.c.ref_id.in_(part))))
    return found


def _recount(conn: Connection, group_ids: set[int], bodies: dict[str, tuple[str, ...]]) -> None:
    """Name and count the sources of these groups again (after bodies were learnt)."""
    g = crosscheck_groups
    for part in _chunks(sorted(group_ids)):  # a part at a time: memory stays flat
        heads = {row.id: row for row in conn.execute(select(g.c.id, g.c.kind)
                                                     .where(g.c.id.in_(part)))}
        actors = _told_counts(conn, [gid for gid, head in heads.items() if head.kind == "actor"])
        _update_groups(conn, {gid: _actor_sources(told, bodies) for gid, told in actors.items()})
        for gid, rows in _members(conn, [i for i in part if heads[i].kind != "actor"]).items():
            refs = _refs_by_id(conn, rows, bodies)
            _save_group(conn, gid, corroboration(heads[gid].kind, list(refs.values())))


# contradictions ----------------------------------------------------------------------------

def _clashing(conn: Connection, seeds: set[int]) -> tuple[set[tuple[int, int, int]], set[int]]:
    """Every stored clash that can be told together with a clash of `seeds` (references),
    and the stored contradictions they make: those joined to them through a shared
    reference, a shared contradiction or a shared cluster, so regrouping these alone
    gives what regrouping every clash gives.

    A clash is found from its first reference only (no index on the second): a clash that
    counts is in a stored contradiction, whose sides hold its references or members of
    their clusters, or it is new, and both its references are seeds."""
    c, g, m, s = crosscheck_clashes, crosscheck_groups, crosscheck_members, crosscheck_sides
    found: set[tuple[int, int, int]] = set()
    told: set[int] = set()
    seen: set[int] = set()
    groups: set[int] = set()
    frontier = set(seeds)
    while frontier:
        seen |= frontier
        reached: set[int] = set()
        for part in _chunks(sorted(frontier)):
            for row in conn.execute(select(c.c.a, c.c.b, c.c.text_id).where(c.c.a.in_(part))):
                found.add((row.a, row.b, row.text_id))
                reached |= {row.a, row.b}
            new_told = set(conn.scalars(select(s.c.contradiction_id).where(
                s.c.ref_id.in_(part)))) - told
            told |= new_told
            for tpart in _chunks(sorted(new_told)):
                reached.update(conn.scalars(select(s.c.ref_id).where(
                    s.c.contradiction_id.in_(tpart))))
            new_groups = set(conn.scalars(select(m.c.group_id).join(g, g.c.id == m.c.group_id)
                                          .where(m.c.ref_id.in_(part), g.c.kind != "actor")))
            new_groups -= groups
            groups |= new_groups
            for gpart in _chunks(sorted(new_groups)):
                reached.update(conn.scalars(select(m.c.ref_id).where(
                    m.c.group_id.in_(gpart))))
        frontier = reached - seen
    return found, told


def _regroup(conn: Connection, seeds: set[int], bodies: dict[str, tuple[str, ...]]) -> None:
    """Tell the clashes the new batch reaches once per contested thing (their stored
    contradictions are told again; those of clashes it does not reach stay as stored)."""
    w, s = crosscheck_clash_texts, crosscheck_sides
    found, stale = _clashing(conn, seeds)
    if not found and not stale:
        return
    wording = {}
    for part in _chunks(sorted({t for _, _, t in found})):
        wording.update({r.id: r for r in conn.execute(select(w).where(w.c.id.in_(part)))})
    refs = _refs_by_id(conn, [i for a, b, _ in found for i in (a, b)], bodies)
    ids = {_rid(ref): i for i, ref in refs.items()}
    flagged: set[int] = set()
    for part in _chunks(sorted(refs)):
        flagged.update(conn.scalars(select(crosscheck_refs.c.id).where(
            crosscheck_refs.c.id.in_(part), crosscheck_refs.c.revised)))
    clashes = [Contradiction(wording[t].kind, wording[t].key, refs[a], refs[b],
                             wording[t].detail, _EXTRACTOR, wording[t].explanation)
               for a, b, t in sorted(found)]
    superseded = {ref_key(refs[i]) for i in flagged}
    same = Groups()
    for revision in (False, True):
        for ref_id, group in _groups_of(conn, refs, revision).items():
            same.join(ref_key(refs[ref_id]), ("", "group", group))
    for part in _chunks(sorted(stale)):
        conn.execute(delete(s).where(s.c.contradiction_id.in_(part)))
        conn.execute(delete(crosscheck_contradictions).where(
            crosscheck_contradictions.c.id.in_(part)))
    sides = []
    for x in grouped(current(clashes, superseded), same):
        made = conn.execute(insert(crosscheck_contradictions).values(
            kind=x.kind, key=x.key, detail=x.detail, explanation=x.explanation)
        ).inserted_primary_key
        new_id = made[0] if made else 0
        sides += [{"contradiction_id": new_id, "side": name, "position": i,
                   "ref_id": ids[_rid(ref)]}
                  for name, side in zip("ab", x.sides, strict=True) for i, ref in enumerate(side)]
    if sides:
        conn.execute(insert(crosscheck_sides), sides)


# one round ---------------------------------------------------------------------------------

def _candidates(conn: Connection, probes: Iterable[str], new: frozenset[str]) -> list[str]:
    hashes = sorted({_hash(k) for k in probes})
    found: set[str] = set()
    for part in _chunks(hashes):
        found.update(conn.scalars(select(articles.c.id).distinct().join(
            crosscheck_keys, crosscheck_keys.c.article == articles.c.seq)
            .where(crosscheck_keys.c.key.in_(part))))
    return sorted(found - new)


def _stored_bodies(conn: Connection) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for name, body in conn.execute(select(crosscheck_bodies.c.name, crosscheck_bodies.c.body)):
        out[name].add(body)
    return out


def _store_clashes(conn: Connection, ids: dict[RefId, int],
                   clashes: Sequence[Contradiction]) -> None:
    """Pairwise clashes as two references and their words, each wording stored once."""
    if not clashes:
        return
    w = crosscheck_clash_texts
    texts = {(c.kind, c.key, c.detail, c.explanation) for c in clashes}
    known = {(r.kind, r.key, r.detail, r.explanation): r.id for r in conn.execute(
        select(w).where(w.c.key.in_(sorted({t[1] for t in texts}))))}
    missing = sorted(texts - set(known))
    if missing:
        conn.execute(insert(w), [dict(zip(("kind", "key", "detail", "explanation"), t,
                                          strict=True)) for t in missing])
        known = {(r.kind, r.key, r.detail, r.explanation): r.id for r in conn.execute(
            select(w).where(w.c.key.in_(sorted({t[1] for t in texts}))))}
    rows = {(ids[_rid(c.a)], ids[_rid(c.b)], known[(c.kind, c.key, c.detail, c.explanation)])
            for c in clashes}
    conn.execute(insert(crosscheck_clashes), [{"a": a, "b": b, "text_id": t}
                                              for a, b, t in sorted(rows)])


def _check_batch(store: Store, batch_ids: Sequence[str]) -> None:
    """Compare one batch of new articles with each other and with the stored ones they
    share an index key with, and save what was found: the clusters, actors and
    contradictions it reaches are rewritten, nothing else."""
    new = frozenset(batch_ids)
    new_items = items_by_doc(store.documents(ids=batch_ids))
    own: dict[str, frozenset[str]] = {}
    probes: set[str] = set()
    for doc, items in new_items:
        own[doc.article.id], looked = index_keys(items)
        probes |= looked
    with store._reading() as conn:
        old_ids = _candidates(conn, probes, new)
        known = _stored_bodies(conn)
    per_doc = items_by_doc(store.documents(ids=old_ids)) + new_items
    per_doc.sort(key=lambda pair: pair[0].article.id)
    found = people_bodies(doc for doc, _ in new_items)
    fresh = {(name, b) for name, bodies in found.items() for b in bodies
             if b not in known.get(name, ())}
    for name, body in fresh:
        known[name].add(body)
    bodies = {name: tuple(sorted(b)) for name, b in known.items()}
    links, clashes = compare(bodied(per_doc, bodies), new)
    raw = {_rid(x.ref): x.ref for _, items in per_doc for layer in (
        items.claims, items.events, items.figures) for x in layer}
    named: dict[str, list[tuple[str, ItemRef]]] = defaultdict(list)
    for doc, items in new_items:
        for actor, pair in actor_refs(doc, items).items():
            named[actor].append(pair)
    with store._writing() as conn:
        batch = _Batch(conn, bodies, {})
        t = crosscheck_refs
        seqs = _seqs(conn, (doc.article.id for doc, _ in per_doc))
        _stored_ids(batch, {x.a.article_id for x in links} | {x.b.article_id for x in links}
                    | {r.article_id for c in clashes for r in (c.a, c.b)})
        _store_refs(batch, [_raw(r, raw) for x in links for r in (x.a, x.b)]
                    + [_raw(r, raw) for c in clashes for r in (c.a, c.b)]
                    + [ref for pairs in named.values() for _, ref in pairs],
                    {doc.article.id: doc.article.text for doc, _ in per_doc}, seqs)
        earlier = [batch.ids[_rid(x.a)] for x in links if x.kind == "revision"]
        for part in _chunks(sorted(set(earlier))):
            conn.execute(update(t).where(t.c.id.in_(part)).values(revised=True))
        _join_links(batch, [x for x in links if x.kind != "revision"], revision=False)
        _join_links(batch, [x for x in links if x.kind == "revision"], revision=True)
        _join_actors(batch, named)
        if fresh:
            conn.execute(insert(crosscheck_bodies), [{"name": n, "body": b}
                                                     for n, b in sorted(fresh)])
            _recount(conn, _naming(conn, {n for n, _ in fresh}), bodies)
        _store_clashes(conn, batch.ids, clashes)
        _regroup(conn, {batch.ids[_rid(r)] for x in links for r in (x.a, x.b)}
                 | {batch.ids[_rid(r)] for x in clashes for r in (x.a, x.b)}, bodies)
        keys = [{"key": h, "article": seqs[aid]} for aid, mine in sorted(own.items())
                for h in sorted({_hash(k) for k in mine})]
        if keys:
            conn.execute(insert(crosscheck_keys), keys)
        conn.execute(insert(crosscheck_articles), [{"article_id": a} for a in sorted(new)])


# reading and the entry points ------------------------------------------------------------------

def _group_rows(conn: Connection, since: str | None, until: str | None) -> list[Any]:
    g, m, t = crosscheck_groups, crosscheck_members, crosscheck_refs
    query = select(g).where(~((g.c.kind == "actor") & (g.c.n_items < 2)))
    if since or until:
        inside = (select(m.c.group_id).join(t, t.c.id == m.c.ref_id)
                  .join(articles, articles.c.seq == t.c.article)
                  .where(*published_between(since, until)))
        query = query.where(g.c.id.in_(inside))
    return list(conn.execute(query))


def corroborations_of(conn: Connection, rows: Sequence[Any],
                      bodies: dict[str, tuple[str, ...]]) -> list[Corroboration]:
    """The clusters of these `crosscheck_groups` rows, in their order."""
    members = _members(conn, [r.id for r in rows])
    refs = _refs_by_id(conn, [i for rs in members.values() for i in rs], bodies)
    return [Corroboration(r.kind, r.key, tuple(sorted((refs[i] for i in members[r.id]),
                                                      key=ref_order)),
                          tuple(json.loads(r.sources)), _EXTRACTOR, r.explanation)
            for r in rows]


def contradictions_of(conn: Connection, rows: Sequence[Any],
                      bodies: dict[str, tuple[str, ...]]) -> list[Contradiction]:
    """The contradictions of these `crosscheck_contradictions` rows, in their order."""
    s = crosscheck_sides
    sides: dict[int, dict[str, list[int]]] = defaultdict(lambda: {"a": [], "b": []})
    for ids in _chunks([r.id for r in rows]):
        for row in conn.execute(select(s).where(s.c.contradiction_id.in_(ids))
                                .order_by(s.c.contradiction_id, s.c.side, s.c.position)):
            sides[row.contradiction_id][row.side].append(row.ref_id)
    side_refs = _refs_by_id(conn, [i for x in sides.values() for v in x.values() for i in v],
                            bodies)
    out = []
    for row in rows:
        a, b = ([side_refs[i] for i in sides[row.id][name]] for name in "ab")
        out.append(Contradiction(row.kind, row.key, a[0], b[0], row.detail, _EXTRACTOR,
                                 row.explanation, tuple(a) if len(a) > 1 else (),
                                 tuple(b) if len(b) > 1 else ()))
    return out


def stored_bodies(conn: Connection) -> dict[str, tuple[str, ...]]:
    """Each stored name's bodies (what `corroborations_of` and `contradictions_of` need)."""
    return {name: tuple(sorted(b)) for name, b in _stored_bodies(conn).items()}


def read_crosscheck(conn: Connection, since: str | None = None, until: str | None = None,
                    groups: bool = True) -> CrossCheck:
    """The stored cross-check (clusters and contradictions with a report published in
    [since, until] when given; no clusters unless `groups`); links are not kept, only
    the clusters they make."""
    bodies = stored_bodies(conn)
    done = tuple(conn.scalars(select(crosscheck_articles.c.article_id).order_by(
        crosscheck_articles.c.article_id)))
    found = corroborations_of(conn, _group_rows(conn, since, until) if groups else [], bodies)
    found.sort(key=lambda c: (c.kind, -c.n_sources, ref_order(c.items[0])))
    rows = list(conn.execute(select(crosscheck_contradictions).order_by(
        crosscheck_contradictions.c.id)))
    clashes = [c for c in contradictions_of(conn, rows, bodies)
               if not (since or until)
               or any(_published_in(r, since, until) for side in c.sides for r in side)]
    clashes.sort(key=contradiction_order)  # stored in the order batches found them
    return CrossCheck(done, (), tuple(found), tuple(clashes))


def _published_in(ref: ItemRef, since: str | None, until: str | None) -> bool:
    day = (ref.published or "")[:10]
    return bool(day) and (not since or day >= since) and (not until or day <= until)


def load_crosscheck(store: Store, since: str | None = None, until: str | None = None,
                    groups: bool = True) -> CrossCheck:
    """The store's cross-check as last saved (see `read_crosscheck`)."""
    with store._reading() as conn:
        return read_crosscheck(conn, since, until, groups)


def counts(store: Store) -> dict[str, int]:
    """How many articles are cross-checked, and the clusters and contradictions found."""
    g = crosscheck_groups
    with store._reading() as conn:
        def n(query: Any) -> int:
            return int(conn.scalar(query) or 0)

        return {"articles": n(select(func.count()).select_from(crosscheck_articles)),
                "corroborations": n(select(func.count()).select_from(g).where(
                    g.c.kind != "actor")),
                "contradictions": n(select(func.count()).select_from(
                    crosscheck_contradictions))}


def update_crosscheck(store: Store, full: bool = False, batch: int = BATCH,
                      progress: Callable[[int, int], None] | None = None) -> int:
    """Cross-check the articles not yet checked, batch by batch, and save the results.

    Args:
        store: an open store.
        full: forget every result and check every article again, as new (after the rules
            or records changed); it gives what checking them batch by batch gives.
        batch: articles per round (memory holds one round and the articles it meets).
        progress: told (articles just checked, articles to check) after each round.

    Returns:
        How many articles were (re)checked.
    """
    with store._writing() as conn:
        if full:
            forget_crosscheck(conn)
        done = select(crosscheck_articles.c.article_id)
        todo = list(conn.scalars(select(articles.c.id).where(articles.c.id.notin_(done))
                                 .order_by(articles.c.published, articles.c.seq)))
    for start in range(0, len(todo), batch):
        _check_batch(store, todo[start:start + batch])
        if progress is not None:
            progress(len(todo[start:start + batch]), len(todo))
    return len(todo)

