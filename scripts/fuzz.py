"""Fuzz every reader and `wiredesk.extract` with generated hostile inputs; print what broke.

    .venv/bin/python scripts/fuzz.py                    # 10,000 cases a reader, 1,000 texts
    .venv/bin/python scripts/fuzz.py --cases 500 --only extract

For each target it prints the cases run, the uncaught exceptions (the goal is 0: a reader
says a Problem, the runner records a stage's failure) and, for extraction, the stage failures
recorded on Documents by stage and exception, each a crash site to fix. The generators are
the property tests' (tests/fuzzing.py); the seed makes a run repeatable.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, given, seed, settings

import wiredesk
from fuzzing import DATES, READER_INPUTS, prose, read_generated, scratch, shuffled

QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


def _run(name: str, strategy: object, check: object, cases: int, seed_value: int) -> None:
    seen = {"cases": 0, "uncaught": 0}
    kinds: Counter[str] = Counter()

    @seed(seed_value)
    @settings(max_examples=cases, deadline=None, database=None, suppress_health_check=QUIET)
    @given(strategy)  # type: ignore[arg-type]
    def one(value: object) -> None:
        seen["cases"] += 1
        try:
            check(value, kinds)  # type: ignore[operator]
        except Exception as exc:
            seen["uncaught"] += 1
            kinds[f"UNCAUGHT {type(exc).__name__}: {exc!s:.80}"] += 1
            if seen["uncaught"] <= 3:
                traceback.print_exc()

    start = time.perf_counter()
    one()
    took = time.perf_counter() - start
    print(f"{name:8} {seen['cases']:6} cases  {seen['uncaught']:4} uncaught  {took:6.0f} s")
    for kind, count in kinds.most_common(12):
        print(f"         {count:6}  {kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="cases a reader")
    parser.add_argument("--texts", type=int, default=1_000, help="texts for extraction")
    parser.add_argument("--only", help="one target: a reader kind or 'extract'")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    with scratch() as folder:
        for kind, (name, strategy) in sorted(READER_INPUTS.items()):
            if args.only in (None, kind):

                def read(data: bytes, kinds: Counter[str], name: str = name) -> None:
                    for item in read_generated(folder, name, data):
                        kinds[type(item).__name__] += 1

                _run(kind, strategy, read, args.cases, args.seed)
    if args.only in (None, "extract"):
        from hypothesis import strategies as st

        def extract(value: tuple[str, str | None], kinds: Counter[str]) -> None:
            doc = wiredesk.extract(value[0], published=value[1])
            for failure in doc.failures:
                kinds[f"stage {failure.stage}: {failure.error}: {failure.message:.60}"] += 1

        texts = st.one_of(prose(max_words=250), shuffled())
        _run("extract", st.tuples(texts, DATES), extract, args.texts, args.seed)


if __name__ == "__main__":
    main()
