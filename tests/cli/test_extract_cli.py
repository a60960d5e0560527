"""`wiredesk extract`: formats, the header, stdin, and bad input that loses nothing."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiredesk.cli import main

GOOD = (
    "The regional governor said on Monday that shelling had damaged a school in Kherson.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_cli_extract_json_is_one_document(runner, tmp_path) -> None:
    path = write(tmp_path, "a.txt", GOOD)
    result = runner.invoke(main, ["extract", path, "--published", "2025-08-12", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["article"]["text"] == GOOD
    assert doc["article"]["published"] == "2025-08-12"


def test_cli_extract_jsonl_is_one_line_a_file(runner, tmp_path) -> None:
    paths = [write(tmp_path, f"{i}.txt", f"Report {i}. " + GOOD) for i in range(3)]
    result = runner.invoke(main, ["extract", *paths, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert [json.loads(x)["article"]["text"][:8] for x in lines] == [
        "Report 0", "Report 1", "Report 2"]


@pytest.mark.parametrize(
    ("raw", "published", "title", "body_start"),
    [
        ("title: Strike on depot\npublished: 2026-03-03\nsource: Wire\n\nBody text.", "2026-03-03",
         "Strike on depot", "Body text."),
        ("Update: shelling resumed at dawn.\n\nMore text.", None, None, "Update: shelling"),
        ("Body only, no header.", None, None, "Body only"),
        ("title: A\nUnknown: a header key\n\nBody.", None, None, "title: A"),
        ("title: A\nA header with no blank line after it.", None, "A", "A header with"),
    ],
)
def test_cli_extract_reads_header(runner, tmp_path, raw, published, title, body_start) -> None:
    result = runner.invoke(main, ["extract", write(tmp_path, "h.txt", raw), "--format", "json"])
    art = json.loads(result.stdout)["article"]
    assert (art["published"], art["title"]) == (published, title)
    assert art["text"].startswith(body_start)


def test_cli_extract_published_option_beats_header(runner, tmp_path) -> None:
    path = write(tmp_path, "h.txt", "published: 2026-03-03\n\nBody.")
    result = runner.invoke(main, ["extract", path, "--published", "2026-03-05", "--format", "json"])
    assert json.loads(result.stdout)["article"]["published"] == "2026-03-05"


def test_cli_extract_reads_stdin(runner) -> None:
    result = runner.invoke(main, ["extract", "-", "--format", "json"], input=GOOD)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["text"] == GOOD


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL byte at byte 8"),
        ("latin1.txt", "Kyiv said caf\u00e9 prices rose.".encode("latin-1"), "byte 13 (line 1)"),
        ("missing.txt", None, "no such file"),
    ],
)
def test_cli_extract_bad_input_is_one_line_and_the_rest_comes_out(
    runner, tmp_path, name, data, message
) -> None:
    bad = str(tmp_path / name) if data is None else write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", GOOD)
    result = runner.invoke(main, ["extract", bad, good, "--format", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("wiredesk:")]
    assert len(errors) == 1
    assert bad in errors[0] and message in errors[0]
    docs = [json.loads(x) for x in result.stdout.splitlines()]
    assert [d["article"]["text"] for d in docs] == [GOOD]


def test_cli_extract_huge_file_is_refused_with_bounded_memory(tmp_path) -> None:
    big = tmp_path / "huge.txt"
    line = "Officials said the convoy reached the city on Tuesday. " * 20 + "\n"
    with big.open("w", encoding="utf-8") as fh:
        while fh.tell() < 20 * 1024 * 1024:
            fh.write(line)
    good = write(tmp_path, "good.txt", GOOD)
    wiredesk = Path(sys.executable).parent / "wiredesk"
    proc = subprocess.run(
        [str(wiredesk), "extract", str(big), good, "--format", "jsonl"],
        capture_output=True, text=True, env={**os.environ}, timeout=120,
    )
    assert proc.returncode == 1
    assert f"wiredesk: {big}: too large" in proc.stderr
    assert len(proc.stdout.splitlines()) == 1
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 1500, f"peak memory {peak_mb:.0f} MB"
