"""Live blogs: one article an entry, with the entry's own time and an anchor back to it."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiredesk.ingest import Problem, read_paths
from wiredesk.ingest._liveblog import stamp_words
from wiredesk.ingest.html import extract_page
from wiredesk.records import Article, Document

Read = Callable[..., list[Article | Problem]]


def _blog(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


NEWSPAPER = _blog(
    '<title>War in Ukraine live: drones hit Odesa port | The Northern Post</title>'
    '<meta property="og:site_name" content="The Northern Post">'
    '<meta property="article:published_time" content="2026-02-14T05:30:00Z">',
    '<nav><a href="/">Home</a> <a href="/world">World</a></nav><main>'
    "<h1>War in Ukraine live: drones hit Odesa port</h1><div id='liveblog-body'>"
    '<article id="block-9f2" class="block"><p class="block-time"><a href="#block-9f2">'
    '<time datetime="2026-02-14T14:05:00+0000">14.05 GMT</time></a></p>'
    "<h2>Governor: port warehouse on fire</h2><p>Odesa's regional governor said a warehouse "
    "in the port was on fire and that two workers were in hospital.</p><button>Share</button>"
    "</article>"
    '<article id="block-7c1" class="block"><p class="block-time"><a href="#block-7c1">'
    '<time datetime="2026-02-14T11:20:00+0000">11.20 GMT</time></a></p>'
    "<p>Ukraine's air force said it shot down 31 of 40 drones launched overnight.</p>"
    "<figure><img src='p.jpg'><figcaption>Smoke over the port. Photo: Agency</figcaption>"
    "</figure></article></div></main><footer>© 2024 The Northern Post</footer>",
)
STATE_MEDIA_FEED = _blog(  # a news line: dated items in a list, times with an offset
    "<title>Special military operation: news line</title>"
    '<meta property="og:site_name" content="Vostok Telegraph">',
    "<h1>Special military operation: news line</h1><ul class='news-line'>"
    '<li id="n-2"><time datetime="2026-03-04T09:45:00+03:00">09:45</time>'
    "<p>The Defence Ministry said air defences intercepted 12 drones over the Belgorod region "
    "overnight.</p></li>"
    '<li id="n-1"><time datetime="2026-03-04T01:10:00+03:00">01:10</time>'
    "<p>The ministry denied that its forces had struck the market in Kherson.</p></li></ul>",
)
BRIEFING_MICRODATA = _blog(  # schema.org microdata: no <time>, a datePublished per update
    "<title>Live: ministry briefing on the exchange</title>",
    '<div itemscope itemtype="https://schema.org/LiveBlogPosting">'
    "<h1>Live: ministry briefing on the exchange</h1>"
    '<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting" '
    'id="upd-2"><meta itemprop="datePublished" content="2026-03-07T16:20:00+02:00">'
    "<p>The spokesman said 525 servicemen had crossed the border and were being examined by "
    "doctors.</p></div>"
    '<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting" '
    'id="upd-1"><meta itemprop="datePublished" content="2026-03-07T14:00:00+02:00">'
    "<p>The briefing opened with a minute of silence for those still held in captivity.</p>"
    "</div></div>",
)
FLAT_TIMELINE = _blog(  # stamps and paragraphs as siblings, times without an offset
    "<title>Minute by minute: the night of the strike</title>",
    "<article><h1>Minute by minute: the night of the strike</h1><div class='timeline'>"
    '<time datetime="2026-03-03T04:32">04:32</time><p>Air raid sirens sounded across the '
    "Poltava region as drones approached.</p>"
    '<time datetime="2026-03-03T04:41">04:41</time><p>Residents reported three loud '
    "explosions near the fuel depot.</p><p>Smoke rose over the southern outskirts.</p>"
    "</div></article>",
)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (NEWSPAPER, [
            ("entry 1 (#block-9f2)", "2026-02-14T14:05:00+00:00",
             "Governor: port warehouse on fire\n\nOdesa's regional governor"),
            ("entry 2 (#block-7c1)", "2026-02-14T11:20:00+00:00",
             "Ukraine's air force said it shot down 31 of 40 drones launched overnight."),
        ]),
        (STATE_MEDIA_FEED, [
            ("entry 1 (#n-2)", "2026-03-04T09:45:00+03:00", "The Defence Ministry said air"),
            ("entry 2 (#n-1)", "2026-03-04T01:10:00+03:00", "The ministry denied that"),
        ]),
        (BRIEFING_MICRODATA, [
            ("entry 1 (#upd-2)", "2026-03-07T16:20:00+02:00", "The spokesman said 525"),
            ("entry 2 (#upd-1)", "2026-03-07T14:00:00+02:00", "The briefing opened with"),
        ]),
        (FLAT_TIMELINE, [
            ("entry 1", "2026-03-03T04:32:00", "Air raid sirens sounded"),
            ("entry 2", "2026-03-03T04:41:00",
             "Residents reported three loud explosions near the fuel depot.\n\nSmoke rose"),
        ]),
    ],
    ids=["newspaper", "state-media", "microdata", "flat"],
)
def test_liveblog_one_article_an_entry(
    read: Read, markup: str, expected: list[tuple[str, str, str]]
) -> None:
    items = read({"live.html": markup})
    assert all(isinstance(i, Article) for i in items), items
    got = [(a.origin.locator, a.published, a.text) for a in items]  # type: ignore[union-attr]
    assert [(loc, pub) for loc, pub, _ in got] == [(loc, pub) for loc, pub, _ in expected]
    for (_, _, text), (_, _, start) in zip(got, expected, strict=True):
        assert text.startswith(start)
        assert "GMT" not in text and "Share" not in text and "Photo:" not in text


def test_liveblog_entries_keep_the_page_metadata(read: Read) -> None:
    items = read({"live.html": NEWSPAPER})
    assert {(a.title, a.source, a.origin.kind) for a in items} == {  # type: ignore[union-attr]
        ("War in Ukraine live: drones hit Odesa port", "The Northern Post", "html")
    }


def test_liveblog_summary_above_entries_is_an_article(read: Read) -> None:
    summary = (
        "<p>Delegations from both countries meet at Dolmabahce Palace on Friday for the first "
        "direct talks in months, with a prisoner exchange expected to top the agenda.</p>"
    )
    markup = BRIEFING_MICRODATA.replace("</h1>", "</h1>" + summary)
    items = read({"live.html": markup})
    assert [a.origin.locator for a in items] == [  # type: ignore[union-attr]
        "page", "entry 1 (#upd-2)", "entry 2 (#upd-1)"
    ]
    assert items[0].text.startswith("Delegations from both")  # type: ignore[union-attr]


ONE_DATED_STORY = _blog(
    "<title>Strike on depot</title>",
    '<article><h1>Strike on depot</h1><p class="byline">By Anna Koval, '
    '<time datetime="2026-03-03T09:00:00+02:00">3 March 2026</time></p>'
    "<p>A drone strike set a fuel depot ablaze on the outskirts of Poltava early on Tuesday, "
    "the regional governor said.</p><p>Eighteen people were killed, he said.</p></article>"
    "<aside><ul>"
    '<li><a href="/a">Kherson market hit by shelling, seven people killed</a> '
    '<time datetime="2026-03-02">2 March</time></li>'
    '<li><a href="/b">Talks in Istanbul announced by the Turkish foreign ministry</a> '
    '<time datetime="2026-03-01">1 March</time></li></ul></aside>'
    "<section class='comments'>"
    '<article><time datetime="2026-03-03T10:00:00Z">10:00</time><p>A reader comment that '
    "runs to well over five words.</p></article>"
    '<article><time datetime="2026-03-03T11:00:00Z">11:00</time><p>Another reader comment '
    "that runs to well over five words.</p></article></section>",
)


def test_liveblog_not_a_blog_stays_one_page(read: Read) -> None:
    """A dated byline, dated related links and dated comments do not make a live blog."""
    [article] = read({"story.html": ONE_DATED_STORY})
    assert isinstance(article, Article)
    assert article.origin.locator == "page" and article.published == "2026-03-03"
    assert "A drone strike set a fuel depot ablaze" in article.text
    assert "reader comment" not in article.text


@pytest.mark.parametrize(
    ("published", "words"),
    [
        ("2026-03-03T10:42:00+00:00", "3 March 2026, 10:42 GMT"),
        ("2026-03-03T08:15:00+02:00", "3 March 2026, 06:15 GMT"),
        ("2026-03-04T01:10:00+03:00", "3 March 2026, 22:10 GMT"),  # the day changes too
        ("2026-03-03T04:32:00", "3 March 2026, 04:32 local time"),
        ("2026-03-03", "3 March 2026"),
    ],
)
def test_liveblog_stamp_words(published: str, words: str) -> None:
    assert stamp_words(published) == words


def test_liveblog_whole_text_times_resolve(extract: Callable[..., Document]) -> None:
    """The whole-page text (a feed entry's full page) opens each entry with a time the
    times layer resolves to the entry's day and GMT clock time."""
    page = extract_page(STATE_MEDIA_FEED)
    assert page is not None
    assert "4 March 2026, 06:45 GMT - The Defence Ministry" in page.text
    assert "3 March 2026, 22:10 GMT - The ministry denied" in page.text
    doc = extract(page.text, published="2026-03-04")
    assert {t.value for t in doc.times if t.type == "time"} >= {
        "2026-03-04T06:45", "2026-03-03T22:10"
    }


def _warc_of(markup: str) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    data = markup.encode()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://post.example/live", "response", payload=io.BytesIO(data), length=len(data),
        http_headers=http, warc_headers_dict={"WARC-Date": "2026-02-15T00:00:00Z"},
    ))
    return buf.getvalue()


def test_liveblog_in_warc(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(_warc_of(NEWSPAPER))
    items = list(read_paths([str(tmp_path / "crawl.warc.gz")]))
    assert [(a.origin.locator, a.published, a.url) for a in items] == [  # type: ignore
        ("record 1, entry 1 (#block-9f2)", "2026-02-14T14:05:00+00:00", "https://post.example/live"),
        ("record 1, entry 2 (#block-7c1)", "2026-02-14T11:20:00+00:00", "https://post.example/live"),
    ]
