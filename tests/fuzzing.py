"""Generated inputs for every reader and for extraction, shared by the property tests and
`scripts/fuzz.py`: shaped like each format (so the reader gets past its first check) but
with hostile parts (random Unicode with surrogates and controls, deep nesting, broken markup,
odd dates, character references, huge numbers, bad links).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiredesk.ingest import Problem, read_paths
from wiredesk.records import Article

# words of made-up wire reports: enough for the parser to find sentences, names and numbers
_VOCABULARY = """
the officials said on Monday Tuesday that 3 12 1,200 people were killed wounded in Kyiv
Kharkiv Gaza Khartoum Sudan Ukraine Russia army ministry police spokesman told reporters
according to a statement he she they it his her their its denied confirmed claimed attacked
shelled struck launched drones missiles last week yesterday tomorrow at least about nearly
more than two dozen hundreds of civilians soldiers near north of the city Reuters AP UN
General Ivanov Ms. Smith Mr. Ali , . ; : " ' ( ) - -- ... ? !
"""
WORDS = (*_VOCABULARY.split(), "\n", "\n\n")
DATES = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["9999-12-31", "0001-01-01", "2026-13-45", "2026-02-30", "yesterday",
                     "Tue, 03 Mar 2026 08:15:00 +0200", "2026-03-03T25:00:00Z", ""]),
)
ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=200)


@st.composite
def prose(draw: Any, max_words: int = 120) -> str:
    """News-like words, now and then broken by random Unicode (controls, surrogates, marks)."""
    parts = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS),
                                    st.sampled_from(WORDS), ANY_TEXT), max_size=max_words))
    return " ".join(parts)


_SAMPLES = Path(__file__).resolve().parents[1] / "src" / "wiredesk" / "samples" / "corpus"
SAMPLE_WORDS = tuple(
    word for path in sorted(_SAMPLES.rglob("*.txt")) for word in path.read_text().split()
)


@st.composite
def shuffled(draw: Any, max_words: int = 250) -> str:
    """Real report words (the bundled samples') in a random order: grammar-like, not grammar."""
    start = draw(st.integers(0, max(0, len(SAMPLE_WORDS) - max_words)))
    words = list(SAMPLE_WORDS[start : start + max_words])
    draw(st.randoms(use_true_random=False)).shuffle(words)
    return " ".join(words)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


MARKUP = st.one_of(
    prose(),
    prose().map(_escape),
    st.sampled_from(["&#xD800;", "&#0;", "&#1114112;", "<![CDATA[<p>cut", "]]>", "<p>", "</div>",
                     "&nbsp;", "&amp", "<!--", "<?xml", "<script>", "&lt;b&gt;", "\x00"]),
)
LINKS = st.one_of(
    st.none(), ANY_TEXT,
    st.sampled_from(["http://[::1/a", "https://ex.org/%2Fetc%2Fpasswd", "https://ex.org/..",
                     "file:///etc/passwd", "https://ex.org/a/../../b.html", "javascript:x()",
                     "https://ex.org/%00.html"]),
)


@st.composite
def jsonl_bytes(draw: Any) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        value: Any = {"text": draw(st.one_of(prose(), ANY_TEXT, st.integers(), st.none()))}
        for key in ("title", "source", "url", "published"):
            if draw(st.booleans()):
                value[key] = draw(st.one_of(ANY_TEXT, DATES, st.integers(), LINKS))
        line = json.dumps(value, ensure_ascii=draw(st.booleans()))
        line = draw(st.sampled_from([line, line[: len(line) // 2], "[" * 3000, "{" + line,
                                     line.replace("}", ', "n": ' + "9" * 5000 + "}")]))
        lines.append(line)
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def feed_bytes(draw: Any) -> bytes:
    items = "".join(
        f"<item><title>{draw(MARKUP)}</title><link>{_escape(draw(LINKS) or '')}</link>"
        f"<pubDate>{_escape(draw(DATES) or '')}</pubDate>"
        f"<description>{draw(MARKUP)}</description></item>"
        for _ in range(draw(st.integers(0, 3)))
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{draw(MARKUP)}</title>'
    return (feed + items + draw(st.sampled_from(["</channel></rss>", "", "</rss>"]))).encode(
        "utf-8", "surrogatepass")


@st.composite
def html_bytes(draw: Any) -> bytes:
    paras = "".join(f"<p>{draw(MARKUP)}</p>" for _ in range(draw(st.integers(0, 4))))
    meta = draw(st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="utf-16">',
                                 '<meta charset="x-nope">', '<meta charset="cp1252">']))
    stamps = "".join(f'<time datetime="{_escape(draw(DATES) or "")}">x</time><p>{draw(prose())}'
                     "</p>" for _ in range(draw(st.integers(0, 3))))
    page = (f"<html><head>{meta}<title>{draw(MARKUP)}</title></head><body><article>{paras}"
            f"{stamps}</article>{'<div>' * draw(st.integers(0, 300))}</body></html>")
    codec = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
    return page.encode(codec, "replace")


@st.composite
def warc_bytes(draw: Any) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=draw(st.booleans()))
    for _ in range(draw(st.integers(0, 3))):
        body = draw(st.one_of(html_bytes(), st.binary(max_size=200)))
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved", "200 OK"]))
        ctype = draw(st.sampled_from(["text/html", "text/html; charset=cp1252", "image/png",
                                      "text/html; charset=nope", ""]))
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        url = draw(LINKS) or "https://ex.org/"
        writer.write_record(writer.create_warc_record(
            url.encode("utf-8", "replace").decode("latin-1"), "response",
            payload=io.BytesIO(body), length=len(body), http_headers=http))
    data = buf.getvalue()  # its record ids and dates vary: cut it at a share, not a byte
    return data[: int(len(data) * draw(st.floats(0, 1)))] if draw(st.booleans()) else data


@st.composite
def text_bytes(draw: Any) -> bytes:
    header = "".join(f"{key}: {draw(st.one_of(DATES, ANY_TEXT)) or ''}\n" for key in
                     draw(st.lists(st.sampled_from(["title", "published", "source", "url",
                                                    "by", "Update"]), max_size=4)))
    blank = draw(st.sampled_from(["\n", "", "\n\n"]))
    body = draw(prose())
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1"]))
    return (header + blank + body).encode(codec, "replace")


READER_INPUTS = {
    "text": ("a.txt", text_bytes()),
    "html": ("a.html", html_bytes()),
    "feed": ("feed.xml", feed_bytes()),
    "jsonl": ("a.jsonl", jsonl_bytes()),
    "warc": ("a.warc", warc_bytes()),
    "bytes": ("a.bin", st.binary(max_size=2000)),
}


@contextmanager
def scratch() -> Iterator[Path]:
    """A folder for one run's generated files."""
    with tempfile.TemporaryDirectory(prefix="wiredesk-fuzz-") as folder:
        yield Path(folder)


def read_generated(folder: Path, name: str, data: bytes) -> list[Article | Problem]:
    """Write `data` as `name` alone in `folder` and read it back; checks what comes out."""
    for old in folder.iterdir():
        os.remove(old)
    (folder / name).write_bytes(data)
    items = list(read_paths([str(folder)]))
    for item in items:
        assert isinstance(item, Article | Problem), item
        if isinstance(item, Article):
            item.text.encode("utf-8")  # no lone surrogate reaches the store
            assert item.text.strip() and "\x00" not in item.text
            for value in (item.title, item.source, item.author, item.url):
                assert value is None or ("\n" not in value and "\x00" not in value)
    return items
