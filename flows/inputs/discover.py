"""Finding input files under SOURCE and what the landing system says of them.

SOURCE is a folder (searched recursively), a glob, or one file; or the same
in an object store (s3://bucket/prefix, s3://bucket/prefix/*.xml), where the
same rules apply to keys and each object's LastModified is its mtime. Every entry
that is not a directory is an input, also one that cannot be read (a dangling
symlink, a FIFO, a socket): it must end as a reject, never vanish from the
count. A symlink is not followed out of SOURCE (kind `outside_source`) unless
the run allows it, and never into procfs, sysfs or /dev (kind `special`).
A file name of any bytes is kept: the URI escapes bytes that are not UTF-8
(`\xff`), the path keeps them to open the file. Names that start with "." or "_" are not inputs (the Hadoop/Spark
convention: `_SUCCESS`,
`.part.tmp`). A folder may hold `_received.tsv`, a manifest of when each file
was received (`name<TAB>YYYY-MM-DD[THH:MM:SS]`): the date a landing system
records, which resolves the year of a year-less dateline when the file's own
metadata gives none and no --reference-date is set.
"""

from __future__ import annotations

import datetime as dt
import functools
import glob
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath
from typing import TYPE_CHECKING, Any

from wirecopy.flows.settings import GLOB_CHARS

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

    from wirecopy.flows.warehouse.locations import Remote

MANIFEST = "_received.tsv"
_EPOCH = dt.datetime.fromtimestamp(0, tz=dt.timezone.utc)  # an object whose listing gives no time


@dataclass(frozen=True, slots=True)
class InputFile:
    uri: str
    path: PurePath            # a local Path; for an object, its key inside `fs` (a PurePosixPath)
    size: int
    mtime: dt.datetime
    received: dt.date | None  # from a _received.tsv manifest
    kind: str = "file"        # file, or what else stands there: dangling_link, fifo, socket, device,
                              # outside_source (a link out of SOURCE), special (a link into /proc, /sys, /dev)
    fs: "AbstractFileSystem | None" = None  # the object store holding it; None for a local file
    root: str | None = None   # SOURCE's folder, resolved: what a local input's real path must stay inside


# Where no input may come from, whatever a link says: kernel interfaces and devices.
SPECIAL_ROOTS = ("/proc", "/sys", "/dev")


def discover(source: str, storage_options: dict[str, Any] | None = None, *,
             follow_symlinks: bool = False) -> list[InputFile]:
    """Input files in a stable order (sorted by URI).

    `storage_options` None: those of the settings (only a URL uses them).
    `follow_symlinks`: take links whose target is outside SOURCE (never into /proc, /sys, /dev).
    """
    from wirecopy.flows.warehouse.locations import Remote, is_url, parse

    _resolved.cache_clear()  # a folder's symlinks may have moved since the last run of this process

    if is_url(source):
        where = parse(source, storage_options)
        if isinstance(where, Remote):
            return _discover_remote(where)
        source = str(where)
    root = Path(source)
    if root.is_dir():
        candidates = [p for p in root.rglob("*") if not p.is_dir()]
    elif root.is_file():
        candidates = [root]
    else:
        candidates = [Path(p) for p in glob.glob(source, recursive=True) if not Path(p).is_dir()]
    inside = str(_source_folder(source, root).resolve())
    manifests: dict[Path, dict[str, dt.date]] = {}
    found = []
    for path in sorted(candidates, key=_uri):
        if any(part.startswith((".", "_")) for part in path.relative_to(root if root.is_dir() else path.parent).parts):
            continue
        # SOURCE naming one file is followed wherever it links (the caller chose it), never into /proc.
        kind = placement(path, inside, follow_symlinks or not root.is_dir() and path == root) or _kind(path)
        stat = path.stat() if kind == "file" else path.lstat()
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder / MANIFEST)
        found.append(
            InputFile(
                uri=_uri(path),
                path=path,
                size=stat.st_size if kind == "file" else 0,
                mtime=dt.datetime.fromtimestamp(stat.st_mtime, tz=dt.timezone.utc),
                received=manifests[folder].get(path.name),
                kind=kind,
                root=inside,
            )
        )
    return found


