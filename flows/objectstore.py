"""A warehouse in an object store (s3://, memory://, ...): its layout and its commit protocol.

    URL/<table>/ingest_date=YYYY-MM-DD/part-*.parquet   data files: uploaded once, never changed
    URL/_snapshots/v00000042.json                       one manifest per committed version

Object stores have no rename and no symlink, so the local protocol (hard
links, an atomic `current` swap, flock) cannot run there. A remote OUT is
written through a local mirror instead, a private folder with the local
layout: `pull` makes the mirror's current snapshot the remote's latest,
the run commits locally as always, and `push` uploads the new data files
and then creates the next manifest. The manifest is created with a
conditional PUT (If-None-Match: *), so the commit is one atomic request:
when two writers race for the same version, exactly one wins and the other
gets `snapshots.ConcurrentCommit`, none of its rows visible. Readers take
the highest manifest and read exactly the files it lists.

Manifests are the local `_manifest.json` bytes (format wirecopy-snapshot/1),
with paths relative to URL, so a mirror and its remote agree byte for byte.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flows import snapshots
from flows.locations import CREDENTIALS_HINT, Remote, is_storage_error, modified
from flows.settings import cache_root
from schemas import TABLES

if TYPE_CHECKING:
    from flows.settings import Settings

SNAPSHOTS = snapshots.SNAPSHOTS
_MANIFEST_RE = re.compile(r"^v(\d{8})\.json$")


class StorageError(RuntimeError):
    """The object store refused or could not be reached; the message names the URL, the step and the credentials."""


@dataclass(frozen=True, slots=True)
class Base:
    """The remote state a run started from: what `push` compares with."""

    version: int | None
    paths: frozenset[str]


def writer_folder(out: str, settings: "Settings") -> tuple[Remote | None, Path]:
    """OUT's Remote (None for a path or file://) and the local folder a writer commits in: OUT, or its mirror."""
    from flows.locations import parse

    found = parse(out, settings.storage_options)
    if isinstance(found, Remote):
        return found, mirror_dir(found, settings.cache_dir)
    return None, found


def manifest_key(version: int) -> str:
    return f"{SNAPSHOTS}/{snapshots.version_name(version)}.json"


@contextlib.contextmanager
def storage(remote: Remote, what: str) -> Iterator[None]:
    """Turn the store's errors into a StorageError that says what failed and where credentials come from."""
    try:
        yield
    except snapshots.ConcurrentCommit:
        raise
    except Exception as exc:
        if not is_storage_error(exc):
            raise
        raise StorageError(f"{remote.url}: {what} failed: {_reason(exc)}; {CREDENTIALS_HINT}") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return f"access denied ({exc}): wrong or missing credentials, or no permission on this bucket"
    if isinstance(exc, FileNotFoundError):
        return f"not found ({exc})"
    return f"{type(exc).__name__}: {exc}"


def probe(remote: Remote) -> bool:
    """Whether anything is under the prefix; raises StorageError for wrong credentials, a missing bucket, no endpoint.

    One or two listings, so that those fail before any work. (`ls`, not
    `find` or `exists`: s3fs's `exists`, `isfile` and `find(maxdepth=...)`
    answer False or nothing when the request itself is refused.)
    """
    fs = remote.fs
    with storage(remote, "listing"):
        fs.invalidate_cache(remote.path())
        if remote.scheme != "memory":
            fs.ls(remote.root.split("/")[0])
        try:
            return bool(fs.ls(remote.root))
        except FileNotFoundError:
            return False


def versions(remote: Remote) -> dict[int, dict]:
    """version -> listing entry (with its modification time) of every manifest under URL/_snapshots/."""
    folder = remote.path(SNAPSHOTS)
    with storage(remote, "listing the snapshots"):
        remote.fs.invalidate_cache(folder)
        found = remote.fs.find(folder, detail=True)  # no maxdepth: s3fs then hides refused requests
    return {int(m.group(1)): info for path, info in found.items()
            if (m := _MANIFEST_RE.match(path.rsplit("/", 1)[-1]))}


def latest(remote: Remote) -> tuple[int, bytes] | None:
    """The highest committed version and its manifest's bytes; None for a remote nothing was committed to."""
    known = versions(remote)
    if not known:
        return None
    version = max(known)
    with storage(remote, f"reading {manifest_key(version)}"):
        return version, remote.fs.cat_file(remote.path(manifest_key(version)))


def pull(remote: Remote, cache: Path) -> Base:
    """Make the mirror's current snapshot the remote's latest, downloading only files the mirror lacks.

    Call while holding the mirror's lock, before `snapshots.recover`.
    """
    found = latest(remote)
    if found is None:
        if snapshots.snapshots_dir(cache).exists():
            snapshots.reset(cache)  # the remote was emptied, or our commits never reached it
        return Base(None, frozenset())
    version, data = found

    def fetch(rel: str, target: Path) -> None:
        part = target.with_name(f".{target.name}.part")
        with storage(remote, f"downloading {rel}"):
            remote.fs.get_file(remote.path(rel), str(part))
        with open(part, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)

    snap = snapshots.install(cache, data, fetch)
    return Base(version, frozenset(e.path for t in snap.tables() for e in snap.files(t)))


