"""Log lines of worker processes, printed on the terminal by the process that owns it.

With `--workers N` the chunks run in a process pool, and each worker's
Prefect console handler would write to the shared terminal on its own,
straight through the progress bar of `wirecopy run`. Prefect already sends
every worker log record to the parent (the pool's message queue, on its way
to the API), so the worker keeps quiet on the terminal and the parent
prints each record with its own console handlers, which write through the
bar's console while the bar is up. One place prints, so lines never
interleave mid-line and the bar stays whole.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from flows.progress import terminal_log_handlers

SILENT = logging.CRITICAL + 1
LOG_MESSAGE = "log"  # prefect.task_runners' message type for a forwarded log record


def silence_terminal() -> bool:
    """In a worker: stop its terminal handlers, if its records reach the parent; says whether it did.

    Records reach the parent only through Prefect's API log sink; with
    logging to the API turned off the worker keeps printing for itself.
    """
    from prefect.settings import PREFECT_LOGGING_TO_API_ENABLED

    if not PREFECT_LOGGING_TO_API_ENABLED.value():
        return False
    for handler in terminal_log_handlers()[0]:
        handler.setLevel(SILENT)
    return True


def echo_to_terminal() -> Callable[[str, Any], tuple[str, Any]]:
    """A subprocess-message processor for ProcessPoolTaskRunner: print log records, pass every message on."""

    def process(kind: str, payload: Any) -> tuple[str, Any]:
        if kind == LOG_MESSAGE and isinstance(payload, dict):
            echo(payload)
        return kind, payload

    return process


def echo(payload: dict[str, Any]) -> None:
    """One forwarded record (an API log payload) through this process's terminal handlers."""
    record = to_record(payload)
    for handler in terminal_log_handlers()[0]:  # Prefect's console handlers: what the worker would have used
        if record.levelno >= handler.level:
            handler.handle(record)


def to_record(payload: dict[str, Any]) -> logging.LogRecord:
    try:
        level = int(payload.get("level") or logging.INFO)
    except (TypeError, ValueError):
        level = logging.INFO
    try:
        created = dt.datetime.fromisoformat(str(payload["timestamp"]).replace("Z", "+00:00")).timestamp()
    except (KeyError, ValueError):
        created = None
    fields = {
        "name": str(payload.get("name") or "prefect.task_runs"),
        "levelno": level,
        "levelname": logging.getLevelName(level),
        "msg": str(payload.get("message", "")),
        "args": None,
        "flow_run_id": payload.get("flow_run_id"),
        "task_run_id": payload.get("task_run_id"),
        # The payload carries ids, not names; every task the pool runs is a chunk.
        "task_run_name": "process-chunk",
        "flow_run_name": "worker",
    }
    record = logging.makeLogRecord(fields)
    if created is not None:
        record.created, record.msecs = created, (created - int(created)) * 1000
    return record
