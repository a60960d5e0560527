"""Kill, starve and cut off `wiredesk` mid-work; check that nothing is half-stored and a rerun
completes. Prints the figures.

    .venv/bin/python scripts/fault_injection.py [--runs 50] [--seed 13] [--skip-pg]

1. SIGKILL: `--runs` runs of ingest, cross-check and brief on the bundled sample corpus into
   one SQLite store, each killed at a random moment. After every kill the store must pass
   SQLite's integrity check and every stored article must have exactly the rows a clean run
   gives it (an article is all there or not there). At the end ingest and cross-check run to
   completion and the store must equal the clean run's.
2. Full disk (as root): the store on a 1 MB tmpfs. Ingest must fail with a clear message (no
   traceback), leave no half article, and complete once the tmpfs is made larger.
3. PostgreSQL stopped mid-batch: a throwaway server (port 18130) stopped with `-m immediate`
   while ingest runs. Ingest must report failures and end, the rerun after a restart must
   complete and equal the clean run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from wiredesk.store import Store
from wiredesk.store.schema import LAYER_TABLES, articles, check_figures, stage_failures

WIREDESK = str(Path(sys.executable).with_name("wiredesk"))
CORPUS = str(Path(__file__).resolve().parents[1] / "src" / "wiredesk" / "samples" / "corpus")
PG_PORT = 18130
PG_DIR = "/tmp/wiredesk-pg-fault-13"
Snapshot = dict[str, tuple[int, ...]]


def snapshot(url: str) -> Snapshot:
    """For each stored article, its row count in every table that holds its rows."""
    tables = [*LAYER_TABLES.values(), check_figures, stage_failures]
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            ids = list(conn.scalars(select(articles.c.id)))
            counts = {aid: [0] * len(tables) for aid in ids}
            for n, table in enumerate(tables):
                query = select(table.c.article_id, func.count()).group_by(table.c.article_id)
                for aid, count in conn.execute(query):
                    counts[aid][n] = count
    finally:
        engine.dispose()
    return {aid: tuple(c) for aid, c in counts.items()}


def run(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([WIREDESK, *args], capture_output=True, text=True, **kw)  # type: ignore[call-overload]


def sqlite_ok(path: Path) -> bool:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        engine.dispose()


def half_stored(found: Snapshot, clean: Snapshot) -> list[str]:
    """Articles whose rows differ from the clean run's (stored in part, or unknown)."""
    return [aid for aid, counts in found.items() if clean.get(aid) != counts]


def clean_run(folder: Path) -> tuple[Snapshot, float]:
    db = folder / "clean.db"
    start = time.perf_counter()
    done = run(["ingest", CORPUS, "--db", str(db), "--quiet"])
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"the clean run failed: {done.stdout}{done.stderr}")
    return snapshot(f"sqlite:///{db}"), took


def kills(folder: Path, clean: Snapshot, runs: int, took: float, rnd: random.Random) -> None:
    db = folder / "killed.db"
    commands = {
        "ingest": ["ingest", CORPUS, "--db", str(db), "--quiet"],
        "crosscheck": ["crosscheck", "--db", str(db)],
        "brief": ["brief", "--db", str(db), "--out", str(folder / "brief.md")],
    }
    bad: list[str] = []
    killed = finished = 0
    for number in range(runs):
        name = "ingest" if number % 3 == 0 or number < 2 else rnd.choice(list(commands))
        proc = subprocess.Popen([WIREDESK, *commands[name]], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.5, took if name == "ingest" else took / 3))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        else:
            finished += 1
        proc.wait()
        if not db.exists():
            continue
        if not sqlite_ok(db):
            bad.append(f"run {number} ({name}): integrity check failed")
        if half := half_stored(snapshot(f"sqlite:///{db}"), clean):
            bad.append(f"run {number} ({name}): {len(half)} articles half-stored")
    rerun = run(["ingest", CORPUS, "--db", str(db), "--quiet"])
    cross = run(["crosscheck", "--db", str(db)])
    final = snapshot(f"sqlite:///{db}")
    print(f"SIGKILL: {runs} runs, {killed} killed, {finished} finished first; "
          f"{len(bad)} bad states; rerun exit {rerun.returncode}, crosscheck exit "
          f"{cross.returncode}; store equals the clean run: {final == clean}")
    for line in bad[:10]:
        print(f"  {line}")


