"""Tell a file's kind from its first bytes, not from its name."""

from __future__ import annotations

import re
import zlib

HEAD_BYTES = 64 * 1024  # enough to see a few JSON lines
FEED_HEAD_BYTES = 8192  # a feed's root element stands within this (after any prolog)

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_HTML_PARTS = re.compile(rb"<(?:head|body|article|title|meta|div|p)[\s>]", re.IGNORECASE)
_JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonlines")


def _gunzip_head(head: bytes) -> bytes:
    """As much of a gzip stream as the head holds, decompressed (b"" when it is not gzip)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def _looks_jsonl(head: bytes, full: bool) -> bool:
    """Every non-blank line opens with '{' (the last line only counts when the head is whole)."""
    lines = head.split(b"\n")
    if not full:
        lines = lines[:-1] or lines
    filled = [line.lstrip() for line in lines if line.strip()]
    return bool(filled) and all(line.startswith(b"{") for line in filled)


def sniff(head: bytes, name: str = "", full: bool = True) -> str:
    """One of "warc", "feed", "html", "jsonl", "text", or "gzip" (compressed, but not a WARC).

    `full` says whether `head` holds the whole file. A name ending in .jsonl is trusted when
    its first line is an object, so one malformed line later does not turn it into text.
    """
    if head.startswith(b"WARC/1."):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "warc" if _gunzip_head(head).startswith(b"WARC/1.") else "gzip"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = start[:1024].lower()
    if lowered.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")):
        if _FEED_ROOT.search(start[:FEED_HEAD_BYTES]):
            return "feed"
        if _HTML_ROOT.search(start[:FEED_HEAD_BYTES]):
            return "html"
        return "feed"  # XML of another kind: the feed reader says what is wrong with it
    if lowered.startswith(b"<") and (_HTML_ROOT.search(lowered) or _HTML_PARTS.match(lowered)):
        return "html"
    if start.startswith(b"{") and (
        name.lower().endswith(_JSONL_EXTENSIONS) or _looks_jsonl(start, full)
    ):
        return "jsonl"
    return "text"
