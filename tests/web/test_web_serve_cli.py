"""`wiredesk serve` as a user runs it: a real process on loopback, read-only."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

WIREDESK = [sys.executable, "-m", "wiredesk"]


def test_web_serve_command_serves_the_store(web_db: str, port: int) -> None:
    before = Path(web_db).stat().st_mtime_ns
    process = subprocess.Popen([*WIREDESK, "serve", "--db", web_db, "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/overview") as r:
                    data = json.load(r)
                    csp = r.headers["content-security-policy"]
                break
            except OSError:
                assert process.poll() is None, process.stderr.read()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "wiredesk serve did not answer"
                time.sleep(0.2)
        assert data["stats"]["articles"] >= 37
        assert "script-src 'self'" in csp
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert Path(web_db).stat().st_mtime_ns == before  # read-only: the file is untouched


def test_web_serve_command_refuses_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    result = subprocess.run([*WIREDESK, "serve", "--db", str(missing), "--port", "18159"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"no store at {missing}" in result.stderr
    assert not missing.exists()
