"""Blocking keys (`crosscheck_keys`): one row a key, holding the articles that have it
packed (`pack_seqs`), grown as batches come; and the step that packs an older store's
rows of one key and one article."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from sqlalchemy import Connection, bindparam, insert, inspect, select, text, update

from wiredesk.store._crosscheck.tables import chunks, crosscheck_keys


def _varint(out: bytearray, number: int) -> None:
    """Append a non-negative integer as an unsigned LEB128 varint (seven bits a byte, the
    high bit set on all but its last)."""
    while number >= 0x80:
        out.append(number & 0x7F | 0x80)
        number >>= 7
    out.append(number)


def _varints(packed: bytes) -> Iterator[int]:
    """The unsigned varints of `packed`, in order."""
    value = shift = 0
    for byte in packed:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            yield value
            value = shift = 0


def pack_seqs(seqs: Iterable[int]) -> bytes:
    """Positive integers, ascending and each once, as the gaps between them, each gap a
    varint."""
    out = bytearray()
    last = 0
    for seq in sorted(set(seqs)):
        _varint(out, seq - last)
        last = seq
    return bytes(out)


def unpack_seqs(packed: bytes) -> list[int]:
    """The integers `pack_seqs` packed, ascending."""
    out: list[int] = []
    last = 0
    for gap in _varints(packed):
        last += gap
        out.append(last)
    return out


def pack_ordered(values: Iterable[int]) -> bytes:
    """Integers in their order (repeats kept), as the signed steps between them, each
    zigzag-coded (0, -1, 1, -2 ... as 0, 1, 2, 3 ...) into a varint."""
    out = bytearray()
    last = 0
    for value in values:
        step, last = value - last, value
        _varint(out, step * 2 if step >= 0 else -step * 2 - 1)
    return bytes(out)


def unpack_ordered(packed: bytes) -> list[int]:
    """The integers `pack_ordered` packed, in their order."""
    out: list[int] = []
    last = 0
    for code in _varints(packed):
        last += code // 2 if code % 2 == 0 else -(code + 1) // 2
        out.append(last)
    return out


def _stored(conn: Connection, hashes: Iterable[int]) -> dict[int, bytes]:
    k = crosscheck_keys
    found: dict[int, bytes] = {}
    for part in chunks(sorted(set(hashes))):
        found.update((h, bytes(packed)) for h, packed in conn.execute(
            select(k.c.key, k.c.articles).where(k.c.key.in_(part))))
    return found


def articles_with(conn: Connection, hashes: Iterable[int]) -> set[int]:
    """The articles (`articles.seq`) that have one of these keys."""
    return {seq for packed in _stored(conn, hashes).values() for seq in unpack_seqs(packed)}


def add_keys(conn: Connection, keyed: Mapping[int, Iterable[int]]) -> None:
    """Add articles (`articles.seq`) to their keys' rows; a key not stored yet gets one."""
    k = crosscheck_keys
    stored = _stored(conn, keyed)
    fresh = [{"key": h, "articles": pack_seqs(seqs)} for h, seqs in sorted(keyed.items())
             if h not in stored]
    grown = [{"k": h, "a": pack_seqs([*unpack_seqs(stored[h]), *seqs])}
             for h, seqs in sorted(keyed.items()) if h in stored]
    if fresh:
        conn.execute(insert(k), fresh)
    if grown:
        conn.execute(update(k).where(k.c.key == bindparam("k"))
                     .values(articles=bindparam("a")), grown)


def pack_keys(conn: Connection) -> None:
    """Migration step: `crosscheck_keys` of one row a key and article made one row a key
    (a no-op on a store that has that shape)."""
    if "article" not in {c["name"] for c in inspect(conn).get_columns(crosscheck_keys.name)}:
        return
    keyed: dict[int, list[int]] = defaultdict(list)
    for key, article in conn.execute(text(f"SELECT key, article FROM {crosscheck_keys.name}")):
        keyed[key].append(article)
    conn.exec_driver_sql(f"DROP TABLE {crosscheck_keys.name}")
    crosscheck_keys.create(conn)
    add_keys(conn, keyed)
