"""Hostile and careless inputs: each one a located Problem, never a lost batch or a read outside
the inputs. One test a failure seen when attacking the readers."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import feedparser
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiredesk.ingest import Problem, read_paths
from wiredesk.ingest import jsonl as jsonl_module
from wiredesk.ingest.feeds import _entry_text, entry_page
from wiredesk.ingest.files import MAX_BYTES
from wiredesk.records import Article

Read = Callable[..., list[Article | Problem]]
GOOD = "Rescuers searched the rubble in Odesa on Tuesday, the regional governor said."


def articles(items: list[Article | Problem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def failures(items: list[Article | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem) and not i.skipped]


def rss(*items: str) -> str:
    body = "".join(f"<item>{item}</item>" for item in items)
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    return f"{head}{body}</channel></rss>"


GOOD_ITEM = f"<title>Good</title><description>{GOOD}</description>"


# --- one bad record, the rest read ---------------------------------------------------------

@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"text": "Shelling \\ud800 in Kharkiv, the mayor said on Monday."}',
         "a lone surrogate (U+D800) at line 1, column 10"),
        ("[" * 100_000, "nested too deeply"),
        ('{"text": "Sirens in Lviv\\u0000 at night, officials said."}',
         "binary data, not text (a NUL character at line 1, column 15)"),
        ('{"text": "A toll of ' + "9" * 5000 + '", "n": ' + "9" * 5000 + "}", "not JSON"),
    ],
    ids=["surrogate", "deep", "nul", "long-int"],
)
def test_hostile_jsonl_bad_line_is_located_and_the_rest_read(
    read: Read, bad_line: str, message: str
) -> None:
    lines = [json.dumps({"text": GOOD}), bad_line, json.dumps({"text": GOOD + " Again."})]
    items = read({"a.jsonl": "\n".join(lines) + "\n"})
    [problem] = failures(items)
    assert problem.where.endswith("a.jsonl: line 2") and message in problem.message
    assert [a.origin.locator for a in articles(items)] == ["line 1", "line 3"]


def test_hostile_jsonl_line_over_the_cap_is_skipped_unheld(
    read: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonl_module, "MAX_LINE_BYTES", 1000)
    long_line = json.dumps({"text": "word " * 5000})
    items = read({"a.jsonl": f"{long_line}\n{json.dumps({'text': GOOD})}\n"})
    [problem] = failures(items)
    assert problem.where.endswith("line 1") and "too long: over 1000 bytes" in problem.message
    assert [a.origin.locator for a in articles(items)] == ["line 2"]


@pytest.mark.parametrize(
    ("bad_item", "title"),
    [
        (f"<title>&#xD800;</title><description>{GOOD}</description>", "\ufffd"),
        (f"<title>Bad &#0; &#1114112; &#55296;</title><description>{GOOD}</description>",
         "Bad \ufffd \ufffd \ufffd"),
        (f"<title>Link</title><link>http://[::1/a</link><description>{GOOD}</description>",
         "Link"),
    ],
    ids=["surrogate-ref", "other-refs", "bad-ipv6-link"],
)
def test_hostile_feed_bad_entry_keeps_the_feed(read: Read, bad_item: str, title: str) -> None:
    items = read({"feed.xml": rss(bad_item, GOOD_ITEM)})
    assert not failures(items)
    assert [(a.title, a.text) for a in articles(items)] == [(title, GOOD), ("Good", GOOD)]


def test_hostile_feed_damaged_cdata_keeps_the_rest(read: Read) -> None:
    items = read({"feed.xml": rss(GOOD_ITEM, "<title>A</title><description><![CDATA[<p>cut")})
    assert all("Traceback" not in p.message for p in failures(items))
    assert GOOD in [a.text for a in articles(items)]


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        ({"summary": None, "content": [{"value": None}]}, ""),
        ({"summary": None, "content": [{"value": "<p>Kept words.</p>"}]}, "Kept words."),
        ({"content": None, "summary": "Summary words."}, "Summary words."),
    ],
)
def test_hostile_feed_entry_with_none_bodies(entry: dict[str, object], text: str) -> None:
    assert _entry_text(feedparser.FeedParserDict(entry)) == text


# --- dates and headers -----------------------------------------------------------------------

def test_hostile_text_invalid_header_date_is_located(read: Read) -> None:
    items = read({"a.txt": f"title: Toll\npublished: 2026-13-45\n\n{GOOD}"})
    [problem] = failures(items)
    assert problem.where.endswith("a.txt: line 2")
    assert "'2026-13-45' is not a date" in problem.message
    assert not articles(items)


def test_hostile_text_header_without_blank_line(read: Read) -> None:
    [article] = read({"a.txt": f"title: Toll\npublished: 2026-03-01\n{GOOD}\n"})
    assert isinstance(article, Article)
    assert (article.title, article.published, article.text) == ("Toll", "2026-03-01", GOOD + "\n")


# --- encodings and NUL -------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_hostile_text_with_a_bom_is_read(read: Read, codec: str) -> None:
    data = GOOD.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    [article] = read({"a.txt": data})
    assert isinstance(article, Article) and article.text == GOOD


PAGE = ("<html><head>{meta}<title>Depot fire</title></head><body><article><p>{text}</p>"
        "<p>Firefighters worked through the night to contain the blaze, officials said.</p>"
        "</article></body></html>")
CAFE = "Shelling hit the café in Kherson at dawn, the regional governor said."


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta charset="windows-1252">', "cp1252 (meta charset)"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
         "iso8859-1 (meta charset)"),
        ('<meta charset="utf-8">', "(guessed from the bytes)"),  # says UTF-8, is not
    ],
)
def test_hostile_html_charset_stated_or_guessed(read: Read, meta: str, encoding: str) -> None:
    data = PAGE.format(meta=meta, text=CAFE).encode("cp1252")
    [article] = read({"a.html": data})
    assert isinstance(article, Article) and CAFE in article.text
    assert article.encoding is not None and article.encoding.endswith(encoding)


def _warc(records: list[tuple[str, str, bytes, list[tuple[str, str]]]]) -> bytes:
    """A gzipped WARC of (url, HTTP status line, body, HTTP headers) responses."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, status, body, headers in records:
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
        ))
    return buf.getvalue()


