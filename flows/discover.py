"""Finding input files under SOURCE and what the landing system says of them.

SOURCE is a folder (searched recursively), a glob, or one file. Names that
start with "." or "_" are not inputs (the Hadoop/Spark convention: `_SUCCESS`,
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


def discover(source: str) -> list[InputFile]:
    """Input files in a stable order (sorted by URI)."""
    root = Path(source)
    if root.is_dir():
        candidates = [p for p in root.rglob("*") if p.is_file()]
    elif root.is_file():
        candidates = [root]
    else:
        candidates = [Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file()]
    manifests: dict[Path, dict[str, dt.date]] = {}
    found = []
    for path in sorted(candidates, key=lambda p: str(p.resolve())):
        if any(part.startswith((".", "_")) for part in path.relative_to(root if root.is_dir() else path.parent).parts):
            continue
        stat = path.stat()
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder / MANIFEST)
        found.append(
            InputFile(
                uri=str(path.resolve()),
                path=path,
                size=stat.st_size,
                mtime=dt.datetime.fromtimestamp(stat.st_mtime, tz=dt.timezone.utc),
                received=manifests[folder].get(path.name),
            )
        )
    return found


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
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
