"""The rooms of ARCHITECTURE.md and what may import what, read from the source with `ast`.

Every import counts, also one inside a function or under TYPE_CHECKING: a
deferred import is still an arrow a reader has to follow.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The folders the design card fixes, and the names the build installs them under.
FOLDERS = {"wirecopy": "wirecopy", "flows": "wirecopy.flows", "transforms": "wirecopy.transforms",
           "schemas": "wirecopy.schemas"}

# flows/ modules at the top that import nothing else of flows/: any room may use them.
FLOWS_LEAVES = {"settings", "errors", "faults", "helptext"}
# transforms/ modules at the top that its sections may use: the typed errors, and the records that pass between
# stages (Story and Article, a story's Reference). The rest of its top is the stage's spine, over every section.
TRANSFORMS_TOP = {"errors": "transforms.errors", "story": "transforms.records", "reference": "transforms.records"}
# Each section of transforms/ (its docstring's last line says the same: "May import: ...").
TRANSFORMS_SECTIONS = ["bylines", "formats", "knowledge", "leads", "ner", "text"]
# Each room and the rooms it may import (besides itself). Lowest first. "transforms" is every room of transforms/.
MAY_IMPORT = {
    "schemas": set(),
    "transforms.errors": set(),
    "transforms.knowledge": set(),
    "transforms.text": {"transforms.errors"},
    "transforms.leads": {"transforms.knowledge"},
    "transforms.bylines": {"transforms.knowledge", "transforms.leads"},
    "transforms.ner": {"transforms.knowledge"},
    "transforms.records": {"transforms.leads", "transforms.bylines"},
    "transforms.formats": {"transforms.errors", "transforms.records", "transforms.knowledge", "transforms.text",
                           "transforms.leads", "transforms.bylines"},
    "transforms.top": {"transforms.errors", "transforms.knowledge", "transforms.text", "transforms.leads",
                       "transforms.bylines", "transforms.ner", "transforms.records", "transforms.formats"},
    "flows.leaves": {"schemas", "transforms"},
    "flows.warehouse": {"schemas", "transforms", "flows.leaves"},
    "flows.runtime": {"schemas", "transforms", "flows.leaves"},
    "flows.inputs": {"schemas", "transforms", "flows.leaves", "flows.warehouse"},
    "flows.report": {"schemas", "transforms", "flows.leaves", "flows.warehouse", "flows.inputs"},
    "flows.top": {"schemas", "transforms", "flows.leaves", "flows.warehouse", "flows.runtime", "flows.inputs",
                  "flows.report"},
    "wirecopy": {"schemas", "flows.warehouse"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = [p for p in path.relative_to(ROOT / folder).with_suffix("").parts if p != "__init__"]
            found[".".join([package, *parts])] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> list[str]:
    """Every wirecopy module PATH imports (`from a.b import c` counts a.b.c where c is a module, else a.b)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                names.append(sub if sub in MODULES else node.module)
    return names


def _room(module: str) -> str:
    parts = module.split(".")
    if parts[:2] == ["wirecopy", "schemas"]:
        return "schemas"
    if parts[:2] == ["wirecopy", "transforms"]:
        if len(parts) == 2:
            return "transforms.top"  # the package's own __init__
        if MODULES[".".join(parts[:3])].name == "__init__.py":
            return f"transforms.{parts[2]}"  # a section
        return TRANSFORMS_TOP.get(parts[2], "transforms.top")
    if parts[:2] != ["wirecopy", "flows"]:
        return "wirecopy"
    if len(parts) == 2:
        return "flows.top"  # the package's own __init__
    if MODULES[".".join(parts[:3])].name == "__init__.py":
        return f"flows.{parts[2]}"  # a section
    return "flows.leaves" if parts[2] in FLOWS_LEAVES else "flows.top"


EDGES = sorted({(m, t) for m, path in MODULES.items() for t in _imports(path) if t in MODULES and t != m})


def _may_import(room: str, other: str) -> bool:
    """Whether ROOM may import OTHER: a rule that names "transforms" admits every room of transforms/."""
    return other in MAY_IMPORT[room] or other.split(".")[0] in MAY_IMPORT[room]


def test_architecture_every_room_imports_only_rooms_beneath_it() -> None:
    upward = [f"{a} ({_room(a)}) imports {b} ({_room(b)})" for a, b in EDGES
              if _room(a) != _room(b) and not _may_import(_room(a), _room(b))]
    assert upward == []


def test_architecture_no_import_loops_between_modules() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for a, b in EDGES:
        if not b.startswith(a + "."):  # a package importing its own submodule is not a loop
            graph[a].add(b)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                loops.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    assert loops == []


def test_architecture_no_top_level_flows_transforms_or_schemas_imports() -> None:
    old = [f"{m} imports {t}" for m, path in MODULES.items() for t in _imports(path)
           if t.split(".")[0] in ("flows", "transforms", "schemas")]
    old += [f"{p.relative_to(ROOT)} imports {t}" for p in sorted((ROOT / "tests").glob("*.py"))
            for t in _imports(p) if t.split(".")[0] in ("flows", "transforms", "schemas")]
    assert old == []


