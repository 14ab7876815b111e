"""`wirecopy migrate`: a warehouse in the earlier snapshot format becomes Delta tables, row for row.

The old layout is written here as the earlier releases wrote it (a current
symlink, a `_manifest.json`, Hive-partitioned Parquet without the partition
column, table symlinks), with the rows of a real run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from deltalake import DeltaTable
from typer.testing import CliRunner

import wirecopy
from wirecopy.flows.cli import app
from wirecopy.flows.warehouse import migrate
from wirecopy.flows.warehouse.query import connect
from wirecopy.schemas import TABLES

pytestmark = pytest.mark.slow


def _old_layout(seed_warehouse: Path, out: Path, *, snapshots: bool = True) -> dict[str, pa.Table]:
    """OUT as the earlier release left it, from the seed warehouse's rows; returns the rows written."""
    root = out / "_snapshots" / "v00000003" if snapshots else out
    manifest: dict = {"format": "wirecopy-snapshot/1", "version": 3, "tables": {}}
    written = {}
    for table in TABLES:
        rows = wirecopy.read_arrow(seed_warehouse, table)
        if table == "runs":
            rows = rows.drop_columns(["table_versions"])  # the earlier runs table had no such column
        written[table] = rows
        entries = []
        for day in sorted(set(rows.column("ingest_date").to_pylist())):
            part = rows.filter(pa.compute.equal(rows["ingest_date"], pa.scalar(day))).drop_columns(["ingest_date"])
            rel = f"{table}/ingest_date={day.isoformat()}/part-r1-00000.parquet"
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(part, root / rel)
            entries.append({"path": rel, "rows": part.num_rows, "bytes": (root / rel).stat().st_size})
        manifest["tables"][table] = entries
    if snapshots:
        (root / "_manifest.json").write_text(json.dumps(manifest))
        os.symlink("v00000003", out / "_snapshots" / "current")
        for table in TABLES:
            os.symlink(f"_snapshots/current/{table}", out / table)
    return written


def _sorted(data: pa.Table, names: list[str]) -> list[tuple]:
    return sorted((tuple(r[n] for n in names) for r in data.to_pylist()), key=repr)


@pytest.mark.parametrize("snapshots", [True, False], ids=["snapshot-format", "plain-folders"])
def test_migrate_converts_row_for_row_and_runs_go_on(seed_warehouse: Path, tmp_path: Path, snapshots: bool) -> None:
    out = tmp_path / "out"
    old = _old_layout(seed_warehouse, out, snapshots=snapshots)
    result = CliRunner().invoke(app, ["query", "select 1", "--out", str(out)])
    if snapshots:
        assert result.exit_code == 2 and f"wirecopy migrate {out}" in " ".join(result.output.split())

    done = CliRunner().invoke(app, ["migrate", str(out)])
    assert done.exit_code == 0, done.output
    for table in TABLES:
        assert (out / table / "_delta_log").is_dir() and not (out / table).is_symlink()
        names = [n for n in old[table].column_names if n not in ("snapshot_version",)]
        independent = DeltaTable(str(out / table)).to_pyarrow_table()
        assert _sorted(independent, names) == _sorted(old[table], names), table
    assert (out / migrate.ASIDE).is_dir() and not (out / "_snapshots").exists()
    runs = connect(out).execute("select snapshot_version, table_versions is not null from runs").fetchall()
    assert runs == [(1, True)]
    assert connect(out).execute("select count(*) from articles").fetchone() == (4,)


def test_migrate_refuses_what_is_not_an_old_warehouse(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(app, ["migrate", str(tmp_path / "out")])
    assert result.exit_code == 2 and "holds no warehouse of an earlier wirecopy" in " ".join(result.output.split())
