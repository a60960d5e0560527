"""The main event is a scored choice whose weights scripts/train_main_event.py fits: the
weights name only features the chooser makes, and violence the lead tells wins over an
arrest the headline puts first."""

from __future__ import annotations

import sys

import wiredesk.extract.events  # noqa: F401  (loads the events package and its modules)


def test_the_weights_name_only_features_the_chooser_makes(extract) -> None:
    main = sys.modules["wiredesk.extract.events._main"]
    text = ("Police arrest four after attack on bus\n\n"
            "Gunmen fired on a bus near Garissa on Monday, killing two passengers. Police "
            "arrested four suspects on Tuesday, a spokesman said.")
    seen: list = []
    original = main.main_candidates

    def record(told, published=None):
        found = original(told, published)
        seen.extend(found)
        return found

    main.main_candidates = record
    try:
        events = extract(text, published="2026-04-15").events
    finally:
        main.main_candidates = original
    made = {name for _, features in seen for name in features}
    assert set(main._weights()) <= made | {f"type_{g}" for g in ("violent", "force", "protest",
                                                                   "talks", "words", "other")}
    flagged = [e for e in events if e.main]
    assert [(e.type, e.actor) for e in flagged] == [("attack", "Gunmen")]
