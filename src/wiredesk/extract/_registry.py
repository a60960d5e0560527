"""Extraction stages: small named functions, registered here, run in a configured order.

A stage reads the parsed text and what earlier stages found (`Context`) and returns a
tuple of records for its own layer. Spans are offsets into `doc.text`; the runner moves
them onto the article when a long text is parsed in pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from wiredesk.errors import ConfigError
from wiredesk.records import Article

LAYERS = ("attributions", "times", "places", "figures", "checks", "events")


@dataclass(frozen=True, slots=True)
class Context:
    """The article and every layer found so far, as a stage sees them."""

    article: Article
    attributions: tuple[Any, ...] = ()
    times: tuple[Any, ...] = ()
    places: tuple[Any, ...] = ()
    figures: tuple[Any, ...] = ()
    checks: tuple[Any, ...] = ()
    events: tuple[Any, ...] = ()

    @property
    def article_id(self) -> str:
        return self.article.id


StageFn = Callable[[Doc, Context], tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    layer: str
    run: StageFn
    requires: tuple[str, ...] = ()


STAGES: dict[str, Stage] = {}


def stage(name: str, layer: str, requires: tuple[str, ...] = ()) -> Callable[[StageFn], StageFn]:
    """Register `fn` as the stage `name`, filling `layer` and reading the `requires` layers."""
    if layer not in LAYERS:
        raise ConfigError(f"unknown layer {layer!r}; expected one of {', '.join(LAYERS)}")

    def register(fn: StageFn) -> StageFn:
        STAGES[name] = Stage(name, layer, fn, requires)
        return fn

    return register


def ordered(names: tuple[str, ...]) -> tuple[Stage, ...]:
    """The named stages, checked so that each runs after the layers it requires."""
    done: set[str] = set()
    out = []
    for name in names:
        if name not in STAGES:
            raise ConfigError(f"unknown stage {name!r}; known: {', '.join(sorted(STAGES))}")
        st = STAGES[name]
        missing = [r for r in st.requires if r not in done]
        if missing:
            raise ConfigError(f"stage {name!r} needs {', '.join(missing)} to run before it")
        done.add(st.layer)
        out.append(st)
    return tuple(out)
