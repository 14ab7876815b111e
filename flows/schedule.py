"""Scheduled runs served from one process: `wirecopy serve`.

The zero-setup twin of the `scheduled` deployment in prefect.yaml: same flow,
same cron, same rule that runs never overlap, but the serving process runs
the flows itself, so there is no work pool or worker to set up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from wirecopy.flows.settings import SettingsError

TIMEZONE = "UTC"  # as in prefect.yaml


class NoServer(RuntimeError):
    """No Prefect server configured: nothing would ever schedule a run."""


def serve(name: str, cron: str, parameters: dict[str, Any]) -> None:
    """Register the deployment `ingest-wire-copy/<name>` and run its flow runs until stopped."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL
    from prefect.types.entrypoint import EntrypointType

    from wirecopy.flows.ingest import ingest

    try:
        CronSchedule(cron=cron, timezone=TIMEZONE)
    except ValueError as exc:
        raise SettingsError(f"cron {cron!r} is not a cron expression (minute hour day month weekday): "
                            f"{exc.errors()[0]['msg'] if hasattr(exc, 'errors') else exc}") from None
    if not PREFECT_API_URL.value():
        raise NoServer(
            "wirecopy serve needs a Prefect server, whose scheduler makes the runs: start one with "
            "`prefect server start`, then `prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`")
    ingest.serve(  # returns once stopped (Ctrl-C, SIGTERM), the deployment paused
        name=name,
        schedule=Cron(cron, timezone=TIMEZONE),
        parameters={k: _absolute(v) if k in ("source", "out") else v for k, v in parameters.items()},
        # A run due while one is going is cancelled: the next one takes what landed meanwhile.
        global_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW),
        description=f"wirecopy: ingest {parameters.get('source')} into {parameters.get('out')} on {cron!r}",
        tags=["wirecopy"],
        # Runs import the installed package, so serving works from any directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    stopped(f"{ingest.name}/{name}")


def stopped(deployment_name: str) -> None:
    """After `serve` stops: its paused deployment's schedules are marked inactive too.

    Prefect pauses the deployment of a stopped `serve` (nothing would run its
    runs) but leaves each schedule active, so `prefect deployment schedule ls`
    and the UI's schedule toggle said Active for a schedule that makes no
    runs. The next `wirecopy serve` registers the schedule again, active.
    """
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(deployment_name)
        if not deployment.paused:
            return
        for schedule in deployment.schedules:
            if schedule.active:
                client.update_deployment_schedule(deployment.id, schedule.id, active=False)


def _absolute(path: str) -> str:
    """Paths as the UI should show them; URLs and globs stay as given."""
    return path if "://" in path else str(Path(os.path.abspath(path)))
