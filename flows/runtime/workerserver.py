"""The fork server that worker processes come from, launched early and loaded once.

A spawned worker is a fresh interpreter that imports spaCy and loads the
model and the gazetteer before its first chunk: seconds, paid again by
every worker. A multiprocessing fork server pays it once (it imports
`wirecopy.flows.preload`), and each worker is a fork of it that starts with all of
that in memory, shared copy-on-write. `prestart` launches it before the
run has even imported Prefect, so its loading overlaps the run's own start
and planning instead of following them. wirecopy.flows.runtime.pool makes the pool's
workers come from it.

The fork server is a fresh interpreter, not a fork of the flow's process:
no threads, event loops or API clients of the flow's are copied into workers.
This module imports nothing heavy, so the CLI can call it first.
"""

from __future__ import annotations

import multiprocessing
import os

PRELOAD_MODULE = "wirecopy.flows.preload"
PRELOAD_MODEL = "WIRECOPY_PRELOAD_MODEL"  # how the server learns the model: its environment at launch


def available() -> bool:
    """A fork server needs fork(): not on Windows, where workers are spawned."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("forkserver" if available() else "spawn")


def running() -> bool:
    if not available():
        return False
    from multiprocessing import forkserver

    return getattr(forkserver._forkserver, "_forkserver_pid", None) is not None


def prestart(model: str) -> None:
    """Launch the fork server now, loading `model`; it keeps loading while this process goes on.

    Idempotent: a server already running (this process's earlier runs) is
    kept, with whatever model it loaded; a worker asked for another model
    loads that one itself.
    """
    if not available() or running():
        return
    from multiprocessing import forkserver

    context().set_forkserver_preload([PRELOAD_MODULE])
    before = os.environ.get(PRELOAD_MODEL)
    os.environ[PRELOAD_MODEL] = model
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            os.environ.pop(PRELOAD_MODEL, None)
        else:
            os.environ[PRELOAD_MODEL] = before
