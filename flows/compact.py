"""Compaction: a partition's small files merged into a few of a target size.

Every run adds a file per table and partition, and renumbering story
versions rewrites small ones, so a scheduled pipeline leaves thousands of
small files that slow every reader. Compaction reads a partition's small
files in file order, writes their rows unchanged into files of about the
target size, and swaps them in with one snapshot commit (flows/snapshots.py):
readers see the old files or the new ones, never both or neither. Rows,
values and partition stay the same, so every query result is unchanged;
files written before a column was added gain it as nulls, which is what
readers of the older file saw through union_by_name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from flows.prefect_env import apply_offline_defaults

apply_offline_defaults()

import pyarrow as pa  # noqa: E402
from prefect import flow, get_run_logger  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

from flows import lock, snapshots, store  # noqa: E402
from flows.settings import Settings  # noqa: E402
from flows.snapshots import STAGING, FileEntry  # noqa: E402
from schemas import TABLES  # noqa: E402

FLOW_NAME = "compact-wire-tables"


@dataclass(slots=True)
class Compaction:
    out: str
    run_id: str
    files_before: dict[str, int] = field(default_factory=dict)
    files_after: dict[str, int] = field(default_factory=dict)
    snapshot_version: int | None = None   # None: nothing to merge, nothing committed

    @property
    def merged(self) -> int:
        return sum(self.files_before.values()) - sum(self.files_after.values())


def groups(entries: list[FileEntry], target_bytes: int) -> list[list[FileEntry]]:
    """Runs of a partition's small files, in file order, each adding up to about the target size.

    A file at least half the target is left alone; a group of one is no merge.
    """
    found: list[list[FileEntry]] = []
    by_partition: dict[str, list[FileEntry]] = {}
    for e in sorted(entries, key=lambda e: e.path):
        by_partition.setdefault(e.partition, []).append(e)
    for part in by_partition.values():
        group: list[FileEntry] = []
        size = 0
        for e in part:
            if e.bytes >= target_bytes // 2:
                continue
            if group and size + e.bytes > target_bytes:
                found.append(group)
                group, size = [], 0
            group.append(e)
            size += e.bytes
        found.append(group)
    return [g for g in found if len(g) > 1]


def compact_out(out: Path, run_id: str, *, target_bytes: int, settings: Settings) -> Compaction:
    """Merge small files of every table under OUT in one commit (holds OUT's writer lock)."""
    result = Compaction(out=str(out), run_id=run_id)
    with lock.hold(out, f"wirecopy compact {run_id}", wait_seconds=settings.lock_wait_seconds):
        snapshots.recover(out)
        txn = snapshots.Transaction(out, "compact", run_id)
        n = 0
        for table in TABLES:
            result.files_before[table] = len(txn.files(table))
            for group in groups(txn.files(table), target_bytes):
                rows = pa.concat_tables([store.conform(store.read_file(txn.path_of(e)), table) for e in group],
                                        promote_options="default")
                n += 1
                path = (out / STAGING / run_id / "_compact" / table / group[0].partition
                        / f"part-{run_id}-c{n:05d}.parquet")
                store.write_atomic(rows, path)
                for e in group:
                    txn.remove(table, e)
                txn.add(table, path, rows.num_rows)
            result.files_after[table] = len(txn.files(table))
        if result.merged:
            committed = txn.commit(keep=settings.keep_snapshots, grace_seconds=settings.snapshot_grace_seconds,
                                   details={"target_bytes": target_bytes})
            result.snapshot_version = committed.version
        snapshots.remove_staging(out, run_id)
    return result


@flow(name=FLOW_NAME, log_prints=False)
def compact(out: str, target_mb: float | None = None) -> Compaction:
    """Merge the small Parquet files of every table under OUT, atomically.

    Args:
        out: Folder of the tables (a local folder).
        target_mb: Size of the merged files in MB (default 128, or WIRECOPY_COMPACT_TARGET_MB).
    """
    logger = get_run_logger()
    settings = Settings.from_env(compact_target_mb=target_mb)
    run_id = str(flow_run.id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
    result = compact_out(Path(out), run_id, target_bytes=int(settings.compact_target_mb * 2**20), settings=settings)
    logger.info("compacted %s: %d files merged away (snapshot %s)", out, result.merged, result.snapshot_version)
    return result
