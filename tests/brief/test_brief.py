"""Briefings from hand-built articles: cited, deterministic, escaped, and verifiable."""

from __future__ import annotations

import json

import pytest

from crosscheck.kit import Doc  # tests/ is on the path: the test folders are packages
from wiredesk.brief import brief, verify_briefing
from wiredesk.crosscheck import crosscheck
from wiredesk.records import Document


def corpus() -> list[Document]:
    wire = Doc("KHARKIV, Ukraine (Reuters) - Russia struck Kharkiv with glide bombs on Monday, "
               "killing 18 civilians, Governor Oleh Syniehubov said.", source="Reuters",
               published="2025-08-11", title="Glide bombs hit Kharkiv")
    i = wire.say("Oleh Syniehubov", "Russia struck Kharkiv with glide bombs on Monday, "
                 "killing 18 civilians", mention="Governor Oleh Syniehubov")
    wire.place("Kharkiv")
    wire.time("on Monday", "2025-08-11")
    wire.event("attack", "Russia struck Kharkiv", "Russia", "Ukraine", "Kharkiv", "2025-08-11",
               attribution=i)
    wire.figure("18 civilians", 18, "killed", about="civilians", attribution=i)
    live = Doc("Live updates: 25 civilians were killed when Russia hit Kharkiv on Monday, "
               "according to the regional prosecutor's office. It could not be "
               "independently confirmed.", source="Kyiv Independent",
               published="2025-08-12", title="Ukraine war latest <live>")
    live.place("Kharkiv")
    live.time("on Monday", "2025-08-11")
    live.event("attack", "Russia hit Kharkiv on Monday", "Russia", "Ukraine", "Kharkiv",
               "2025-08-11")
    live.figure("25 civilians", 25, "killed", about="civilians")
    state = Doc("Moscow denied that its forces struck civilian targets in Kharkiv, TASS "
                "reported. The ministry said <b>only</b> military sites were hit.",
                source="TASS", published="2025-08-12", title="Ministry statement")
    state.say("Russian Ministry of Defence", "that its forces struck civilian targets in Kharkiv",
              "denied", mention="Moscow", status="denied")
    state.say("Russian Ministry of Defence", "<b>only</b> military sites were hit",
              mention="The ministry", status="unverified")
    return [wire.done(), live.done(), state.done()]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return corpus()


def lookup_in(docs: list[Document]):
    by_id = {d.article.id: d for d in docs}
    return by_id.get


def test_brief_every_sentence_is_cited_and_verifies(docs):
    b = brief(docs, crosscheck(docs))
    md = b.to_markdown()
    assert verify_briefing(md, lookup_in(docs)) == []
    assert verify_briefing(b.to_json(), lookup_in(docs)) == []
    sentences = [s for story in b.stories for s in story.sentences]
    assert sentences and all(s.citations and s.text.endswith("].") for s in sentences)
    texts = [s.text for s in sentences]
    assert any("Accounts differ: Oleh Syniehubov put the death toll (civilians) at 18 [" in t
               and "Kyiv Independent said 25 [" in t for t in texts)
    assert any(t.startswith("Russian Ministry of Defence denied it:") for t in texts)
    assert any(t.startswith("It could not be independently confirmed") for t in texts)
    assert any(t.startswith("Russia attacked Ukraine in Kharkiv on 11 August 2025 [")
               for t in texts)
    assert any("Reported independently by Kyiv Independent and Oleh Syniehubov" in t for t in texts)


def test_brief_ends_with_sources_and_cited_spans(docs):
    b = brief(docs, crosscheck(docs))
    assert {s.outlet for s in b.sources} == {"Reuters", "Kyiv Independent", "TASS"}
    by_id = {d.article.id: d for d in docs}
    for c in b.citations:
        assert by_id[c.article_id].article.text[c.span[0]:c.span[1]] == c.text
    md = b.to_markdown()
    assert md.index("## Sources") < md.index("## Citations")
    assert "published 2025-08-11" in md and "https://example.org/Reuters/2025-08-11" in md


def test_brief_is_deterministic(docs):
    one = brief(docs, crosscheck(docs)).to_markdown()
    two = brief(list(reversed(docs)), crosscheck(list(reversed(docs)))).to_markdown()
    assert one == two


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("at 18 [", "at 81 [", "number “81”"),                          # misquoted figure
    ("on 11 August 2025", "on 12 August 2025", "date “12 August 2025”"),
    ("Oleh Syniehubov put", "Vitali Klitschko put", "name “Vitali”"),
])
def test_brief_verify_catches_misquotes(docs, old, new, problem):
    md = brief(docs, crosscheck(docs)).to_markdown()
    assert old in md
    failures = verify_briefing(md.replace(old, new, 1), lookup_in(docs))
    assert len(failures) >= 1 and any(problem in f for f in failures)


def test_brief_verify_catches_uncited_and_unresolvable(docs):
    md = brief(docs, crosscheck(docs)).to_markdown()
    lines = md.splitlines()
    story = lines.index("", 2) + 1  # first sentence of the first story
    lines[story] = lines[story].rsplit(" [", 1)[0].rstrip("[]0123456789") + "."
    assert any(f.startswith("no citation") for f in verify_briefing(
        "\n".join(lines), lookup_in(docs)))
    assert any("no article" in f for f in verify_briefing(md, lambda _id: None))
    bad_span = md.replace("characters ", "characters 1", 1)
    assert any("do not read" in f for f in verify_briefing(bad_span, lookup_in(docs)))


def test_brief_html_escapes_article_text(docs):
    page = brief(docs, crosscheck(docs)).to_html()
    assert "<b>only</b>" not in page and "&lt;b&gt;only&lt;/b&gt;" in page
    assert "Ukraine war latest &lt;live&gt;" in page


@pytest.mark.parametrize(("kwargs", "outlets"), [
    ({"since": "2025-08-12", "until": "2025-08-12"}, {"Kyiv Independent", "TASS"}),
    ({"until": "2025-08-11"}, {"Reuters"}),
    ({"about": "Russian Ministry of Defence"}, {"Reuters", "Kyiv Independent", "TASS"}),
    ({"about": "Kharkiv"}, {"Reuters", "Kyiv Independent", "TASS"}),
    ({"about": "Odesa"}, set()),
])
def test_brief_selects_period_and_subject(docs, kwargs, outlets):
    b = brief(docs, crosscheck(docs), **kwargs)
    assert {s.outlet for s in b.sources} == outlets
    if outlets:
        assert verify_briefing(b.to_markdown(), lookup_in(docs)) == []


def test_brief_json_shape(docs):
    data = json.loads(brief(docs, crosscheck(docs)).to_json())
    assert data["format"] == "wiredesk-briefing/1"
    first = data["citations"][0]
    assert set(first) == {"n", "article_id", "span", "text", "source"}
