"""The pages and the JSON API through a test client, against the real sample store."""

from __future__ import annotations

import re
from html import unescape

import pytest
from starlette.testclient import TestClient

from wiredesk.errors import StoreError
from wiredesk.store import Store, browse
from wiredesk.web._security import CSP
from wiredesk.web._views import cited_parts

PAGES = ["/", "/search?q=Poltava", "/articles", "/articles?place=Kherson", "/claims",
         "/claims?status=denied", "/stories", "/stories?kind=figure", "/map",
         "/map?type=attack", "/brief", "/brief?since=2026-03-03&until=2026-03-04"]


def _article_id(store: Store, words: str) -> str:
    return str(store.search(words, limit=1)[0]["article_id"])


@pytest.mark.parametrize("path", PAGES)
def test_web_page_renders_with_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text  # only <script src=...> of our own
    assert re.findall(r"<script[^>]*>", response.text) == [
        '<script src="/static/app.js" defer>']
    assert " style=" not in response.text


def test_web_overview_counts_and_contradictions(client: TestClient, web_store: Store) -> None:
    html = client.get("/").text
    stats = web_store.stats()
    assert f"<strong>{stats['articles']}</strong> articles" in html
    for row in browse.source_counts(web_store):
        assert unescape(row["source"]) in unescape(html)
    newest = browse.contradictions(web_store, limit=10)
    assert newest, "the sample corpus has a figure contradiction and a denial"
    assert {c.kind for _, c in newest} >= {"figure", "denial"}
    for clash_id, _ in newest:
        assert f'id="x{clash_id}"' in html


def test_web_article_highlights_every_layer(client: TestClient, web_store: Store) -> None:
    aid = _article_id(web_store, "Poltava depot")
    doc = next(web_store.documents(ids=[aid]))
    html = client.get(f"/article/{aid}").text
    layers = {"a": doc.attributions, "t": doc.times, "p": doc.places, "f": doc.figures,
              "e": doc.events}
    for letter, items in layers.items():
        for i in range(len(items)):
            assert f'id="rec-{letter}{i}"' in html
            assert re.search(rf'data-r="[^"]*\b{letter}{i}\b', html), f"{letter}{i} not marked"
    text = re.sub(r"<[^>]+>", "", html.split('id="text">', 1)[1].split("</article>", 1)[0])
    assert unescape(text) == doc.article.text  # the segments rebuild the text exactly


def test_web_article_marks_cited_span(client: TestClient, web_store: Store) -> None:
    aid = _article_id(web_store, "Poltava depot")
    text = next(web_store.documents(ids=[aid])).article.text
    html = client.get(f"/article/{aid}?hl=20-60").text
    cited = re.findall(r'<span class="seg[^"]* hl"[^>]*>([^<]*)</span>', html)
    assert unescape("".join(cited)) == text[20:60]
    assert html.count('id="hl"') == 1


def test_web_claims_filters(client: TestClient, web_store: Store) -> None:
    rows = client.get("/api/claims", params={"place": "Poltava"}).json()["claims"]
    assert rows and all("Poltava" in r["text"] for r in rows)
    denied = client.get("/api/claims", params={"status": "denied"}).json()["claims"]
    assert denied and {r["status"] for r in denied} == {"denied"}
    worded = client.get("/api/claims", params={"q": "DRONES"}).json()["claims"]
    assert worded and all("drones" in r["text"].lower() for r in worded)
    attack = client.get("/api/claims", params={"type": "attack"}).json()["claims"]
    assert 0 < len(attack) < len(web_store.claims())
    percent = client.get("/api/claims", params={"q": "%"}).json()["claims"]
    assert all("%" in r["text"] for r in percent)  # LIKE wildcards are literal


