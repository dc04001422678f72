"""The packages import one way: core < ingest < kg < viz < api < the `kg` command. A module may
import its own layer and those below it; a project import inside a function, which would hide a
wrong-way import from a reader, is allowed only in the command, the one composition root."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.project import ROOT

LAYERS = {"core": 0, "ingest": 1, "kg": 2, "viz": 3, "api": 4}
# The command composes every layer; it loads api/ and viz/ only in the commands that use them.
COMPOSITION_ROOT = ("kg.cli", "kg.__main__")
TOP = max(LAYERS.values()) + 1


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported module, dotted
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> int | None:
    if module.startswith(COMPOSITION_ROOT):
        return TOP
    return LAYERS.get(module.split(".", 1)[0])


def imports_of(path: Path) -> list[Import]:
    return imports_in(path.read_text(encoding="utf-8"), module_name(path))


def imports_in(source: str, module: str) -> list[Import]:
    """The project imports of one module's source, each marked if it sits inside a function."""
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            targets: list[str] = []
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom) and child.module and not child.level:
                targets = [child.module]
            for target in targets:
                if target.split(".", 1)[0] in LAYERS:
                    found.append(Import(module, target, child.lineno, inside))
            visit(child, inside)

    visit(ast.parse(source, module), False)
    return found


def source_files() -> list[Path]:
    return sorted(p for package in LAYERS for p in (ROOT / package).rglob("*.py"))


def wrong_way(imports: list[Import]) -> list[str]:
    return [
        f"{i.module}:{i.line} imports {i.target}"
        for i in imports
        if (layer_of(i.target) or 0) > (layer_of(i.module) or 0)
    ]


def hidden(imports: list[Import]) -> list[str]:
    return [
        f"{i.module}:{i.line} imports {i.target} inside a function"
        for i in imports
        if i.in_function and layer_of(i.module) != TOP
    ]


def test_every_package_of_the_tree_has_a_layer():
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "bench"}
    assert packages <= set(LAYERS)


def test_no_module_imports_a_higher_layer():
    assert wrong_way([i for path in source_files() for i in imports_of(path)]) == []


def test_no_project_import_hides_inside_a_function_below_the_command():
    assert hidden([i for path in source_files() for i in imports_of(path)]) == []


def test_ingest_stands_on_core_alone():
    imports = [i for path in (ROOT / "ingest").rglob("*.py") for i in imports_of(path)]
    assert {i.target.split(".", 1)[0] for i in imports} <= {"core", "ingest"}


@pytest.mark.parametrize(
    ("module", "source", "wrong", "inside"),
    [
        ("ingest/read.py", "from kg.store import open_store\n", 1, 0),
        ("kg/pipeline.py", "def f():\n    from viz.page import render_page\n", 1, 1),
        ("viz/page.py", "import api.app\n", 1, 0),
        ("kg/triples.py", "def f():\n    from kg.resolve import resolve\n", 0, 1),
        ("kg/cli/serving.py", "def serve():\n    import api.app\n", 0, 0),
        ("api/app.py", "from viz.page import render_page\nfrom core import text\n", 0, 0),
    ],
)
def test_the_checks_catch_what_they_are_for(module, source, wrong, inside):
    found = imports_in(source, module_name(ROOT / module))
    assert (len(wrong_way(found)), len(hidden(found))) == (wrong, inside)
