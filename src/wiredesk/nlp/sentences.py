"""Where a report's sentences start, found once a text (`Article.sentences`).

What is told in one sentence is told together: the cross-check gives a figure the event and
places of its sentence and reads "X said A, while Y denied B" as two sides. The starts are
read off the text, not the parse, so that the store gives an article stored before the field
existed the same starts without the model: a sentence ends at ".", "!" or "?" (with any
closing quote or bracket) before a space, and at a line break.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from wiredesk.records import Article, Span

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n+")


def sentence_starts(text: str) -> tuple[int, ...]:
    """The character offsets where the text's sentences start, the first 0."""
    return (0, *(m.end() for m in _SENTENCE_END.finditer(text)))


def sentenced(article: Article) -> Article:
    """The article with its sentences' starts (`Article.sentences`)."""
    found = sentence_starts(article.text)
    return dataclasses.replace(article, sentences=found) if found != article.sentences else article


def sentence_of(starts: Sequence[int], span: Span) -> int:
    """The index of the sentence `span` starts in; an article without its starts (made by
    hand) is one sentence."""
    return max(bisect.bisect_right(starts, span[0]) - 1, 0)
