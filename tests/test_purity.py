"""transforms/ is pure: the invariant is itself a test."""

import ast
from pathlib import Path

import pytest

TRANSFORMS = Path(__file__).resolve().parents[1] / "transforms"
FORBIDDEN_MODULES = {"prefect", "pyarrow", "pandas", "duckdb", "fsspec", "os", "pathlib", "shutil", "glob",
                     "subprocess", "socket", "time", "random", "uuid", "logging", "spacy"}
FORBIDDEN_CALLS = {"open", "print", "input"}
FORBIDDEN_ATTRS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today")}


def _sources() -> list[Path]:
    return sorted(TRANSFORMS.rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.name)
def test_purity_no_io_prefect_or_clock(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN_MODULES, f"{path.name} imports {name}"
            assert not name.startswith(("wirecopy.flows", "flows")), f"{path.name} imports {name}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, f"{path.name} calls {node.func.id}()"
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert (node.value.id, node.attr) not in FORBIDDEN_ATTRS, f"{path.name} reads the clock"
            assert (node.value.attr if isinstance(node.value, ast.Attribute) else None,
                    node.attr) not in FORBIDDEN_ATTRS


def test_purity_found_the_modules() -> None:
    names = {p.stem for p in _sources()}
    assert {"decode", "dateline", "dates", "normalise", "entities"} <= names
