"""The example questions (docs/examples.md) run on a real seed warehouse and answer what they claim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.readme_examples import example_sql
from tests.conftest import ROOT
from wirecopy.flows.cli import app
from wirecopy.flows.warehouse.query import check_read_only, connect

EXAMPLES_PAGE = (ROOT / "docs" / "examples.md").read_text(encoding="utf-8")
CLI_PAGE = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
EXAMPLES = example_sql(EXAMPLES_PAGE)


def _rows(out: Path, n: int) -> list[tuple]:
    con = connect(out)
    check_read_only(con, EXAMPLES[n])
    return con.execute(EXAMPLES[n]).fetchall()


def test_readme_has_five_example_questions_with_output() -> None:
    assert len(EXAMPLES) == 5
    block = EXAMPLES_PAGE.split("<!-- examples:begin -->", 1)[1].split("<!-- examples:end -->", 1)[0]
    assert block.count("```text\n┏") == 5, "run `make docs` to fill in the example outputs"


def test_readme_documents_every_command() -> None:
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"wirecopy {name} " in CLI_PAGE, name


@pytest.mark.slow
def test_readme_top_people_for_a_dateline_city(seed_warehouse: Path) -> None:
    rows = _rows(seed_warehouse, 0)
    assert rows[0][:3] == ("2024-07", "Jens Stoltenberg", 1)
    assert {r[1] for r in rows} >= {"Jens Stoltenberg", "Vladimir Putin"}


@pytest.mark.slow
def test_readme_stories_per_agency_per_day(seed_warehouse: Path) -> None:
    assert _rows(seed_warehouse, 1) == [
        (dt.date(2024, 1, 2), "AFP", 1), (dt.date(2024, 7, 5), "Yonhap", 1),
        (dt.date(2024, 8, 29), "AP", 1), (dt.date(2024, 9, 19), "Reuters", 1)]


@pytest.mark.slow
def test_readme_entities_that_co_occur(seed_warehouse: Path) -> None:
    rows = _rows(seed_warehouse, 2)
    names = [r[0] for r in rows]
    assert "NATO" not in names
    assert {"Jens Stoltenberg", "South Korea"} <= set(names)
    assert all(r[2] == 1 for r in rows)


@pytest.mark.slow
def test_readme_latest_version_of_each_story(seed_warehouse: Path) -> None:
    rows = _rows(seed_warehouse, 3)
    assert [(agency, latest, versions) for agency, _, _, latest, versions in rows] == [
        ("Reuters", 1, 1), ("AP", 1, 1), ("Yonhap", 1, 1), ("AFP", 1, 1)]


@pytest.mark.slow
def test_readme_rejects_by_reason_this_week(seed_warehouse: Path) -> None:
    rows = _rows(seed_warehouse, 4)
    assert [r[:3] for r in rows] == [
        ("binary", 1, "photo.txt"), ("duplicate", 1, "resent-ap-chatham-lobster.txt"), ("empty", 1, "empty.txt")]
    details = {r[0]: r[3] for r in rows}
    assert details["duplicate"] == "same bytes as ap-chatham-lobster.txt"  # directories stripped
    assert details["binary"] and details["empty"]
