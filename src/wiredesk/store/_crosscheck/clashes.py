"""Contradictions: pairwise clashes kept (`crosscheck_clashes`), told once per contested
thing (`crosscheck_contradictions`, `crosscheck_sides`); a batch tells again only the
clashes it reaches."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, select

from wiredesk.crosscheck import current, grouped
from wiredesk.crosscheck._clusters import Groups, ref_key
from wiredesk.records import Contradiction
from wiredesk.store._crosscheck.groups import groups_of
from wiredesk.store._crosscheck.refs import refs_by_id
from wiredesk.store._crosscheck.tables import (
    EXTRACTOR,
    RefId,
    chunks,
    crosscheck_clash_texts,
    crosscheck_clashes,
    crosscheck_contradictions,
    crosscheck_groups,
    crosscheck_members,
    crosscheck_refs,
    crosscheck_sides,
    ref_id,
)


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
        for part in chunks(sorted(frontier)):
            for row in conn.execute(select(c.c.a, c.c.b, c.c.text_id).where(c.c.a.in_(part))):
                found.add((row.a, row.b, row.text_id))
                reached |= {row.a, row.b}
            new_told = set(conn.scalars(select(s.c.contradiction_id).where(
                s.c.ref_id.in_(part)))) - told
            told |= new_told
            for tpart in chunks(sorted(new_told)):
                reached.update(conn.scalars(select(s.c.ref_id).where(
                    s.c.contradiction_id.in_(tpart))))
            new_groups = set(conn.scalars(select(m.c.group_id).join(g, g.c.id == m.c.group_id)
                                          .where(m.c.ref_id.in_(part), g.c.kind != "actor")))
            new_groups -= groups
            groups |= new_groups
            for gpart in chunks(sorted(new_groups)):
                reached.update(conn.scalars(select(m.c.ref_id).where(
                    m.c.group_id.in_(gpart))))
        frontier = reached - seen
    return found, told


def regroup(conn: Connection, seeds: set[int], bodies: dict[str, tuple[str, ...]]) -> None:
    """Tell the clashes the new batch reaches once per contested thing (their stored
    contradictions are told again; those of clashes it does not reach stay as stored)."""
    w, s = crosscheck_clash_texts, crosscheck_sides
    found, stale = _clashing(conn, seeds)
    if not found and not stale:
        return
    wording = {}
    for part in chunks(sorted({t for _, _, t in found})):
        wording.update({r.id: r for r in conn.execute(select(w).where(w.c.id.in_(part)))})
    refs = refs_by_id(conn, [i for a, b, _ in found for i in (a, b)], bodies)
    ids = {ref_id(ref): i for i, ref in refs.items()}
    flagged: set[int] = set()
    for part in chunks(sorted(refs)):
        flagged.update(conn.scalars(select(crosscheck_refs.c.id).where(
            crosscheck_refs.c.id.in_(part), crosscheck_refs.c.revised)))
    clashes = [Contradiction(wording[t].kind, wording[t].key, refs[a], refs[b],
                             wording[t].detail, EXTRACTOR, wording[t].explanation)
               for a, b, t in sorted(found)]
    superseded = {ref_key(refs[i]) for i in flagged}
    same = Groups()
    for revision in (False, True):
        for held, group in groups_of(conn, refs, revision).items():
            same.join(ref_key(refs[held]), ("", "group", group))
    for part in chunks(sorted(stale)):
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
                   "ref_id": ids[ref_id(ref)]}
                  for name, side in zip("ab", x.sides, strict=True) for i, ref in enumerate(side)]
    if sides:
        conn.execute(insert(crosscheck_sides), sides)


def store_clashes(conn: Connection, ids: dict[RefId, int],
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
    rows = {(ids[ref_id(c.a)], ids[ref_id(c.b)], known[(c.kind, c.key, c.detail, c.explanation)])
            for c in clashes}
    conn.execute(insert(crosscheck_clashes), [{"a": a, "b": b, "text_id": t}
                                              for a, b, t in sorted(rows)])
