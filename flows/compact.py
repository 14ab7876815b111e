"""Compaction and retention through Delta: OPTIMIZE (small files merged), then VACUUM.

Every run adds a file or two per table and partition, so a scheduled
pipeline leaves many small files that slow every reader. `optimize.compact`
rewrites a partition's small files into files of about the target size in
one Delta commit marked `dataChange=false`: rows, values and partitions are
unchanged, every query result is the same, and readers of older versions
keep their files until vacuum. `vacuum` then deletes files that no version
younger than the retention window needs (and files no commit ever listed,
such as those of a writer killed before its commit), so time travel
(`wirecopy query --as-of`) reaches back as far as the window.

Compaction commits carry no `txn` of a run (they add no rows), so readers
pinned to the latest complete run read the compacted version
(flows/warehouse/commits.py), and a run committing meanwhile is not disturbed: a
commit that meets a concurrent compaction looks again and retries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from wirecopy.flows.settings import Settings
from wirecopy.flows.warehouse import delta
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.schemas import TABLES

FLOW_NAME = "compact-wire-tables"


@dataclass(slots=True)
class Compaction:
    out: str
    run_id: str
    files_before: dict[str, int] = field(default_factory=dict)
    files_after: dict[str, int] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)     # the optimize commit of each table merged
    vacuumed: dict[str, int] = field(default_factory=dict)     # files deleted by vacuum, per table

    @property
    def merged(self) -> int:
        return sum(self.files_before.values()) - sum(self.files_after.values())

    @property
    def snapshot_version(self) -> int | None:
        """Kept for the CLI's summary: None when nothing was merged."""
        return max(self.versions.values()) if self.versions else None


def compact_out(warehouse: Warehouse, run_id: str, *, target_bytes: int, settings: Settings,
                retention_hours: float | None = None) -> Compaction:
    """Optimize every table under OUT, then vacuum what the retention window no longer needs."""
    from deltalake import CommitProperties

    place = warehouse.place
    hours = settings.retention_hours if retention_hours is None else retention_hours
    result = Compaction(out=str(warehouse), run_id=run_id)
    for table in TABLES:
        opened = delta.open_table(place, table)
        if opened is None:
            continue
        result.files_before[table] = len(opened.file_uris())
        metrics = opened.optimize.compact(
            target_size=target_bytes, max_concurrent_tasks=1,
            commit_properties=CommitProperties(custom_metadata={"wirecopy_operation": "compact",
                                                                "wirecopy_run_id": run_id}))
        opened = delta.open_table(place, table)
        result.files_after[table] = len(opened.file_uris())
        if metrics.get("numFilesRemoved"):
            result.versions[table] = opened.version()
        removed = opened.vacuum(retention_hours=int(hours), dry_run=False, enforce_retention_duration=False)
        result.vacuumed[table] = len(removed)
    return result


@flow(name=FLOW_NAME, log_prints=False)
def compact(out: str, target_mb: float | None = None, retention_hours: float | None = None) -> Compaction:
    """Merge the small files of every table under OUT (Delta optimize), then vacuum past the retention window.

    Args:
        out: Folder of the tables (a local folder).
        target_mb: Size of the merged files in MB (default 128, or WIRECOPY_COMPACT_TARGET_MB).
        retention_hours: Hours a file no longer live is kept for readers and time travel
            (default the `retention_hours` setting, or WIRECOPY_RETENTION_HOURS).
    """
    logger = get_run_logger()
    settings = Settings.from_env(compact_target_mb=target_mb)
    run_id = str(flow_run.id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
    result = compact_out(Warehouse.at(Path(out)), run_id, target_bytes=int(settings.compact_target_mb * 2**20),
                         settings=settings, retention_hours=retention_hours)
    logger.info("compacted %s: %d files merged away, %d files vacuumed", out, result.merged,
                sum(result.vacuumed.values()))
    return result
