"""The commit protocol on a real file system, read back with DuckDB and pyarrow (no Prefect)."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
from pathlib import Path

import duckdb
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

import schemas
from flows import legacy, snapshots, store

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)


def _rejects(run: str, n: int) -> "schemas.pa.Table":
    rows = [{"source_uri": f"/in/{run}-{i}.bin", "reason": "binary", "detail": None, "content_sha256": f"{run}{i}",
             "size_bytes": 10, "rejected_at": T0, "run_id": run, "quarantine_uri": None} for i in range(n)]
    return schemas.to_table(rows, schemas.REJECTS)


def _commit_run(out: Path, run: str, parts: int = 2, rows: int = 3) -> snapshots.Snapshot:
    txn = snapshots.Transaction(out, "ingest", run)
    for p in range(parts):
        path = store.stage(out, run, "rejects", _rejects(f"{run}p{p}", rows), "2025-03-03", f"{p:05d}")
        txn.add("rejects", path, rows)
    committed = txn.commit()
    snapshots.remove_staging(out, run)
    return committed


def _glob_count(out: Path, table: str = "rejects") -> int:
    return duckdb.connect().execute(
        f"select count(*) from read_parquet('{out}/{table}/**/*.parquet', hive_partitioning=true)").fetchone()[0]


def test_snapshots_commit_publishes_every_file_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    snap = _commit_run(out, "r1")
    assert snap.version == 1 and (out / "rejects").is_symlink()
    assert _glob_count(out) == 6
    assert pads.dataset(str(out / "rejects"), partitioning="hive").count_rows() == 6
    manifest = json.loads((out / "_snapshots" / "current" / "_manifest.json").read_text())
    assert [f["rows"] for f in manifest["tables"]["rejects"]] == [3, 3]
    assert manifest["operation"] == "ingest" and manifest["run_id"] == "r1"
    second = _commit_run(out, "r2")
    assert (second.version, _glob_count(out)) == (2, 12)


def test_snapshots_pinned_snapshot_does_not_move(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _commit_run(out, "r1")
    pinned = snapshots.current(out)
    _commit_run(out, "r2")
    assert pq.read_table(pinned.paths("rejects")[0]).num_rows == 3
    assert sum(pq.ParquetFile(p).metadata.num_rows for p in pinned.paths("rejects")) == 6
    assert len(snapshots.current(out).paths("rejects")) == 4


def test_snapshots_kept_files_are_links_not_copies(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _commit_run(out, "r1")
    first = snapshots.current(out).paths("rejects")[0]
    _commit_run(out, "r2")
    again = snapshots.current(out).root / first.relative_to(first.parents[2])
    assert os.stat(first).st_ino == os.stat(again).st_ino


@pytest.mark.parametrize("point", ["commit-start", "commit-link", "commit-swap"])
def test_snapshots_readers_see_the_old_state_until_the_swap(tmp_path: Path, monkeypatch, point: str) -> None:
    out = tmp_path / "out"
    _commit_run(out, "r1")
    log = tmp_path / "checkpoints.log"
    monkeypatch.setenv("WIRECOPY_CHECKPOINT_LOG", str(log))
    monkeypatch.setenv("WIRECOPY_PAUSE_AT", point)
    monkeypatch.setenv("WIRECOPY_PAUSE_SECONDS", "1.5")
    writer = threading.Thread(target=_commit_run, args=(out, "r2", 4))
    writer.start()
    deadline = time.monotonic() + 30
    while not (log.exists() and point in log.read_text()):
        assert time.monotonic() < deadline, "the commit never reached the checkpoint"
        time.sleep(0.02)
    assert _glob_count(out) == 6  # paused inside the commit: still the first run's rows only
    assert snapshots.current(out).version == 1
    writer.join()
    assert _glob_count(out) == 6 + 12


def test_snapshots_recover_removes_what_a_crash_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _commit_run(out, "r1")
    snaps = out / "_snapshots"
    (snaps / ".build-v00000002-deadbeef" / "rejects").mkdir(parents=True)
    (snaps / "v00000002" / "rejects").mkdir(parents=True)     # renamed but never made current
    os.symlink("v00000002", snaps / ".current-0badf00d")          # pointer written, not swapped
    store.stage(out, "r9", "rejects", _rejects("r9", 2), "2025-03-03", "00000")
    removed = snapshots.recover(out)
    assert sorted(removed) == ["staging r9", "uncommitted snapshot v00000002",
                               "unfinished snapshot .build-v00000002-deadbeef",
                               "unfinished snapshot .current-0badf00d"]
    assert sorted(p.name for p in snaps.iterdir()) == ["current", "v00000001"]
    assert _glob_count(out) == 6
    assert _commit_run(out, "r2").version == 2


def test_snapshots_expire_keeps_newest_and_recent(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for n in range(5):
        txn = snapshots.Transaction(out, "ingest", f"r{n}")
        path = store.stage(out, f"r{n}", "rejects", _rejects(f"r{n}", 1), "2025-03-03", "00000")
        txn.add("rejects", path, 1)
        txn.commit(keep=2, grace_seconds=3600)
    assert sorted(p.name for p in (out / "_snapshots").glob("v*")) == [f"v0000000{n}" for n in range(1, 6)]
    assert snapshots.expire(out, keep=2, grace_seconds=0) == [1, 2, 3]
    assert sorted(p.name for p in (out / "_snapshots").glob("v*")) == ["v00000004", "v00000005"]
    assert _glob_count(out) == 5


def test_snapshots_commit_refuses_when_current_moved(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _commit_run(out, "r1")
    late = snapshots.Transaction(out, "ingest", "late")
    _commit_run(out, "r2")
    path = store.stage(out, "late", "rejects", _rejects("late", 1), "2025-03-03", "00000")
    late.add("rejects", path, 1)
    with pytest.raises(snapshots.ConcurrentCommit, match="moved from 1 to 2"):
        late.commit()
    assert _glob_count(out) == 12
    assert not list((out / "_snapshots").glob(".build-*"))


def test_snapshots_rewriter_replaces_rows_in_new_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _commit_run(out, "r1")
    before = snapshots.current(out)
    txn = snapshots.Transaction(out, "ingest", "r2")
    removed = store.Rewriter(txn, out, "r2").apply(
        "rejects", ["source_uri"], lambda t: store.without(t, "source_uri", {"/in/r1p0-1.bin"}),
        store.has_any("source_uri", {"/in/r1p0-1.bin"}))
    txn.commit()
    assert removed == 1 and _glob_count(out) == 5
    assert sum(pq.ParquetFile(p).metadata.num_rows for p in before.paths("rejects")) == 6  # old snapshot intact


def test_snapshots_adopt_tables_written_before_snapshots(tmp_path: Path) -> None:
    out = tmp_path / "out"
    part = out / "rejects" / "ingest_date=2025-03-03"
    part.mkdir(parents=True)
    pq.write_table(_rejects("old", 2), part / "part-old-00000.parquet")
    (out / "runs" / "ingest_date=2025-03-03").mkdir(parents=True)
    assert snapshots.legacy_tables(out) == ["rejects", "runs"]
    assert legacy.adopt(out, "adopt1") == 1
    assert (out / "rejects").is_symlink() and snapshots.legacy_tables(out) == []
    assert _glob_count(out) == 2
    log = duckdb.connect().execute(
        f"select source_uri, outcome, reason from read_parquet('{out}/ingest_log/**/*.parquet') order by 1").fetchall()
    assert log == [("/in/old-0.bin", "reject", "binary"), ("/in/old-1.bin", "reject", "binary")]
    assert legacy.adopt(out, "adopt2") == 0


def test_snapshots_query_connection_stays_on_its_snapshot(tmp_path: Path) -> None:
    from flows.warehouse import connect

    out = tmp_path / "out"
    _commit_run(out, "r1")
    con = connect(out)
    _commit_run(out, "r2")
    assert con.execute("select count(*) from rejects").fetchone() == (6,)
    assert connect(out).execute("select count(*) from rejects").fetchone() == (12,)
    assert connect(out).execute("select count(*) from articles").fetchone() == (0,)  # typed, empty
