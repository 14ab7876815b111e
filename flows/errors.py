"""What the person at the terminal sees when a command fails: one or two lines, an exit code.

A mistake a user can make (a path, a permission, an address, a setting, a
query) is a `UserError`: what failed, where, and what to do, in at most two
lines, and no traceback. Anything else that escapes a command is shown the
same short way with a pointer to `--verbose`, which prints the traceback.

Exit codes (the README lists them):
    0  done, or nothing to do (an empty SOURCE folder, nothing new)
    1  the run itself failed (a bug, a disk that filled up, ...)
    2  a usage error: arguments, paths, permissions, addresses, settings, SQL,
       a glob or file that matches nothing
    3  OUT is busy: another run or compaction is writing to it
"""

from __future__ import annotations

import errno
import socket
import sys
import traceback
from pathlib import Path

OK = 0
FAILED = 1
USAGE = 2
BUSY = 3
EXIT_CODES = {OK: "done, or nothing to do", FAILED: "the run itself failed",
              USAGE: "a usage error: arguments, paths, permissions, addresses, settings, SQL",
              BUSY: "OUT is busy: another run or compaction is writing to it"}

VERBOSE_HINT = "run again with --verbose for the traceback"


class UserError(Exception):
    """A failure the user can fix; `hint` says how."""

    def __init__(self, message: str, hint: str | None = None, code: int = USAGE) -> None:
        super().__init__(message)
        self.message, self.hint, self.code = message, hint, code

    def lines(self) -> list[str]:
        return [f"error: {self.message}"] + ([f"  {self.hint}"] if self.hint else [])


def explain(exc: BaseException) -> UserError:
    """The short form of an exception that escaped a command."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return UserError(f"{exc.strerror}{where}", VERBOSE_HINT, FAILED)
    text = " ".join(str(exc).split()) or type(exc).__name__
    if len(text) > 300:
        text = text[:297] + "..."
    return UserError(f"{type(exc).__name__}: {text}", VERBOSE_HINT, FAILED)


def report(exc: BaseException, *, verbose: bool) -> int:
    """Print `exc` for a person (with its traceback when verbose); return the exit code."""
    if verbose:
        traceback.print_exception(exc, file=sys.stderr)
    found = explain(exc)
    for line in found.lines():
        if verbose and line.strip() == VERBOSE_HINT:
            continue
        print(line, file=sys.stderr)
    return found.code


def writable_out(out: Path) -> None:
    """OUT can be created and written to, checked before any work starts.

    The flow would find out only after starting Prefect, and say so in a
    traceback. A probe file is written and removed: permission bits alone do
    not tell (root, read-only mounts, ACLs).
    """
    if out.exists() and not out.is_dir():
        raise UserError(f"OUT {out} is a file, not a folder",
                        "give --out a folder (it is created if missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".wirecopy-write-probe-{id(out)}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else out
        if exc.errno == errno.ENOTDIR or (where != out and where.is_file()):
            raise UserError(f"OUT {out} cannot be a folder: {_first_file(out)} is a file",
                            "give --out a folder under a folder") from None
        raise UserError(f"cannot write to OUT {out}: {exc.strerror or exc}",
                        "give --out a folder you can write to") from None


def _first_file(path: Path) -> Path:
    for parent in reversed([path, *path.parents]):
        if parent.exists() and not parent.is_dir():
            return parent
    return path


def reachable(address: str, timeout: float = 5.0) -> None:
    """A Dask scheduler answers at `address` (tcp://HOST:PORT or HOST:PORT); other schemes are left to Dask.

    Dask itself retries for 30 s and then raises through Prefect; a refused
    or silent port is a clear error in at most `timeout` seconds.
    """
    scheme, _, rest = address.rpartition("://")
    if scheme not in ("", "tcp"):
        return
    host, sep, port = rest.rpartition(":")
    if not sep or not port.isdigit():
        raise UserError(f"--dask-address {address!r} is not tcp://HOST:PORT", "for example tcp://127.0.0.1:8786")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=timeout):
            return
    except OSError as exc:
        reason = "timed out" if isinstance(exc, TimeoutError) else (exc.strerror or str(exc))
        raise UserError(f"no Dask scheduler at {address}: {reason}",
                        "start one (`dask scheduler`), or leave out --dask-address to run on this machine") from None
