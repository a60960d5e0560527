"""Clusters and actor groups: stored as their members, joined or merged by a batch's
links; an actor's group counted from its sources' counts, never read whole."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from wiredesk.crosscheck import (
    Groups,
    RefKey,
    chain_with_bodies,
    corroboration,
    counted_sources,
    normalise,
    ref_key,
    ref_order,
    with_bodies,
)
from wiredesk.records import Corroboration, ItemRef, Link
from wiredesk.store._crosscheck.keys import pack_seqs, unpack_seqs
from wiredesk.store._crosscheck.refs import Batch, name_aliases, name_ids, named, refs_by_id
from wiredesk.store._crosscheck.tables import (
    GROUP_NAMED,
    TOLD_NAMED,
    RefId,
    chunks,
    crosscheck_actor_sources,
    crosscheck_groups,
    crosscheck_names,
    crosscheck_refs,
    ref_id,
)


def unpacked(members: bytes | None) -> list[int]:
    """A group's members (`crosscheck_groups.members`), ascending."""
    return unpack_seqs(bytes(members)) if members else []


def members_of(conn: Connection, group_ids: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    g = crosscheck_groups
    for part in chunks(sorted(set(group_ids))):
        for row in conn.execute(select(g.c.id, g.c.members).where(g.c.id.in_(part))):
            out[row.id] += unpacked(row.members)
    return out


def _save_group(conn: Connection, group_id: int | None, group: Corroboration,
                members: Iterable[int] | None = None) -> int:
    """Insert or rewrite a cluster's row (its members too, when given)."""
    values: dict[str, Any] = {"kind": group.kind, "key": group.key, "actor": None,
                              "n_sources": group.n_sources, "n_items": len(group.items),
                              "sources": json.dumps(list(group.sources), ensure_ascii=False),
                              "explanation": group.explanation}
    if members is not None:
        values["members"] = pack_seqs(members)
    values = _named(conn, [values])[0]
    if group_id is None:
        made = conn.execute(insert(crosscheck_groups).values(**values)).inserted_primary_key
        return int(made[0]) if made else 0
    conn.execute(update(crosscheck_groups).where(crosscheck_groups.c.id == group_id)
                 .values(**values))
    return group_id


def groups_of(conn: Connection, ref_ids: Iterable[int], revision: bool
               ) -> dict[int, int]:
    """The group of each reference among clusters (`crosscheck_refs.group_id`), or among
    revisions (few: their members read once and kept when asked for, as members are not
    indexed by reference: a lookup a part would probe every revision group again)."""
    g, t = crosscheck_groups, crosscheck_refs
    wanted = sorted(set(ref_ids))
    if revision:
        asked = set(wanted)
        return {ref: row.id for row in conn.execute(
            select(g.c.id, g.c.members).where(g.c.kind == "revision"))
            for ref in unpacked(row.members) if ref in asked} if asked else {}
    out = {}
    for part in chunks(wanted):
        out.update({row.ref_id: row.group_id for row in conn.execute(
            select(t.c.id.label("ref_id"), t.c.group_id).where(
                t.c.id.in_(part), t.c.group_id.is_not(None)))})
    return out


def in_cluster(conn: Connection, group_id: int, ref_ids: Iterable[int]) -> None:
    """Note these references' cluster on them (`crosscheck_refs.group_id`)."""
    t = crosscheck_refs
    for part in chunks(sorted(set(ref_ids))):
        conn.execute(update(t).where(t.c.id.in_(part)).values(group_id=group_id))


def join_links(batch: Batch, links: Sequence[Link], revision: bool) -> None:
    """Merge the new links into the stored clusters they touch; rewrite only those."""
    if not links:
        return
    conn = batch.conn
    new_refs = {ref_id(r): r for x in links for r in (x.a, x.b)}
    kinds = {ref_id(r): x.kind for x in links for r in (x.a, x.b)}
    stored = groups_of(conn, [batch.ids[k] for k in new_refs], revision)
    union = Groups()
    for x in links:
        union.join(ref_key(x.a), ref_key(x.b))
    for rid in new_refs:
        if (group := stored.get(batch.ids[rid])) is not None:
            union.join(rid[:3], ("", "group", group))
    parts: dict[RefKey, list[RefId]] = defaultdict(list)
    for rid in new_refs:
        parts[union.find(rid[:3])].append(rid)
    members = members_of(conn, stored.values())
    for rids in parts.values():
        groups = sorted({stored[batch.ids[r]] for r in rids if batch.ids[r] in stored})
        old = {member for gid in groups for member in members[gid]}
        refs = refs_by_id(conn, old, batch.bodies)
        by_key = {ref_key(r): r for r in refs.values()}
        for rid in rids:
            by_key.setdefault(rid[:3], with_bodies(new_refs[rid], batch.bodies))
        kind = "revision" if revision else kinds[rids[0]]
        ids = {batch.ids[r] for r in rids} - old
        keep = _save_group(conn, groups[0] if groups else None,
                           corroboration(kind, list(by_key.values())), old | ids)
        if groups[1:]:
            conn.execute(delete(crosscheck_groups).where(crosscheck_groups.c.id.in_(groups[1:])))
        if not revision:
            in_cluster(conn, keep, ids | {i for gid in groups[1:] for i in members[gid]})


def told_key(ref: ItemRef) -> tuple[str, str]:
    """A member's chain (as its article tells it) and outlet, as `crosscheck_actor_sources`
    keys them."""
    return json.dumps(list(ref.chain or (ref.source,)), ensure_ascii=False), ref.outlet or ""


def _told_counts(conn: Connection, group_ids: Iterable[int]
                 ) -> dict[int, dict[tuple[str, str], int]]:
    """Each actor group's members counted by chain and outlet."""
    a, names = crosscheck_actor_sources, name_aliases(TOLD_NAMED)
    query = select(a.c.group_id, a.c.n, *(n.c.text.label(k) for k, n in names.items()))
    for k, n in names.items():
        query = query.join(n, n.c.id == a.c[f"{k}_id"])
    out: dict[int, dict[tuple[str, str], int]] = defaultdict(dict)
    for part in chunks(sorted(set(group_ids))):
        for r in conn.execute(query.where(a.c.group_id.in_(part))):
            out[r.group_id][(r.chain, r.outlet)] = r.n
    return out


def told_rows(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """`crosscheck_actor_sources` rows with their chain and outlet as name ids."""
    ids = name_ids(conn, (row[k] for row in rows for k in TOLD_NAMED))
    return [named(row, ids, TOLD_NAMED) for row in rows]


def actor_sources(told: dict[tuple[str, str], int], bodies: dict[str, tuple[str, ...]]
                   ) -> dict[str, Any]:
    """An actor group's independent sources, from its counts (never from every member)."""
    sources = counted_sources([(chain_with_bodies(tuple(json.loads(chain)), bodies),
                                outlet or None, n) for (chain, outlet), n in sorted(told.items())])
    return {"n_sources": len(sources), "sources": json.dumps(list(sources), ensure_ascii=False)}


def _named(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group rows with their words (`GROUP_NAMED`) as name ids."""
    ids = name_ids(conn, (row[k] for row in rows for k in GROUP_NAMED if k in row))
    return [named(row, ids, GROUP_NAMED) for row in rows]


def group_query(*columns: Any) -> Any:
    """`columns` of `crosscheck_groups` (all when none) with their words (`GROUP_NAMED`)."""
    g, names = crosscheck_groups, name_aliases(GROUP_NAMED)
    query = select(*(columns or (g,)), *(n.c.text.label(k) for k, n in names.items()))
    for k, n in names.items():
        query = query.join(n, n.c.id == g.c[f"{k}_id"])
    return query


def _update_groups(conn: Connection, values: dict[int, dict[str, Any]]) -> None:
    """Rewrite some columns of these groups, one statement for all."""
    g = crosscheck_groups
    values = dict(zip(values, _named(conn, list(values.values())), strict=True))
    for names in sorted({tuple(sorted(v)) for v in values.values()}):
        rows = [{"gid": gid, **{f"v_{n}": v[n] for n in names}}
                for gid, v in sorted(values.items()) if tuple(sorted(v)) == names]
        conn.execute(update(g).where(g.c.id == bindparam("gid"))
                     .values({n: bindparam(f"v_{n}") for n in names}), rows)


def _actor_groups(conn: Connection, actors: Sequence[str]) -> dict[str, Any]:
    g = crosscheck_groups
    out = {}
    for part in chunks(sorted(actors)):
        out.update({r.actor: r for r in conn.execute(
            group_query(g.c.id, g.c.actor, g.c.n_items, g.c.first_ref, g.c.members)
            .where(g.c.kind == "actor", g.c.actor.in_(part)))})
    return out


def join_actors(batch: Batch, named: dict[str, list[tuple[str, ItemRef]]]) -> None:
    """Add the new articles' mentions to each actor's group, counted from the group's
    stored counts and its earliest member: work by the batch, not by the group."""
    conn, a = batch.conn, crosscheck_actor_sources
    if not named:
        return
    missing = sorted(set(named) - set(_actor_groups(conn, list(named))))
    if missing:
        conn.execute(insert(crosscheck_groups), _named(conn, [
            {"kind": "actor", "key": actor, "actor": actor, "n_sources": 0, "n_items": 0,
             "sources": "[]", "explanation": ""} for actor in missing]))
    heads = _actor_groups(conn, list(named))
    told = _told_counts(conn, [h.id for h in heads.values()])
    firsts = refs_by_id(conn, [h.first_ref for h in heads.values() if h.first_ref], {})
    fresh: list[dict[str, Any]] = []
    more: list[dict[str, Any]] = []
    values = {}
    for actor in sorted(named):
        head, counts = heads[actor], told[heads[actor].id]
        batch_counts = Counter(told_key(ref) for _, ref in named[actor])
        for (chain, outlet), n in sorted(batch_counts.items()):
            (more if (chain, outlet) in counts else fresh).append(
                {"group_id": head.id, "chain": chain, "outlet": outlet,
                 "n": counts.get((chain, outlet), 0) + n})
            counts[(chain, outlet)] = counts.get((chain, outlet), 0) + n
        name, first = min(named[actor], key=lambda pair: ref_order(pair[1]))
        first_id = batch.ids[ref_id(first)]
        if head.first_ref in firsts and ref_order(firsts[head.first_ref]) < ref_order(first):
            name, first_id = head.key, head.first_ref
        n_items = head.n_items + len(named[actor])
        members = [*unpacked(head.members), *(batch.ids[ref_id(ref)] for _, ref in named[actor])]
        values[head.id] = {"key": name, "first_ref": first_id, "n_items": n_items,
                           "members": pack_seqs(members),
                           "explanation": f"named in {n_items} articles",
                           **actor_sources(counts, batch.bodies)}
    if fresh:
        conn.execute(insert(a), told_rows(conn, fresh))
    if more:
        conn.execute(update(a).where(a.c.group_id == bindparam("gid"),
                                     a.c.chain_id == bindparam("cid"),
                                     a.c.outlet_id == bindparam("oid"))
                     .values(n=bindparam("count")), [
            {"gid": r["group_id"], "cid": r["chain_id"], "oid": r["outlet_id"],
             "count": r["n"]} for r in told_rows(conn, more)])
    _update_groups(conn, values)


def naming(conn: Connection, origins: set[str]) -> set[int]:
    """The groups with a member told by one of `origins` (normalised names): a scan of
    every reference, run only when a batch learns bodies no article told before."""
    t, g, n = crosscheck_refs, crosscheck_groups, crosscheck_names
    names = dict(conn.execute(select(n.c.id, n.c.text)).all())  # few: words repeated

    @cache
    def tells(source_id: int, chain_id: int | None) -> bool:
        origin = names[source_id] if chain_id is None else json.loads(names[chain_id])[0]
        return normalise(origin) in origins

    told = {row.id for row in conn.execute(select(t.c.id, t.c.source_id, t.c.chain_id))
            if tells(row.source_id, row.chain_id)}
    return {row.id for row in conn.execute(select(g.c.id, g.c.members))
            if not told.isdisjoint(unpacked(row.members))}  # every member, as every reference


def recount(conn: Connection, group_ids: set[int], bodies: dict[str, tuple[str, ...]]) -> None:
    """Name and count the sources of these groups again (after bodies were learnt)."""
    g = crosscheck_groups
    for part in chunks(sorted(group_ids)):  # a part at a time: memory stays flat
        heads = {row.id: row for row in conn.execute(select(g.c.id, g.c.kind)
                                                     .where(g.c.id.in_(part)))}
        actors = _told_counts(conn, [gid for gid, head in heads.items() if head.kind == "actor"])
        _update_groups(conn, {gid: actor_sources(told, bodies) for gid, told in actors.items()})
        for gid, rows in members_of(conn, [i for i in part if heads[i].kind != "actor"]).items():
            refs = refs_by_id(conn, rows, bodies)
            _save_group(conn, gid, corroboration(heads[gid].kind, list(refs.values())))