def full_disk(folder: Path, clean: Snapshot) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        print("full disk: skipped (needs root and mount)")
        return
    mnt = folder / "tmpfs"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode:
        print("full disk: skipped (cannot mount a tmpfs here)")
        return
    try:
        db = mnt / "full.db"
        first = run(["ingest", CORPUS, "--db", str(db), "--quiet"])
        said = (first.stdout + first.stderr).strip().splitlines()
        traceback = any("Traceback" in line for line in said)
        half = half_stored(snapshot(f"sqlite:///{db}"), clean) if db.exists() else []
        subprocess.run(["mount", "-o", "remount,size=256m", str(mnt)], check=True)
        rerun = run(["ingest", CORPUS, "--db", str(db), "--quiet"])
        final = snapshot(f"sqlite:///{db}")
        print(f"full disk: first exit {first.returncode}, traceback {traceback}, "
              f"{len(half)} half-stored; last line: {said[-1] if said else ''!r}")
        print(f"  after growing the disk: rerun exit {rerun.returncode}; "
              f"store equals the clean run: {final == clean}")
    finally:
        subprocess.run(["umount", str(mnt)])


def _pg(*args: str) -> subprocess.CompletedProcess[str]:
    binary = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    command = [str(binary / args[0]), *args[1:]]
    if os.geteuid() == 0:
        command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(command)]
    return subprocess.run(command, capture_output=True, text=True)


def postgres_stopped(clean: Snapshot, took: float) -> None:
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        print("PostgreSQL stopped: skipped (not installed)")
        return
    shutil.rmtree(PG_DIR, ignore_errors=True)
    os.makedirs(PG_DIR)
    if os.geteuid() == 0:
        shutil.chown(PG_DIR, "postgres")
    _pg("initdb", "-A", "trust", "-U", "postgres", "-D", PG_DIR)
    start = ["pg_ctl", "-D", PG_DIR, "-l", f"{PG_DIR}/log", "-w", "-o",
             f"'-c listen_addresses=127.0.0.1 -p {PG_PORT} -k /tmp'", "start"]
    _pg(*start)
    url = f"postgresql+psycopg://postgres@127.0.0.1:{PG_PORT}/postgres"
    try:
        Store.open(url).close()
        proc = subprocess.Popen([WIREDESK, "ingest", CORPUS, "--db", url, "--quiet"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        time.sleep(took / 2)
        _pg("pg_ctl", "-D", PG_DIR, "-m", "immediate", "stop")
        out, _ = proc.communicate(timeout=600)
        lines = out.strip().splitlines()
        _pg(*start)
        half = half_stored(snapshot(url), clean)
        rerun = run(["ingest", CORPUS, "--db", url, "--quiet"])
        final = snapshot(url)
        print(f"PostgreSQL stopped mid-batch: exit {proc.returncode}, traceback "
              f"{'Traceback' in out}, {len(half)} half-stored; last line {lines[-1]!r}")
        print(f"  after a restart: rerun exit {rerun.returncode}; "
              f"store equals the clean run: {final == clean}")
    finally:
        _pg("pg_ctl", "-D", PG_DIR, "-m", "fast", "stop")
        shutil.rmtree(PG_DIR, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--skip-pg", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wiredesk-faults-") as tmp:
        folder = Path(tmp)
        clean, took = clean_run(folder)
        print(f"clean run: {len(clean)} articles in {took:.0f} s")
        kills(folder, clean, args.runs, took, random.Random(args.seed))
        full_disk(folder, clean)
        if not args.skip_pg:
            postgres_stopped(clean, took)


if __name__ == "__main__":
    main()
