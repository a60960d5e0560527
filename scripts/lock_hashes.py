"""Give every pin of the lock files its sha256 (`name==version --hash=sha256:...`, one line
a package), so pip installs them in hash-checking mode.

Run after adding or changing a pin (a line without a hash makes pip refuse the whole file):

    .venv/bin/python scripts/lock_hashes.py                  # every requirements*.lock
    .venv/bin/python scripts/lock_hashes.py requirements.lock

It downloads each pinned file with pip (from the index pip is set up to use, into a
temporary folder) and hashes what it got: the wheel this platform installs.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _hashes(pins: list[str]) -> dict[str, list[str]]:
    """Normalised package name -> sha256 of each file pip downloads for the pins."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "pins.txt"
        listing.write_text("\n".join(pins) + "\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--disable-pip-version-check", "-d", folder, "-r", str(listing)],
                       check=True)
        found: dict[str, list[str]] = {}
        for path in sorted(Path(folder).iterdir()):
            if path == listing:
                continue
            name = re.split(r"-\d", path.name, maxsplit=1)[0]
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found.setdefault(_key(name), []).append(digest)
        return found


def relock(lock: Path) -> None:
    lines = lock.read_text(encoding="utf-8").splitlines()
    pins = [m.group(0) for line in lines if (m := PIN.match(line))]
    hashes = _hashes(pins)
    out = []
    for line in lines:
        m = PIN.match(line)
        if m is None:
            out.append(line)
            continue
        digests = hashes.get(_key(m.group(1)))
        if not digests:
            raise SystemExit(f"{lock.name}: pip downloaded nothing for {m.group(0)}")
        out.append(" ".join([m.group(0), *(f"--hash=sha256:{d}" for d in digests)]))
    lock.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{lock.name}: {len(pins)} pins hashed")


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(p.name for p in ROOT.glob("requirements*.lock")):
        relock(ROOT / name)
