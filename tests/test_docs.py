"""The README and docs/ read right: a first screen that says what it is, no repeated lines, tables that render."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RULE = re.compile(r"\|(\s*:?-+:?\s*\|)+")
# Written by hand; docs/tables.md is generated, and a column shared by tables is rightly listed under each.
WRITTEN = [p for p in PAGES if p.name != "tables.md"]
LINK = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")


def _prose(page: Path) -> list[tuple[int, str]]:
    """(line number, line) outside fenced code blocks."""
    out, fenced = [], False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out.append((number, line))
    return out


def test_docs_readme_first_screen_says_what_how_and_where() -> None:
    first = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:70]
    headings = [line for line in first if line.startswith("## ")]
    assert headings[:4] == ["## Two commands", "## What you get", "## Query it"] + headings[3:4]
    assert "Batch ETL for news-agency wire copy." in first[2]
    assert any("make run" in line for line in first) and any("wirecopy query" in line for line in first)


@pytest.mark.parametrize("page", WRITTEN, ids=lambda p: p.name)
def test_docs_no_line_is_repeated(page: Path) -> None:
    lines = page.read_text(encoding="utf-8").splitlines()
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        header = number < len(lines) and RULE.fullmatch(lines[number].strip())
        if len(text) < 25 or header or RULE.fullmatch(text) or text.startswith(("│", "┃", "┏", "┡", "└")):
            continue  # short, a table's header or rule, a drawn result table
        assert text not in seen, f"{page.name}:{number} repeats line {seen[text]}: {text}"
        seen[text] = number


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_every_table_renders(page: Path) -> None:
    lines = _prose(page)
    for i, (number, line) in enumerate(lines):
        starts = line.startswith("|") and (i == 0 or not lines[i - 1][1].startswith("|"))
        if not starts:
            continue
        assert i + 1 < len(lines) and RULE.fullmatch(lines[i + 1][1]), (
            f"{page.name}:{number}: a table row with no header rule after it (a blank line inside a table?)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_links_to_files_resolve(page: Path) -> None:
    for number, line in _prose(page):
        for target, _ in LINK.findall(line):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.name}:{number}: {target}"
