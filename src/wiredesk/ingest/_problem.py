"""What a reader says instead of an article: the input (or part) it could not read, or skipped."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """An input (or part of one) that could not be read, or was skipped on purpose.

    `where` names the file and the place inside it ("feed.xml: entry 3", "a.jsonl: line 7",
    "crawl.warc.gz: record 12 (byte 48213)"); `message` says what is wrong and what to do.
    `skipped` is True for inputs left out on purpose (a non-HTML WARC record), False for failures.
    """

    where: str
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"
