"""Exactly once across tables: how one run's changes land in every Delta table, and what readers pin.

A run has a sequence number N (1, 2, ...): the number of the last complete
run plus one. Its changes are committed table by table, each commit
carrying Delta's application transaction `txn(appId="wirecopy", version=N)`,
and `runs` last, its row recording the version written of every table.

    1. pending record   OUT/_pending/<run_id>/commit.json (+ one Parquet file of rows per table):
                        everything the run will commit, written before any commit
    2. claim            the commit of the first table (CLAIM_TABLE) at exactly the next version,
                        with no automatic retry: of two runs that planned against the same state
                        one claims N, the other gets `Superseded` and runs again on the new state
    3. tables           every other table, then `runs`
    4. done             the pending record is removed

Every commit of run N first checks the table's txn version: a table that
already holds N is skipped, and a commit races with no automatic retry, so
of two processes completing the same run only one writes each table. A run
killed after its claim is completed by the next writer from its pending
record (`complete_pending`); one killed before its claim left nothing
visible, and its inputs are taken again.

Readers pin a `State`: the latest row of `runs` gives N and each table's
version; a table whose txn version is above N (a run in progress) is read
at the version N recorded, others at their latest (compaction commits carry
no txn and change no rows). So a query never sees half a run, and time
travel (`as_of`) is the same reading with an older row of `runs`.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from wirecopy.flows import faults
from wirecopy.flows.warehouse import delta
from wirecopy.flows.warehouse.delta import APP_ID, Damaged, Place
from wirecopy.flows.warehouse.layout import PENDING
from wirecopy.schemas import PARTITION_COLUMN, TABLES

if TYPE_CHECKING:
    from deltalake import DeltaTable

    from wirecopy.flows.warehouse.layout import Warehouse

FORMAT = "wirecopy-pending/1"
ORDER = [t for t in TABLES if t != "runs"] + ["runs"]
CLAIM_TABLE = ORDER[0]
OP_COLUMN = "_wirecopy_op"
MAX_ATTEMPTS = 50
log = logging.getLogger(__name__)


class Superseded(RuntimeError):
    """Another run claimed the sequence number this run planned for: run again on the new state."""


class NoSuchRun(ValueError):
    """`--as-of` names a run or a time the warehouse has no complete run for."""


@dataclass(slots=True)
class Change:
    """What a run does to one table: rows to add, and rows (by key) to delete in the same commit."""

    rows: pa.Table | None = None          # in the table's Delta schema (delta.conform)
    delete_column: str | None = None
    delete_keys: list[str] = field(default_factory=list)


@dataclass(slots=True)
class State:
    """The tables as of one complete run: what readers and a run's planning see."""

    place: Place
    seq: int                                    # 0: no complete run yet
    run_id: str | None
    versions: dict[str, int]                    # table -> version to read (absent: no such table yet)
    _open: dict[str, DeltaTable] = field(default_factory=dict)

    def table(self, name: str) -> DeltaTable | None:
        if name not in self.versions:
            return None
        if name not in self._open:
            self._open[name] = delta.open_table(self.place, name, self.versions[name])
        return self._open[name]

    def read(self, name: str, columns: list[str] | None = None, filter=None) -> pa.Table:
        """Rows of a table at this state; `runs` only up to this state's run."""
        dt_ = self.table(name)
        if dt_ is None:
            return delta.table_schema(name).empty_table().select(columns or delta.table_schema(name).names)
        if name == "runs":
            import pyarrow.dataset as ds

            bound = ds.field("snapshot_version") <= self.seq
            filter = bound if filter is None else (filter & bound)
        return delta.read(dt_, name, columns, filter)

    def read_matching(self, name: str, column: str, keys: set[str]) -> pa.Table:
        """Rows of a table at this state whose `column` is among `keys` (see delta.read_matching)."""
        dt_ = self.table(name)
        if dt_ is None:
            return delta.table_schema(name).empty_table()
        return delta.read_matching(dt_, name, column, keys)

    def check(self) -> None:
        """Raise Damaged unless every data file of every pinned table is there, whole."""
        for name in self.versions:
            dt_ = self.table(name)
            if dt_ is not None:
                delta.check_files(self.place, name, dt_)


