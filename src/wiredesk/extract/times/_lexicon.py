"""The words of the times layer, read once from data/times.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    """Month, weekday, season, number, unit, mod and vague-reference words (data/times.toml)."""
    raw = resources.files("wiredesk").joinpath("data", "times.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@cache
def table(name: str) -> dict[str, Any]:
    """One section of the lexicon with lower-cased keys, for lookups (built once a name)."""
    return {k.lower(): v for k, v in lexicon()[name].items()}


def alternation(words: list[str], abbreviations: bool = False) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace.

    With `abbreviations`, a word that shortens another ("Aug" of "August") may carry a full
    stop ("Aug."); "July." at the end of a sentence keeps its stop out. Words sharing a
    beginning share its letters (a trie: "the past|the previous" is written
    "the\\s+p(?:ast|revious)"): the engine, ignoring case, cannot skip a branch on its first
    letter, and would otherwise try every word at every place of a text. Of two words that
    both match at one place, the longer is still tried first.
    """
    trie: _Trie = {}
    for w in sorted(words, key=len, reverse=True):
        shortens = any(o != w and o.startswith(w) for o in words)
        if abbreviations and shortens and w.isalpha():
            end = r"(?:\.|\b)"
        else:
            end = r"\b" if w[-1].isalnum() else ""
        node = trie
        for n, part in enumerate(w.split()):
            for atom in ([r"\s+"] if n else []) + [re.escape(c) for c in part]:
                node = node.setdefault(atom, {})
        node.setdefault(_END + end, {})
    return "(?:" + _written(trie) + ")"


_Trie = dict[str, "_Trie"]
_END = "\0"  # what a trie key that ends a word begins with (an atom is one escaped character)


def _written(node: _Trie) -> str:
    """One trie node as a regex: its longer continuations first, then the end of a word."""
    branches = [atom + _written(child) for atom, child in node.items() if atom[0] != _END]
    branches += [atom[1:] for atom in node if atom[0] == _END]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
