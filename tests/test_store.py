"""Storage: schema evolution (a nullable column added) and conforming older files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq

import schemas
from flows import snapshots, store
from flows.compact import compact_out
from flows.settings import Settings

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)
ADDED = "snapshot_version"  # the last column of runs, added after the first release


def _run_row(run_id: str, version: int | None) -> dict:
    return {
        "run_id": run_id, "started_at": T0, "finished_at": T0, "source": "/in", "reference_date": None,
        "reprocess": False, "files_seen": 1, "files_skipped": 0, "files_ingested": 1, "articles": 1,
        "bylines": 0, "entities": 0, "rejects": 0, "model": "m", "wirecopy_version": "0.1.0",
        "snapshot_version": version,
    }


def _warehouse_with_old_and_new_files(out: Path) -> None:
    """A runs file written before `snapshot_version` existed, then one written after."""
    old_schema = pa.schema([f for f in schemas.RUNS if f.name != ADDED], metadata=schemas.RUNS.metadata)
    old_row = {k: v for k, v in _run_row("old", None).items() if k != ADDED}
    txn = snapshots.Transaction(out, "ingest", "old")
    path = store.stage(out, "old", "runs", pa.Table.from_pylist([old_row], schema=old_schema), "2025-03-02", "0")
    txn.add("runs", path, 1)
    txn.commit()
    txn = snapshots.Transaction(out, "ingest", "new")
    path = store.stage(out, "new", "runs", schemas.to_table([_run_row("new", 2)], schemas.RUNS), "2025-03-02", "1")
    txn.add("runs", path, 1)
    txn.commit()


def test_store_added_nullable_column_reads_beside_older_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _warehouse_with_old_and_new_files(out)
    old_file = next(p for p in snapshots.current(out).paths("runs") if "part-old" in p.name)
    assert ADDED not in pq.read_schema(old_file).names

    duck = duckdb.connect().execute(
        f"select run_id, {ADDED}, ingest_date from read_parquet('{out}/runs/**/*.parquet', "
        f"hive_partitioning=true, union_by_name=true) order by run_id").fetchall()
    assert duck == [("new", 2, dt.date(2025, 3, 2)), ("old", None, dt.date(2025, 3, 2))]

    dataset = pads.dataset(str(out / "runs"), format="parquet", partitioning="hive",
                           schema=schemas.RUNS.append(pa.field("ingest_date", pa.string())))
    arrow = dataset.to_table(columns=["run_id", ADDED]).sort_by("run_id")
    assert arrow.to_pylist() == [{"run_id": "new", ADDED: 2}, {"run_id": "old", ADDED: None}]

    from flows.warehouse import connect

    assert connect(out).execute(f"select count(*), count({ADDED}) from runs").fetchone() == (2, 1)


def test_store_compaction_carries_the_added_column(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _warehouse_with_old_and_new_files(out)
    sql = (f"select * from read_parquet('{out}/runs/**/*.parquet', hive_partitioning=true, union_by_name=true) "
           f"order by run_id")
    before = duckdb.connect().execute(sql).fetchall()
    result = compact_out(out, "c1", target_bytes=2**20, settings=Settings())
    assert (result.files_before["runs"], result.files_after["runs"]) == (2, 1)
    assert duckdb.connect().execute(sql).fetchall() == before
    merged = pq.read_schema(snapshots.current(out).paths("runs")[0])
    assert merged.names == schemas.RUNS.names


def test_store_conform_keeps_undeclared_columns_and_fills_missing(tmp_path: Path) -> None:
    older = pa.table({"run_id": ["r"], "legacy_note": ["kept"]})
    conformed = store.conform(older, "runs")
    assert conformed.column_names == schemas.RUNS.names + ["legacy_note"]
    assert conformed.column("files_seen").to_pylist() == [None]
    assert conformed.column("legacy_note").to_pylist() == ["kept"]
