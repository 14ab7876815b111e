"""The commit protocol: a run's changes to every table become visible in one atomic step.

    OUT/<table>                  -> _snapshots/current/<table>   (symlink, made once)
    OUT/_snapshots/current       -> v00000042                    (symlink: THE commit point)
    OUT/_snapshots/v00000042/    one complete, immutable state of every table:
        <table>/ingest_date=YYYY-MM-DD/part-*.parquet
        _manifest.json           every live file with its row count (written before the swap)
    OUT/_snapshots/.build-*      a snapshot being assembled (never visible; removed by recovery)
    OUT/_staging/<run_id>/       Parquet files written by a run's chunks
    OUT/_lock                    the writer lock (flows/lock.py)

A commit assembles the next snapshot beside the current one: it hard-links
every file the new state keeps from the current snapshot and from staging
(links cost no copy; a file is shared by every snapshot that holds it and
is never modified), writes the manifest, fsyncs, renames the directory to
its version name, then replaces the `current` symlink with rename(2). That
rename is atomic on POSIX file systems, so a reader resolving `current`, and
the documented glob `OUT/<table>/**/*.parquet` which goes through it, sees
the state before the commit or after it, never a mixture. A process killed
at any instant leaves `current` pointing at a complete snapshot; recovery
(at the start of the next writer) removes half-built snapshots, snapshots
newer than `current` (built but never made current) and staging files.

Old snapshots are kept for a while (`keep` newest, and any superseded less
than `grace_seconds` ago) so that a reader that resolved an older `current`
can finish reading its files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flows import faults
from schemas import TABLES

SNAPSHOTS = "_snapshots"
CURRENT = "current"
MANIFEST = "_manifest.json"
STAGING = "_staging"
FORMAT = "wirecopy-snapshot/1"
_VERSION_RE = re.compile(r"^v(\d{8})$")
DEFAULT_KEEP = 3
DEFAULT_GRACE_SECONDS = 600.0


class ConcurrentCommit(RuntimeError):
    """`current` moved while a commit was being assembled: another writer ignored the lock."""


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: str           # relative to the snapshot directory: <table>/<partition>/<name>
    rows: int
    bytes: int

    @property
    def partition(self) -> str:
        return self.path.split("/")[1]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One committed state of every table, pinned: its files never change or move."""

    out: Path
    version: int
    root: Path
    manifest: dict

    def files(self, table: str) -> list[FileEntry]:
        return [FileEntry(**f) for f in self.manifest["tables"].get(table, [])]

    def paths(self, table: str) -> list[Path]:
        return [self.root / f["path"] for f in self.manifest["tables"].get(table, [])]

    def tables(self) -> list[str]:
        return sorted(self.manifest["tables"])


def snapshots_dir(out: Path) -> Path:
    return out / SNAPSHOTS


def staging_dir(out: Path, run_id: str) -> Path:
    return out / STAGING / run_id


def version_name(version: int) -> str:
    return f"v{version:08d}"


def current(out: Path) -> Snapshot | None:
    """The committed snapshot, resolved once: later commits do not change what it lists."""
    link = snapshots_dir(out) / CURRENT
    try:
        target = os.readlink(link)
    except FileNotFoundError:
        return None
    m = _VERSION_RE.match(target)
    if m is None:
        raise RuntimeError(f"{link} points at {target!r}, not a snapshot version")
    root = snapshots_dir(out) / target
    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise RuntimeError(f"{root / MANIFEST}: unknown format {manifest.get('format')!r}")
    return Snapshot(out, int(m.group(1)), root, manifest)


