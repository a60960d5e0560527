"""Schema step 21: what the cross-check read off the stored text about sources is on the
records (the names a story credits as its own, the office a speaker is described by, the
ministries named before a bare "the ministry"); a store of the older shape is given them
from its stored text."""

from __future__ import annotations

from older_shapes import reads_back_at_latest
from sqlalchemy import create_engine

from wiredesk.store import Store
from wiredesk.store.schema import LAYER_TABLES, articles, schema_version

TEXT = ("SAN JOSE, Aug 18 (AFP) - One protester died, Ana Mora, the security minister, said on "
        "Monday.\n\nThe Ministry denied that any shots were fired. The union said the police "
        "fired live rounds.")


def test_store_older_records_are_described(db_url: str, extract) -> None:
    doc = extract(TEXT, published="2026-08-18", source="Example Wire")
    assert doc.article.credits == ("AFP",)
    assert "the security minister" in [a.speaker_described for a in doc.attributions]
    assert "Ministry" in [a.speaker.name for a in doc.attributions]  # a bare ministry
    with Store.open(db_url) as store:
        store.put(doc)
    engine = create_engine(db_url)
    with engine.begin() as conn:  # version 19's rows: none of the fields read beside names
        conn.execute(LAYER_TABLES["attributions"].update().values(extra=None))
        conn.execute(articles.update().values(extra=None))
        conn.execute(schema_version.delete().where(schema_version.c.version > 19))
    engine.dispose()
    reads_back_at_latest(db_url, doc)
