"""Contradictions: pairwise clashes kept as clash sets (`crosscheck_clash_sets`), told
once per contested thing (`crosscheck_contradictions`, its sides packed on its row, found
by reference from `crosscheck_side_refs`); a batch tells again only the clashes it
reaches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, delete, func, insert, select

from wiredesk.crosscheck import Groups, current, grouped, ref_key
from wiredesk.records import Contradiction
from wiredesk.store._crosscheck.groups import groups_of, members_of, unpacked
from wiredesk.store._crosscheck.keys import pack_ordered, pack_seqs, unpack_ordered
from wiredesk.store._crosscheck.refs import refs_by_id
from wiredesk.store._crosscheck.tables import (
    CLASH_WORDS,
    EXTRACTOR,
    Clash,
    RefId,
    chunks,
    clash_sets,
    clash_text_hash,
    crosscheck_clash_a,
    crosscheck_clash_sets,
    crosscheck_clash_texts,
    crosscheck_contradictions,
    crosscheck_refs,
    crosscheck_side_refs,
    ref_id,
)


def _clashing(conn: Connection, seeds: set[int]) -> tuple[set[Clash], set[int]]:
    """Every stored clash that can be told together with a clash of `seeds` (references),
    and the stored contradictions they make: those joined to them through a shared
    reference, a shared contradiction or a shared cluster, so regrouping these alone
    gives what regrouping every clash gives.

    A clash is found from its first reference (side a) only: a clash that counts is in a
    stored contradiction, whose sides hold its references or members of their clusters,
    or it is new, and both its references are seeds."""
    s = crosscheck_side_refs
    found: set[Clash] = set()
    told: set[int] = set()
    seen: set[int] = set()
    groups: set[int] = set()
    frontier = set(seeds)
    while frontier:
        seen |= frontier
        reached: set[int] = set()
        for part in chunks(sorted(frontier)):
            for a, b, text_id in _clashes_from(conn, part):
                found.add((a, b, text_id))
                reached |= {a, b}
            new_told = set(conn.scalars(select(s.c.contradiction_id).where(
                s.c.ref_id.in_(part)))) - told
            told |= new_told
            for refs in sides_of(conn, new_told).values():
                reached.update(refs)
            new_groups = {gid for revision in (False, True)
                          for gid in groups_of(conn, part, revision).values()} - groups
            groups |= new_groups
            for members in members_of(conn, new_groups).values():
                reached.update(members)
        frontier = reached - seen
    return found, told


def sides_of(conn: Connection, contradiction_ids: Iterable[int]) -> dict[int, list[int]]:
    """The references on either side of each of these contradictions."""
    x = crosscheck_contradictions
    out: dict[int, list[int]] = {}
    for part in chunks(sorted(set(contradiction_ids))):
        for row in conn.execute(select(x.c.id, x.c.a, x.c.b).where(x.c.id.in_(part))):
            out[row.id] = [*unpack_ordered(row.a or b""), *unpack_ordered(row.b or b"")]
    return out


def _clashes_from(conn: Connection, refs: Sequence[int]) -> set[Clash]:
    """The stored clashes whose side a is one of `refs`, pair by pair."""
    ca, cs = crosscheck_clash_a, crosscheck_clash_sets
    heads: dict[int, list[int]] = defaultdict(list)
    for row in conn.execute(select(ca.c.set_id, ca.c.ref_id).where(ca.c.ref_id.in_(refs))):
        heads[row.set_id].append(row.ref_id)
    out = set()
    for part in chunks(sorted(heads)):
        for set_id, text_id, b_side in conn.execute(select(cs.c.id, cs.c.text_id, cs.c.b)
                                                    .where(cs.c.id.in_(part))):
            out |= {(a, b, text_id) for a in heads[set_id] for b in unpacked(b_side)}
    return out


def regroup(conn: Connection, seeds: set[int], bodies: dict[str, tuple[str, ...]]) -> None:
    """Tell the clashes the new batch reaches once per contested thing (their stored
    contradictions are told again; those of clashes it does not reach stay as stored)."""
    w, s = crosscheck_clash_texts, crosscheck_side_refs
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
    on_sides = sides_of(conn, stale)
    for part in chunks(sorted(stale)):
        conn.execute(delete(s).where(
            s.c.ref_id.in_(sorted({r for i in part for r in on_sides.get(i, ())})),
            s.c.contradiction_id.in_(part)))
        conn.execute(delete(crosscheck_contradictions).where(
            crosscheck_contradictions.c.id.in_(part)))
    pairs = []
    for x in grouped(current(clashes, superseded), same):
        a, b = ([ids[ref_id(ref)] for ref in side] for side in x.sides)
        made = conn.execute(insert(crosscheck_contradictions).values(
            kind=x.kind, key=x.key, detail=x.detail, explanation=x.explanation,
            a=pack_ordered(a), b=pack_ordered(b))).inserted_primary_key
        new_id = made[0] if made else 0
        pairs += [{"ref_id": r, "contradiction_id": new_id} for r in sorted({*a, *b})]
    if pairs:
        conn.execute(insert(s), pairs)


def store_clashes(conn: Connection, ids: dict[RefId, int],
                   clashes: Sequence[Contradiction]) -> None:
    """Pairwise clashes as two references and their words, each wording stored once."""
    if not clashes:
        return
    texts = {(c.kind, c.key, c.detail, c.explanation) for c in clashes}
    known = _text_ids(conn, texts)
    missing = sorted(texts - set(known))
    if missing:
        conn.execute(insert(crosscheck_clash_texts), [
            {**dict(zip(CLASH_WORDS, t, strict=True)), "hash": clash_text_hash(t)}
            for t in missing])
        known = _text_ids(conn, texts)
    save_clashes(conn, {(ids[ref_id(c.a)], ids[ref_id(c.b)],
                         known[(c.kind, c.key, c.detail, c.explanation)]) for c in clashes})


def _text_ids(conn: Connection, texts: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """The ids of these clash wordings that are stored, found by hash."""
    w = crosscheck_clash_texts
    found: dict[tuple[str, ...], int] = {}
    for part in chunks(sorted({clash_text_hash(t) for t in texts})):
        for row in conn.execute(select(w).where(w.c.hash.in_(part))):
            found[(row.kind, row.key, row.detail, row.explanation)] = row.id
    return found


def save_clashes(conn: Connection, clashes: Iterable[Clash]) -> None:
    """Store pairwise clashes (references a and b, wording) as clash sets."""
    sets = clash_sets(clashes)
    if not sets:
        return
    cs = crosscheck_clash_sets
    first = int(conn.scalar(select(func.max(cs.c.id))) or 0) + 1
    conn.execute(insert(cs), [{"id": first + n, "text_id": text_id, "b": pack_seqs(b_side)}
                              for n, (text_id, _, b_side) in enumerate(sets)])
    conn.execute(insert(crosscheck_clash_a), [{"set_id": first + n, "ref_id": ref}
                                              for n, (_, a_side, _) in enumerate(sets)
                                              for ref in a_side])
