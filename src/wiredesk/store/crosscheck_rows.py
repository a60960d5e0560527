"""A cross-check computed away from the store (`wiredesk spark crosscheck`) as the rows of
the store's cross-check tables, and those rows put into a store.

The rows are what `update_crosscheck` would have written for the same articles checked
in one round: references as their articles tell them, clusters as their members, the
pairwise clashes as clash sets and the contradictions told once. Ids are given here, in
a stable order; an article is named by its id (the store's `articles.seq` is given when
the rows go in); a store takes them only when it holds exactly the articles they were
computed over and no cross-check yet (otherwise the caller runs the local cross-check).
What the store packs on a row (a group's members, a clash set's side b, a
contradiction's sides) the rows keep as tables of their own (`ROW_TABLES`).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, insert, select, text

from wiredesk.crosscheck import Items, index_keys, ref_order
from wiredesk.records import Contradiction, Corroboration, ItemRef
from wiredesk.store._crosscheck.groups import actor_sources, told_key
from wiredesk.store._crosscheck.keys import add_keys, pack_ordered, pack_seqs
from wiredesk.store._crosscheck.refs import article_seqs, name_rows, named, ref_row, unspan
from wiredesk.store._crosscheck.tables import (
    CLASH_WORDS,
    CLUSTER_KINDS,
    GROUP_NAMED,
    NAMED,
    TABLES,
    RefId,
    clash_sets,
    clash_text_hash,
    crosscheck_articles,
    crosscheck_clash_sets,
    crosscheck_contradictions,
    crosscheck_groups,
    crosscheck_keys,
    crosscheck_side_refs,
    key_hash,
    ref_id,
)
from wiredesk.store._rows import Row
from wiredesk.store.schema import articles

if TYPE_CHECKING:
    from wiredesk.store import Store


__all__ = ["ROW_COLUMNS", "ROW_TABLES", "TABLE_NAMES", "GroupRows", "actor_rows", "cluster_rows",
           "crosscheck_tables", "key_rows", "put_crosscheck", "ref_id", "ref_rows",
           "row_columns"]

_PART = 10_000  # rows a statement

# Tables of these rows that the store packs on the rows of another (Parquet holds no
# blobs): a group's members, a clash set's side b, a contradiction's sides; packed when
# they go in (`_packed_rows`), with the table of which contradictions hold a reference.
ROW_TABLES: dict[str, tuple[tuple[str, type], ...]] = {
    "crosscheck_members": (("group_id", int), ("ref_id", int)),
    "crosscheck_clash_b": (("set_id", int), ("ref_id", int)),
    "crosscheck_sides": (("contradiction_id", int), ("side", str), ("position", int),
                         ("ref_id", int)),
}
_PACKED = {crosscheck_groups.name: ("members",), crosscheck_clash_sets.name: ("b",),
           crosscheck_contradictions.name: ("a", "b")}  # columns these rows leave out
_DERIVED = (crosscheck_side_refs,)  # tables made from them when they go in


@dataclass(frozen=True, slots=True)
class GroupRows:
    """One group's `crosscheck_groups` row (no id yet) and its members; an actor group
    also its earliest member and its members counted by (chain, outlet)."""

    row: Row
    members: tuple[RefId, ...]
    first: RefId | None = None
    told: tuple[tuple[str, str, int], ...] = ()


def row_columns(table: Table) -> tuple[tuple[str, type], ...]:
    """A table's columns as these rows hold them: an article by its id (`article_id`), not
    by the store's `articles.seq`, which only the store knows (`put_crosscheck` turns it);
    `crosscheck_keys` a row a key and article (`key_rows`), packed when they go in."""
    if table is crosscheck_keys:
        return ("key", int), ("article_id", str)
    packed = _PACKED.get(table.name, ())
    return tuple(("article_id", str) if c.name == "article" else (c.name, c.type.python_type)
                 for c in table.columns if c.name not in packed)


# every table of these rows, parents first, with its columns
ROW_COLUMNS: dict[str, tuple[tuple[str, type], ...]] = {
    **{t.name: row_columns(t) for t in reversed(TABLES) if t not in _DERIVED}, **ROW_TABLES}
TABLE_NAMES = tuple(ROW_COLUMNS)


def ref_rows(text_of_article: str, refs: Iterable[ItemRef]) -> list[Row]:
    """`crosscheck_refs` rows (without ids, names as words) of one article's references,
    as it tells them."""
    out = []
    for ref in refs:
        row = ref_row(ref, text_of_article, 0)
        del row["article"]
        out.append({"article_id": ref.article_id, **row})
    return out


def key_rows(article_id: str, items: Items) -> list[Row]:
    """`crosscheck_keys` rows: the hashed keys a later batch finds this article by."""
    own, _ = index_keys(items)
    return [{"key": h, "article_id": article_id} for h in sorted({key_hash(k) for k in own})]


def cluster_rows(group: Corroboration) -> GroupRows:
    """A cluster's row and members."""
    return GroupRows({"kind": group.kind, "key": group.key, "actor": None,
                      "n_sources": group.n_sources, "n_items": len(group.items),
                      "sources": json.dumps(list(group.sources), ensure_ascii=False),
                      "explanation": group.explanation, "first_ref": None},
                     tuple(ref_id(r) for r in group.items))


