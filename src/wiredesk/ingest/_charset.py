"""Which encoding a page's bytes are in, and why: the first stated one that decodes them.

In order: a byte-order mark, the HTTP header (a crawled response), the page's `<meta
charset>` or `http-equiv` content type, an XML declaration, plain UTF-8, and last a guess
from the bytes (charset-normalizer). A stated charset the bytes do not decode in is passed
over, so a page that says UTF-8 but is cp1252 still reads. The reason is kept with the
article ("windows-1252 (meta charset)") as its provenance.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from wiredesk.errors import InputError

_BOMS = (  # UTF-32 LE first: its mark starts with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
HEAD_BYTES = 4096  # where a meta charset or XML declaration must stand
GUESS_BYTES = 64 * 1024  # enough bytes for charset-normalizer to guess from


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of `data` names, or None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _known(name: str | bytes | None) -> str | None:
    if not name:
        return None
    text = name.decode("ascii", "replace") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(text.strip()).name
    except LookupError:
        return None


def _in_page(found: re.Match[bytes] | None) -> str | None:
    """A charset the page states of itself; UTF-16/32 are not (a page that can say so in
    ASCII is not in them: browsers read it as UTF-8)."""
    codec = _known(found.group(1)) if found else None
    return None if codec is None or codec.startswith(("utf-16", "utf-32")) else codec


def _stated(data: bytes, http_charset: str | None) -> list[tuple[str | None, str]]:
    head = data[:HEAD_BYTES]
    return [
        (bom_encoding(data), "BOM"),
        (_known(http_charset), "HTTP header"),
        (_in_page(_META.search(head)), "meta charset"),
        (_in_page(_XML.search(head)), "XML declaration"),
        ("utf-8", "valid UTF-8"),
    ]


def decode_page(data: bytes, where: str, http_charset: str | None = None) -> tuple[str, str]:
    """(text, how it was decoded) of a page's bytes.

    Raises:
        InputError: no stated encoding decodes the bytes and none can be guessed.
    """
    tried = set()
    for codec, why in _stated(data, http_charset):
        if codec is None or codec in tried:
            continue
        tried.add(codec)
        try:
            return data.decode(codec), f"{codec} ({why})"
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:GUESS_BYTES]).best()
    if best is not None:
        codec = _known(best.encoding)
        if codec is not None:
            return data.decode(codec, errors="replace"), f"{codec} (guessed from the bytes)"
    raise InputError("not text in any encoding it states or that can be guessed", where)
