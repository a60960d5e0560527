"""Cross-checking: the same events, claims and figures across articles, how many
independent sources stand behind each, and where reports contradict each other.

    >>> result = crosscheck(docs)            # everything, from scratch
    >>> later = crosscheck(docs, result)     # only articles not in `result` are compared

A pure function over records: the CLI, the web page and a Spark job call it the same way.
Items are compared only within blocks (`wiredesk.crosscheck.blocking`), so the work grows
with the corpus, not with its square; the store keeps the results (`compare`,
`current` and `grouped` are the steps it runs batch by batch).
"""

from __future__ import annotations

from wiredesk.crosscheck._clusters import (
    Groups,
    RefKey,
    actor_refs,
    corroboration,
    counted_sources,
    independent,
    ref_key,
    ref_order,
)
from wiredesk.crosscheck._group import contradiction_order, grouped
from wiredesk.crosscheck._items import FigureItem, Items, is_denial, items_of
from wiredesk.crosscheck._run import bodied, compare, crosscheck, current, items_by_doc, revised
from wiredesk.crosscheck._sources import (
    chain_with_bodies,
    outlet_of,
    people_bodies,
    source_of,
    speaker_name,
    with_bodies,
)
from wiredesk.crosscheck._text import normalise
from wiredesk.crosscheck.blocking import index_keys
from wiredesk.crosscheck.spread import (
    Prepared,
    block_results,
    event_partners,
    figure_entries,
    link_entries,
    merge_bodies,
    merged,
    prepare,
)

__all__ = [
    "FigureItem",
    "Groups",
    "Items",
    "Prepared",
    "RefKey",
    "actor_refs",
    "block_results",
    "bodied",
    "chain_with_bodies",
    "compare",
    "contradiction_order",
    "corroboration",
    "counted_sources",
    "crosscheck",
    "current",
    "event_partners",
    "figure_entries",
    "grouped",
    "independent",
    "index_keys",
    "is_denial",
    "items_by_doc",
    "items_of",
    "link_entries",
    "merge_bodies",
    "merged",
    "normalise",
    "outlet_of",
    "people_bodies",
    "prepare",
    "ref_key",
    "ref_order",
    "revised",
    "source_of",
    "speaker_name",
    "with_bodies",
]