def actor_rows(actor: str, named: Sequence[tuple[str, ItemRef]],
               bodies: dict[str, tuple[str, ...]]) -> GroupRows:
    """An actor's group from where each article names it (references as told), counted
    as the store counts it: by its members' (chain, outlet), called as its earliest
    member names it."""
    told = Counter(told_key(ref) for _, ref in named)
    name, first = min(named, key=lambda pair: ref_order(pair[1]))
    return GroupRows({"kind": "actor", "key": name, "actor": actor, "n_items": len(named),
                      "explanation": f"named in {len(named)} articles",
                      **actor_sources(dict(told), bodies)},
                     tuple(ref_id(ref) for _, ref in named), ref_id(first),
                     tuple((chain, outlet, n) for (chain, outlet), n in sorted(told.items())))


def _clash_text(c: Contradiction) -> tuple[str, str, str, str]:
    return c.kind, c.key, c.detail, c.explanation


def crosscheck_tables(article_ids: Iterable[str], bodies: Mapping[str, Sequence[str]],
                      refs: Iterable[Row], groups: Sequence[GroupRows],
                      revised: Iterable[ItemRef], clashes: Sequence[Contradiction],
                      contradictions: Sequence[Contradiction]) -> dict[str, list[Row]]:
    """Every cross-check table but `crosscheck_keys` (written where it is computed), ids given.

    Args:
        article_ids: the articles checked.
        bodies: each speaker's bodies (`people_bodies` over every article).
        refs: `ref_rows` of every reference a group, clash or contradiction holds (their
            names are given ids here, in the order of the words).
        groups: each cluster (`cluster_rows`) and actor group (`actor_rows`).
        revised: figures their own source later revised.
        clashes: pairwise clashes, as found; contradictions: told once, in order.
    """
    ref_table = sorted(refs, key=lambda r: (r["article_id"], r["layer"], r["ordinal"],
                                            r["span_start"]))
    ids: dict[RefId, int] = {}
    for n, row in enumerate(ref_table, 1):
        ids[(row["article_id"], row["layer"], row["ordinal"], row["span_start"])] = n
        row["id"] = n
    for ref in revised:
        ref_table[ids[ref_id(ref)] - 1]["revised"] = True
    words = sorted({row[k] for row in ref_table for k in NAMED if row[k] is not None}
                   | {group.row[k] for group in groups for k in GROUP_NAMED}
                   | {w for group in groups for told in group.told for w in told[:2]})
    name_ids = {w: n for n, w in enumerate(words, 1)}
    group_rows, members, told = [], [], []
    for n, group in enumerate(groups, 1):
        first = None if group.first is None else ids[group.first]
        group_rows.append({"id": n, **named(group.row, name_ids, GROUP_NAMED),
                           "first_ref": first})
        members += [{"group_id": n, "ref_id": ids[rid]} for rid in group.members]
        if group.row["kind"] in CLUSTER_KINDS:
            for rid in group.members:
                ref_table[ids[rid] - 1]["group_id"] = n
        told += [{"group_id": n, "chain_id": name_ids[chain], "outlet_id": name_ids[outlet],
                  "n": count} for chain, outlet, count in group.told]
    texts = {t: n for n, t in enumerate(sorted({_clash_text(c) for c in clashes}), 1)}
    contradiction_rows, sides = [], []
    for n, x in enumerate(contradictions, 1):
        contradiction_rows.append({"id": n, "kind": x.kind, "key": x.key, "detail": x.detail,
                                   "explanation": x.explanation})
        sides += [{"contradiction_id": n, "side": name, "position": i, "ref_id": ids[ref_id(r)]}
                  for name, side in zip("ab", x.sides, strict=True) for i, r in enumerate(side)]
    sets = clash_sets({(ids[ref_id(c.a)], ids[ref_id(c.b)], texts[_clash_text(c)])
                       for c in clashes})
    return {
        "crosscheck_articles": [{"article_id": a} for a in sorted(set(article_ids))],
        "crosscheck_bodies": [{"name": name, "body": b} for name in sorted(bodies)
                              for b in sorted(set(bodies[name]))],
        "crosscheck_names": [{"id": n, **row} for n, row in enumerate(name_rows(name_ids), 1)],
        "crosscheck_refs": [named(row, name_ids) for row in ref_table],
        "crosscheck_groups": group_rows,
        "crosscheck_actor_sources": told,
        "crosscheck_members": members,
        "crosscheck_clash_texts": [{"id": n, **dict(zip(CLASH_WORDS, t, strict=True)),
                                    "hash": clash_text_hash(t)} for t, n in texts.items()],
        "crosscheck_clash_sets": [{"id": n, "text_id": t} for n, (t, _, _) in enumerate(sets, 1)],
        "crosscheck_clash_a": [{"ref_id": r, "set_id": n} for n, (_, a, _) in enumerate(sets, 1)
                               for r in a],
        "crosscheck_clash_b": [{"set_id": n, "ref_id": r} for n, (_, _, b) in enumerate(sets, 1)
                               for r in b],
        "crosscheck_contradictions": contradiction_rows,
        "crosscheck_sides": sides,
    }


