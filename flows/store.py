"""The Parquet warehouse on disk: staged writes, reads of a pinned snapshot, row rewrites.

Layout (see flows/snapshots.py for the commit protocol):
OUT/<table>/ingest_date=YYYY-MM-DD/part-<run_id>-<n>.parquet, reached
through OUT/<table> -> _snapshots/current/<table>. A run's chunks write
under OUT/_staging/<run_id>/<table>/ingest_date=.../ (invisible to the
documented glob); the run's single commit makes them part of the tables.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows import faults
from flows.snapshots import STAGING, FileEntry, Snapshot, Transaction, staging_dir
from schemas import PARTITION_COLUMN, TABLES

COMPRESSION = "zstd"


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write aside, fsync, then rename: a half-written file never has its final name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    if faults.armed("parquet-write") and table.num_rows > 1:
        half = table.num_rows // 2
        with pq.ParquetWriter(tmp, table.schema, compression=COMPRESSION) as writer:
            writer.write_table(table.slice(0, half))
            faults.checkpoint("parquet-write")
            writer.write_table(table.slice(half))
    else:
        pq.write_table(table, tmp, compression=COMPRESSION)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def partition_name(ingest_date: str) -> str:
    return f"{PARTITION_COLUMN}={ingest_date}"


def stage(out: Path, run_id: str, table: str, data: pa.Table, ingest_date: str, part: str) -> Path | None:
    """Write one part of a table under the run's staging folder."""
    if data.num_rows == 0:
        return None
    path = staging_dir(out, run_id) / table / partition_name(ingest_date) / f"part-{run_id}-{part}.parquet"
    write_atomic(data, path)
    return path


def staged(out: Path, run_id: str, table: str) -> list[Path]:
    """The run's staged files of one table (rewrites of older files excluded)."""
    return sorted((staging_dir(out, run_id) / table).glob("*/*.parquet"))


def conform(data: pa.Table, table: str) -> pa.Table:
    """Columns in the declared order; declared columns an older file lacks, as nulls.

    Columns no longer declared are kept after the declared ones: nothing
    a file holds is dropped by a rewrite.
    """
    schema = TABLES[table]
    extra = [name for name in data.column_names if name not in schema.names]
    columns = _as(data, schema).columns + [data[name] for name in extra]
    fields = list(schema) + [data.schema.field(name) for name in extra]
    return pa.Table.from_arrays(columns, schema=pa.schema(fields, metadata=schema.metadata))


def read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file (the columns of `columns` it has).

    Through ParquetFile, not pq.read_table: that one goes through
    pyarrow.dataset, whose first import costs ~0.8 s, paid by every run's
    commit on its critical path.
    """
    f = pq.ParquetFile(path)
    if columns is None:
        return f.read()
    have = set(f.schema_arrow.names)
    return f.read(columns=[c for c in columns if c in have])


def read_files(paths: Iterable[Path], table: str, columns: list[str] | None = None) -> pa.Table:
    """Rows of some files of a table, in file order; columns an older file lacks come back null."""
    schema = TABLES[table]
    names = columns or schema.names
    wanted = pa.schema([schema.field(c) for c in names])
    parts = [_as(read_file(p, names), wanted) for p in paths]
    return pa.concat_tables(parts) if parts else wanted.empty_table()


def _as(data: pa.Table, schema: pa.Schema) -> pa.Table:
    """`data` with exactly the columns of `schema`, cast to its types; missing ones null."""
    columns = [data[f.name].cast(f.type) if f.name in data.column_names else pa.nulls(data.num_rows, f.type)
               for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def read_columns(snapshot: Snapshot | None, table: str, columns: list[str],
                 partitions: Callable[[str], bool] | None = None) -> pa.Table:
    """Selected columns of a committed table (empty when there is none yet)."""
    if snapshot is None:
        return read_files([], table, columns)
    paths = [snapshot.root / e.path for e in snapshot.files(table) if partitions is None or partitions(e.partition)]
    return read_files(paths, table, columns)


def partition_since(day: dt.date) -> Callable[[str], bool]:
    """Partitions of ingest dates on or after `day` (partition names sort as dates)."""
    floor = partition_name(day.isoformat())
    return lambda name: name >= floor


class Rewriter:
    """Row-level changes to committed files, as new files in the transaction.

    Parquet files are never modified: a file with rows to change is written
    anew beside the staging files and replaces the old one in the next
    snapshot; the old one lives on in older snapshots until they expire.
    """

    def __init__(self, txn: Transaction, out: Path, run_id: str) -> None:
        self.txn, self.out, self.run_id = txn, out, run_id
        self._n = 0

    def apply(self, table: str, probe: list[str], change: Callable[[pa.Table], pa.Table | None],
              wanted: Callable[[pa.Table], bool]) -> int:
        """For each file whose `probe` columns pass `wanted`, replace it by `change(rows)`.

        `change` returns None to leave a file as it is. Returns the number
        of rows removed (negative when rows were added).
        """
        removed = 0
        for entry in self.txn.files(table):
            source = self.txn.path_of(entry)
            if not wanted(read_files([source], table, probe)):
                continue
            rows = conform(read_file(source), table)
            new = change(rows)
            if new is None:
                continue
            removed += rows.num_rows - new.num_rows
            self._replace(table, entry, new)
        return removed

    def _replace(self, table: str, entry: FileEntry, rows: pa.Table) -> None:
        self.txn.remove(table, entry)
        if rows.num_rows == 0:
            return
        self._n += 1
        path = (self.out / STAGING / self.run_id / "_rewrite" / table / entry.partition
                / f"part-{self.run_id}-rw{self._n:05d}.parquet")
        write_atomic(rows, path)
        self.txn.add(table, path, rows.num_rows)


def without(rows: pa.Table, column: str, values: Iterable[str]) -> pa.Table | None:
    """The rows whose `column` is not among `values`; None when none match."""
    hit = pc.is_in(rows[column], pa.array(sorted(set(values)), pa.string()))
    if not pc.any(hit).as_py():
        return None
    return rows.filter(pc.invert(hit))


def has_any(column: str, values: Iterable[str]) -> Callable[[pa.Table], bool]:
    value_set = pa.array(sorted(set(values)), pa.string())
    return lambda t: t.num_rows > 0 and bool(pc.any(pc.is_in(t[column], value_set)).as_py())


def filter_staged(out: Path, run_id: str, table: str, column: str, drop: set[str]) -> int:
    """Remove rows from the run's own staged files (before they are ever committed)."""
    removed = 0
    if not drop:
        return 0
    for path in staged(out, run_id, table):
        rows = read_file(path)
        kept = without(rows, column, drop)
        if kept is None:
            continue
        removed += rows.num_rows - kept.num_rows
        if kept.num_rows:
            write_atomic(kept, path)
        else:
            path.unlink()
    return removed
