"""Scores of the golden sets of reports (tests/golden/crosscheck*/<set>/expected.toml):
precision and recall of contradictions, recall of corroborations and whether their
independent sources are counted right.

    .venv/bin/python tests/crosscheck/golden_score.py tests/golden/crosscheck_heldout
"""

from __future__ import annotations

import json
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from wiredesk.cli import main
from wiredesk.store import Store
from wiredesk.store.ingest import ingest_paths


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def number(value: str) -> float:
    return float(value.split()[-1].replace(",", ""))


def ingest(folder: Path, db: str) -> None:
    """Store the set's reports in `db` and cross-check them."""
    with Store.open(db) as store:
        summary = ingest_paths(sorted(str(p) for p in folder.glob("*.txt")), store)
    assert summary.ok and summary.stored >= 3
    run("crosscheck", "--db", db)


def matches(found: dict[str, Any], want: dict[str, Any]) -> bool:
    """Is the found contradiction the expected one?"""
    if found["kind"] != want["kind"]:
        return False
    if want["kind"] == "figure":
        return {number(found["a"]["value"]), number(found["b"]["value"])} == set(
            map(float, want["values"]))
    if want["kind"] == "denial":
        denied = any(want["denied_text"] in r["text"] for r in found["a_reports"])
        by = "denied_by" not in want or any(want["denied_by"] in f"{r['source']} {r['outlet']}"
                                            for r in found["b_reports"])
        return denied and by
    if want["kind"] == "place":
        return all(place in found["detail"] for place in want["places"])
    return sorted((found["a"]["value"], found["b"]["value"])) == want["dates"]


def paired(found: list[dict[str, Any]], wanted: list[dict[str, Any]]
           ) -> tuple[set[int], list[dict[str, Any]]]:
    """Found contradictions matched one to one with the expected ones (a group that
    merged two expected clashes recalls one of them): the found indexes matched, and the
    expected ones missed."""
    used: set[int] = set()
    missed = []
    for want in wanted:
        hit = next((i for i, f in enumerate(found) if i not in used and matches(f, want)), None)
        if hit is None:
            missed.append(want)
        else:
            used.add(hit)
    return used, missed


def revision_found(groups: list[dict[str, Any]], want: dict[str, Any]) -> bool:
    """Is the expected revision (one source raising or cutting its own figure) shown?"""
    return any(g["kind"] == "revision" and {number(i["value"]) for i in g["items"]}
               == set(map(float, want["values"])) for g in groups)


def corroboration_problem(groups: list[dict[str, Any]], want: dict[str, Any]) -> str:
    """What is wrong with the expected corroboration `want` ("" when it is found right)."""
    if want["kind"] == "figure":
        hits = [g for g in groups if g["kind"] == "figure"
                and any(number(i["value"]) == want["value"] for i in g["items"])]
    else:
        hits = [g for g in groups if g["kind"] == want["kind"] and want["text"] in g["about"]]
    if not hits:
        return "not found"
    best = max(hits, key=lambda g: len({i["article_id"] for i in g["items"]}))
    articles = len({i["article_id"] for i in best["items"]})
    if articles != want["articles"]:
        return f"{articles} articles, sources {best['sources']}"
    if best["n_sources"] != want["sources"]:
        return f"sources {best['sources']}"
    return ""


@dataclass
class Score:
    contradictions_found: int = 0
    contradictions_right: int = 0
    contradictions_expected: int = 0
    contradictions_recalled: int = 0
    corroborations_expected: int = 0
    corroborations_linked: int = 0  # found over the right articles
    sources_right: int = 0  # ... and with the right number of independent sources
    revisions_expected: int = 0
    revisions_found: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a}/{b}" + (f" ({a / b:.2f})" if b else "")

        wanted = self.corroborations_expected
        return (f"contradictions precision "
                f"{ratio(self.contradictions_right, self.contradictions_found)}, recall "
                f"{ratio(self.contradictions_recalled, self.contradictions_expected)}; "
                f"corroborations recall {ratio(self.corroborations_linked, wanted)}, "
                f"sources right {ratio(self.sources_right, wanted)}"
                + (f"; revisions {ratio(self.revisions_found, self.revisions_expected)}"
                   if self.revisions_expected else ""))


def score(name: str, expected: dict[str, Any], db: str) -> Score:
    s = Score()
    found = json.loads(run("contradictions", "--db", db, "--format", "json"))
    wanted = expected.get("contradiction", [])
    s.contradictions_found, s.contradictions_expected = len(found), len(wanted)
    used, missed = paired(found, wanted)
    s.contradictions_right = len(used)
    s.contradictions_recalled = len(wanted) - len(missed)
    s.problems += [f"{name}: extra {f['kind']} contradiction: {f['detail']}"
                   for i, f in enumerate(found) if i not in used]
    s.problems += [f"{name}: missed {w}" for w in missed]
    groups = json.loads(run("corroboration", "--db", db, "--format", "json"))
    for want in expected.get("corroboration", []):
        s.corroborations_expected += 1
        problem = corroboration_problem(groups, want)
        s.corroborations_linked += not problem or problem.startswith("sources")
        s.sources_right += not problem
        if problem:
            s.problems.append(f"{name}: corroboration {want.get('value', want.get('text'))}: "
                              f"{problem}")
    for want in expected.get("revision", []):
        s.revisions_expected += 1
        s.revisions_found += revision_found(groups, want)
        if not revision_found(groups, want):
            s.problems.append(f"{name}: revision {want['values']} not shown")
    return s


def main_(folder: Path) -> None:
    total = Score()
    for set_dir in sorted(p for p in folder.iterdir() if (p / "expected.toml").exists()):
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "store.db")
            ingest(set_dir, db)
            s = score(set_dir.name, tomllib.loads((set_dir / "expected.toml").read_text("utf-8")),
                      db)
        print(f"{set_dir.name}: {s.line()}")
        for p in s.problems:
            print("   ", p)
        total.add(s)
    print(f"ALL: {total.line()}")


if __name__ == "__main__":
    main_(Path(sys.argv[1]))
