"""The tables as Delta Lake tables: where they are, their Delta schema, reading them, damage.

Every table is a Delta Lake table at OUT/<table> (Parquet data files and a
`_delta_log`), written with deltalake (delta-rs) so that Spark, Trino,
DuckDB, Polars and pandas read it natively. How the tables of one run are
committed together is flows/warehouse/commits.py; this module knows one table at a
time.

The Delta schema is derived from schemas/: the declared columns in order,
each field's description as its Delta column comment, then the partition
column `ingest_date`. A column added to schemas/ later (nullable) is added
to the table by the next commit that writes it (`schema_mode="merge"`,
Delta's schema evolution); older files read it as null.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from wirecopy.flows.warehouse.locations import Remote
from wirecopy.schemas import TABLES
from wirecopy.schemas.tables import PARTITION_FIELD

if TYPE_CHECKING:
    from deltalake import DeltaTable

APP_ID = "wirecopy"   # the application id of every table commit's `txn` action
LOG = "_delta_log"


class Damaged(RuntimeError):
    """A table's log or data is not what its log says: a missing or corrupt entry, a missing or cut file."""

    def __init__(self, table: str, version: int | None, detail: str) -> None:
        at = "its latest version" if version is None else f"version {version}"
        super().__init__(f"table {table} is damaged at {at}: {detail}")
        self.table, self.version = table, version


@dataclass(frozen=True, slots=True)
class Place:
    """Where OUT's tables are: a local folder or an object-store prefix, with delta-rs's storage options."""

    root: str                       # a local path, or a URL (s3://bucket/prefix)
    remote: Remote | None = None
    storage_options: dict[str, str] = field(default_factory=dict)

    def uri(self, table: str) -> str:
        return f"{self.root.rstrip('/')}/{table}"

    def __str__(self) -> str:
        return self.remote.url if self.remote is not None else self.root


def place_of(out: Path | Remote | Place) -> Place:
    if isinstance(out, Place):
        return out
    if isinstance(out, Remote):
        return Place(out.uri(), out, delta_storage_options(out))
    return Place(str(Path(out).resolve()))


def delta_storage_options(remote: Remote) -> dict[str, str]:
    """delta-rs (object_store) options from the fsspec options and the usual AWS variables.

    Commits on S3 use conditional put (`If-None-Match: *`, "etag" mode):
    the log entry of a version is created only if absent, so two writers
    never both write version N. No DynamoDB lock provider is needed where
    the store honours conditional writes (AWS S3 since 2024, SeaweedFS,
    MinIO, R2); see docs/object-storage.md.
    """
    import os

    found: dict[str, str] = {}
    if remote.scheme == "s3":
        fs_opts = getattr(remote.fs, "storage_options", {}) or {}
        endpoint = (fs_opts.get("endpoint_url") or (fs_opts.get("client_kwargs") or {}).get("endpoint_url")
                    or os.environ.get("AWS_ENDPOINT_URL"))
        key = fs_opts.get("key") or os.environ.get("AWS_ACCESS_KEY_ID")
        secret = fs_opts.get("secret") or os.environ.get("AWS_SECRET_ACCESS_KEY")
        token = fs_opts.get("token") or os.environ.get("AWS_SESSION_TOKEN")
        region = (fs_opts.get("client_kwargs") or {}).get("region_name") or os.environ.get("AWS_DEFAULT_REGION")
        for name, value in (("AWS_ENDPOINT_URL", endpoint), ("AWS_ACCESS_KEY_ID", key),
                            ("AWS_SECRET_ACCESS_KEY", secret), ("AWS_SESSION_TOKEN", token)):
            if value:
                found[name] = str(value)
        found["AWS_REGION"] = region or "us-east-1"
        if endpoint and str(endpoint).startswith("http://"):
            found["AWS_ALLOW_HTTP"] = "true"
        found["conditional_put"] = "etag"
    return found


def table_schema(table: str) -> pa.Schema:
    """The table's Delta schema: declared columns with their comments, then `ingest_date`."""
    declared = TABLES[table]
    fields = [f.with_metadata({"comment": (f.metadata or {}).get(b"description", b"").decode()}) for f in declared]
    part = PARTITION_FIELD.with_metadata({"comment": PARTITION_FIELD.metadata[b"description"].decode()})
    return pa.schema([*fields, part], metadata=declared.metadata)


def conform(data: pa.Table, table: str) -> pa.Table:
    """`data` with exactly the table's Delta columns and types (missing declared columns null)."""
    schema = table_schema(table)
    columns = []
    for f in schema:
        if f.name in data.column_names:
            columns.append(data[f.name].cast(f.type))
        else:
            columns.append(pa.nulls(data.num_rows, f.type))
    return pa.Table.from_arrays(columns, schema=schema)


def open_table(place: Place, table: str, version: int | None = None) -> DeltaTable | None:
    """The table at `version` (latest when None); None when it was never created. Damage raises Damaged."""
    from deltalake import DeltaTable
    from deltalake.exceptions import TableNotFoundError

    try:
        return DeltaTable(place.uri(table), version=version, storage_options=place.storage_options or None)
    except TableNotFoundError:
        if version is None and not _has_log(place, table):
            return None
        raise Damaged(table, version, "its log has no such version (a missing log entry)") from None
    except Exception as exc:  # noqa: BLE001 -- delta-rs raises DeltaError, OSError, ValueError for a broken log
        raise Damaged(table, version, f"its log cannot be read ({type(exc).__name__}: {exc})") from None


def _has_log(place: Place, table: str) -> bool:
    if place.remote is None:
        return (Path(place.uri(table)) / LOG).is_dir()
    try:
        return bool(place.remote.fs.ls(place.remote.path(f"{table}/{LOG}")))
    except FileNotFoundError:
        return False


