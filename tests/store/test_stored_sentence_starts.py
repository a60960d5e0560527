"""Schema step 22: where each stored article's sentences start is on the article
(`Article.sentences`, which the cross-check reads instead of splitting the text); a store of
the older shape is given them from its stored text."""

from __future__ import annotations

import json

from older_shapes import reads_back_at_latest
from sqlalchemy import create_engine, select

from wiredesk.store import Store
from wiredesk.store.schema import articles, schema_version

TEXT = ("GOMA, May 4 (Example Wire) - Two soldiers were killed near the airport, the army "
        "said on Sunday. Rebels denied any attack!\n\nResidents fled south.")


def test_store_older_articles_get_their_sentences(db_url: str, extract) -> None:
    doc = extract(TEXT, published="2026-05-04", source="Example Wire")
    starts = doc.article.sentences
    assert [TEXT[s:s + 6] for s in starts] == ["GOMA, ", "Rebels", "Reside"]
    with Store.open(db_url) as store:
        store.put(doc)
    engine = create_engine(db_url)
    with engine.begin() as conn:  # version 21's row: the article without its sentences
        more = json.loads(conn.scalar(select(articles.c.extra)))
        assert more.pop("sentences") == list(starts)
        conn.execute(articles.update().values(extra=json.dumps(more) if more else None))
        conn.execute(schema_version.delete().where(schema_version.c.version > 21))
    engine.dispose()
    reads_back_at_latest(db_url, doc)
