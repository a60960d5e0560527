"""Hand-checked articles in several outlets' styles, with every attribution they hold."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from wiredesk.records import Document

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "attributions"
ARTICLES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def _plain(doc: Document) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for a in doc.attributions:
        item: dict[str, object] = {
            "speaker": a.speaker.name,
            "mention": a.speaker.mention.text if a.speaker.mention else None,
            "content": a.content.text,
            "kind": a.kind,
        }
        if a.content_fragments:
            item["fragments"] = [doc.article.text[s:e] for s, e in a.content_fragments]
        if a.status != "asserted":
            item["status"] = a.status
        if a.via:
            item["via"] = list(a.via)
        if a.said_on:
            item["said_on"] = a.said_on
        out.append(item)
    return out


def test_attributions_golden_set_is_not_empty() -> None:
    assert len(ARTICLES) >= 5


@pytest.mark.parametrize("name", ARTICLES)
def test_attributions_golden(extract: Callable[..., Document], name: str) -> None:
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    doc = extract(text, published=expected["published"])
    assert _plain(doc) == expected["attributions"]
    for a in doc.attributions:
        assert text[a.content.span[0]:a.content.span[1]] == a.content.text