def _stored(row: Mapping[str, Any], seqs: dict[str, int]) -> dict[str, Any]:
    """A row as the store holds it: its article by `articles.seq`."""
    if "article_id" not in row:
        return dict(row)
    out = {k: v for k, v in row.items() if k != "article_id"}
    out["article"] = seqs[row["article_id"]]
    return out


def _packed_rows(tables: Mapping[str, Sequence[Row]]) -> dict[str, list[Row]]:
    """The rows as the store's tables hold them: `ROW_TABLES` packed on their owners'
    rows, and which contradictions each reference is on a side of."""
    out = {name: [dict(r) for r in rows] for name, rows in tables.items()}
    for name, owner, column in (("crosscheck_members", crosscheck_groups, "members"),
                                ("crosscheck_clash_b", crosscheck_clash_sets, "b")):
        refs: dict[int, list[int]] = defaultdict(list)
        for row in tables.get(name, ()):
            refs[row[ROW_TABLES[name][0][0]]].append(row["ref_id"])
        for row in out.get(owner.name, ()):
            row[column] = pack_seqs(refs.get(row["id"], ()))
    sides: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: {"a": [], "b": []})
    for row in tables.get("crosscheck_sides", ()):
        sides[row["contradiction_id"]][row["side"]].append((row["position"], row["ref_id"]))
    for row in out.get(crosscheck_contradictions.name, ()):
        for side, held in sides[row["id"]].items():
            row[side] = pack_ordered(ref for _, ref in sorted(held))
    out[crosscheck_side_refs.name] = [
        {"ref_id": ref, "contradiction_id": cid} for cid, two in sorted(sides.items())
        for ref in sorted({ref for held in two.values() for _, ref in held})]
    return out


def put_crosscheck(store: Store, tables: Mapping[str, Sequence[Row]]) -> bool:
    """Insert a computed cross-check's rows, when the store holds no cross-check yet and
    exactly the articles it was computed over (articles named by id are given their
    `articles.seq` here).

    Returns:
        Whether the rows went in (False: nothing was written).
    """
    checked = {r["article_id"] for r in tables.get("crosscheck_articles", ())}
    with store._writing() as conn:
        if conn.scalar(select(func.count()).select_from(crosscheck_articles)):
            return False
        if not checked or set(conn.scalars(select(articles.c.id))) != checked:
            return False
        seqs = article_seqs(conn, checked)
        keyed: dict[int, list[int]] = defaultdict(list)
        for row in tables.get(crosscheck_keys.name, ()):
            keyed[row["key"]].append(seqs[row["article_id"]])
        add_keys(conn, keyed)
        packed = _packed_rows(tables)
        for table in reversed(TABLES):  # parents first
            if table is crosscheck_keys:
                continue
            rows = [_stored(r, seqs) for r in packed.get(table.name, ())]
            for start in range(0, len(rows), _PART):
                conn.execute(insert(table), rows[start:start + _PART])
        unspan(conn)  # the rows keep every reference's span
        if conn.dialect.name == "postgresql":  # the next id after those given
            for table in TABLES:
                if "id" in table.c:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"))
    return True
