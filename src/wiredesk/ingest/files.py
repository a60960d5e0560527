"""Read a file's bytes as text, or say exactly why not (file, byte, line)."""

from __future__ import annotations

import os
import stat
import sys
from typing import BinaryIO

from wiredesk.errors import EmptyInput, InputError
from wiredesk.ingest import _charset as page_charset
from wiredesk.ingest._charset import bom_encoding
from wiredesk.ingest._clean import refuse_binary

MAX_BYTES = 5 * 1024 * 1024  # one article; larger files are refused unread, not half-read


def _refuse_empty_or_nul(data: bytes, where: str) -> str | None:
    """The codec of the byte-order mark, if any; raises for no text or a NUL byte without one."""
    if not data or data.isspace():  # no stripped copy of a large input
        raise EmptyInput("empty input: no text to extract", where)
    codec = bom_encoding(data)
    nul = data.find(b"\x00")
    if codec is None and nul >= 0:  # UTF-16 and UTF-32 hold NUL bytes: checked once decoded
        raise InputError(f"binary data, not text (NUL byte at byte {nul})", where)
    return codec


def _text(text: str, where: str) -> str:
    refuse_binary(text, where)
    if not text.strip():
        raise EmptyInput("empty input: no text to extract", where)
    return text.replace("\r\n", "\n")


def decode(data: bytes, where: str) -> str:
    """UTF-8 text, or UTF-8/16/32 after a byte-order mark (dropped); `InputError` for NUL or
    other binary characters, lone surrogates and invalid UTF-8."""
    codec = _refuse_empty_or_nul(data, where) or "utf-8"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not {'UTF-8' if codec == 'utf-8' else codec.upper()}: byte {exc.start} "
            f"(line {line}) is 0x{data[exc.start]:02x}; "
            "convert the file to UTF-8 (e.g. iconv -f cp1252 -t utf-8)",
            where,
        ) from exc
    return _text(text, where)


def decode_page(data: bytes, where: str, http_charset: str | None = None) -> tuple[str, str]:
    """(text, encoding and why) of a web page's bytes: see `_charset`; refused like `decode`."""
    _refuse_empty_or_nul(data, where)
    text, how = page_charset.decode_page(data, where, http_charset)
    return _text(text, where), how


def open_regular(path: str) -> BinaryIO:
    """`path` opened for reading, refusing anything but a regular file before a read can block.

    Opened without blocking, then checked on the open descriptor, so a FIFO (whose open or
    read would wait forever for a writer), a socket or a device is refused even when it
    replaced a file after the folder was listed.

    Raises:
        InputError: a folder, FIFO, socket or device.
        OSError: the path is gone, unreadable or a symlink loop (as `open` raises).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = "a folder" if stat.S_ISDIR(mode) else "a FIFO, socket or device"
        raise InputError(f"{what}, not a regular file; skipped", path)
    return os.fdopen(fd, "rb")


def read_bytes(path: str) -> bytes:
    """The file's bytes (`-` is standard input), with a clear error when it cannot be read."""
    if path == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        with open_regular(path) as fh:
            return read_limited(fh, path)
    except FileNotFoundError as exc:
        raise InputError("no such file", path) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from exc


def read_text(path: str) -> str:
    """The file's text, decoded by `decode`."""
    data = read_bytes(path)
    if path == "-" and len(data) > MAX_BYTES:
        raise InputError(f"too large: over {MAX_BYTES} bytes; split it", "<stdin>")
    return decode(data, "<stdin>" if path == "-" else path)


def read_limited(stream: BinaryIO, where: str) -> bytes:
    """All of an open stream's bytes, refusing more than `MAX_BYTES` rather than half-reading."""
    try:
        size = os.fstat(stream.fileno()).st_size
    except (OSError, ValueError):  # not a file (standard input, bytes in memory)
        size = 0
    if size > MAX_BYTES:  # refused unread
        raise InputError(f"too large: {size} bytes (limit {MAX_BYTES}); split it", where)
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"too large: over {MAX_BYTES} bytes; split it", where)
    return data
