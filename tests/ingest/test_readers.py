"""Each reader on small files written here: values, locators, kinds and the Problems it reports."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiredesk.ingest import Problem, read_paths
from wiredesk.ingest._sniff import sniff
from wiredesk.records import Article

Read = Callable[..., list[Article | Problem]]

PAGE = """<!DOCTYPE html><html><head><title>Depot fire in Sumy | Northern Tribune</title>
<meta property="og:site_name" content="Northern Tribune">
<meta name="author" content="Ivan Koval">
<meta property="article:published_time" content="2026-02-10T08:00:00+02:00"></head>
<body><nav>Home | World | Sport</nav><article><h1>Depot fire in Sumy</h1>
<p>A fire broke out at a fuel depot in Sumy on Monday after a drone attack,
the city council said.</p>
<p>Nobody was hurt, council secretary Petro Lysenko said, but 3,000 homes lost power for hours.</p>
</article><footer>Northern Tribune 2026</footer></body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item><title>Port reopens</title><link>https://gazette.example/news/port-reopens.html</link>
<pubDate>Mon, 09 Feb 2026 10:00:00 +0200</pubDate><author>desk@gazette.example (Ana Ruiz)</author>
<description>Summary only: the port reopened.</description></item>
<item><title>Mines cleared</title><link>https://gazette.example/news/mines-cleared/</link>
<pubDate>Tue, 10 Feb 2026 11:30:00 +0200</pubDate>
<description>&lt;p&gt;Divers cleared &lt;b&gt;two&lt;/b&gt; mines.&lt;/p&gt;
&lt;p&gt;Ships wait.&lt;/p&gt;</description>
</item>
<item><title>No words</title><link>https://gazette.example/news/empty</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry releases</title><id>urn:x</id>
<updated>2026-02-11T09:00:00Z</updated>
<entry><title>Statement on the talks</title><id>urn:x:1</id>
<link href="https://ministry.example/releases/1"/><updated>2026-02-11T09:00:00+01:00</updated>
<content type="html">&lt;p&gt;The ministry welcomed the talks.&lt;/p&gt;</content></entry>
</feed>
"""


def only_articles(items: list[Article | Problem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems(items: list[Article | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


# --- sniffing by content -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "x.gz", "warc"),
        (gzip.compress(b"just text"), "x.gz", "gzip"),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "news.txt", "feed"),
        (b"\xef\xbb\xbf  <feed xmlns='http://www.w3.org/2005/Atom'>", "a", "feed"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="x">', "p.xml", "html"),
        (b"<!doctype html><html><body>", "page.txt", "html"),
        (b"<HTML><HEAD><TITLE>x</TITLE>", "page", "html"),
        (b'{"text": "a"}\n\n{"text": "b"}\n', "updates.txt", "jsonl"),
        (b'{"text": "a"}\nnot json\n', "a.jsonl", "jsonl"),  # the name is trusted then
        (b'{"text": "a"}\nnot json\n', "a.txt", "text"),
        (b"title: X\n\nUpdate: <b>shelling</b> resumed", "a.html", "text"),
        (b"Plain words.", "feed.xml", "text"),
    ],
)
def test_sniff_kind_from_content(head: bytes, name: str, kind: str) -> None:
    assert sniff(head, name) == kind


# --- plain text --------------------------------------------------------------------------------

def test_readers_text_header_metadata(read: Read) -> None:
    text = (
        "title: Strike on depot\nsource: Meridian Press\nurl: https://mp.example/1\n"
        "published: 3 March 2026\nauthor: Lena Hartmann\n\nBody line one.\n"
    )
    [article] = read({"a.txt": text})
    assert isinstance(article, Article)
    assert (article.title, article.source, article.url, article.published, article.author) == (
        "Strike on depot", "Meridian Press", "https://mp.example/1", "2026-03-03", "Lena Hartmann"
    )
    assert article.text == "Body line one.\n"
    assert article.origin.kind == "text" and article.origin.locator == "line 1"
    assert article.origin.path.endswith("a.txt")


@pytest.mark.parametrize(
    ("raw", "title", "body_start"),
    [
        ("Update: shelling resumed at dawn.\n\nMore text.", None, "Update: shelling"),
        ("title: T\nUpdate: not a header key\n\nBody", None, "title: T"),
        ("title: T\n\nUpdate: first body line", "T", "Update: first"),
    ],
)
def test_readers_text_update_first_line_is_body(
    read: Read, raw: str, title: str | None, body_start: str
) -> None:
    [article] = read({"a.txt": raw})
    assert isinstance(article, Article)
    assert article.title == title and article.text.startswith(body_start)


def test_readers_text_header_without_body_is_problem(read: Read) -> None:
    [problem] = read({"a.txt": "title: Only a header\n\n   \n"})
    assert isinstance(problem, Problem) and not problem.skipped
    assert "no text" in problem.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"abc\x00\x01def", "NUL byte at byte 3"),
        (b"line one\nna\xefve caf\xe9\n", "byte 11 (line 2)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ],
)
def test_readers_bad_bytes_are_problems(read: Read, content: bytes, message: str) -> None:
    [problem] = read({"bad.txt": content})
    assert isinstance(problem, Problem) and not problem.skipped
    assert problem.where.endswith("bad.txt") and message in problem.message


def test_readers_missing_path_and_empty_glob(tmp_path: Path) -> None:
    items = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.xml")]))
    assert [(type(i), "no such file" in i.message or "no file matches" in i.message)
            for i in problems(items)] == [(Problem, True), (Problem, True)]
    assert len(items) == 2


def test_readers_folder_recursive_sorted_and_globs(read: Read, tmp_path: Path) -> None:
    files = {"b.txt": "B text", "a/z.txt": "Z text", "a/c.txt": "C text", ".hidden": "H"}
    items = read(files)
    assert [i.text for i in only_articles(items)] == ["C text", "Z text", "B text"]
    globbed = list(read_paths([str(tmp_path / "a" / "*.txt"), str(tmp_path / "b.txt")]))
    assert [i.text for i in only_articles(globbed)] == ["C text", "Z text", "B text"]


def test_readers_one_bad_file_does_not_stop_the_rest(read: Read) -> None:
    items = read({"1.txt": "First.", "2.txt": b"caf\xe9 bad", "3.txt": "Third."})
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article"]


# --- HTML ------------------------------------------------------------------------------------

def test_readers_html_page_metadata(read: Read) -> None:
    [article] = read({"page.html": PAGE})
    assert isinstance(article, Article)
    assert "A fire broke out at a fuel depot in Sumy" in article.text
    assert "Home | World" not in article.text  # boilerplate left out
    assert (article.title, article.source, article.author, article.published) == (
        "Depot fire in Sumy", "Northern Tribune", "Ivan Koval", "2026-02-10"
    )
    assert article.origin.kind == "html"


def test_readers_html_sniffed_inside_txt(read: Read) -> None:
    [article] = read({"saved-page.txt": PAGE})
    assert isinstance(article, Article) and article.origin.kind == "html"


@pytest.mark.parametrize(
    "markup",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
        "<html><body><div><script>var a = 1;</script></div>",
        "<!doctype html><html><body><nav>Home</nav>",
    ],
)
def test_readers_broken_html_is_problem(read: Read, markup: str) -> None:
    [problem] = read({"broken.html": markup})
    assert isinstance(problem, Problem) and "no main text" in problem.message


# --- feeds ---------------------------------------------------------------------------------

def test_readers_rss_entries_and_joined_page(read: Read) -> None:
    page = PAGE.replace("Depot fire in Sumy", "Mines cleared near the port")
    items = read({"feed.txt": RSS, "mines-cleared.html": page})
    arts = only_articles(items)
    assert [a.origin.locator for a in arts] == ["entry 1", "entry 2 (page mines-cleared.html)"]
    first, second = arts
    assert first.text == "Summary only: the port reopened."
    assert (first.title, first.source, first.url, first.published) == (
        "Port reopens", "Harbour Gazette", "https://gazette.example/news/port-reopens.html",
        "2026-02-09T10:00:00+02:00",
    )
    assert first.origin.kind == "rss" and first.origin.path.endswith("feed.txt")
    assert "A fire broke out at a fuel depot" in second.text  # the page's main text
    assert second.url == "https://gazette.example/news/mines-cleared/"
    assert second.title == "Mines cleared"  # the entry's own metadata first
    [empty, joined] = problems(items)
    assert empty.where.endswith("feed.txt: entry 3") and not empty.skipped
    assert joined.skipped and joined.where.endswith("mines-cleared.html")


def test_readers_rss_entry_html_stripped(read: Read) -> None:
    [_, second] = only_articles(read({"feed.xml": RSS}))
    assert second.text == "Divers cleared two mines.\n\nShips wait."


def test_readers_atom(read: Read) -> None:
    [article] = read({"releases.atom": ATOM})
    assert isinstance(article, Article)
    assert (article.text, article.published, article.origin.kind, article.origin.locator) == (
        "The ministry welcomed the talks.", "2026-02-11T09:00:00+01:00", "atom", "entry 1"
    )


def test_readers_feed_cut_short_keeps_what_it_has(read: Read) -> None:
    cut = '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>T</title>'
    [article] = read({"feed.xml": cut + "<description>Words here.</description></item><item"})
    assert isinstance(article, Article) and article.text == "Words here."


@pytest.mark.parametrize(
    "content",
    [
        '<?xml version="1.0"?>\n<<<< this is not XML >>>>',
        "<rss> <<< not xml && </feed>",
        '<?xml version="1.0"?>\n<catalog><book id="1"/></catalog>',
    ],
)
def test_readers_feed_not_xml_is_problem(read: Read, content: str) -> None:
    [problem] = read({"feed.xml": content})
    assert isinstance(problem, Problem) and not problem.skipped
    assert "feed" in problem.message and problem.where.endswith("feed.xml")


# --- JSON lines ----------------------------------------------------------------------------

def test_readers_jsonl_lines_and_malformed_line(read: Read) -> None:
    lines = [
        json.dumps({"text": "First update.", "source": "SES", "published": "2026-03-03",
                    "title": "One", "url": "https://ses.example/1", "author": "Duty officer"}),
        "",
        '{"text": "cut off',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Last update.", "published": 20260303}),
    ]
    items = read({"u.jsonl": "\n".join(lines) + "\n"})
    arts = only_articles(items)
    assert [(a.text, a.origin.locator) for a in arts] == [
        ("First update.", "line 1"), ("Last update.", "line 6")
    ]
    assert (arts[0].source, arts[0].published, arts[0].title, arts[0].author) == (
        "SES", "2026-03-03", "One", "Duty officer"
    )
    assert arts[1].published is None
    assert [p.where.rsplit(": ", 1)[1] for p in problems(items)] == ["line 3", "line 4", "line 5"]
    assert "not JSON" in problems(items)[0].message


# --- WARC ----------------------------------------------------------------------------------

def _warc(pages: list[tuple[str, str]], gz: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("t.warc", {"software": "test"}))
    for url, html in pages:
        data = html.encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(data), length=len(data), http_headers=http,
            warc_headers_dict={"WARC-Date": "2026-02-12T10:00:00Z"},
        ))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url + ".png", "response", payload=io.BytesIO(b"\x89PNG"), length=4, http_headers=img,
        ))
    return buf.getvalue()


NO_DATE_PAGE = PAGE.replace('<meta property="article:published_time" '
                            'content="2026-02-10T08:00:00+02:00">', "")


@pytest.mark.parametrize("gz", [True, False])
def test_readers_warc_html_responses(read: Read, gz: bool) -> None:
    data = _warc([("https://a.example/1", PAGE), ("https://a.example/2", NO_DATE_PAGE)], gz)
    items = read({"crawl.warc.gz" if gz else "crawl.dat": data})
    arts = only_articles(items)
    assert [(a.url, a.origin.locator, a.origin.kind) for a in arts] == [
        ("https://a.example/1", "record 2", "warc"), ("https://a.example/2", "record 4", "warc")
    ]
    assert arts[0].published == "2026-02-10"  # the page's own date first
    assert arts[1].published == "2026-02-12T10:00:00+00:00"  # then WARC-Date
    [skipped] = problems(items)
    assert skipped.skipped and "3 non-HTML records" in skipped.message


def test_readers_warc_truncated(read: Read) -> None:
    pages = [(f"https://a.example/{i}", PAGE) for i in range(3)]
    data = _warc(pages, gz=True)
    items = read({"cut.warc.gz": data[: len(data) - 700]})
    arts = only_articles(items)
    assert 1 <= len(arts) < 3
    failures = [p for p in problems(items) if not p.skipped]
    assert len(failures) == 1
    assert "truncated or damaged WARC" in failures[0].message
    assert failures[0].where.startswith(f"{items[0].origin.path}: record ")  # type: ignore[union-attr]
    assert "byte " in failures[0].where


def test_readers_gzip_that_is_not_warc(read: Read) -> None:
    [problem] = read({"notes.gz": gzip.compress(b"plain words")})
    assert isinstance(problem, Problem) and "not a WARC" in problem.message


# --- every bad input of issue 5, among good files: reported where it is, the batch goes on ---

GOOD = "Rescuers pulled two people from the rubble of a house in Sumy, the emergency service said."
_CUT_WARC = _warc([(f"https://a.example/{i}", PAGE) for i in range(3)], gz=True)
_RAW_WARC = _warc([(f"https://a.example/{i}", PAGE) for i in range(2)], gz=False)


@pytest.mark.parametrize(
    ("name", "content", "where", "message"),
    [
        ("broken.html", "<html><body><nav>Home</nav><div><script>x()</script>", "broken.html",
         "no main text"),
        ("bad.jsonl", '{"text": "Sirens sounded in Kyiv."}\n{"text": "cut\n', "bad.jsonl: line 2",
         "not JSON"),
        ("latin.jsonl", b'{"text": "Caf\xe9 shelled in Kherson, the mayor said."}\n',
         "latin.jsonl: line 1", "not UTF-8 at byte 13"),
        ("cut.warc.gz", _CUT_WARC[: len(_CUT_WARC) - 700], "cut.warc.gz: record ",
         "truncated or damaged WARC"),
        ("cut.warc", _RAW_WARC[: len(_RAW_WARC) - 300], "cut.warc: record ",
         "truncated or damaged WARC"),
        ("feed.xml", '<?xml version="1.0"?>\n<rss><<< not xml', "feed.xml", "not a feed"),
        ("cp1252.txt", b"Shelling hit the caf\xe9 at dawn.", "cp1252.txt", "not UTF-8: byte 20"),
        ("nul.html", b"<html><body><p>Shelling hit the\x00 cafe at dawn, officials said.</p>",
         "nul.html", "binary data, not text (NUL byte at byte 31)"),
        ("empty.txt", b"", "empty.txt", "empty file"),
    ],
    ids=lambda v: v if isinstance(v, str) and "." in v and len(v) < 20 else None,
)
def test_readers_bad_input_batch_goes_on(
    read: Read, name: str, content: str | bytes, where: str, message: str
) -> None:
    items = read({"a-good.txt": GOOD, name: content, "z-good.txt": GOOD})
    failures = [p for p in problems(items) if not p.skipped]
    assert len(failures) == 1, failures
    assert where in failures[0].where and message in failures[0].message
    assert [a.origin.path.rsplit("/", 1)[1] for a in only_articles(items)  # type: ignore
            if a.text == GOOD] == ["a-good.txt", "z-good.txt"]


def test_readers_50mb_text_batch_goes_on(read: Read, tmp_path: Path) -> None:
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, refused before any read
    items = read({"a-good.txt": GOOD, "z-good.txt": GOOD})
    [huge] = problems(items)
    assert huge.where.endswith("huge.txt") and "too large: 52428800 bytes" in huge.message
    assert len(only_articles(items)) == 2
