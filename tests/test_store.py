"""Storage: Delta schema evolution (a nullable column added) and conforming older rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
from deltalake import DeltaTable, write_deltalake

from wirecopy import schemas
from wirecopy.flows.warehouse import commits, delta, store

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC)
ADDED = "table_versions"  # the last column of runs, added with the Delta tables


def _run_row(run_id: str, seq: int) -> dict:
    return {
        "run_id": run_id, "started_at": T0, "finished_at": T0, "source": "/in", "reference_date": None,
        "reprocess": False, "files_seen": 1, "files_skipped": 0, "files_ingested": 1, "articles": 1,
        "bylines": 0, "entities": 0, "rejects": 0, "model": "m", "wirecopy_version": "0.1.0",
        "snapshot_version": seq, "table_versions": None, "ingest_date": dt.date(2025, 3, 2),
    }


def test_store_added_nullable_column_follows_delta_schema_evolution(tmp_path: Path) -> None:
    out = tmp_path / "out"
    full = delta.conform(pa.Table.from_pylist([_run_row("old", 1)]), "runs")
    old = full.drop_columns([ADDED])
    write_deltalake(str(out / "runs"), old, partition_by=["ingest_date"])  # a runs table from before the column
    assert ADDED not in DeltaTable(str(out / "runs")).schema().to_arrow().names
    base = commits.state(out)
    new = delta.conform(pa.Table.from_pylist([_run_row("new", 1)]), "runs")
    commits.commit(out, base, {"runs": commits.Change(new)}, "new")
    schema = DeltaTable(str(out / "runs")).schema()
    assert [f.name for f in schema.fields][-1] == ADDED and schema.fields[-1].nullable
    rows = DeltaTable(str(out / "runs")).to_pyarrow_table(columns=["run_id", ADDED]).sort_by("run_id").to_pylist()
    assert rows[1] == {"run_id": "old", ADDED: None}
    assert rows[0]["run_id"] == "new" and rows[0][ADDED].startswith("{")

    from wirecopy.flows.warehouse.query import connect

    assert connect(out).execute(f"select count(*), count({ADDED}) from runs").fetchone() == (2, 1)


def test_store_delta_schema_carries_column_comments(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), {"runs": commits.Change(
        delta.conform(pa.Table.from_pylist([_run_row("r1", 1)]), "runs"))}, "r1")
    fields = {f.name: f for f in DeltaTable(str(out / "runs")).schema().fields}
    assert fields["files_seen"].metadata["comment"] == "Files found under SOURCE."
    assert fields["ingest_date"].metadata["comment"].startswith("Partition")
    assert DeltaTable(str(out / "runs")).metadata().partition_columns == ["ingest_date"]


def test_store_conform_keeps_undeclared_columns_and_fills_missing(tmp_path: Path) -> None:
    older = pa.table({"run_id": ["r"], "legacy_note": ["kept"]})
    conformed = store.conform(older, "runs")
    assert conformed.column_names == schemas.RUNS.names + ["legacy_note"]
    assert conformed.column("files_seen").to_pylist() == [None]
    assert conformed.column("legacy_note").to_pylist() == ["kept"]
