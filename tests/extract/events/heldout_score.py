"""Score the events layer on tests/golden/events_heldout/ (or another folder of the same shape).

Each article `x.txt` has `x.json` beside it: the events a conflict researcher codes, each with
the words that tell it (`evidence`, and `also` for later tellings of the same happening), the
types and names accepted (a list accepts any of its values, null among them accepts none) and
`main` on the report's main event; `optional` events may be found or not; `not_actors` lists
words (places, weapons, labels) that must never be an event's actor.

    .venv/bin/python tests/extract/events/heldout_score.py [folder] [-v]

Recall: required events found with type and actor right. Precision: found events that tell a
required event with the right type, over all found events but those telling an optional one
(a second event for one happening counts against it). Main: the main event recalled, and the
found event flagged `main` being it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import wiredesk

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script too
from names import norm_name, same_name

HERE = Path(__file__).resolve().parents[2] / "golden" / "events_heldout"
FIELDS = ("target", "instrument", "place", "date", "killed", "wounded", "plover", "plover_mode")


def _accepts(gold: Any, pred: Any) -> bool:
    """A gold value accepts a found one: names when one holds the other, lists any of them."""
    if isinstance(gold, list):
        return any(_accepts(g, pred) for g in gold)
    if gold is None or pred is None:
        return gold is None and pred is None
    if isinstance(gold, int | float):
        return isinstance(pred, int | float) and abs(gold - pred) < 0.5
    return same_name(gold, pred)


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    out = []
    for w in words:
        at = text.find(w)
        if at < 0:
            raise ValueError(f"gold words {w!r} are not in the article")
        out.append((at, at + len(w)))
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(min(a[1], b[1]) > max(a[0], b[0]) for b in spans)


@dataclass
class Score:
    gold: int = 0
    recalled: int = 0
    typed: int = 0  # found with the right type, actor right or not
    found: int = 0  # events counted for precision
    right: int = 0  # of those, telling a required event with the right type
    main_found: int = 0
    main_flagged: int = 0
    articles: int = 0
    bad_actors: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

        parts = [
            f"recall {ratio(self.recalled, self.gold)}",
            f"type-only recall {ratio(self.typed, self.gold)}",
            f"precision {ratio(self.right, self.found)}",
            f"main found {self.main_found}/{self.articles}",
            f"main flagged {self.main_flagged}/{self.articles}",
            f"place/weapon/label actors {self.bad_actors}",
        ]
        parts += [f"{k} {ratio(*v)}" for k, v in self.fields.items()]
        return "; ".join(parts)


def score_article(path: Path, score: Score) -> None:
    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    doc = wiredesk.extract(text, published=gold["published"])
    preds = list(doc.events)
    golds = gold["events"]
    tellings = [_spans(text, [g["evidence"], *g.get("also", [])]) for g in golds]
    score.articles += 1
    # Pair each gold event with its best found event: type and actor right first.
    taken: set[int] = set()
    paired: dict[int, int] = {}
    for want_actor in (True, False):
        for gi, g in enumerate(golds):
            if gi in paired:
                continue
            for pi, p in enumerate(preds):
                if pi in taken or not _overlaps(p.span, tellings[gi]):
                    continue
                if not _accepts(g["type"], p.type):
                    continue
                if want_actor and not _accepts(g.get("actor"), p.actor):
                    continue
                paired[gi] = pi
                taken.add(pi)
                break
    for gi, g in enumerate(golds):
        if g.get("optional"):
            continue
        score.gold += 1
        pi = paired.get(gi)
        if pi is None:
            score.notes.append(f"  MISSED {path.stem}: {g['type']} {g['evidence'][:70]!r}")
            continue
        p = preds[pi]
        score.typed += 1
        if _accepts(g.get("actor"), p.actor):
            score.recalled += 1
            for name in FIELDS:
                if name in g:
                    pair = score.fields.setdefault(name, [0, 0])
                    ok = _accepts(g[name], getattr(p, name, None))
                    pair[0] += ok
                    pair[1] += 1
                    if not ok:
                        score.notes.append(
                            f"  FIELD  {path.stem}: {name} {getattr(p, name, None)!r}"
                            f" (gold {g[name]!r}) in {p.text[:50]!r}")
        else:
            score.notes.append(f"  ACTOR  {path.stem}: {p.actor!r} (gold {g.get('actor')!r})"
                               f" in {p.text[:60]!r}")
    optional = {pi for gi, pi in paired.items() if golds[gi].get("optional")}
    for pi, p in enumerate(preds):
        if pi in optional:
            continue
        score.found += 1
        required = [gi for gi, q in paired.items() if q == pi and not golds[gi].get("optional")]
        if required:
            score.right += 1
        else:
            score.notes.append(f"  EXTRA  {path.stem}: {p.type} by {p.actor!r} -> {p.target!r}"
                               f" in {p.text[:60]!r}")
        if any(norm_name(p.actor or "") == norm_name(w) for w in gold.get("not_actors", [])):
            score.bad_actors += 1
            score.notes.append(f"  BADACT {path.stem}: {p.actor!r} in {p.text[:60]!r}")
    main = next((gi for gi, g in enumerate(golds) if g.get("main")), None)
    if main is not None and main in paired and _accepts(golds[main].get("actor"),
                                                         preds[paired[main]].actor):
        score.main_found += 1
    flagged = [p for p in preds if getattr(p, "main", False)]
    if main is not None and any(
        _overlaps(p.span, tellings[main]) and _accepts(golds[main]["type"], p.type)
        for p in flagged[:1]
    ):
        score.main_flagged += 1


def score_folder(folder: Path = HERE) -> Score:
    score = Score()
    for path in sorted(folder.glob("*.txt")):
        score_article(path, score)
    return score


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    result = score_folder(Path(args[0]) if args else HERE)
    if "-v" in sys.argv:
        print("\n".join(result.notes))
    print(result.line())
