"""A store written by an older wiredesk opens in this one with nothing lost.

`data/store_v10.sql` is the dump of a SQLite store of two sample articles that wiredesk
wrote at schema version 10 (commit 274cac9): extractor names still in every item row,
item tables with a rowid, clashes stored pair by pair. Later steps were written against
stores of their own time; this checks them against a store of an earlier one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wiredesk.store import Store
from wiredesk.store import _migrations as migrations

DUMP = Path(__file__).parent / "data" / "store_v10.sql"
LAYERS = ("attributions", "times", "places", "figures", "events")


def _old(path: Path) -> dict[str, list[tuple[str, int, int, int, str]]]:
    """The dump loaded at `path`; each layer's items as (article, ordinal, span, extractor)."""
    with sqlite3.connect(path) as conn:
        conn.executescript(DUMP.read_text(encoding="utf-8"))
        return {layer: conn.execute(
            f"SELECT article_id, ordinal, span_start, span_end, extractor FROM {layer} "
            "ORDER BY article_id, ordinal").fetchall() for layer in LAYERS}


def test_store_of_schema_10_upgrades_and_reads_back_every_item(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    before = _old(path)
    assert sum(map(len, before.values())) > 40  # the dump holds real items
    with Store.open(path) as store:
        docs = sorted(store.documents(), key=lambda d: d.article.id)
        with store.engine.connect() as conn:
            assert migrations.current_version(conn) == migrations.LATEST
    assert len(docs) == 2
    for layer, rows in before.items():
        after = [(d.article.id, i, *x.span, x.extractor)
                 for d in docs for i, x in enumerate(getattr(d, layer))]
        assert after == rows, layer
