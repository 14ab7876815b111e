"""Prefect settings wirecopy applies before Prefect is imported.

The machines wirecopy runs on are often offline: Prefect's telemetry would
fill the logs with network errors, so it is off unless the user says
otherwise (setdefault: an explicit environment variable wins).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

OFFLINE_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The ephemeral API is a subprocess server; give it time on a cold start.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def apply_offline_defaults() -> None:
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)


@contextmanager
def shared_api() -> Iterator[None]:
    """Make worker processes report to this process's Prefect API.

    With no PREFECT_API_URL, Prefect starts a temporary API server in the
    first process that needs one, and a spawned worker process, which
    inherits no such server, starts its own: seconds and ~300 MiB per
    worker, three servers on one database. Started here first and named in
    the settings that Prefect hands to each task, the one temporary server
    serves the flow and all its workers.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED, temporary_settings

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance Prefect's client would start (stopped at exit)
    server.start()
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield
