"""Runs on one machine take turns: an advisory lock on OUT/_lock (for an object-store OUT, on its local staging folder).

Every run plans against what OUT holds, so two runs planning at once would
both take the same new files, and one of them would redo its work. The lock
makes the second wait (or refuse, naming the first), so it plans after the
first has committed. Correctness does not rest on it: a deleted lock file,
a second machine or an object store let two runs proceed at once, and the
run commit (flows/warehouse/commits.py) lets exactly one of them claim each run
number; the other plans again. It is an flock(2) lock: the kernel drops it
when its holder dies, even by SIGKILL. Readers never lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from wirecopy.flows.warehouse.layout import LOCK_FILE

if TYPE_CHECKING:
    from wirecopy.flows.warehouse.layout import Warehouse

__all__ = ["LOCK_FILE", "WarehouseBusy", "hold", "holder"]


class WarehouseBusy(RuntimeError):
    """Another run or compaction is writing to OUT."""


@contextlib.contextmanager
def hold(warehouse: Warehouse, purpose: str, *, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold OUT's writer lock; raise WarehouseBusy naming the holder if it is taken."""
    out, path = warehouse.local, warehouse.lock_file
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise WarehouseBusy(_busy_message(out, path))
            time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({
            "purpose": purpose, "pid": os.getpid(), "host": socket.gethostname(),
            "since": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def holder(warehouse: Warehouse) -> str | None:
    """Who holds OUT's lock now, or None when it is free (a check, not a reservation)."""
    out, path = warehouse.local, warehouse.lock_file
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDWR)
    try:
        if _try_lock(fd):
            fcntl.flock(fd, fcntl.LOCK_UN)
            return None
        return _busy_message(out, path)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise


def _busy_message(out: Path, path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    who = (f"{info['purpose']} (pid {info['pid']} on {info['host']}, since {info['since']})"
           if {"purpose", "pid", "host", "since"} <= info.keys() else "another process")
    return (f"{out} is being written by {who}; only one run or compaction may write to it at a time. "
            f"Try again when it has finished (the lock is released when its holder exits, even if killed).")
