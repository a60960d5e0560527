"""One article never costs a batch: a failing stage is recorded, stored, reported and retried;
an exception while extracting or storing one article fails that article alone."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.tokens import Doc
from sqlalchemy import func, select

import wiredesk
import wiredesk.store.ingest as ingest_module
from wiredesk.extract import STAGES, Context, extract_articles
from wiredesk.records import Article, Document, StageFailure
from wiredesk.store import Store
from wiredesk.store.ingest import ingest_paths
from wiredesk.store.schema import stage_failures, times

TEXT = "On Monday, officials said three people died in Kyiv. Tomorrow they will meet again."
MARKER = "Fragile"  # the text the broken stage below raises on


@pytest.fixture
def fragile_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real times stage, made to raise on texts holding MARKER (as a bug would)."""
    real = STAGES["times"]

    def run(doc: Doc, ctx: Context) -> tuple[object, ...]:
        if MARKER in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real.run(doc, ctx)

    monkeypatch.setitem(STAGES, "times", replace(real, run=run))


def test_isolation_stage_exception_is_recorded_on_the_document(fragile_times: None) -> None:
    doc = wiredesk.extract(f"{MARKER}. {TEXT}", published="2026-03-02")
    assert doc.failures == (
        StageFailure("times", "recursion", "RecursionError", "maximum recursion depth exceeded"),
    )
    assert doc.times == () and doc.places != ()  # later stages still ran
    assert doc.to_dict()["failures"] == [
        {"stage": "times", "kind": "recursion", "error": "RecursionError",
         "message": "maximum recursion depth exceeded", "offset": 0}]
    assert wiredesk.extract(TEXT, published="2026-03-02").failures == ()


def test_isolation_parser_exception_is_recorded() -> None:
    doc = wiredesk.extract("Kyiv \udc00 said three died.", published="2026-03-02")
    assert [(f.stage, f.error) for f in doc.failures] == [("parse", "UnicodeEncodeError")]


def test_isolation_year_9999_resolves_without_overflow() -> None:
    doc = wiredesk.extract(TEXT, published="9999-12-31")
    assert doc.failures == () and [t.value for t in doc.times][:1] == ["9999-12-27"]


def _count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)))  # type: ignore[arg-type]


def test_isolation_failed_stage_stored_reported_and_retried(
    store: Store, tmp_path: Path, fragile_times: None
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "far.txt").write_text(f"title: Fragile\npublished: 2026-03-02\n\n{MARKER}. {TEXT}\n")
    (news / "ok.txt").write_text(f"published: 2026-03-02\n\nThe next day. {TEXT}\n")
    first = ingest_paths([str(news)], store)
    assert (first.stored, first.incomplete, first.ok) == (1, 1, False)
    [problem] = first.problems
    assert problem.where.endswith("far.txt: line 1")
    assert "times (RecursionError: maximum recursion depth exceeded)" in problem.message
    assert _count(store, stage_failures) == 1
    [stored] = [d for d in store.documents() if d.failures]
    assert stored.failures[0].error == "RecursionError"

    again = ingest_paths([str(news)], store)  # tried again, not "unchanged"
    assert (again.unchanged, again.incomplete) == (1, 1)
    assert _count(store, stage_failures) == 1  # replaced, not added to


def test_isolation_retry_replaces_the_layers(store: Store) -> None:
    article = Article(TEXT, published="2026-03-02")
    whole = next(extract_articles([article]))
    broken = replace(whole, times=(), failures=(StageFailure("times", "recursion",
                                                             "RecursionError", "deep"),))
    assert store.put(broken).status == "stored"
    assert not store.has_whole(article.id) and store.has(article.id)
    assert store.put(broken).status == "stored"  # a failed article is never "unchanged"
    assert store.put(whole).status == "stored"
    assert store.has_whole(article.id)
    assert store.put(whole).status == "unchanged"
    assert next(store.documents(ids=[article.id])) == whole
    assert _count(store, stage_failures) == 0 and _count(store, times) == len(whole.times) > 0


def test_isolation_extraction_crash_fails_one_article(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runner failure outside any stage (here injected for one text) costs that article."""

    def fragile(articles: Iterable[Article], **kwargs: object) -> Iterator[Document]:
        for doc in extract_articles(articles, **kwargs):  # type: ignore[arg-type]
            if "poison" in doc.article.text:
                raise RecursionError("maximum recursion depth exceeded")
            yield doc

    monkeypatch.setattr(ingest_module, "extract_articles", fragile)
    news = tmp_path / "news"
    news.mkdir()
    for n, word in enumerate(["first", "poison", "third", "fourth"]):
        (news / f"{n}.txt").write_text(f"The {word} report: {TEXT}")
    summary = ingest_paths([str(news)], store)
    assert (summary.stored, summary.failed) == (3, 1)
    [problem] = summary.problems
    assert problem.where.endswith("1.txt: line 1")
    assert "extraction failed (RecursionError: maximum recursion" in problem.message
    stored = sorted(d.article.origin.path or "" for d in store.documents())
    assert [Path(p).name for p in stored] == ["0.txt", "2.txt", "3.txt"]


def test_isolation_provenance_names_encoding_and_failed_stages(store: Store) -> None:
    article = Article(TEXT, published="2026-03-02", encoding="cp1252 (meta charset)")
    broken = Document(article, failures=(StageFailure("events", "error", "KeyError", "'x'"),))
    store.put(broken)
    prov = store.provenance(article.id)
    assert (prov["encoding"], prov["failed_stages"]) == ("cp1252 (meta charset)",
                                                          ["events (KeyError)"])
    assert next(store.documents(ids=[article.id])) == broken


def test_isolation_store_gone_mid_batch_is_an_error_not_a_short_run(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the store cannot say what it holds (its server went away), ingest stops with the
    store's error instead of ending early as if the inputs were all read."""
    from wiredesk.errors import StoreError

    news = tmp_path / "news"
    news.mkdir()
    for n in range(3):
        (news / f"{n}.txt").write_text(f"Report {n}. {TEXT}")
    asked: list[str] = []

    def has_whole(article_id: str) -> bool:
        asked.append(article_id)
        if len(asked) == 2:
            raise StoreError("the store at x failed: server closed the connection")
        return False

    monkeypatch.setattr(store, "has_whole", has_whole)
    with pytest.raises(StoreError, match="server closed the connection"):
        ingest_paths([str(news)], store)
