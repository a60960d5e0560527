"""Readers that turn files of many kinds into `Article` records.

    >>> from wiredesk.ingest import read_paths, Problem
    >>> for item in read_paths(["news/", "crawl.warc.gz"]):
    ...     print(item) if isinstance(item, Problem) else handle(item)

`read_paths` tells each file's kind from its first bytes (WARC, RSS/Atom feed, HTML, JSON
lines, plain text), streams folders one at a time and large inputs record by record, and
never raises for a bad input: a file, folder, line, entry or record it cannot read (or a
FIFO, a symlink loop, a file gone since its folder was listed) becomes a `Problem` and the
rest goes on. A live blog becomes one article an entry (see `_liveblog`).
"""

from wiredesk.ingest._problem import Problem
from wiredesk.ingest._read import read_paths
from wiredesk.ingest.text import read_text_article, split_header

__all__ = ["Problem", "read_paths", "read_text_article", "split_header"]
