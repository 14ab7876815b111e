"""OUT's layout: one value that knows where the tables are and names every path a writer uses.

    <root>/<table>/                    a Delta table (flows/warehouse/delta.py)
    <root>/_pending/<run_id>/          a run's pending commit record (flows/warehouse/commits.py)
    <local>/_lock                      the writers' lock (flows/warehouse/lock.py)
    <local>/_staging/<run_id>/<table>/ingest_date=<day>/part-<run_id>-<part>.parquet
                                       a run's staged rows (flows/warehouse/store.py)
    <root>/_snapshots/                 a warehouse of an earlier wirecopy, to migrate (flows/warehouse/migrate.py)

The root is a local folder or an object-store prefix (a Remote); `local`
is the folder a writer locks and stages in: OUT itself, or for a remote OUT
a mirror folder under the cache. The value is small and picklable, so a
run's tasks and worker processes take it whole.

Imports nothing heavy (delta and fsspec only when asked for), so the CLI
can name OUT's paths before it starts Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirecopy.flows.settings import Settings
    from wirecopy.flows.warehouse.delta import Place
    from wirecopy.flows.warehouse.locations import Remote

LOCK_FILE = "_lock"
PENDING = "_pending"
STAGING = "_staging"
OLD_SNAPSHOTS = "_snapshots"
PARTITION_PREFIX = "ingest_date="   # wirecopy.schemas.PARTITION_COLUMN, as a folder name


@dataclass(frozen=True, slots=True)
class Warehouse:
    """OUT: where its tables are (`root`) and the local folder a writer locks and stages in (`local`)."""

    root: Path | Remote
    local: Path

    @classmethod
    def at(cls, out: Path) -> Warehouse:
        """A local OUT: the tables, the lock and the staging all under one folder."""
        return cls(out, out)

    @classmethod
    def for_writer(cls, out: str, settings: Settings) -> Warehouse:
        """OUT as a run writes it: a remote OUT stages and locks in a local mirror folder (objectstore.mirror_dir)."""
        from wirecopy.flows.warehouse.locations import Remote, parse

        found = parse(out, settings.storage_options)
        if isinstance(found, Remote):
            from wirecopy.flows.warehouse.objectstore import mirror_dir

            return cls(found, mirror_dir(found, settings.cache_dir))
        return cls.at(found)

    @property
    def place(self) -> Place:
        """The tables' place for delta-rs (root and storage options)."""
        from wirecopy.flows.warehouse.delta import place_of

        return place_of(self.root)

    @property
    def lock_file(self) -> Path:
        return self.local / LOCK_FILE

    @property
    def staging_root(self) -> Path:
        return self.local / STAGING

    def staging(self, run_id: str) -> Path:
        """Everything one run staged."""
        return self.staging_root / run_id

    def staged_table(self, run_id: str, table: str) -> Path:
        return self.staging(run_id) / table

    def staged_part(self, run_id: str, table: str, ingest_date: str, part: str) -> Path:
        """One staged file: a chunk's (or the commit's) rows of one table and ingest date."""
        return self.staged_table(run_id, table) / f"{PARTITION_PREFIX}{ingest_date}" / f"part-{run_id}-{part}.parquet"

    @property
    def old_snapshots(self) -> Path | None:
        """Where a local OUT of an earlier wirecopy kept its snapshots (None for an object-store OUT)."""
        return None if self.remote else self.local / OLD_SNAPSHOTS

    @property
    def remote(self) -> Remote | None:
        """The object-store prefix of a remote OUT; None for a local folder."""
        return None if isinstance(self.root, Path) else self.root

    def __str__(self) -> str:
        return str(self.root)
