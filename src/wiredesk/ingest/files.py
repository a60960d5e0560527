"""Read a file's bytes as text, or say exactly why not (file, byte, line)."""

from __future__ import annotations

import os
import stat
import sys
from typing import BinaryIO

from wiredesk.errors import EmptyInput, InputError

MAX_BYTES = 5 * 1024 * 1024  # one article; larger files are refused unread, not half-read


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is dropped); NUL bytes or invalid UTF-8 raise `InputError`."""
    if not data or data.isspace():  # no stripped copy of a large input
        raise EmptyInput("empty input: no text to extract", where)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary data, not text (NUL byte at byte {nul})", where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not UTF-8: byte {exc.start} (line {line}) is 0x{data[exc.start]:02x}; "
            "convert the file to UTF-8 (e.g. iconv -f cp1252 -t utf-8)",
            where,
        ) from exc
    return text.replace("\r\n", "\n")


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
