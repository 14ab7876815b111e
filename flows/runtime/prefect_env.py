"""Prefect settings wirecopy applies before Prefect is imported.

The machines wirecopy runs on are often offline: Prefect's telemetry would
fill the logs with network errors, so it is off unless the user says
otherwise (setdefault: an explicit environment variable wins).
"""

from __future__ import annotations

import os

OFFLINE_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The ephemeral API is a subprocess server; give it time on a cold start.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def apply_offline_defaults() -> None:
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)


def send_queued(timeout: float = 10) -> None:
    """Send the log lines and events Prefect still queues in this process to its API, and wait for them.

    A no-op where Prefect was never imported (`wirecopy query`, `--help`).
    """
    import sys

    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=timeout)
    EventsWorker.drain_all(timeout=timeout)