def state(out, as_of: str | None = None) -> State:
    """Pin the latest complete run (or the one `as_of` names: a run id, or an ISO time)."""
    place = delta.place_of(out)
    runs = delta.open_table(place, "runs")
    row = None
    seq = 0
    if runs is not None:
        rows = delta.read(runs, "runs", ["run_id", "snapshot_version", "finished_at", "table_versions"]).to_pylist()
        rows = [r for r in rows if r["snapshot_version"] is not None]
        if as_of is None:
            # The run number is the txn of `runs`, committed last; its row (if the run wrote one) has the versions.
            seq = runs.transaction_version(APP_ID) or 0
            row = next((r for r in rows if r["snapshot_version"] == seq), None)
        else:
            row = _pick(rows, as_of)
            seq = row["snapshot_version"]
    elif as_of is not None:
        raise NoSuchRun(f"{place} has no complete run to go back to")
    recorded = json.loads(row["table_versions"]) if row and row["table_versions"] else {}
    versions: dict[str, int] = {}
    if runs is not None:
        versions["runs"] = runs.version()
    for table in TABLES:
        if table == "runs":
            continue
        if as_of is not None:
            if table in recorded:
                versions[table] = int(recorded[table])
            continue
        latest = delta.open_table(place, table)
        if latest is None:
            if table in recorded:
                raise Damaged(table, int(recorded[table]), "the table's log is missing")
            continue
        if table in recorded and latest.version() < int(recorded[table]):
            raise Damaged(table, int(recorded[table]),
                          f"run {row['run_id']} recorded it, but the log ends at version {latest.version()} "
                          "(a missing log entry)")
        if (latest.transaction_version(APP_ID) or 0) <= seq:
            versions[table] = latest.version()
        elif table in recorded:
            versions[table] = int(recorded[table])
    found = State(place, seq, row["run_id"] if row else None, versions)
    if as_of is None:
        for table, version in versions.items():
            if table != "runs" and (latest := delta.open_table(place, table)) is not None \
                    and latest.version() == version:
                found._open[table] = latest
    return found


def _pick(rows: list[dict], as_of: str | None) -> dict | None:
    if not rows:
        if as_of is not None:
            raise NoSuchRun("the warehouse has no complete run to go back to")
        return None
    if as_of is None:
        return max(rows, key=lambda r: r["snapshot_version"])
    named = [r for r in rows if r["run_id"] == as_of]
    if named:
        return named[0]
    try:
        when = dt.datetime.fromisoformat(as_of)
    except ValueError:
        raise NoSuchRun(f"--as-of {as_of!r} is neither a run id of this warehouse nor an ISO time "
                        "(2025-03-03T06:00:00+00:00)") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    before = [r for r in rows if r["finished_at"] <= when]
    if not before:
        raise NoSuchRun(f"no run had finished by {when.isoformat()}")
    return max(before, key=lambda r: r["snapshot_version"])


# -- the pending record ------------------------------------------------------------------------


def _pending_rel(run_id: str, name: str = "") -> str:
    return f"{PENDING}/{run_id}" + (f"/{name}" if name else "")


def _put(place: Place, rel: str, data: bytes) -> None:
    if place.remote is None:
        path = Path(place.root) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            import os

            os.fsync(fh.fileno())
        tmp.replace(path)
    else:
        place.remote.fs.pipe_file(place.remote.path(rel), data)


def _get(place: Place, rel: str) -> bytes:
    if place.remote is None:
        return (Path(place.root) / rel).read_bytes()
    return place.remote.fs.cat_file(place.remote.path(rel))


def _pending_runs(place: Place) -> list[str]:
    if place.remote is None:
        folder = Path(place.root) / PENDING
        return sorted(p.name for p in folder.iterdir() if (p / "commit.json").is_file()) if folder.is_dir() else []
    fs = place.remote.fs
    fs.invalidate_cache(place.remote.path(PENDING))
    try:
        found = fs.find(place.remote.path(PENDING))
    except FileNotFoundError:
        return []
    return sorted({p.rsplit("/", 2)[-2] for p in found if p.endswith("/commit.json")})


def remove_pending(place: Place, run_id: str) -> None:
    if place.remote is None:
        shutil.rmtree(Path(place.root) / _pending_rel(run_id), ignore_errors=True)
        return
    try:
        place.remote.fs.rm(place.remote.path(_pending_rel(run_id)), recursive=True)
    except FileNotFoundError:
        pass


def write_pending(place: Place, run_id: str, seq: int, operation: str, changes: dict[str, Change]) -> None:
    """Everything the run commits, on OUT, before its first commit: what lets another process finish it."""
    tables = {}
    for table, change in changes.items():
        entry = {"rows": 0, "delete_column": change.delete_column, "delete_keys": sorted(change.delete_keys)}
        if change.rows is not None and change.rows.num_rows:
            sink = io.BytesIO()
            pq.write_table(change.rows, sink, compression="zstd")
            _put(place, _pending_rel(run_id, f"{table}.parquet"), sink.getvalue())
            entry["rows"] = change.rows.num_rows
        tables[table] = entry
    record = {"format": FORMAT, "seq": seq, "run_id": run_id, "operation": operation, "tables": tables,
              "written_at": dt.datetime.now(dt.UTC).isoformat()}
    _put(place, _pending_rel(run_id, "commit.json"), json.dumps(record, indent=1).encode())


