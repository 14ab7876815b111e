"""`wirecopy migrate OUT`: a warehouse of an earlier wirecopy converted to Delta Lake tables, checked row for row.

Earlier releases kept each table as Hive-partitioned Parquet behind their
own snapshot protocol (OUT/_snapshots/current -> vN, a `_manifest.json`
listing every live file, OUT/<table> a symlink into it), and the first
releases as plain folders. Migration reads exactly the files the current
manifest lists (or a plain folder's files), writes every table as a Delta
table under OUT/_migrating/, reads each back and compares it with what it
read, row for row, and only then moves the Delta tables into place at
OUT/<table>. The old snapshots are kept aside in OUT/_pre_delta/ (delete
it once satisfied). The old runs become run numbers 1..n in the order
they started; the migration's commits carry the last one, so the next run
is n+1.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from wirecopy.flows.warehouse import commits, delta, store
from wirecopy.flows.warehouse.layout import OLD_SNAPSHOTS
from wirecopy.schemas import PARTITION_COLUMN, TABLES

WORK = "_migrating"
ASIDE = "_pre_delta"


class MigrationError(RuntimeError):
    """OUT is not a warehouse of the old format, or the converted tables differ from it."""


@dataclass(slots=True)
class Migration:
    out: str
    rows: dict[str, int] = field(default_factory=dict)
    runs: int = 0


def old_files(out: Path) -> dict[str, list[Path]]:
    """The live files of every table in the old layout: the current snapshot's manifest, or plain folders."""
    link = out / OLD_SNAPSHOTS / "current"
    if link.is_symlink() or link.is_dir():
        root = out / OLD_SNAPSHOTS / os.readlink(link) if link.is_symlink() else link
        try:
            manifest = json.loads((root / "_manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MigrationError(f"{root}: no readable _manifest.json ({exc})") from None
        return {t: [root / f["path"] for f in files] for t, files in manifest["tables"].items() if t in TABLES}
    found = {}
    for table in TABLES:
        folder = out / table
        if folder.is_dir() and not (folder / delta.LOG).is_dir():
            found[table] = sorted(folder.glob("*/*.parquet"))
    if not found:
        raise MigrationError(f"{out} holds no warehouse of an earlier wirecopy (no {OLD_SNAPSHOTS}/current, "
                             "no table folders without a _delta_log)")
    return found


def _read_old(paths: list[Path], table: str) -> pa.Table:
    parts = []
    for path in paths:
        day = path.parent.name.split("=", 1)[1]
        rows = store.conform(pq.ParquetFile(path).read(), table)
        rows = rows.append_column(PARTITION_COLUMN, pa.array([day] * rows.num_rows, pa.string()).cast(pa.date32()))
        parts.append(delta.conform(rows, table))
    return pa.concat_tables(parts) if parts else delta.table_schema(table).empty_table()


def _sorted_rows(data: pa.Table) -> list[tuple]:
    names = sorted(data.column_names)
    return sorted((tuple(row[n] for n in names) for row in data.to_pylist()), key=repr)


def migrate(out: Path, run_id: str) -> Migration:
    """Convert OUT in place; raises MigrationError (nothing moved) when a converted table differs."""
    out = out.resolve()
    files = old_files(out)
    work = out / WORK
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    place = delta.Place(str(work))
    old = {table: _read_old(files.get(table, []), table) for table in TABLES}
    runs = old["runs"].sort_by([("started_at", "ascending"), ("run_id", "ascending")])
    n = runs.num_rows
    seq = max(n, 1)
    data = runs.to_pylist()
    for i, row in enumerate(data, start=1):
        row["snapshot_version"] = i
        row["table_versions"] = None
    old["runs"] = pa.Table.from_pylist(data, schema=runs.schema) if data else runs
    changes = {t: commits.Change(old[t] if old[t].num_rows else None) for t in TABLES if t != "runs"}
    for table in commits.ORDER[:-1]:
        commits._commit_table(place, table, seq, run_id, "migrate", changes[table])
    versions = {t: opened.version() for t in commits.ORDER[:-1] if (opened := delta.open_table(place, t)) is not None}
    if data:
        data[-1]["table_versions"] = delta.dumps(versions)
        old["runs"] = pa.Table.from_pylist(data, schema=runs.schema)
    commits._commit_table(place, "runs", seq, run_id, "migrate", commits.Change(old["runs"] if data else None))
    result = Migration(str(out), runs=n)
    for table in TABLES:
        opened = delta.open_table(place, table)
        back = delta.read(opened, table) if opened is not None else delta.table_schema(table).empty_table()
        if _sorted_rows(back) != _sorted_rows(old[table]):
            raise MigrationError(f"{table}: the Delta table differs from the old table "
                                 f"({back.num_rows} rows against {old[table].num_rows}); nothing was moved")
        result.rows[table] = back.num_rows
    aside = out / ASIDE
    aside.mkdir(exist_ok=True)
    if (out / OLD_SNAPSHOTS).exists():
        os.rename(out / OLD_SNAPSHOTS, aside / OLD_SNAPSHOTS)
    for table in TABLES:
        target = out / table
        if target.is_symlink():
            target.unlink()
        elif target.is_dir():
            os.rename(target, aside / table)
        if (work / table).is_dir():
            os.rename(work / table, target)
    shutil.rmtree(work, ignore_errors=True)
    return result
