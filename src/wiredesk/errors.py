"""One exception tree for the library; shells (CLI, web, Spark) decide how to show it.

    WiredeskError
    ├── InputError        a file or record cannot be read (says which, and where)
    │   └── EmptyInput    nothing to extract from
    ├── ConfigError       bad option, unknown stage, unreadable data file
    ├── StoreError        the database refused or is not what we expect
    └── SparkError        pyspark or Java is missing, or a Spark job's output is unusable
"""

from __future__ import annotations


class WiredeskError(Exception):
    """Base of every error wiredesk raises on purpose."""


class InputError(WiredeskError):
    """An input cannot be read; `where` names the file and line, record or byte."""

    def __init__(self, message: str, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class EmptyInput(InputError):
    """The input holds no text to extract from."""


class ConfigError(WiredeskError):
    """A setting, stage name or data file is wrong."""


class StoreError(WiredeskError):
    """The store cannot be opened, migrated or written."""


class SparkError(WiredeskError):
    """Spark cannot run here (pyspark or Java missing) or its output cannot be read."""