def read_pending(place: Place, run_id: str) -> tuple[dict, dict[str, Change]]:
    try:
        record = json.loads(_get(place, _pending_rel(run_id, "commit.json")))
    except (OSError, ValueError) as exc:
        raise Damaged("runs", None, f"the pending record of run {run_id} cannot be read ({exc})") from None
    changes = {}
    for table, entry in record["tables"].items():
        rows = None
        if entry["rows"]:
            try:
                rows = pq.read_table(io.BytesIO(_get(place, _pending_rel(run_id, f"{table}.parquet"))))
            except (OSError, pa.ArrowInvalid) as exc:
                raise Damaged(table, None, f"the pending rows of run {run_id} cannot be read ({exc})") from None
            rows = delta.conform(rows, table)
        changes[table] = Change(rows, entry["delete_column"], list(entry["delete_keys"]))
    return record, changes


# -- committing --------------------------------------------------------------------------------


def commit(out, base: State, changes: dict[str, Change], run_id: str, operation: str = "ingest") -> int:
    """Commit a run's changes to every table, exactly once; returns the run's sequence number.

    Raises Superseded (nothing of the run visible, its pending record
    gone) when another run claimed the next sequence number first.
    """
    place = delta.place_of(out)
    seq = base.seq + 1
    write_pending(place, run_id, seq, operation, changes)
    faults.checkpoint("commit-start")
    try:
        _commit_table(place, CLAIM_TABLE, seq, run_id, operation, changes.get(CLAIM_TABLE) or Change(), claim=True)
    except Superseded:
        remove_pending(place, run_id)
        raise
    faults.checkpoint("commit-claimed")
    finish(place, seq, run_id, operation, changes)
    faults.checkpoint("commit-done")
    remove_pending(place, run_id)
    return seq


def finish(place: Place, seq: int, run_id: str, operation: str, changes: dict[str, Change]) -> None:
    """Every table after the claim, then `runs` with the versions of every table."""
    rest = [t for t in ORDER if t not in (CLAIM_TABLE, "runs")]
    for n, table in enumerate(rest):
        if n == len(rest) // 2:
            faults.checkpoint("commit-between")
        _commit_table(place, table, seq, run_id, operation, changes.get(table) or Change())
    runs = changes.get("runs") or Change()
    if runs.rows is not None and runs.rows.num_rows:
        versions = {}
        for table in ORDER:
            if table != "runs" and (opened := delta.open_table(place, table)) is not None:
                versions[table] = opened.version()
        runs = Change(_with_versions(runs.rows, seq, versions))
    faults.checkpoint("commit-runs")
    _commit_table(place, "runs", seq, run_id, operation, runs)


def _with_versions(rows: pa.Table, seq: int, versions: dict[str, int]) -> pa.Table:
    data = rows.to_pylist()
    for row in data:
        row["snapshot_version"] = seq
        row["table_versions"] = delta.dumps(versions)
    return pa.Table.from_pylist(data, schema=rows.schema)


def _commit_table(place: Place, table: str, seq: int, run_id: str, operation: str, change: Change,
                  *, claim: bool = False) -> None:
    """One table's commit of run `seq`, unless the table holds it already; no commit is ever doubled."""
    from deltalake import CommitProperties, Transaction, write_deltalake
    from deltalake.exceptions import CommitFailedError, DeltaError

    for attempt in range(MAX_ATTEMPTS):
        current = delta.open_table(place, table)
        held = (current.transaction_version(APP_ID) or 0) if current is not None else 0
        if held >= seq:
            if claim and delta.committed_by(current, seq) != run_id:
                raise Superseded(f"{place}: run {seq} was claimed by another run first")
            return
        if claim and held != seq - 1:
            raise Superseded(f"{place}: {table} holds run {held}, this run planned for run {seq}")
        props = CommitProperties(custom_metadata=delta.commit_metadata(seq, run_id, operation),
                                 app_transactions=[Transaction(APP_ID, seq)], max_commit_retries=0)
        rows = change.rows if change.rows is not None else delta.table_schema(table).empty_table()
        try:
            if change.delete_keys and current is not None:
                _merge(current, table, rows, change, props)
            else:
                write_deltalake(current if current is not None else place.uri(table), rows, mode="append",
                                partition_by=[PARTITION_COLUMN], schema_mode="merge", commit_properties=props,
                                name=table, description=TABLES[table].metadata[b"description"].decode(),
                                storage_options=(place.storage_options or None) if current is None else None)
            return
        except (CommitFailedError, DeltaError) as exc:
            # Another process committed this table meanwhile (a run being completed twice, a compaction,
            # the table created by another): look again.
            if isinstance(exc, CommitFailedError) or "already exists" in str(exc).lower():
                time.sleep(min(0.05 * (attempt + 1), 1.0))
                continue
            raise
    raise RuntimeError(f"{place}: could not commit {table} for run {seq} after {MAX_ATTEMPTS} attempts")