def test_web_story_shows_every_report_and_marks_copies(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    biggest = max(stories, key=lambda s: len(s["items"]))
    data = client.get(f"/api/stories/{biggest['id']}").json()
    assert len(data["reports"]) == len(biggest["items"])
    sources = [r["ref"]["source"] for r in data["reports"]]
    copies = [r for r in data["reports"] if r["copy_of"] is not None]
    assert len(copies) == len(sources) - len(set(sources))
    html = client.get(f"/story/{biggest['id']}").text
    assert html.count('class="report') >= len(data["reports"])
    assert html.count("copy of report") == len(copies)


def test_web_map_points_and_geojson(client: TestClient, web_store: Store) -> None:
    rows = browse.map_places(web_store)
    html = client.get("/map").text
    assert html.count("<circle ") == len(rows) > 5
    geo = client.get("/api/places.geojson").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(rows)
    poltava = next(f for f in geo["features"] if f["properties"]["name"] == "Poltava")
    assert poltava["geometry"]["coordinates"] == pytest.approx([34.55, 49.59], abs=0.05)
    attack = client.get("/api/places.geojson", params={"type": "attack"}).json()
    assert 0 < len(attack["features"]) < len(rows)
    day = {"since": "2026-03-07", "until": "2026-03-07"}
    one_day = client.get("/api/places.geojson", params=day).json()["features"]
    named = {f["properties"]["name"] for f in one_day}
    assert named == {r["name"] for r in browse.map_places(web_store, **day)}
    assert 0 < len(named) < len(rows) and "Mykolaiv" not in " ".join(named)


def test_web_briefing_citations_point_at_their_spans(client: TestClient,
                                                     web_store: Store) -> None:
    html = client.get("/brief", params={"since": "2026-03-03", "until": "2026-03-03"}).text
    links = re.findall(r'<a class="cite" href="/article/([0-9a-f]+)\?hl=(\d+)-(\d+)#hl">', html)
    assert len(links) > 10
    data = client.get("/api/brief", params={"since": "2026-03-03", "until": "2026-03-03"}).json()
    by_span = {(c["article_id"], c["span"][0], c["span"][1]): c["text"]
               for c in data["briefing"]["citations"]}
    for aid, start, end in links[:5]:
        text = next(web_store.documents(ids=[aid])).article.text
        assert " ".join(text[int(start):int(end)].split()) == \
            " ".join(by_span[(aid, int(start), int(end))].split())
    sentences = [s["text"] for st in data["briefing"]["stories"] for s in st["sentences"]]
    assert set(data["verification"]) == set(sentences)
    assert html.count('class="sentence ') == len(sentences)


def test_web_api_error_shape(client: TestClient) -> None:
    for path, status in [("/api/articles/ffff", 404), ("/api/claims?since=March", 400),
                         ("/api/articles?page=0", 400), ("/api/nowhere", 404),
                         ("/api/stories?kind=bogus", 400), (f"/api/search?q={'x' * 201}", 400)]:
        response = client.get(path)
        assert response.status_code == status, path
        body = response.json()
        assert set(body) == {"error"} and body["error"]["status"] == status
        assert body["error"]["message"]


def test_web_openapi_lists_every_api_route(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    from wiredesk.web import _api

    served = {r.path.replace(":int", "") for r in _api.routes()} - {"/api/openapi.json"}
    assert set(spec["paths"]) == served


def test_web_pages_are_bounded(client: TestClient, web_store: Store) -> None:
    assert len(client.get("/api/claims").json()["claims"]) == 50 < len(web_store.claims())
    assert client.get("/api/claims?page=1001").status_code == 400
    assert browse.claims(web_store, limit=10_000) == browse.claims(web_store, limit=200)


def test_web_assets_are_a_fixed_set(client: TestClient) -> None:
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    for path in ["/static/..%2Fstore%2F__init__.py", "/static/%2e%2e/__init__.py",
                 "/static/templates", "/static/__init__.py"]:
        assert client.get(path).status_code == 404


def test_web_read_only_store_refuses_writes(web_store: Store) -> None:
    with pytest.raises(StoreError), web_store._writing() as conn:
        conn.exec_driver_sql("DELETE FROM sources")
    assert web_store.stats()["sources"] > 0


def test_web_read_only_open_needs_a_store(tmp_path) -> None:
    with pytest.raises(StoreError):
        Store.open(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("path", ["/", "/articles", "/claims", "/claims?q=blasts",
                                  "/map", "/stories", "/search?q=Kherson"])
def test_web_hostile_fields_are_escaped(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert "alert(" not in html or "&lt;" in html
    for raw in ("<script>alert", "<img src=x", 'href="javascript:', "onerror=\"alert"):
        assert raw not in html, raw


def test_web_hostile_article_shows_payloads_as_text(client: TestClient,
                                                    web_store: Store) -> None:
    rows = browse.list_articles(web_store, since="2026-03-05", until="2026-03-06", limit=200)
    hostile = [r for r in rows if "alert" in (r["title"] or "")]
    assert len(hostile) == 2
    for row in hostile:
        html = client.get(f"/article/{row['id']}").text
        assert "&lt;script&gt;alert(" in html or "&lt;img src=x" in html
        for raw in ("<script>alert", "<img src=x", 'href="javascript:'):
            assert raw not in html, raw
        assert "javascript:alert(" in unescape(html)  # shown as text, not as a link


def test_web_pages_citation_runs_link_every_citation() -> None:
    parts = cited_parts("Russia struck a depot [2]-[4] and [7].")
    assert [n for _, n in parts if n is not None] == [2, 3, 4, 7]
    assert "".join(t for t, n in parts if n is None) == "Russia struck a depot  and ."
