"""After its first batch a process collects its youngest objects in larger steps."""

from __future__ import annotations

import gc

from wiredesk.extract import extract_articles
from wiredesk.extract._runner import YOUNG_OBJECTS
from wiredesk.records import Article


def test_a_process_that_extracted_collects_young_objects_in_large_steps() -> None:
    docs = list(extract_articles([Article("Police said on Monday that 3 people died in Lviv.")]))
    assert docs[0].figures
    assert gc.get_threshold()[0] >= YOUNG_OBJECTS
    assert gc.get_freeze_count() > 0
