"""`wirecopy tables`: rows, files, partitions, bytes, versions and columns, from the files themselves."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from wirecopy.flows.cli import app
from wirecopy.flows.warehouse.inventory import describe, human_bytes, inventory
from wirecopy.flows.warehouse.query import connect, table_files
from wirecopy.schemas import PARTITION_COLUMN, TABLES

pytestmark = pytest.mark.slow


def test_inventory_counts_match_duckdb_and_the_disk(seed_warehouse: Path) -> None:
    con = connect(seed_warehouse)
    infos = {i.name: i for i in inventory(seed_warehouse)}
    assert list(infos) == list(TABLES)
    assert {t: infos[t].rows for t in ("articles", "bylines", "rejects", "runs")} == {
        "articles": 4, "bylines": 6, "rejects": 3, "runs": 1}
    for info in infos.values():
        files = [Path(f) for f in table_files(seed_warehouse, info.name)]
        days = sorted({f.parent.name.split("=", 1)[1] for f in files})
        assert info.rows == con.execute(f"select count(*) from {info.name}").fetchone()[0]
        assert info.files == len(files)
        assert info.partitions == len(days)
        assert info.bytes == sum(f.stat().st_size for f in files)
        assert info.file_versions == ()  # delta-rs keeps no Arrow schema metadata in the files it writes
        assert (info.first_partition, info.last_partition) == ((days[0], days[-1]) if days else (None, None))
        assert [c.name for c in info.columns] == [*TABLES[info.name].names, PARTITION_COLUMN]
        assert all(c.declared and c.in_files == len(files) for c in info.columns)
    assert infos["articles"].files >= 1 and infos["articles"].bytes > 1000


def test_inventory_shows_drift_between_files_and_schema(seed_warehouse: Path, tmp_path: Path) -> None:
    """A file written before a column existed, and a column no schema declares, both show."""
    from deltalake import write_deltalake

    import wirecopy
    from wirecopy.flows.warehouse import delta

    out = tmp_path / "out"
    runs = delta.conform(wirecopy.read_arrow(seed_warehouse, "runs"), "runs")
    old = runs.drop_columns(["model"]).append_column("host", pa.array(["desk-7"]))
    old = old.set_column(old.schema.get_field_index(PARTITION_COLUMN), PARTITION_COLUMN,
                         pa.array([dt.date(2024, 7, 5)], pa.date32()))
    write_deltalake(str(out / "runs"), old, partition_by=[PARTITION_COLUMN])
    new = runs.set_column(runs.schema.get_field_index(PARTITION_COLUMN), PARTITION_COLUMN,
                          pa.array([dt.date(2024, 7, 6)], pa.date32()))
    write_deltalake(str(out / "runs"), new, mode="append", schema_mode="merge")
    info = describe(out, "runs")
    assert (info.rows, info.files, info.partitions) == (2, 2, 2)
    assert (info.first_partition, info.last_partition) == ("2024-07-05", "2024-07-06")
    cols = {c.name: c for c in info.columns}
    assert cols["model"].in_files == 1 and cols["model"].declared
    # delta-rs writes merged columns as nulls and cols["host"].type == "string"
    assert cols["host"].in_files == 2 and not cols["host"].declared
    result = CliRunner().invoke(app, ["tables", "runs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "in 1 of 2 files" in result.output and "not declared in schemas/" in result.output


def test_inventory_cli_table_and_json(seed_warehouse: Path) -> None:
    text = CliRunner().invoke(app, ["tables", "--out", str(seed_warehouse)])
    assert text.exit_code == 0, text.output
    summary = {line.split("│")[1].strip(): line for line in text.output.splitlines()
               if line.startswith("│") and line.split("│")[1].strip() in TABLES}
    assert set(summary) == set(TABLES)
    assert " 4 " in summary["articles"] and " 3 " in summary["rejects"]
    assert "dateline_city" in text.output and "Dateline city in normal case" in text.output
    data = json.loads(CliRunner().invoke(app, ["tables", "--out", str(seed_warehouse), "-f", "json"]).stdout)
    by_name = {t["name"]: t for t in data}
    assert by_name["bylines"]["rows"] == 6
    assert by_name["articles"]["columns"][0] == {
        "name": "article_id", "type": "string", "nullable": False,
        "description": TABLES["articles"].field("article_id").metadata[b"description"].decode(),
        "declared": True, "in_files": 1}


@pytest.mark.parametrize("args, message", [
    (["nope"], "no table 'nope'"),
    (["--format", "yaml"], "--format must be table or json"),
])
def test_inventory_cli_errors(seed_warehouse: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["tables", "--out", str(seed_warehouse), *args])
    assert result.exit_code == 2 and message in result.output


def test_inventory_cli_missing_out(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["tables", "--out", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no warehouse" in result.output


@pytest.mark.parametrize("n, text", [(0, "0 B"), (1023, "1023 B"), (1024, "1.0 KiB"), (5 * 1024 ** 3, "5.0 GiB")])
def test_inventory_human_bytes(n: int, text: str) -> None:
    assert human_bytes(n) == text
