"""Cross-checking's tables, filled batch by batch, and the functions that read them.

Compact and incremental: an item is stored once (`crosscheck_refs`, typed columns), a
corroborated cluster as its members (packed on its row), never as all its pairs; a new
batch of articles is compared only with the stored articles it shares an index key with
(`crosscheck_keys`, a row a key, see `blocking.index_keys`), its links join or merge the
clusters they touch, and only those clusters are rewritten; an actor's group is counted
from its sources' counts (`crosscheck_actor_sources`), never read whole. Pairwise clashes
are kept (`crosscheck_clashes`) and told once per contested thing
(`crosscheck_contradictions`, `crosscheck_side_refs`): a batch tells again only the clashes
it reaches. A reference's chain is stored as its article tells it; the bodies people
speak for (`crosscheck_bodies`, from every article) are added when it is read, as a full
cross-check would.

One module a concern: `tables` (the tables and the keys every part uses), `keys`
(blocking keys), `refs` (references), `groups` (clusters and actor groups), `clashes`
(contradictions), `update` (a batch compared and saved), `read` (the stored results as
records).
"""

from wiredesk.store._crosscheck.keys import pack_keys
from wiredesk.store._crosscheck.read import (
           contradictions_of,
           corroborations_of,
           counts,
           load_crosscheck,
           read_crosscheck,
           stored_bodies,
)
from wiredesk.store._crosscheck.tables import (
           TABLES,
           crosscheck_articles,
           crosscheck_contradictions,
           crosscheck_groups,
           crosscheck_refs,
           crosscheck_side_refs,
           forget_crosscheck,
           reset_tables,
)
from wiredesk.store._crosscheck.update import update_crosscheck

__all__ = ["TABLES", "contradictions_of", "corroborations_of", "counts", "crosscheck_articles",
           "crosscheck_contradictions", "crosscheck_groups", "crosscheck_refs",
           "crosscheck_side_refs", "forget_crosscheck", "load_crosscheck", "pack_keys",
           "read_crosscheck", "reset_tables", "stored_bodies", "update_crosscheck"]
