"""How many: figures with category, qualifier and unit, and checks of their arithmetic."""

from wiredesk.extract.numbers import checks, figures  # noqa: F401  (registers their stages)