def _discover_remote(remote: "Remote") -> list[InputFile]:
    """The same rules over an object store's keys: a prefix is a folder, a pattern a glob, a key one file."""
    from wirecopy.flows.warehouse.locations import modified
    from wirecopy.flows.warehouse.objectstore import storage

    fs = remote.fs
    with storage(remote, "listing the source"):
        fs.invalidate_cache(remote.path())
        if GLOB_CHARS.search(remote.root):
            found, base = fs.glob(remote.root, detail=True), None
        elif fs.isfile(remote.root):
            found, base = {remote.root: fs.info(remote.root)}, None
        else:
            found, base = fs.find(remote.root, detail=True), remote.root
    manifests: dict[str, dict[str, dt.date]] = {}
    inputs = []
    for key, info in sorted(found.items()):  # the order of their URIs: one scheme, one bucket
        path = PurePosixPath(key)
        rel = PurePosixPath(key[len(base):].lstrip("/")) if base else PurePosixPath(path.name)
        if info.get("type") == "directory" or not path.name or any(p.startswith((".", "_")) for p in rel.parts):
            continue
        folder = str(path.parent)
        if folder not in manifests:
            manifests[folder] = _remote_manifest(remote, f"{folder}/{MANIFEST}")
        inputs.append(InputFile(uri=f"{remote.scheme}://{key.lstrip('/')}", path=path, size=int(info.get("size") or 0),
                                mtime=modified(info) or _EPOCH, received=manifests[folder].get(path.name), fs=fs))
    return inputs


def _remote_manifest(remote: "Remote", key: str) -> dict[str, dt.date]:
    from wirecopy.flows.warehouse.objectstore import storage

    with storage(remote, f"reading {key}"):
        try:
            text = remote.fs.cat_file(key).decode("utf-8")
        except FileNotFoundError:
            return {}
    return parse_manifest(text, f"{remote.scheme}://{key.lstrip('/')}")


def _uri(path: Path) -> str:
    """Absolute path of the entry itself: folders resolved, a symlinked file named as the link."""
    return printable_path(_resolved(path.parent) / path.name)


def printable_path(path: PurePath | str) -> str:
    """A path as text that any Parquet or terminal takes: bytes that are not UTF-8 escaped (b'\\xff' -> '\\xff').

    Python keeps such bytes as lone surrogates, which no UTF-8 writer accepts.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _source_folder(source: str, root: Path) -> Path:
    """The folder inputs must stay inside: SOURCE itself, a file's folder, or a glob's fixed leading folders."""
    if root.is_dir():
        return root
    if root.is_file() or root.is_symlink():
        return root.parent
    fixed = []
    for part in Path(source).parts:
        if GLOB_CHARS.search(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def placement(path: Path, inside: str, follow_symlinks: bool) -> str | None:
    """`special` for what resolves into /proc, /sys or /dev; `outside_source` for a link out of INSIDE
    (unless followed); None for an entry inside SOURCE."""
    real = os.path.realpath(path)
    if any(real == top or real.startswith(top + os.sep) for top in SPECIAL_ROOTS):
        return "special"
    if not follow_symlinks and not (real == inside or real.startswith(inside.rstrip(os.sep) + os.sep)):
        return "outside_source"
    return None


@functools.lru_cache(maxsize=4096)
def _resolved(folder: Path) -> Path:
    """A folder resolved once per discovery, not once per file (a landing folder holds thousands)."""
    return folder.resolve()


def _kind(path: Path) -> str:
    if path.is_file():
        return "file"
    if path.is_symlink() and not path.exists():
        return "dangling_link"
    if path.is_fifo():
        return "fifo"
    if path.is_socket():
        return "socket"
    return "device" if path.is_block_device() or path.is_char_device() else "other"


def read_manifest(path: Path) -> dict[str, dt.date]:
    """name -> received date; lines starting with '#' are comments."""
    if not path.is_file():
        return {}
    return parse_manifest(path.read_text(encoding="utf-8"), str(path))


def parse_manifest(text: str, where: str) -> dict[str, dt.date]:
    """The lines of a _received.tsv; `where` names it in errors."""
    received = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            name, when = line.split("\t")[:2]
            received[name.strip()] = dt.datetime.fromisoformat(when.strip()).date()
        except ValueError as exc:
            raise ValueError(f"{where}:{number}: expected 'name<TAB>ISO date', got {line!r}") from exc
    return received


def _open_regular(path: PurePath):
    """A local file opened for reading, or OSError: never blocks on a FIFO swapped in since discovery."""
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    fh = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        fh.close()
        raise OSError(f"{printable_path(path)} is no longer a regular file")
    return fh


def sha256_file(path: PurePath, fs: "AbstractFileSystem | None" = None) -> str:
    """Streamed: a file of any size is hashed without holding it in memory (from `fs` when given)."""
    digest = hashlib.sha256()
    with (fs.open(str(path), "rb") if fs is not None else _open_regular(path)) as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
