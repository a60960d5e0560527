"""Blocking keys stored a row a key: the packed articles read back as they went in, and a
store whose keys were a row a key and an article upgrades with none lost."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select, text

from wiredesk.store import Store
from wiredesk.store import _migrations as migrations
from wiredesk.store._crosscheck.keys import pack_seqs, unpack_seqs
from wiredesk.store._crosscheck.tables import crosscheck_keys
from wiredesk.store.schema import schema_version

PACKED = 14  # the schema step that packs them


def test_packed_articles_read_back_ascending_each_once() -> None:
    seqs = [5, 1, 127, 128, 1, 300_000, 16_384]
    assert unpack_seqs(pack_seqs(seqs)) == [1, 5, 127, 128, 16_384, 300_000]
    assert pack_seqs([1, 2, 3]) == b"\x01\x01\x01"  # gaps, a byte each
    assert pack_seqs([128]) == b"\x80\x01"  # seven bits a byte, low bits first
    assert unpack_seqs(b"") == []


def _pairs(conn: Connection) -> set[tuple[int, int]]:
    k = crosscheck_keys
    return {(key, seq) for key, packed in conn.execute(select(k.c.key, k.c.articles))
            for seq in unpack_seqs(bytes(packed))}


def test_keys_of_a_row_a_key_and_article_are_packed_on_upgrade(checked: str) -> None:
    with Store.open(checked) as store, store._writing() as conn:
        before = _pairs(conn)
        conn.exec_driver_sql("DROP TABLE crosscheck_keys")
        conn.exec_driver_sql("CREATE TABLE crosscheck_keys (key BIGINT NOT NULL, "
                             "article INTEGER NOT NULL, PRIMARY KEY (key, article))")
        conn.execute(text("INSERT INTO crosscheck_keys (key, article) VALUES (:k, :a)"),
                     [{"k": key, "a": seq} for key, seq in sorted(before)])
        conn.execute(delete(schema_version).where(schema_version.c.version >= PACKED))
    assert len(before) > 50
    assert len({key for key, _ in before}) < len(before)  # keys the sample's articles share
    with Store.open(checked) as store, store.engine.connect() as conn:
        assert migrations.current_version(conn) == migrations.LATEST
        assert _pairs(conn) == before
        rows = conn.scalar(select(text("count(*)")).select_from(crosscheck_keys))
    assert rows == len({key for key, _ in before})
