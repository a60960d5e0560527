"""What a reader says instead of an article: the input (or part) it could not read, or skipped."""

from __future__ import annotations

from dataclasses import dataclass

from wiredesk.errors import InputError


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


def crashed(exc: BaseException) -> str:
    """A Problem's message for an exception no reader expected: its kind says what broke."""
    said = str(exc)
    said = said[:200] + "..." if len(said) > 200 else said
    return f"could not be read ({type(exc).__name__}: {said}); skipped, the rest goes on"


def input_problem(exc: InputError, where: str) -> Problem:
    """The Problem an `InputError` states, at its own place or else at `where`."""
    at = exc.where or where
    return Problem(at, str(exc).removeprefix(f"{at}: "))
