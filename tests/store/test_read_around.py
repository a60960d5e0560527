"""Schema step 19: what the cross-check read off the stored text is on the records (an
attribution's second side, untrue judgment, whom it cites or quotes, who holds its speaker's
role, a place's area word, modifier and dateline); a store of the older shape is given them
from its stored text."""

from __future__ import annotations

from older_shapes import reads_back_at_latest
from sqlalchemy import create_engine

from wiredesk.store import Store
from wiredesk.store.schema import LAYER_TABLES, schema_version

TEXT = ("KYIV, March 2 (Example Wire) - Drones hit Odesa overnight, the governor said.\n\n"
        "“The army shelled the market in Djugu territory at dawn, while the rebels said the "
        "reports of the shelling were lies,” the monitor said. A Kyiv-based monitor counted "
        "the drones. Four people died, the agency said, citing Red Cross officials.\n\n"
        "HOST: Governor Oleh Hryhorov told us this morning that seven people had died.\n\n"
        "Five people died, according to the head of the regional administration, Oleksandr "
        "Prokudin.")


def test_store_older_records_are_read_around(db_url: str, extract) -> None:
    doc = extract(TEXT, published="2026-03-02", source="Example Wire")
    assert any(a.other_side is not None and a.judged_untrue for a in doc.attributions)
    assert [p.text for p in doc.places if p.in_dateline] == ["KYIV"]
    assert {p.text: (p.area, p.compound) for p in doc.places}["Djugu"] == ("territory", False)
    assert "Red Cross officials" in [a.cited for a in doc.attributions]
    assert "Oleh Hryhorov" in [a.presenter_quotes for a in doc.attributions]
    assert "Oleksandr Prokudin" in [a.role_holder for a in doc.attributions]
    with Store.open(db_url) as store:
        store.put(doc)
    engine = create_engine(db_url)
    with engine.begin() as conn:  # version 18's rows: none of the fields read around
        for layer in ("attributions", "places"):
            conn.execute(LAYER_TABLES[layer].update().values(extra=None))
        conn.execute(schema_version.delete().where(schema_version.c.version > 18))
    engine.dispose()
    reads_back_at_latest(db_url, doc)
