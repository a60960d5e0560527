"""Readers that turn files of many kinds into `Article` records."""

from wiredesk.ingest.text import read_text_article, split_header

__all__ = ["read_text_article", "split_header"]