@dataclass
class Transaction:
    """Changes to the tables, invisible until `commit` swaps them in all at once.

    Single writer: the caller holds OUT's lock (flows/lock.py). `commit`
    still checks that `current` has not moved since the transaction began.
    """

    out: Path
    operation: str
    run_id: str
    base: Snapshot | None = field(init=False)
    _files: dict[str, dict[str, FileEntry]] = field(init=False)
    _sources: dict[str, Path] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.base = current(self.out)
        self._files = {t: {} for t in TABLES}
        if self.base is not None:
            for table in self.base.tables():
                self._files.setdefault(table, {})
                for entry in self.base.files(table):
                    self._files[table][entry.path] = entry

    def files(self, table: str) -> list[FileEntry]:
        """The table's files as they will be after the commit (so far)."""
        return sorted(self._files.get(table, {}).values(), key=lambda e: e.path)

    def path_of(self, entry: FileEntry) -> Path:
        """Where an entry's bytes are now: staged, or in the base snapshot."""
        return self._sources.get(entry.path) or (self.base.root / entry.path)  # type: ignore[union-attr]

    def add(self, table: str, source: Path, rows: int) -> FileEntry:
        """Make a finished file (staged, fsynced) part of the table, in the partition its folder names."""
        rel = f"{table}/{source.parent.name}/{source.name}"
        if rel in self._files.get(table, {}):
            raise ValueError(f"{rel} is already part of {table}")
        entry = FileEntry(rel, rows, source.stat().st_size)
        self._files.setdefault(table, {})[rel] = entry
        self._sources[rel] = source
        return entry

    def remove(self, table: str, entry: FileEntry) -> None:
        del self._files[table][entry.path]
        self._sources.pop(entry.path, None)

    def changed(self) -> bool:
        if self.base is None:
            return True
        return any(
            set(self._files.get(t, {})) != {e.path for e in self.base.files(t)}
            for t in set(self._files) | set(self.base.tables())
        )

    def commit(self, *, keep: int = DEFAULT_KEEP, grace_seconds: float = DEFAULT_GRACE_SECONDS,
               details: dict | None = None) -> Snapshot:
        faults.checkpoint("commit-start")
        snaps = snapshots_dir(self.out)
        snaps.mkdir(parents=True, exist_ok=True)
        version = (self.base.version if self.base else 0) + 1
        build = snaps / f".build-{version_name(version)}-{uuid.uuid4().hex[:8]}"
        build.mkdir()
        links = [(rel, self.path_of(e)) for t in sorted(self._files) for rel, e in sorted(self._files[t].items())]
        folders = {build / t for t in self._files}
        folders.update((build / rel).parent for rel, _ in links)
        for folder in sorted(folders):
            folder.mkdir(parents=True, exist_ok=True)
        for n, (rel, source) in enumerate(links):
            if n == len(links) // 2:
                faults.checkpoint("commit-link")
            _link(source, build / rel)
        manifest = {
            "format": FORMAT,
            "version": version,
            "parent": self.base.version if self.base else None,
            "operation": self.operation,
            "run_id": self.run_id,
            "committed_at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "details": details or {},
            "tables": {
                t: [{"path": e.path, "rows": e.rows, "bytes": e.bytes} for e in self.files(t)]
                for t in sorted(self._files)
            },
        }
        _write_synced(build / MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))
        for folder in sorted(folders, reverse=True):
            _fsync_dir(folder)
        _fsync_dir(build)
        faults.checkpoint("commit-swap")
        moved = current(self.out)
        if (moved.version if moved else None) != (self.base.version if self.base else None):
            shutil.rmtree(build, ignore_errors=True)
            raise ConcurrentCommit(
                f"{self.out}: snapshot moved from {self.base.version if self.base else None} to "
                f"{moved.version if moved else None} during this commit")
        final = snaps / version_name(version)
        os.rename(build, final)
        _fsync_dir(snaps)
        _point_current(snaps, final)  # the commit point
        ensure_table_links(self.out)
        faults.checkpoint("commit-done")
        expire(self.out, keep=keep, grace_seconds=grace_seconds)
        committed = current(self.out)
        assert committed is not None and committed.version == version
        return committed


def install(out: Path, manifest_bytes: bytes, fetch: Callable[[str, Path], None]) -> Snapshot:
    """Make a given manifest OUT's current snapshot: how a mirror follows its remote (flows/objectstore.py).

    Files are linked from any local snapshot that holds the same relative
    path (file names carry the run id and are never rewritten, so the same
    name means the same bytes); the others are fetched by `fetch(rel,
    target)`, which must write `target` completely or raise. The build,
    rename and `current` swap are a commit's. Local snapshots of the same
    or a higher version are discarded: they are commits the remote never
    accepted, and the remote is the truth. Call only while holding OUT's lock.
    """
    manifest = json.loads(manifest_bytes)
    if manifest.get("format") != FORMAT:
        raise RuntimeError(f"manifest of version {manifest.get('version')}: unknown format {manifest.get('format')!r}")
    version = int(manifest["version"])
    snaps = snapshots_dir(out)
    snaps.mkdir(parents=True, exist_ok=True)
    final = snaps / version_name(version)
    if _same_manifest(final, manifest_bytes):
        _point_current(snaps, final)
    else:
        local = sorted((p for p in snaps.iterdir() if _VERSION_RE.match(p.name)), reverse=True)
        build = snaps / f".build-{version_name(version)}-{uuid.uuid4().hex[:8]}"
        build.mkdir()
        for rel in sorted(f["path"] for files in manifest["tables"].values() for f in files):
            target = build / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            held = next((p / rel for p in local if (p / rel).is_file()), None)
            if held is not None:
                _link(held, target)
            else:
                fetch(rel, target)
        _write_synced(build / MANIFEST, manifest_bytes)
        _fsync_dir(build)
        if final.exists():  # a local commit of this number the remote did not take
            os.rename(final, snaps / f".build-discarded-{final.name}-{uuid.uuid4().hex[:8]}")
        os.rename(build, final)
        _fsync_dir(snaps)
        _point_current(snaps, final)
    for p in snaps.iterdir():
        if (m := _VERSION_RE.match(p.name)) and int(m.group(1)) > version:
            _remove(p)
    recover(out)  # the renamed-away snapshot, and a crashed earlier attempt
    ensure_table_links(out)
    installed = current(out)
    assert installed is not None and installed.version == version
    return installed