HTML = [("Content-Type", "text/html")]


def test_hostile_warc_non_200_skipped_and_counted(read: Read) -> None:
    page = PAGE.format(meta="", text=GOOD).encode()
    data = _warc([
        ("https://a.example/gone", "404 Not Found", page, HTML),
        ("https://a.example/old", "301 Moved Permanently", b"", [*HTML, ("Location", "/new")]),
        ("https://a.example/new", "200 OK", page, HTML),
        ("https://a.example/robots.txt", "200 OK", b"User-agent: *", [("Content-Type",
                                                                         "text/plain")]),
    ])
    items = read({"c.warc.gz": data})
    assert [a.url for a in articles(items)] == ["https://a.example/new"]
    [skipped] = [p for p in items if isinstance(p, Problem) and p.skipped]
    assert "skipped 3 non-HTML records" in skipped.message
    assert "1 301 response, 1 404 response, 1 text/plain response" in skipped.message


def test_hostile_warc_gzip_bomb_is_not_inflated(read: Read) -> None:
    bomb = gzip.compress(b" " * (MAX_BYTES * 3), compresslevel=9)
    page = PAGE.format(meta="", text=GOOD).encode()
    data = _warc([
        ("https://a.example/bomb", "200 OK", bomb, [*HTML, ("Content-Encoding", "gzip")]),
        ("https://a.example/page", "200 OK", page, HTML),
    ])
    items = read({"c.warc.gz": data})
    assert [a.url for a in articles(items)] == ["https://a.example/page"]
    [skipped] = [p for p in items if isinstance(p, Problem) and p.skipped]
    assert f"1 over {MAX_BYTES} bytes response" in skipped.message


