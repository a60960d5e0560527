"""Extraction layers, one subpackage each; importing this package registers their stages.

    attributions/  who said what: cues, quotes, speakers, status
    times/         when: TIMEX3 expressions resolved against the publication date
    places/        where: mentions resolved to gazetteer entries
    numbers/       how many: figures and the checks of their arithmetic
    events/        what happened: PLOVER-style events
    actors/        the actor registry every layer resolves names against
"""

from wiredesk.extract import (  # noqa: F401  (imported to register their stages)
    attributions,
    events,
    numbers,
    places,
    times,
)
from wiredesk.extract._registry import STAGES, Context, stage
from wiredesk.extract._runner import DEFAULT_STAGES, extract_articles

__all__ = ["DEFAULT_STAGES", "STAGES", "Context", "extract_articles", "stage"]
