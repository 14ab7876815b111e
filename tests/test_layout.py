"""OUT's layout (flows/warehouse/layout.py): one value names every path a writer uses."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from wirecopy import schemas
from wirecopy.flows.settings import Settings
from wirecopy.flows.warehouse import store
from wirecopy.flows.warehouse.layout import PARTITION_PREFIX, Warehouse


def test_layout_local_out_holds_tables_lock_and_staging(tmp_path: Path) -> None:
    out = tmp_path / "out"
    warehouse = Warehouse.at(out)
    assert (warehouse.root, warehouse.local, str(warehouse)) == (out, out, str(out))
    assert warehouse.lock_file == out / "_lock"
    assert warehouse.staging("r1") == out / "_staging" / "r1"
    assert warehouse.staged_part("r1", "articles", "2024-07-05", "00003") == (
        out / "_staging" / "r1" / "articles" / "ingest_date=2024-07-05" / "part-r1-00003.parquet")
    assert warehouse.place.root == str(out.resolve()) and warehouse.place.remote is None
    assert PARTITION_PREFIX == f"{schemas.PARTITION_COLUMN}="


def test_layout_for_writer_of_a_local_folder_or_file_url(tmp_path: Path) -> None:
    assert Warehouse.for_writer(str(tmp_path / "out"), Settings()) == Warehouse.at(tmp_path / "out")
    assert Warehouse.for_writer(f"file://{tmp_path}/out", Settings()) == Warehouse.at(tmp_path / "out")


def test_layout_staged_rows_go_where_it_says_and_leave_with_the_run(tmp_path: Path) -> None:
    warehouse = Warehouse.at(tmp_path / "out")
    rows = pa.table({"article_id": ["a1", "a2"]})
    path = store.stage(warehouse, "r1", "articles", rows, "2024-07-05", "00000")
    assert path == warehouse.staged_part("r1", "articles", "2024-07-05", "00000")
    assert store.staged(warehouse, "r1", "articles") == [path]
    assert store.filter_staged(warehouse, "r1", "articles", "article_id", {"a2"}) == 1
    assert store.read_file(path)["article_id"].to_pylist() == ["a1"]
    store.remove_staging(warehouse, "r1")
    assert not warehouse.staging("r1").exists() and warehouse.staging_root.is_dir()


def test_layout_remote_out_stages_and_locks_in_its_local_folder(tmp_path: Path) -> None:
    from fsspec.implementations.memory import MemoryFileSystem

    from wirecopy.flows.warehouse.locations import Remote

    remote = Remote("memory://bucket/wire", MemoryFileSystem(), "/bucket/wire")
    warehouse = Warehouse(remote, tmp_path / "mirror")
    assert (warehouse.remote, str(warehouse)) == (remote, "memory://bucket/wire")
    assert warehouse.place.remote is remote and warehouse.place.root == remote.uri()
    assert warehouse.lock_file == tmp_path / "mirror" / "_lock"
    assert warehouse.staging("r1") == tmp_path / "mirror" / "_staging" / "r1"
    assert warehouse.old_snapshots is None  # an object store never held the old format
    local = Warehouse.at(tmp_path / "out")
    assert (local.remote, local.old_snapshots) == (None, tmp_path / "out" / "_snapshots")
