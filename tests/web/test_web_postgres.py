"""The same pages and API over PostgreSQL: a read-only connection through the same store API."""

from __future__ import annotations

import warnings

import pytest
from hostile import hostile_document

from wiredesk.errors import StoreError
from wiredesk.store import Store
from wiredesk.store._crosscheck import update_crosscheck
from wiredesk.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.postgres


def test_web_postgres_pages_and_api(pg_url: str) -> None:
    doc = hostile_document()
    with Store.open(pg_url) as store:
        store.put(doc)
        update_crosscheck(store)
    with Store.open(pg_url, read_only=True) as store:
        client = TestClient(create_app(store))
        for path in ["/", "/articles", f"/article/{doc.article.id}", "/claims?q=drones",
                     "/claims?place=mykolaiv", "/stories", "/map", "/search?q=drones",
                     "/brief?since=2026-03-06"]:
            response = client.get(path)
            assert response.status_code == 200, path
            assert "<script>alert" not in response.text
        claims = client.get("/api/claims", params={"q": "DRONES"}).json()["claims"]
        assert [c["text"] for c in claims] == ["3 drones were downed"]
        geo = client.get("/api/places.geojson").json()
        assert [f["geometry"]["coordinates"] for f in geo["features"]] == [[31.99, 46.97]]
        assert client.get("/api/search?q=drones").json()["results"][0]["article_id"] == \
            doc.article.id
        with pytest.raises(StoreError), store._writing() as conn:
            conn.exec_driver_sql("DELETE FROM sources")
        assert store.stats()["sources"] == 1
