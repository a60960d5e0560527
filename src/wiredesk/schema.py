"""The JSON shape of a document (data/document.schema.json) and a check against it.

The schema is the contract other tools read `wiredesk extract --format json` by; it ships
with the package, so `wiredesk extract --validate` and `problems` need nothing else.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["problems", "schema"]


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one extracted document."""
    text = files("wiredesk.data").joinpath("document.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def problems(document: dict[str, Any]) -> list[str]:
    """Where `document` (a `Document.to_dict()`) breaks the schema: one line each, empty
    when it follows it."""
    import jsonschema  # loaded only when something is validated

    validator = jsonschema.Draft202012Validator(schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message}"
            for e in sorted(validator.iter_errors(document), key=lambda e: list(e.path))]
