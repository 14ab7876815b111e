"""A run's staged Parquet files, and reading rows of the committed Delta tables.

A run's chunks write their rows as Parquet under a staging folder of the
run (OUT/_staging/<run_id>/<table>/ingest_date=YYYY-MM-DD/part-*.parquet;
for an object-store OUT, the same under its local cache folder: the
paths are named by wirecopy.flows.warehouse.layout.Warehouse). Nothing
reads staging but the run itself: its commit (flows/warehouse/commits.py) turns the
staged rows into one Delta commit per table. Committed rows are read
through a pinned `commits.State`, never by listing files.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from wirecopy.flows import faults
from wirecopy.schemas import PARTITION_COLUMN, TABLES

if TYPE_CHECKING:
    from wirecopy.flows.warehouse.commits import State
    from wirecopy.flows.warehouse.layout import Warehouse

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


def stage(warehouse: Warehouse, run_id: str, table: str, data: pa.Table, ingest_date: str,
          part: str) -> Path | None:
    """Write one part of a table under the run's staging folder."""
    if data.num_rows == 0:
        return None
    path = warehouse.staged_part(run_id, table, ingest_date, part)
    write_atomic(data, path)
    return path


def staged(warehouse: Warehouse, run_id: str, table: str) -> list[Path]:
    """The run's staged files of one table (rewrites of older files excluded)."""
    return sorted(warehouse.staged_table(run_id, table).glob("*/*.parquet"))


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


def read_columns(base: State | None, table: str, columns: list[str], since: dt.date | None = None) -> pa.Table:
    """Selected columns of a committed table at the pinned state (empty when there is none yet).

    `since` keeps the partitions of ingest dates on or after that day.
    """
    if base is None:
        return read_files([], table, columns)
    flt = None
    if since is not None:
        import pyarrow.dataset as ds

        flt = ds.field(PARTITION_COLUMN) >= pa.scalar(since, pa.date32())
    return base.read(table, columns, flt)


def partition_since(day: dt.date) -> dt.date:
    """The first ingest date a windowed read keeps (read_columns' `since`)."""
    return day


def read_staged(warehouse: Warehouse, run_id: str, table: str) -> pa.Table:
    """The run's staged rows of one table in its Delta schema, `ingest_date` taken from each file's folder."""
    from wirecopy.flows.warehouse import delta

    parts = []
    for path in staged(warehouse, run_id, table):
        day = dt.date.fromisoformat(path.parent.name.split("=", 1)[1])
        rows = conform(read_file(path), table)
        rows = rows.append_column(PARTITION_COLUMN, pa.array([day] * rows.num_rows, pa.date32()))
        parts.append(delta.conform(rows, table))
    return pa.concat_tables(parts) if parts else delta.table_schema(table).empty_table()


def without(rows: pa.Table, column: str, values: Iterable[str]) -> pa.Table | None:
    """The rows whose `column` is not among `values`; None when none match."""
    hit = pc.is_in(rows[column], pa.array(sorted(set(values)), pa.string()))
    if not pc.any(hit).as_py():
        return None
    return rows.filter(pc.invert(hit))


def filter_staged(warehouse: Warehouse, run_id: str, table: str, column: str, drop: set[str]) -> int:
    """Remove rows from the run's own staged files (before they are ever committed)."""
    removed = 0
    if not drop:
        return 0
    for path in staged(warehouse, run_id, table):
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


def remove_staging(warehouse: Warehouse, run_id: str) -> None:
    """A committed run's staged files: its commit holds their rows now."""
    import shutil

    shutil.rmtree(warehouse.staging(run_id), ignore_errors=True)
