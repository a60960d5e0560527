"""How many: figures with category, qualifier and unit, and checks of their arithmetic."""

from wiredesk.extract.numbers import checks, figures  # noqa: F401  (registers their stages)
from wiredesk.extract.numbers._counts import with_counts

__all__ = ["with_counts"]
