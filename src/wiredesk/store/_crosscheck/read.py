"""Reading the stored cross-check: clusters and contradictions as records."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from wiredesk.crosscheck import contradiction_order, ref_order
from wiredesk.records import Contradiction, Corroboration, CrossCheck, ItemRef
from wiredesk.store._crosscheck.groups import group_query, members_of, unpacked
from wiredesk.store._crosscheck.keys import unpack_ordered
from wiredesk.store._crosscheck.refs import refs_by_id
from wiredesk.store._crosscheck.tables import (
    EXTRACTOR,
    crosscheck_articles,
    crosscheck_bodies,
    crosscheck_contradictions,
    crosscheck_groups,
    crosscheck_refs,
    crosscheck_side_refs,
    of_articles,
)
from wiredesk.store._read import published_between
from wiredesk.store.schema import articles

if TYPE_CHECKING:
    from wiredesk.store import Store


def stored_body_sets(conn: Connection) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for name, body in conn.execute(select(crosscheck_bodies.c.name, crosscheck_bodies.c.body)):
        out[name].add(body)
    return out


def _group_rows(conn: Connection, since: str | None, until: str | None,
                actors: bool) -> list[Any]:
    g, t = crosscheck_groups, crosscheck_refs
    query = group_query().where(~((g.c.kind == "actor") & (g.c.n_items < 2)))
    if not actors:
        query = query.where(g.c.kind != "actor")
    if since or until:
        clusters = select(t.c.group_id).where(of_articles(*published_between(since, until)))
        inside = set(conn.scalars(select(t.c.id).where(
            of_articles(*published_between(since, until)))))
        others = [row.id for row in conn.execute(  # by their groups, few
            select(g.c.id, g.c.members).where(
                g.c.kind.in_(("revision", "actor") if actors else ("revision",))))
            if not inside.isdisjoint(unpacked(row.members))]
        query = query.where(g.c.id.in_(clusters) | g.c.id.in_(others))
    return list(conn.execute(query))


def _contradiction_rows(conn: Connection, since: str | None, until: str | None) -> list[Any]:
    """The stored contradictions, in the order batches found them; in a period, those with
    a reference published in its days (what `_published_in` keeps, and maybe more): the
    contradictions of other periods are not read."""
    x, s, t = crosscheck_contradictions, crosscheck_side_refs, crosscheck_refs
    query = select(x).order_by(x.c.id)
    if since or until:
        inside = (select(s.c.contradiction_id).join(t, t.c.id == s.c.ref_id)
                  .where(of_articles(*published_between(since and since[:10],
                                                        until and until[:10]))))
        query = query.where(x.c.id.in_(inside))
    return list(conn.execute(query))


def corroborations_of(conn: Connection, rows: Sequence[Any],
                      bodies: dict[str, tuple[str, ...]]) -> list[Corroboration]:
    """The clusters of these `crosscheck_groups` rows, in their order."""
    members = members_of(conn, [r.id for r in rows])
    refs = refs_by_id(conn, [i for rs in members.values() for i in rs], bodies)
    return [Corroboration(r.kind, r.key, tuple(sorted((refs[i] for i in members[r.id]),
                                                      key=ref_order)),
                          tuple(json.loads(r.sources)), EXTRACTOR, r.explanation)
            for r in rows]


def contradictions_of(conn: Connection, rows: Sequence[Any],
                      bodies: dict[str, tuple[str, ...]]) -> list[Contradiction]:
    """The contradictions of these `crosscheck_contradictions` rows, in their order."""
    sides = {row.id: [unpack_ordered(row.a or b""), unpack_ordered(row.b or b"")]
             for row in rows}
    side_refs = refs_by_id(conn, [i for x in sides.values() for v in x for i in v], bodies)
    out = []
    for row in rows:
        a, b = ([side_refs[i] for i in side] for side in sides[row.id])
        out.append(Contradiction(row.kind, row.key, a[0], b[0], row.detail, EXTRACTOR,
                                 row.explanation, tuple(a) if len(a) > 1 else (),
                                 tuple(b) if len(b) > 1 else ()))
    return out


def stored_bodies(conn: Connection) -> dict[str, tuple[str, ...]]:
    """Each stored name's bodies (what `corroborations_of` and `contradictions_of` need)."""
    return {name: tuple(sorted(b)) for name, b in stored_body_sets(conn).items()}


def read_crosscheck(conn: Connection, since: str | None = None, until: str | None = None,
                    groups: bool = True, actors: bool = True) -> CrossCheck:
    """The stored cross-check (clusters and contradictions with a report published in
    [since, until] when given; no clusters unless `groups`, no actor groups unless
    `actors`: a briefing reads neither); links are not kept, only the clusters they make."""
    bodies = stored_bodies(conn)
    done = tuple(conn.scalars(select(articles.c.id).join(
        crosscheck_articles, crosscheck_articles.c.article == articles.c.seq).order_by(
        articles.c.id)))
    found = corroborations_of(conn, _group_rows(conn, since, until, actors) if groups else [],
                              bodies)
    found.sort(key=lambda c: (c.kind, -c.n_sources, ref_order(c.items[0]), c.key))  # as run
    rows = _contradiction_rows(conn, since, until)
    clashes = [c for c in contradictions_of(conn, rows, bodies)
               if not (since or until)
               or any(_published_in(r, since, until) for side in c.sides for r in side)]
    clashes.sort(key=contradiction_order)  # stored in the order batches found them
    return CrossCheck(done, (), tuple(found), tuple(clashes))


def _published_in(ref: ItemRef, since: str | None, until: str | None) -> bool:
    day = (ref.published or "")[:10]
    return bool(day) and (not since or day >= since) and (not until or day <= until)


def load_crosscheck(store: Store, since: str | None = None, until: str | None = None,
                    groups: bool = True, actors: bool = True) -> CrossCheck:
    """The store's cross-check as last saved (see `read_crosscheck`)."""
    with store._reading() as conn:
        return read_crosscheck(conn, since, until, groups, actors)


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
