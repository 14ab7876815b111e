"""Finding input files under SOURCE and what the landing system says of them.

SOURCE is a folder (searched recursively), a glob, or one file. Every entry
that is not a directory is an input, also one that cannot be read (a dangling
symlink, a FIFO, a socket): it must end as a reject, never vanish from the
count. Names that start with "." or "_" are not inputs (the Hadoop/Spark convention: `_SUCCESS`,
`.part.tmp`). A folder may hold `_received.tsv`, a manifest of when each file
was received (`name<TAB>YYYY-MM-DD[THH:MM:SS]`): the date a landing system
records, which resolves the year of a year-less dateline when the file's own
metadata gives none and no --reference-date is set.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "_received.tsv"


@dataclass(frozen=True, slots=True)
class InputFile:
    uri: str
    path: Path
    size: int
    mtime: dt.datetime
    received: dt.date | None  # from a _received.tsv manifest
    kind: str = "file"        # file, or what else stands there: dangling_link, fifo, socket, device


def discover(source: str) -> list[InputFile]:
    """Input files in a stable order (sorted by URI)."""
    root = Path(source)
    if root.is_dir():
        candidates = [p for p in root.rglob("*") if not p.is_dir()]
    elif root.is_file():
        candidates = [root]
    else:
        candidates = [Path(p) for p in glob.glob(source, recursive=True) if not Path(p).is_dir()]
    manifests: dict[Path, dict[str, dt.date]] = {}
    found = []
    for path in sorted(candidates, key=_uri):
        if any(part.startswith((".", "_")) for part in path.relative_to(root if root.is_dir() else path.parent).parts):
            continue
        kind = _kind(path)
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
            )
        )
    return found


def _uri(path: Path) -> str:
    """Absolute path of the entry itself: folders resolved, a symlinked file named as the link."""
    return str(path.parent.resolve() / path.name)


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
    received = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            name, when = line.split("\t")[:2]
            received[name.strip()] = dt.datetime.fromisoformat(when.strip()).date()
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: expected 'name<TAB>ISO date', got {line!r}") from exc
    return received


def sha256_file(path: Path) -> str:
    """Streamed: a file of any size is hashed without holding it in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
