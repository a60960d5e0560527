"""The cross-check's public surface: an explicit __all__, the only names the rest of the
package imports from it, and no private module of another layer imported into it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

# `wiredesk.crosscheck` is the function at the package's top: the module by its name
crosscheck = importlib.import_module("wiredesk.crosscheck")

SRC = Path(crosscheck.__file__).resolve().parents[1]


def _imports(path: Path) -> list[str]:
    """The modules a file imports from."""
    tree = ast.parse(path.read_text("utf-8"))
    found = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
    found += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    return found


def test_crosscheck_api_all_lists_every_public_name() -> None:
    public = {n for n in vars(crosscheck) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(crosscheck, n)).__name__ == "module"}
    assert set(crosscheck.__all__) == public - modules - {"annotations"}


def test_crosscheck_api_is_all_the_rest_imports() -> None:
    inside = SRC / "crosscheck"
    wrong = [(str(path.relative_to(SRC)), module)
             for path in SRC.rglob("*.py") if inside not in path.parents
             for module in _imports(path) if module.startswith("wiredesk.crosscheck.")]
    assert wrong == []


def test_crosscheck_api_imports_no_private_module_of_another_layer() -> None:
    wrong = [(path.name, module) for path in (SRC / "crosscheck").glob("*.py")
             for module in _imports(path)
             if module.startswith("wiredesk.brief")
             or (module.startswith("wiredesk.") and not module.startswith("wiredesk.crosscheck")
                 and any(part.startswith("_") for part in module.split(".")))]
    assert wrong == []