def _same_manifest(folder: Path, manifest_bytes: bytes) -> bool:
    try:
        return (folder / MANIFEST).read_bytes() == manifest_bytes
    except OSError:
        return False


def _point_current(snaps: Path, final: Path) -> None:
    """`current` -> final, by rename(2) of a new symlink over it: atomic on POSIX."""
    pointer = snaps / f".current-{uuid.uuid4().hex[:8]}"
    os.symlink(final.name, pointer)
    os.replace(pointer, snaps / CURRENT)
    _fsync_dir(snaps)


def reset(out: Path) -> None:
    """Forget every snapshot: a mirror whose remote holds none (emptied, or never pushed to)."""
    _remove(snapshots_dir(out))
    _remove(out / STAGING)


def ensure_table_links(out: Path) -> None:
    """OUT/<table> -> _snapshots/current/<table> for every declared table (made once).

    A plain directory in the way is a table from before snapshots, left to
    flows/legacy.py.
    """
    for table in TABLES:
        link = out / table
        if not link.is_symlink() and not link.exists():
            os.symlink(f"{SNAPSHOTS}/{CURRENT}/{table}", link)


def legacy_tables(out: Path) -> list[str]:
    """Tables kept as plain directories under OUT (written before snapshots)."""
    return [t for t in TABLES if (out / t).is_dir() and not (out / t).is_symlink()]


def remove_staging(out: Path, run_id: str) -> None:
    """A committed run's staged files: every one is now linked from the snapshot."""
    shutil.rmtree(staging_dir(out, run_id), ignore_errors=True)


def recover(out: Path) -> list[str]:
    """Remove what interrupted writers left: staging, half-built and never-current snapshots.

    Call only while holding OUT's lock. Returns what was removed, for the log.
    """
    removed = []
    staging = out / STAGING
    if staging.is_dir():
        for run in sorted(staging.iterdir()):
            removed.append(f"staging {run.name}")
            shutil.rmtree(run, ignore_errors=True)
    snaps = snapshots_dir(out)
    if snaps.is_dir():
        now = current(out)
        for entry in sorted(snaps.iterdir()):
            name = entry.name
            if name.startswith((".build-", ".current-")):
                removed.append(f"unfinished snapshot {name}")
                _remove(entry)
            elif (m := _VERSION_RE.match(name)) and (now is None or int(m.group(1)) > now.version):
                removed.append(f"uncommitted snapshot {name}")
                _remove(entry)
    return removed


def expire(out: Path, *, keep: int = DEFAULT_KEEP, grace_seconds: float = DEFAULT_GRACE_SECONDS) -> list[int]:
    """Delete snapshots older than the newest `keep`, unless superseded less than `grace_seconds` ago.

    Files still linked from a kept snapshot survive: deleting a snapshot
    only drops its links.
    """
    snaps = snapshots_dir(out)
    now = current(out)
    if now is None:
        return []
    versions = sorted(int(m.group(1)) for p in snaps.iterdir() if (m := _VERSION_RE.match(p.name)))
    old = [v for v in versions if v < now.version][: max(0, len([v for v in versions if v <= now.version]) - keep)]
    removed = []
    for v in old:
        successor = snaps / version_name(v + 1) / MANIFEST
        try:
            superseded = dt.datetime.fromisoformat(json.loads(successor.read_text("utf-8"))["committed_at"])
        except (OSError, ValueError, KeyError):
            superseded = None
        if superseded is not None and (dt.datetime.now(dt.timezone.utc) - superseded).total_seconds() < grace_seconds:
            continue
        _remove(snaps / version_name(v))
        removed.append(v)
    return removed


def _link(source: Path, target: Path) -> None:
    """A hard link (no copy); a copy where the file system has no hard links."""
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (1, 18, 38, 95):  # EPERM, EXDEV, ENOSYS, EOPNOTSUPP
            raise
        tmp = target.with_name(f".{target.name}.copy")
        shutil.copyfile(source, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)

