"""What the warehouse holds, table by table: rows, files, partitions, bytes, versions, columns.

Read from the Parquet footers of the files the Delta log lists at the pinned
run (`warehouse.table_files`), so it costs one small read per file and never scans data. Columns
are the declared ones of schemas/ beside those the files actually carry, so
a file written before a column was added, or a column nobody declared, shows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePath, PurePosixPath

import pyarrow.parquet as pq

from wirecopy.flows.warehouse.locations import Remote
from wirecopy.flows.warehouse.query import NoWarehouse, committed_files, table_files
from wirecopy.schemas import SCHEMA_VERSION, TABLES
from wirecopy.schemas.ddl import type_name
from wirecopy.schemas.tables import PARTITION_FIELD


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    name: str
    type: str
    nullable: bool
    description: str
    declared: bool      # in schemas/
    in_files: int       # how many of the table's files carry it


@dataclass(frozen=True, slots=True)
class TableInfo:
    name: str
    description: str
    rows: int
    files: int
    partitions: int
    bytes: int
    declared_version: str
    file_versions: tuple[str, ...]     # schema versions found in the files
    first_partition: str | None        # partition value: '2024-07-05'
    last_partition: str | None
    columns: tuple[ColumnInfo, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _partition(path: PurePath, root: PurePath) -> str:
    """'2024-07-05' for OUT/articles/ingest_date=2024-07-05/part-x.parquet (values, '/'-joined)."""
    # Delta data files live under OUT/<table>/ingest_date=.../: the partition is the folder
    # levels between the table's folder and the file.
    parts = path.parent.parts
    table = root.name
    levels = parts[len(parts) - 1 - parts[::-1].index(table) + 1:] if table in parts else ()
    return "/".join(part.split("=", 1)[-1] for part in levels)


def _footer(out: Path | Remote, file: Path | str) -> tuple[pq.FileMetaData, int]:
    """A file's Parquet footer and size in bytes (an object's footer is read by range requests)."""
    if isinstance(out, Remote):
        with out.fs.open(file, "rb") as fh:
            return pq.ParquetFile(fh).metadata, fh.size
    return pq.ParquetFile(file).metadata, Path(file).stat().st_size


def describe(out: Path | Remote, table: str, files: list | None = None) -> TableInfo:
    """One table; `files` are its committed files when the caller listed them already."""
    schema = TABLES[table]
    files = table_files(out, table) if files is None else files
    root = PurePosixPath(out.uri(table)) if isinstance(out, Remote) else out / table
    rows = size = 0
    versions: set[str] = set()
    carried: dict[str, int] = {}
    file_types: dict[str, str] = {}
    for path in files:
        meta, nbytes = _footer(out, path)
        rows += meta.num_rows
        size += nbytes
        arrow = meta.schema.to_arrow_schema()
        if (stamp := (arrow.metadata or {}).get(b"schema_version")) is not None:  # delta-rs writes none
            versions.add(stamp.decode())
        for f in arrow:
            carried[f.name] = carried.get(f.name, 0) + 1
            file_types.setdefault(f.name, type_name(f.type))
    partitions = sorted({_partition(PurePosixPath(p), root) for p in files})
    columns = [
        ColumnInfo(f.name, type_name(f.type), f.nullable, f.metadata[b"description"].decode(), True,
                   carried.get(f.name, 0))
        for f in schema
    ]
    p = PARTITION_FIELD
    columns.append(ColumnInfo(p.name, type_name(p.type), p.nullable, p.metadata[b"description"].decode(), True,
                              len(files)))
    columns.extend(
        ColumnInfo(name, file_types[name], True, "", False, n)
        for name, n in carried.items() if name not in schema.names
    )
    return TableInfo(
        name=table,
        description=schema.metadata[b"description"].decode(),
        rows=rows,
        files=len(files),
        partitions=len(partitions),
        bytes=size,
        declared_version=SCHEMA_VERSION,
        file_versions=tuple(sorted(versions)),
        first_partition=partitions[0] if partitions else None,
        last_partition=partitions[-1] if partitions else None,
        columns=tuple(columns),
    )


def inventory(out: Path | Remote, tables: list[str] | None = None) -> list[TableInfo]:
    """Every table (or those named), at one pinning of the latest complete run."""
    listing = committed_files(out)
    if isinstance(out, Remote) and not listing:
        raise NoWarehouse(f"no warehouse at {out.url} (run `wirecopy run SOURCE --out {out.url}` first)")
    return [describe(out, table, listing.get(table, [])) for table in tables or TABLES]


def human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if size < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")
