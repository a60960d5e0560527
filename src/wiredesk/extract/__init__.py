"""Extraction layers, one module each; importing this package registers their stages."""

from wiredesk.extract import (  # noqa: F401  (imported to register their stages)
    attributions,
    checks,
    events,
    figures,
    places,
    times,
)
from wiredesk.extract._registry import STAGES, Context, stage
from wiredesk.extract._runner import DEFAULT_STAGES, extract_articles

__all__ = ["DEFAULT_STAGES", "STAGES", "Context", "extract_articles", "stage"]