def test_hostile_warc_charset_from_the_http_header(read: Read) -> None:
    page = PAGE.format(meta="", text=CAFE).encode("cp1252")
    data = _warc([("https://a.example/p", "200 OK", page,
                   [("Content-Type", "text/html; charset=windows-1252")])])
    [article] = read({"c.warc.gz": data})
    assert isinstance(article, Article) and CAFE in article.text
    assert article.encoding == "cp1252 (HTTP header)"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", GOOD.encode()[:20] + b"\x00" + GOOD.encode()),
        ("a.html", PAGE.format(meta="", text=GOOD + "\x00").encode()),
        ("a.jsonl", json.dumps({"text": GOOD + "\x00"}).encode() + b"\n"),
        ("c.warc.gz", _warc([("https://a.example/p", "200 OK",
                              PAGE.format(meta="", text=GOOD + "\x00").encode(), HTML)])),
        ("a.txt", (GOOD[:20] + "\x00" + GOOD).encode("utf-16")),
    ],
    ids=["text", "html", "jsonl", "warc", "utf-16"],
)
def test_hostile_nul_refused_the_same_way_in_every_reader(
    read: Read, name: str, content: bytes
) -> None:
    items = read({name: content})
    [problem] = failures(items)
    assert problem.message.startswith("binary data, not text (")
    assert not articles(items)


def test_hostile_metadata_made_one_line(read: Read) -> None:
    line = json.dumps({"text": GOOD, "title": "Toll\nrises", "source": "Wire\r\n# Injected\x00"})
    [article] = read({"a.jsonl": line + "\n"})
    assert isinstance(article, Article)
    assert (article.title, article.source) == ("Toll rises", "Wire # Injected")


# --- reads stay inside the inputs ------------------------------------------------------------

def test_hostile_feed_link_cannot_reach_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(PAGE.format(meta="", text="The secret words nobody may read."))
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    encoded = str(secret).replace("/", "%2F")
    links = [f"https://ex.org/{encoded}", "https://ex.org/..%2Fsecret.html",
             "https://ex.org/a/../../secret.html"]
    (feeds / "feed.xml").write_text(rss(*(
        f"<title>T{n}</title><link>{link}</link><description>{GOOD}</description>"
        for n, link in enumerate(links))))
    items = list(read_paths([str(feeds)]))
    assert [a.text for a in articles(items)] == [GOOD] * 3
    assert all(entry_page(link, str(feeds)) is None for link in links)


def test_hostile_feed_page_symlinked_out_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "secret.html").write_text(PAGE.format(meta="", text="Secret words."))
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    os.symlink(tmp_path / "secret.html", feeds / "story.html")
    assert entry_page("https://ex.org/news/story.html", str(feeds)) is None


def test_hostile_symlink_out_of_a_named_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "passwd"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "a.txt").write_text(GOOD)
    os.symlink(outside, news / "sub" / "leak.txt")
    os.symlink(news / "a.txt", news / "sub" / "inside.txt")  # stays in the tree: read
    items = list(read_paths([str(news)]))
    [problem] = failures(items)
    assert problem.where == str(news / "sub" / "leak.txt")
    assert f"a symlink to {outside}, outside {news}; not followed" in problem.message
    assert [a.origin.path for a in articles(items)] == [str(news / "a.txt"),
                                                         str(news / "sub" / "inside.txt")]


# --- caps -------------------------------------------------------------------------------------

def test_hostile_caps_on_text_and_line_length(read: Read, monkeypatch: pytest.MonkeyPatch) -> None:
    from wiredesk.ingest import _clean

    monkeypatch.setattr(_clean, "MAX_CHARS", 400)
    monkeypatch.setattr(_clean, "MAX_LINE_CHARS", 100)
    items = read({"a-long.txt": "word " * 100, "b-line.txt": "Short.\n" + "word " * 30,
                  "c-ok.txt": GOOD})
    messages = {Path(p.where).name: p.message for p in failures(items)}
    assert messages == {
        "a-long.txt: line 1": "too large: 500 characters of text (limit 400); split it",
        "b-line.txt: line 1": "line 2 of its text is over 100 characters: not prose; break it "
                              "into paragraphs",
    }
    assert [a.text for a in articles(items)] == [GOOD]


def test_hostile_long_text_parsed_in_bounded_groups() -> None:
    from wiredesk.extract._runner import BATCH_CHARS, PIECE_CHARS, _groups, pieces

    text = ("A drone hit a depot in Sumy, officials said. " * 12_000).strip()
    parts = pieces(text)
    assert len(parts) > 4 and all(len(p) <= PIECE_CHARS for _, p in parts)
    assert "".join(p for _, p in parts) == text
    groups = list(_groups([p for _, p in parts]))
    assert all(sum(map(len, g)) <= BATCH_CHARS for g in groups)
    assert sum(map(len, groups)) == len(parts)
