"""docs/tables.md is the data dictionary generated from schemas/, and never stale."""

from __future__ import annotations

import subprocess

import duckdb
import pytest

from tests.conftest import ROOT, WIRECOPY
from wirecopy.schemas import TABLES, ddl, dictionary
from wirecopy.schemas.tables import PARTITION_FIELD

DOC = ROOT / "docs" / "tables.md"


def test_dictionary_docs_tables_md_is_fresh() -> None:
    assert DOC.read_text(encoding="utf-8") == dictionary.markdown(), (
        "docs/tables.md is stale: run `make docs` and commit the result")


@pytest.mark.parametrize("table", sorted(TABLES))
def test_dictionary_lists_every_column_with_type_and_meaning(table: str) -> None:
    text = dictionary.markdown()
    section = text.split(f"\n## {table}\n", 1)[1].split("\n## ", 1)[0]
    for field in [*TABLES[table], PARTITION_FIELD]:
        row = next(line for line in section.splitlines() if line.startswith(f"| `{field.name}` |"))
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert cells[1] == ddl.type_name(field.type)
        assert cells[2] == ("yes" if field.nullable else "no")
        assert cells[3] == " ".join(field.metadata[b"description"].decode().split()).replace("|", "\\|")


def test_dictionary_examples_name_real_columns() -> None:
    columns = {(t, f.name) for t, s in TABLES.items() for f in [*s, PARTITION_FIELD]}
    for key in dictionary.EXAMPLES:
        table, column = key.split(".", 1)
        if table == "*":
            assert any(c == column for _, c in columns), key
        else:
            assert (table, column) in columns, key


@pytest.mark.parametrize("table", sorted(TABLES))
def test_dictionary_examples_cast_to_their_column_type(table: str) -> None:
    con = duckdb.connect()
    for field in [*TABLES[table], PARTITION_FIELD]:
        value = dictionary.example(table, field.name)
        if value is None:
            continue
        type_ = ddl.sql_type(field.type, "duckdb")
        assert con.execute(f"select try_cast(? as {type_}) is not null", [value]).fetchone()[0], (
            f"{table}.{field.name}: {value!r} is no {type_}")


def test_dictionary_cli_writes_the_same_markdown(tmp_path) -> None:
    from typer.testing import CliRunner

    from wirecopy.flows.cli import app

    target = tmp_path / "tables.md"
    result = CliRunner().invoke(app, ["schema", "--docs", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == dictionary.markdown()


def test_dictionary_every_column_has_an_example_so_make_docs_is_quiet() -> None:
    assert dictionary.missing_examples() == []
    done = subprocess.run([str(WIRECOPY), "schema", "--docs"], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    assert "| — |" not in done.stdout
