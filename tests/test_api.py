"""The public surface: __all__, the records and the JSON shape of a document."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import wiredesk
from wiredesk.records import Article, Document

SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schema" / "document.schema.json"


def test_api_all_lists_every_public_name() -> None:
    public = {n for n in vars(wiredesk) if not n.startswith("_") or n == "__version__"}
    modules = {n for n in public if type(getattr(wiredesk, n)).__name__ == "module"}
    assert set(wiredesk.__all__) == public - modules - {"annotations"}


def test_api_records_are_frozen() -> None:
    art = Article("Kyiv said on Tuesday.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "same"),
    [("Same text.", "Same text."), ("Тест ✓ “quotes”", "Тест ✓ “quotes”")],
)
def test_api_article_id_is_content_hash(text: str, same: str) -> None:
    assert Article(text).id == Article(same, published="2025-01-01").id
    assert Article(text).id != Article(text + " ").id
    assert len(Article(text).id) == 16


def test_api_extract_keeps_text_and_published(extract) -> None:
    text = "\nThe ministry said on Monday that the strike killed 12 people.\n"
    doc = extract(text, published="2025-08-12")
    assert isinstance(doc, Document)
    assert doc.article.text == text
    assert doc.article.published == "2025-08-12"
    for layer in ("attributions", "times", "places", "figures", "checks", "events"):
        for item in getattr(doc, layer):
            start, end = item.span
            assert 0 <= start < end <= len(text)
            assert item.article_id == doc.article.id


def test_api_document_json_follows_schema(extract) -> None:
    if not SCHEMA.exists():
        pytest.skip("../shared/schema is not beside this checkout")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    text = (
        "KYIV, March 3 (Wire) - Ukraine's air force said on Tuesday that Russia launched "
        "more than 40 drones overnight at Kharkiv, killing three people. “The attack was "
        "aimed at civilians,” Mayor Ihor Terekhov said. It could not be independently verified."
    )
    doc = json.loads(extract(text, published="2026-03-03").to_json())
    jsonschema.validate(doc, schema)
    assert doc["article"]["text"] == text


def test_api_long_text_is_parsed_in_pieces_with_spans_on_the_article(extract) -> None:
    paragraph = (
        "The governor said on Monday that shelling killed 4 people in Kharkiv. "
        "“We will rebuild,” he said.\n\n"
    )
    text = paragraph * 1500  # ~150,000 characters: two pieces of at most 100,000
    doc = extract(text, published="2026-03-03")
    assert len(doc.places) >= 1500 and len(doc.times) >= 1500
    for layer in (doc.places, doc.times, doc.figures):
        for item in layer:
            assert text[item.span[0] : item.span[1]] == item.text
    for att in doc.attributions:
        assert text[att.content.span[0] : att.content.span[1]] == att.content.text
    assert doc.places[-1].span[0] > 100_000
    for fig in doc.figures:
        if fig.attribution is not None:
            assert doc.attributions[fig.attribution].content.span[0] <= fig.span[0]


def test_api_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "wiredesk", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "extract" in done.stdout


def test_api_store_crosscheck_brief_as_docs_python_tells(sample_db: Path) -> None:
    with wiredesk.Store.open(sample_db, create=False) as store:
        docs = list(store.documents(since="2026-03-03", until="2026-03-07"))
        rows = store.claims(speaker="Russian Defence Ministry")

        def lookup(article_id: str) -> Document | None:
            return next(iter(store.documents(ids=[article_id])), None)

        result = wiredesk.crosscheck(docs)
        text = wiredesk.brief(docs, result, since="2026-03-03", until="2026-03-07").to_markdown()
        assert wiredesk.verify_briefing(text, lookup) == []
    assert rows and docs and result.contradictions and "Kherson" in text
