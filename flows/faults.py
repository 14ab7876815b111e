"""Named points in a run where a crash test can find it, and hold it still.

The crash test (scripts/crash_test.py) kills `wirecopy run` with SIGKILL at
random instants; to be sure some kills land inside a Parquet write or inside
the commit, those places call `checkpoint(name)`. Unless the environment
asks for it, a checkpoint does nothing but read two variables:

    WIRECOPY_CHECKPOINT_LOG   a file each checkpoint appends "<name> <pid>" to
    WIRECOPY_PAUSE_AT         comma-separated names to stop at ...
    WIRECOPY_PAUSE_SECONDS    ... for this long (default 30), to be killed there

Points: run-locked, plan-done, chunk-staged, parquet-write (half a file
written), commit-start (pending record written, nothing committed),
commit-claimed (the first table committed), commit-between (half the
tables committed), commit-runs (every table but `runs` committed),
commit-done (`runs` committed, the pending record not yet removed).
"""

from __future__ import annotations

import os
import time

POINTS = frozenset({
    "run-locked", "plan-done", "chunk-staged", "parquet-write",
    "commit-start", "commit-claimed", "commit-between", "commit-runs", "commit-done",
})


def armed(name: str) -> bool:
    """True when the environment asks the run to stop at this point."""
    return name in os.environ.get("WIRECOPY_PAUSE_AT", "").split(",")


def checkpoint(name: str) -> None:
    if name not in POINTS:
        raise ValueError(f"unknown checkpoint {name!r}")
    log = os.environ.get("WIRECOPY_CHECKPOINT_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{name} {os.getpid()}\n")
    if armed(name):
        time.sleep(float(os.environ.get("WIRECOPY_PAUSE_SECONDS", "30")))
