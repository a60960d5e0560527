"""Denials worded as a judgment of what was reported ("were unfounded", "a fabrication"),
through the real model: each answers the claim it names, and only that."""

from __future__ import annotations

import pytest

from wiredesk.crosscheck import crosscheck

CLAIM = ("Ukrainian drones hit an oil depot in Tuapse on Monday, the Ukrainian General Staff "
         "said.")


@pytest.mark.parametrize(("text", "denied"), [
    ("Kremlin spokesman Dmitry Peskov said reports of a drone strike on an oil depot in "
     "Tuapse were unfounded.", True),
    ("Reports that Ukrainian drones hit an oil depot in Tuapse are fake, the regional "
     "governor Veniamin Kondratyev said.", True),
    ("The Russian defence ministry said the reports of drones hitting an oil depot in "
     "Tuapse were a lie.", True),
    # negatives: the same place and thing, not judged untrue; a judgment of something else
    ("Kremlin spokesman Dmitry Peskov said firefighters were still working at the oil depot "
     "in Tuapse.", False),
    ("Kremlin spokesman Dmitry Peskov said reports of new sanctions on Russian banks were "
     "unfounded.", False),
])
def test_crosscheck_denials_judged_untrue(extract, text, denied):
    claim = extract(CLAIM, published="2025-05-12", source="Kyiv Independent")
    reply = extract(text, published="2025-05-12", source="TASS")
    found = [c for c in crosscheck([claim, reply]).contradictions if c.kind == "denial"]
    assert bool(found) is denied
