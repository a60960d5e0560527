"""Peak memory of `wiredesk ingest` on the largest inputs the caps admit: the goal is <= 1 GB.

Each case is written to a temporary folder and ingested by a fresh `wiredesk ingest` process
into a fresh SQLite file; its peak resident set (from wait4) is printed with its ratio to the
1 GB goal, and the ingest's summary line. The cases:

- text-cap:   one text file of prose at the size cap (5 MB), in paragraphs;
- one-line:   one line of prose as long as the line cap admits (1 MB), no paragraph break;
- jsonl-cap:  a JSON line just under the line cap, then one just over (refused unread);
- warc-bomb:  a gzip-encoded response inflating to 3x the size cap (never inflated whole),
              then a page.

    .venv/bin/python benchmarks/bench_memory.py [--scale 1.0] [--only text-cap]

`--scale` shrinks every case (0.2: a fifth of each cap) for a quick look; the figures that
count are at scale 1.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiredesk.ingest._clean import MAX_CHARS, MAX_LINE_CHARS
from wiredesk.ingest.jsonl import MAX_LINE_BYTES

GOAL_BYTES = 1024**3
WIREDESK = Path(sys.executable).with_name("wiredesk")
_VOCABULARY = """
the regional governor said on Monday that three people were killed and 12 wounded when
drones struck a fuel depot near the city of Kharkiv late on Sunday night according to
officials who asked not to be named because they were not authorised to speak the army
denied any part in the attack while the ministry of defence in Moscow said its forces had
hit military targets in the area
"""
WORDS = _VOCABULARY.split()


def prose(chars: int, paragraph_words: int | None = 120, seed: int = 13) -> str:
    """About `chars` characters of sentences of report words, paragraphs every N words."""
    rnd = random.Random(seed)
    out: list[str] = []
    size = words = 0
    while size < chars:
        word = rnd.choice(WORDS)
        words += 1
        if words % 17 == 0:
            word += "."
        sep = "\n\n" if paragraph_words and words % paragraph_words == 0 else " "
        out.append(word + sep)
        size += len(word) + len(sep)
    return "".join(out)[:chars].rstrip() + "."


def _warc(records: list[tuple[str, bytes, list[tuple[str, str]]]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, headers in records:
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http))
    return buf.getvalue()


def case_text_cap(folder: Path, scale: float) -> None:
    (folder / "big.txt").write_text(prose(int(MAX_CHARS * scale) - 100), encoding="utf-8")


def case_one_line(folder: Path, scale: float) -> None:
    line = prose(int(MAX_LINE_CHARS * scale) - 100, paragraph_words=None)
    (folder / "line.txt").write_text(line, encoding="utf-8")


def case_jsonl_cap(folder: Path, scale: float) -> None:
    under = json.dumps({"text": prose(int(MAX_LINE_BYTES * scale * 0.45))})
    over = json.dumps({"text": "x" * (MAX_LINE_BYTES + 10)})
    (folder / "a.jsonl").write_text(f"{under}\n{over}\n", encoding="utf-8")


def case_warc_bomb(folder: Path, scale: float) -> None:
    bomb = gzip.compress(b" " * int(3 * MAX_CHARS * max(scale, 0.4)), compresslevel=9)
    page = f"<html><body><article><p>{prose(3000)}</p></article></body></html>".encode()
    data = _warc([
        ("https://a.example/bomb", bomb, [("Content-Type", "text/html"),
                                          ("Content-Encoding", "gzip")]),
        ("https://a.example/page", page, [("Content-Type", "text/html")]),
    ])
    (folder / "crawl.warc.gz").write_bytes(data)


CASES: dict[str, Callable[[Path, float], None]] = {
    "text-cap": case_text_cap,
    "one-line": case_one_line,
    "jsonl-cap": case_jsonl_cap,
    "warc-bomb": case_warc_bomb,
}


def peak_of_ingest(folder: Path) -> tuple[int, float, str]:
    """(peak RSS in bytes, seconds, summary line) of one `wiredesk ingest` process."""
    db = folder.parent / "bench.db"
    start = time.perf_counter()
    proc = subprocess.Popen([str(WIREDESK), "ingest", str(folder), "--db", str(db), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    _, _, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    output = proc.stdout.read().decode() if proc.stdout else ""
    return usage.ru_maxrss * 1024, took, output.strip().splitlines()[-1] if output else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", choices=sorted(CASES))
    args = parser.parse_args()
    worst = 0
    for name, make in CASES.items():
        if args.only not in (None, name):
            continue
        with tempfile.TemporaryDirectory(prefix="wiredesk-mem-") as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            make(folder, args.scale)
            size = sum(p.stat().st_size for p in folder.iterdir())
            peak, took, summary = peak_of_ingest(folder)
        worst = max(worst, peak)
        print(f"{name:10} input {size / 1e6:6.2f} MB  peak {peak / 2**20:7.0f} MiB "
              f"({peak / GOAL_BYTES:.2f} of 1 GB)  {took:6.0f} s  {summary}")
    verdict = "ok" if worst <= GOAL_BYTES else "OVER"
    print(f"worst peak / goal = {worst / GOAL_BYTES:.2f} ({verdict})")


if __name__ == "__main__":
    main()