def check_files(place: Place, table: str, dt: DeltaTable) -> None:
    """Every data file the version lists exists with the size its log gives; else Damaged.

    A stat per file (one listing remotely): cheap beside reading them, and
    a cut or deleted file is found before a query silently returns fewer rows.
    """
    actions = pa.table(dt.get_add_actions(flatten=True))
    paths, sizes = actions["path"].to_pylist(), actions["size_bytes"].to_pylist()
    version = dt.version()
    if place.remote is None:
        root = Path(place.uri(table))
        for rel, size in zip(paths, sizes):
            path = root / _unquote(rel)
            try:
                actual = path.stat().st_size
            except FileNotFoundError:
                raise Damaged(table, version, f"data file {rel} is missing") from None
            if actual != size:
                raise Damaged(table, version, f"data file {rel} has {actual} bytes, its log says {size}")
        return
    fs, base = place.remote.fs, place.remote.path(table)
    try:
        listed = {info["name"]: info.get("size") for info in fs.find(base, detail=True).values()}
    except FileNotFoundError:
        listed = {}
    for rel, size in zip(paths, sizes):
        actual = listed.get(f"{base}/{_unquote(rel)}")
        if actual is None:
            raise Damaged(table, version, f"data file {rel} is missing")
        if actual != size:
            raise Damaged(table, version, f"data file {rel} has {actual} bytes, its log says {size}")


def _unquote(rel: str) -> str:
    from urllib.parse import unquote

    return unquote(rel)


def as_dataset(dt: DeltaTable) -> Any:
    """The table's version as a pyarrow dataset; a local table's files read through pyarrow's own file system.

    deltalake's default reads through a file system written in Python
    (`DeltaStorageHandler`), whose I/O threads may still be winding down when
    the interpreter exits: a process that had read a table of many files
    then aborted at exit now and then ("terminate called without an active
    exception", SIGABRT; delta-io/delta-rs#2184). deltalake takes any pyarrow
    file system rooted at the table (its documented `filesystem=`) where
    every file its log names lies under the table's folder (a log naming
    "../" paths keeps deltalake's, which refuses them); a remote table keeps
    deltalake's, which knows its object store's options.
    """
    import os.path
    from urllib.parse import unquote, urlparse

    import pyarrow.fs as pa_fs

    parsed = urlparse(dt.table_uri)
    if parsed.scheme not in ("", "file"):
        return dt.to_pyarrow_dataset()
    root = os.path.normpath(unquote(parsed.path) if parsed.scheme == "file" else dt.table_uri)
    found = dt.to_pyarrow_dataset(filesystem=pa_fs.SubTreeFileSystem(root, pa_fs.LocalFileSystem()))
    # The paths the log names, as the file system is handed them: none may climb out of the table.
    if all(os.path.commonpath([root, os.path.normpath(os.path.join(root, f))]) == root for f in found.files):
        return found
    return dt.to_pyarrow_dataset()


def read(dt: DeltaTable, table: str, columns: list[str] | None = None, filter: Any = None) -> pa.Table:
    """Rows of one version, with the declared columns (those the table lacks yet come back null)."""
    schema = table_schema(table)
    names = columns or schema.names
    dataset = as_dataset(dt)
    have = [c for c in names if c in dataset.schema.names]
    try:
        data = dataset.to_table(columns=have, filter=filter)
    except (OSError, pa.ArrowInvalid) as exc:
        raise Damaged(table, dt.version(), f"a data file cannot be read ({exc})") from None
    wanted = pa.schema([schema.field(c) for c in names])
    cols = [data[f.name].cast(f.type) if f.name in data.column_names else pa.nulls(data.num_rows, f.type)
            for f in wanted]
    return pa.Table.from_arrays(cols, schema=wanted)


def read_matching(dt: DeltaTable, table: str, column: str, keys: set[str]) -> pa.Table:
    """Rows whose `column` is among `keys`, reading whole only the files that hold one.

    Not a dataset filter: pyarrow prunes an `isin` filter by the files'
    statistics, and delta-rs writes MERGE output with string_view columns
    beside string ones, which that pruning cannot compare. Probing the key
    column file by file is what a rewrite needs anyway.
    """
    import pyarrow.compute as pc

    dataset = as_dataset(dt)
    wanted = pa.array(sorted(keys), pa.string())
    parts = []
    try:
        for fragment in dataset.get_fragments():
            probe = fragment.to_table(columns=[column], schema=dataset.schema)
            if probe.num_rows == 0 or not pc.any(pc.is_in(probe[column].cast(pa.string()), wanted)).as_py():
                continue
            rows = fragment.to_table(schema=dataset.schema)
            parts.append(rows.filter(pc.is_in(rows[column].cast(pa.string()), wanted)))
    except (OSError, pa.ArrowInvalid) as exc:
        raise Damaged(table, dt.version(), f"a data file cannot be read ({exc})") from None
    schema = table_schema(table)
    if not parts:
        return schema.empty_table()
    data = pa.concat_tables(parts)
    cols = [data[f.name].cast(f.type) if f.name in data.column_names else pa.nulls(data.num_rows, f.type)
            for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)


def commit_metadata(seq: int, run_id: str, operation: str) -> dict[str, Any]:
    return {"wirecopy_seq": seq, "wirecopy_run_id": run_id, "wirecopy_operation": operation}


def committed_by(dt: DeltaTable, seq: int) -> str | None:
    """The run id that made the table's commit of run sequence `seq`, from the log's commit infos."""
    for entry in dt.history(200):
        if entry.get("wirecopy_seq") == seq:
            return entry.get("wirecopy_run_id")
    return None


def dumps(obj: object) -> str:
    return json.dumps(obj, sort_keys=True)
