"""Reading one input's bytes defensively, and keeping a copy of what is rejected.

A landing folder is not a trusted place: files vanish between discovery and
reading, an entry may be a FIFO (opening it for reading would block the run
forever) or a dangling symlink, a file may be far too large to hold in
memory. Each case ends as a `Refused` with a stable reason, never as an
exception that stops the run.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from wirecopy.flows.inputs.discover import InputFile, placement, printable_path
from wirecopy.flows.warehouse.locations import is_storage_error


@dataclass(frozen=True, slots=True)
class Refused:
    reason: str   # too_large, unreadable, not_a_file
    detail: str


def read_input(f: InputFile, max_bytes: int, follow_symlinks: bool = False) -> bytes | Refused:
    """The file's bytes, at most `max_bytes` of them read, or why they cannot be had."""
    if f.kind == "dangling_link":
        return Refused("unreadable", f"symlink to {_link(f)} whose target is missing")
    if f.kind == "file" and f.fs is None and f.root is not None:  # a link may have moved since discovery
        f = dataclasses.replace(f, kind=placement(Path(f.path), f.root, follow_symlinks) or "file")
    if f.kind == "outside_source":
        return Refused("outside_source", f"symlink to {_link(f)}, outside SOURCE: not followed "
                                         "(--follow-symlinks takes it)")
    if f.kind == "special":
        return Refused("not_a_file", f"symlink to {_link(f)}, a kernel or device file: never opened")
    if f.kind != "file":
        return Refused("not_a_file", f"a {f.kind}, not a regular file: never opened")
    if f.size > max_bytes:
        return Refused("too_large", f"{f.size} bytes, over the limit of {max_bytes}")
    if f.fs is not None:
        return _read_object(f, max_bytes)
    try:
        # Non-blocking, so that a file replaced by a FIFO since discovery cannot hang the run.
        fd = os.open(f.path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return Refused("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    with os.fdopen(fd, "rb") as fh:
        try:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return Refused("not_a_file", "no longer a regular file when read")
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            return Refused("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Refused("too_large", f"grew past the limit of {max_bytes} bytes while being read")
    return data


def _link(f: InputFile) -> str:
    try:
        return printable_path(os.readlink(f.path))
    except OSError:
        return "?"


def _read_object(f: InputFile, max_bytes: int) -> bytes | Refused:
    """An object store's bytes, at most max_bytes + 1 of them: an object can be replaced by a bigger one."""
    try:
        with f.fs.open(str(f.path), "rb") as fh:
            data = fh.read(max_bytes + 1)
    except Exception as exc:
        if not is_storage_error(exc):
            raise
        return Refused("unreadable", f"{type(exc).__name__}: {exc}")
    if len(data) > max_bytes:
        return Refused("too_large", f"grew past the limit of {max_bytes} bytes while being read")
    return data


def quarantine(folder: Path, f: InputFile, sha256: str, data: bytes | None) -> str:
    """Keep a copy of a rejected input under `folder`; returns its path.

    Only what lies inside SOURCE is copied (OSError otherwise): a quarantine
    folder must not become a copy of /proc/self/environ, or of a file a
    followed link points at. Named `<first 16 hex of its SHA-256>-<name>`, so the same bytes are kept
    once; written aside and renamed, so a half-copied file never shows. Bytes
    not read into memory (too large) are streamed from the source.
    """
    if f.fs is None and f.root is not None and placement(Path(f.path), f.root, False) is not None:
        raise OSError(f"{printable_path(f.path)} is not inside SOURCE: no copy kept")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{sha256[:16]}-{f.path.name}"
    if not target.exists():
        part = folder / f".{target.name}.part"
        if data is not None:
            part.write_bytes(data)
        elif f.fs is not None:
            with f.fs.open(str(f.path), "rb") as src, open(part, "wb") as dst:
                shutil.copyfileobj(src, dst)
        else:
            with _regular_inside(f) as src, open(part, "wb") as dst:
                shutil.copyfileobj(src, dst)
        os.replace(part, target)
    return printable_path(target.resolve())


def _regular_inside(f: InputFile):
    """The local input opened for a copy: only a regular file, else OSError (a FIFO would block the copy)."""
    fd = os.open(f.path, os.O_RDONLY | os.O_NONBLOCK)
    fh = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        fh.close()
        raise OSError(f"{printable_path(f.path)} is not a regular file")
    return fh