def test_architecture_flows_has_sections_and_a_short_top() -> None:
    top = sorted(p.name for p in (ROOT / "flows").glob("*.py") if p.name != "__init__.py")
    sections = sorted(p.name for p in (ROOT / "flows").iterdir() if (p / "__init__.py").exists())
    assert len(top) <= 15, top
    assert sections == ["inputs", "report", "runtime", "warehouse"]


def test_architecture_transforms_has_sections_and_a_short_top() -> None:
    top = sorted(p.name for p in (ROOT / "transforms").glob("*.py") if p.name != "__init__.py")
    sections = sorted(p.name for p in (ROOT / "transforms").iterdir() if (p / "__init__.py").exists())
    assert len(top) <= 12, top
    assert sections == TRANSFORMS_SECTIONS


@pytest.mark.parametrize("section", TRANSFORMS_SECTIONS)
def test_architecture_each_transforms_section_says_what_it_may_import(section: str) -> None:
    source = (ROOT / "transforms" / section / "__init__.py").read_text(encoding="utf-8")
    said = re.search(r"^May import: (.+)\.$", ast.get_docstring(ast.parse(source)) or "", re.MULTILINE)
    assert said, f"transforms/{section}/__init__.py: its docstring has no 'May import: ...' line"
    rooms = set() if said.group(1) == "nothing of wirecopy" else {
        f"transforms.{name}" for name in re.split(r", | and ", said.group(1))}
    assert rooms == MAY_IMPORT[f"transforms.{section}"]


def test_architecture_the_build_lists_every_package_folder() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {".".join([FOLDERS[p.relative_to(ROOT).parts[0]], *p.relative_to(ROOT).parts[1:-1]])
               for folder in FOLDERS for p in (ROOT / folder).rglob("__init__.py")}
    assert set(config["packages"]) == folders
    assert config["package-dir"] == {package: folder for folder, package in FOLDERS.items()}


def test_architecture_no_private_prefect_or_pyarrow_names_and_no_e402() -> None:
    private = re.compile(r"\b(prefect|pyarrow)(\.\w+)*\._[a-z]\w*|from (prefect|pyarrow)[\w.]* import [^\n]*\b_[a-z]")
    found = []
    for module, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        found += [f"{module}: {m.group(0)}" for m in private.finditer(text)]
        found += [f"{module}: noqa E402" for line in text.splitlines() if "noqa: E402" in line]
    assert found == []


def test_architecture_every_flow_body_is_a_contents_page() -> None:
    long = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and any(
                    isinstance(d, ast.Call) and getattr(d.func, "id", None) == "flow" for d in node.decorator_list):
                first = node.body[1] if isinstance(node.body[0], ast.Expr) and isinstance(
                    node.body[0].value, ast.Constant) else node.body[0]  # the docstring does not count
                lines = node.end_lineno - first.lineno + 1
                if lines > 40:
                    long.append(f"{module}.{node.name}: {lines} lines")
    assert long == []


@pytest.mark.slow
def test_architecture_importing_wirecopy_has_no_side_effects(tmp_path: Path) -> None:
    # No settings applied, nothing heavy imported, no top-level `flows` beside it.
    code = ("import os, sys; before = dict(os.environ); import wirecopy, wirecopy.flows, wirecopy.flows.ingest; "
            "print(os.environ == before, 'flows' in sys.modules, 'transforms' in sys.modules)")
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False", "False"]
    gone = subprocess.run([sys.executable, "-I", "-c", "import flows"], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert "No module named 'flows'" in gone.stderr


@pytest.mark.slow
def test_architecture_an_installed_copy_has_wirecopy_and_no_flows(tmp_path: Path) -> None:
    # What a user's environment gets from a wheel: the package under wirecopy/ only.
    uv = Path(sys.executable).with_name("uv")  # make install puts it there; else pip, which every venv has
    installer = [str(uv), "pip", "install"] if uv.exists() else [sys.executable, "-m", "pip", "install"]
    target = tmp_path / "site"
    built = subprocess.run([*installer, "--quiet", "--no-deps", "--target", str(target), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    packages = sorted(p.name for p in target.iterdir() if (p / "__init__.py").exists())
    assert packages == ["wirecopy"]
    assert (target / "wirecopy" / "flows" / "report" / "templates" / "report.html").exists()
    assert (target / "wirecopy" / "transforms" / "knowledge" / "data").is_dir()
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import wirecopy.flows.cli, wirecopy.transforms.pipeline; "
            "print(wirecopy.flows.cli.__file__.startswith(sys.argv[1]))\n"
            "try:\n    import flows\nexcept ModuleNotFoundError:\n    print('no flows')\n")
    done = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["True", "no flows"]
