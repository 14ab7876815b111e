"""`make test` installs nothing: no test calls a package manager; Chromium comes from `make browsers` alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Package managers a test could call to install system software (spelled apart, so this file is no match).
MANAGERS = re.compile(r"\b(" + "|".join(["apt" + "-get", "ap" + "t install", "dn" + "f", "yu" + "m", "ap" + "k add",
                                         "bre" + "w install", "sn" + "ap install"]) + r")\b")


@pytest.mark.parametrize("module", sorted((ROOT / "tests").glob("*.py")), ids=lambda p: p.name)
def test_setup_no_test_calls_a_package_manager(module: Path) -> None:
    found = [n for n, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1) if MANAGERS.search(line)]
    assert found == [], f"{module.name} lines {found}"


def _target(makefile: str, name: str) -> str:
    return re.search(rf"^{name}:.*?(?=^\S|\Z)", makefile, re.M | re.S).group(0)


def test_setup_browsers_only_from_make_browsers_and_ci() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "chromium" in _target(makefile, "browsers")
    for name in ("test", "install", "run"):
        target = _target(makefile, name)
        assert "apt" not in target and "browsers" not in target, name
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make browsers" in ci and ci.count("make test") == 2  # the lowest and the highest Python


def test_setup_python_versions_match_pyproject() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11,<3.14"' in pyproject
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "3.11 3.12 3.13" in makefile and "for v in 3.11 3.12 3.13" in (ROOT / ".ci" / "run").read_text()