def _merge(current: DeltaTable, table: str, rows: pa.Table, change: Change, props) -> None:
    """Delete rows by key and insert new ones in ONE commit: a Delta MERGE over a tagged source."""
    from deltalake import write_deltalake

    schema = delta.table_schema(table)
    have = set(current.schema().to_arrow().names if hasattr(current.schema(), "to_arrow")
               else [f.name for f in current.schema().fields])
    if not set(schema.names) <= have:  # add new declared columns first (schema evolution, no rows)
        write_deltalake(current, schema.empty_table(), mode="append", schema_mode="merge")
        current.update_incremental()
    loose = pa.schema([f.with_nullable(True) for f in schema] + [pa.field(OP_COLUMN, pa.string())])
    inserts = rows.cast(pa.schema([f.with_nullable(True) for f in rows.schema])).append_column(
        OP_COLUMN, pa.array(["insert"] * rows.num_rows, pa.string()))
    key = change.delete_column
    keys = sorted(set(change.delete_keys))
    deletes = pa.Table.from_arrays(
        [pa.array(keys, f.type) if f.name == key else
         (pa.array(["delete"] * len(keys), pa.string()) if f.name == OP_COLUMN else pa.nulls(len(keys), f.type))
         for f in loose], schema=loose)
    source = pa.concat_tables([inserts.select(loose.names).cast(loose), deletes])
    (current.merge(source, predicate=f"t.{_quoted(key)} = s.{_quoted(key)} AND s.{OP_COLUMN} = 'delete'",
                   source_alias="s", target_alias="t", commit_properties=props)
     .when_matched_delete()
     .when_not_matched_insert(updates={_quoted(c): f"s.{_quoted(c)}" for c in schema.names},
                              predicate=f"s.{OP_COLUMN} = 'insert'")
     .execute())


def complete_pending(out) -> list[str]:
    """Finish every run that claimed its number and was killed before its end; returns what was done.

    Raises Damaged when a run's commits are in the tables but its pending
    record is not (it cannot be finished, and guessing would lose rows).
    """
    place = delta.place_of(out)
    done = []
    seq = _complete_seq(place)
    for run_id in _pending_runs(place):
        record, changes = read_pending(place, run_id)
        if record["seq"] <= seq:
            # Its runs row is committed, or another run took its number: nothing left to do.
            if record["seq"] < seq or _runs_holds(place, record["seq"], run_id) or _claimed_by(place,
                                                                                               record["seq"]) != run_id:
                remove_pending(place, run_id)
            continue
        if record["seq"] == seq + 1 and _claimed_by(place, record["seq"]) == run_id:
            finish(place, record["seq"], run_id, record["operation"], changes)
            remove_pending(place, run_id)
            done.append(f"run {record['seq']} ({run_id})")
            seq = record["seq"]
    claim = delta.open_table(place, CLAIM_TABLE)
    held = (claim.transaction_version(APP_ID) or 0) if claim is not None else 0
    if held > seq and _complete_seq(place) < held and not _pending_runs(place):
        raise Damaged(CLAIM_TABLE, claim.version(),
                      f"run {held} committed to it, but neither its runs row nor its pending record "
                      f"({PENDING}/<run_id>/commit.json) exists, so it cannot be completed")
    return done


def _quoted(name: str) -> str:
    """A column name as delta-rs' merge predicates and updates take it."""
    return f"`{name}`"


def _complete_seq(place: Place) -> int:
    runs = delta.open_table(place, "runs")
    return (runs.transaction_version(APP_ID) or 0) if runs is not None else 0


def _claimed_by(place: Place, seq: int) -> str | None:
    claim = delta.open_table(place, CLAIM_TABLE)
    if claim is None or (claim.transaction_version(APP_ID) or 0) < seq:
        return None
    return delta.committed_by(claim, seq)


def _runs_holds(place: Place, seq: int, run_id: str) -> bool:
    runs = delta.open_table(place, "runs")
    return runs is not None and delta.committed_by(runs, seq) == run_id


def remove_stale_staging(warehouse: Warehouse, keep: str, older_than_seconds: float = 86400.0) -> list[str]:
    """Staging folders of runs that died long ago (never those of a live run: age decides, not a lock)."""
    removed = []
    staging_root = warehouse.staging_root
    if not staging_root.is_dir():
        return removed
    now = time.time()
    for folder in staging_root.iterdir():
        if folder.name != keep and now - folder.stat().st_mtime > older_than_seconds:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed
