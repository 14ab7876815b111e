"""Help a person reads: value names, not Python types or template braces."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from wirecopy.flows.cli import app

COMMANDS = sorted(get_command(app).commands)


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_helptext_shows_no_python_types_or_braces(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    assert not re.search(r"<(str|bool|int|float|path|int range|float range)>", result.output), result.output
    assert "{" not in result.output and "}" not in result.output, result.output


@pytest.mark.parametrize(("command", "usage"), [
    ("run", "Usage: wirecopy run [OPTIONS] SOURCE"),
    ("query", "Usage: wirecopy query [OPTIONS] [SQL]"),
    ("inspect", "Usage: wirecopy inspect [OPTIONS] FILE"),
    ("tables", "Usage: wirecopy tables [OPTIONS] [TABLE]"),
])
def test_helptext_usage_names_arguments_in_capitals(command: str, usage: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], prog_name="wirecopy")
    assert usage in result.output


def test_helptext_options_show_value_words_and_flags_none() -> None:
    shown = CliRunner().invoke(app, ["run", "--help"], env={"COLUMNS": "200"}).output
    lines = {m.group(1): m.group(0) for m in re.finditer(r"(--[a-z-]+)\s.*", shown)}
    assert re.search(r"--workers\s+INTEGER \[x>=1\]", lines["--workers"])
    assert re.search(r"--quarantine\s+PATH\s", lines["--quarantine"])
    assert re.search(r"--out\s+TEXT\s", lines["--out"])
    assert re.match(r"--reprocess\s+Take already-ingested", lines["--reprocess"])


def test_helptext_missing_argument_names_it() -> None:
    result = CliRunner().invoke(app, ["run", "--out", "x"])
    assert result.exit_code == 2
    assert "Missing argument 'SOURCE'" in result.output


def test_helptext_leaves_typers_classes_as_typer_made_them() -> None:
    """The help is drawn by our subclasses and declarations, not by functions put on typer's classes."""
    import inspect

    import typer.core

    for cls in (typer.core.TyperOption, typer.core.TyperArgument, typer.core.TyperCommand, typer.core.TyperGroup):
        for name, member in vars(cls).items():
            if inspect.isfunction(member):
                assert member.__module__.startswith("typer."), f"{cls.__name__}.{name} is {member.__module__}'s"
