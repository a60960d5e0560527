"""The shipped gazetteer's load: time and memory of the first lookup, in a fresh process.

Targets: under 2 s and under 400 MB (the whole process, the gazetteer's own share beside it).

    .venv/bin/python benchmarks/bench_gazetteer.py
"""

from __future__ import annotations

import resource
import time

from wiredesk.extract.places._gazetteer import lookup

LOAD_S, PROCESS_MB = 2.0, 400.0


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    before = _rss_mb()
    start = time.perf_counter()
    found = lookup("Paris")
    seconds = time.perf_counter() - start
    after = _rss_mb()
    print(f"gazetteer load and first lookup: {seconds:.2f} s (target < {LOAD_S:.0f} s), "
          f"{len(found)} namesakes of Paris")
    print(f"peak memory: {after:.0f} MB whole process (target < {PROCESS_MB:.0f} MB), "
          f"{after - before:.0f} MB of it the gazetteer's")


if __name__ == "__main__":
    main()
