"""Reading a Delta table's version as a pyarrow dataset (wirecopy.flows.warehouse.delta.as_dataset).

deltalake's default reads local tables through a file system written in
Python; a process that had read a table of many files through it aborted at
exit about one time in two ("terminate called without an active exception").
These tests run real processes on real tables written by deltalake.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from deltalake import DeltaTable, write_deltalake

from wirecopy.flows.warehouse import delta

READER = """
import sys
from deltalake import DeltaTable
from wirecopy.flows.warehouse import delta
print(delta.as_dataset(DeltaTable(sys.argv[1])).to_table().num_rows)
"""


def _many_files(root: Path, n: int) -> None:
    for i in range(n):
        write_deltalake(str(root), pa.table({"k": [f"row{i}"], "n": pa.array([i], pa.int64())}), mode="append")


def test_delta_a_process_that_read_many_files_exits_cleanly(tmp_path: Path) -> None:
    table = tmp_path / "t"
    _many_files(table, 60)
    for _ in range(8):
        done = subprocess.run([sys.executable, "-c", READER, str(table)], capture_output=True, text=True, timeout=120)
        assert (done.returncode, done.stdout.strip()) == (0, "60"), done.stderr[-2000:]
        assert "terminate called" not in done.stderr


def test_delta_partitioned_rows_read_as_deltalake_reads_them(tmp_path: Path) -> None:
    rows = pa.table({"k": ["a", "b", "c"], "day": pa.array(["2024-07-05", "2024-07-05", "2024-07-06"])})
    write_deltalake(str(tmp_path / "p"), rows, partition_by=["day"])
    table = DeltaTable(str(tmp_path / "p"))
    ours = delta.as_dataset(table).to_table().sort_by("k")
    theirs = table.to_pyarrow_dataset().to_table().sort_by("k")
    assert ours.equals(theirs)
    assert ours.column("day").to_pylist() == ["2024-07-05", "2024-07-05", "2024-07-06"]


def test_delta_a_log_naming_a_file_outside_the_table_is_never_read(tmp_path: Path) -> None:
    root = tmp_path / "t"
    write_deltalake(str(root), pa.table({"k": ["inside"]}))
    pq.write_table(pa.table({"k": ["SECRET"]}), tmp_path / "secret.parquet")
    first = (root / "_delta_log" / "00000000000000000000.json").read_text().splitlines()
    add = next(json.loads(line) for line in first if '"add"' in line)
    add["add"].update(path="../secret.parquet", size=(tmp_path / "secret.parquet").stat().st_size, stats=None)
    (root / "_delta_log" / "00000000000000000001.json").write_text(
        json.dumps({"commitInfo": {"operation": "WRITE"}}) + "\n" + json.dumps(add) + "\n")
    # pyarrow's own file system would climb out of the table; deltalake's refuses the path.
    with pytest.raises(OSError) as refused:
        delta.as_dataset(DeltaTable(str(root))).to_table()
    assert "secret.parquet" in str(refused.value)