def push(cache: Path, remote: Remote, base: Base, *, keep: int, grace_seconds: float) -> int:
    """Upload the mirror's new snapshot, then commit it by creating its manifest; returns its version.

    Data files first: until the manifest exists they are invisible to every
    reader that goes through the manifests. The manifest is created only
    if absent; if another writer created it first, ConcurrentCommit.
    """
    snap = snapshots.current(cache)
    if snap is None or snap.version == base.version:
        return base.version or 0
    new = [e.path for t in snap.tables() for e in snap.files(t) if e.path not in base.paths]
    if new:
        with storage(remote, f"uploading {len(new)} files"):
            remote.fs.put([str(snap.root / rel) for rel in new], [remote.path(rel) for rel in new])
    data = (snap.root / snapshots.MANIFEST).read_bytes()
    create(remote, manifest_key(snap.version), data)
    expire(remote, keep=keep, grace_seconds=grace_seconds)
    return snap.version


def create(remote: Remote, key: str, data: bytes) -> None:
    """Write `key` only if it does not exist: THE commit point.

    On S3 (and servers that honour If-None-Match: *) this is one atomic
    conditional PUT. Filesystems without conditional writes (memory://)
    get fsspec's check-then-write, which is not atomic: two writers there
    can both believe they committed. Use memory:// for tests only.
    """
    with storage(remote, f"creating {key}"):
        try:
            remote.fs.pipe_file(remote.path(key), data, mode="create")
        except OSError as exc:
            if _precondition_failed(exc):
                raise snapshots.ConcurrentCommit(
                    f"{remote.url}: another writer committed {key} first; nothing of this run became "
                    "visible there (run again: it takes the same files against the new state)") from None
            raise


def _precondition_failed(exc: OSError) -> bool:
    """The store's "already exists": FileExistsError, or S3's 412 PreconditionFailed (s3fs: EINVAL)."""
    if isinstance(exc, FileExistsError):
        return True
    cause = exc.__cause__
    code = getattr(cause, "response", {}).get("Error", {}).get("Code") if cause is not None else None
    return code in ("PreconditionFailed", "412") or (
        exc.errno == errno.EINVAL and "pre-condition" in str(exc).lower())


def expire(remote: Remote, *, keep: int, grace_seconds: float) -> list[str]:
    """Delete manifests older than the newest `keep`, and data files no kept manifest lists.

    Like snapshots.expire, a manifest superseded less than `grace_seconds`
    ago stays (a reader may be reading its files). A data file stays while
    younger than `grace_seconds` too: it may belong to a writer that has
    uploaded it and not yet created its manifest. Returns what was deleted.
    """
    now = dt.datetime.now(dt.timezone.utc)
    known = versions(remote)
    ordered = sorted(known)
    gone = []
    for n, v in enumerate(ordered[:max(0, len(ordered) - max(keep, 1))]):
        if _age(known[ordered[n + 1]], now) >= grace_seconds:
            gone.append(v)
    kept = [v for v in ordered if v not in gone]
    referenced: set[str] = set()
    for v in kept:
        with storage(remote, f"reading {manifest_key(v)}"):
            manifest = json.loads(remote.fs.cat_file(remote.path(manifest_key(v))))
        referenced.update(f["path"] for files in manifest["tables"].values() for f in files)
    stale = []
    for table in TABLES:
        folder = remote.path(table)
        with storage(remote, f"listing {table}"):
            remote.fs.invalidate_cache(folder)
            files = remote.fs.find(folder, detail=True)
        for path, info in files.items():
            rel = path[len(remote.root) + 1:]
            if rel not in referenced and _age(info, now) >= grace_seconds:
                stale.append(path)
    doomed = [remote.path(manifest_key(v)) for v in gone] + stale
    if doomed:
        with storage(remote, f"deleting {len(doomed)} expired objects"):
            remote.fs.rm(doomed)
    return doomed


def _age(info: dict, now: dt.datetime) -> float:
    """Seconds since the object was written; 0 (new: never deleted) when the listing does not say."""
    stamp = modified(info)
    return 0.0 if stamp is None else (now - stamp).total_seconds()


def read_manifest(remote: Remote) -> dict | None:
    """The latest manifest, parsed; None when nothing was committed."""
    found = latest(remote)
    return None if found is None else json.loads(found[1])


def mirror_dir(remote: Remote, cache_dir: str | None) -> Path:
    """The local mirror of one remote OUT: a readable slug and a short hash of its URL."""
    root = cache_root(cache_dir)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", remote.url).strip("-")[:60]
    return root / f"{slug}-{hashlib.sha256(remote.url.encode()).hexdigest()[:12]}"
