"""A flow run's end no longer waits for Prefect's heartbeat thread to wake up.

Prefect 3.9 sends a flow run's heartbeats (every 180 s by default; they let
the server find runs whose process died) from a thread that sleeps in 1-s
steps. When a synchronous flow returns, the engine tells the thread to
stop and joins it, so every run ended with 0-1 s of waiting for that sleep
to finish: ~0.5 s on average, after the tables were committed, measured as
nearly all of the time between the flow's return and the command's (a
sampled stack: `_send_heartbeats` -> `thread.join`).

Prefect's asynchronous engine does not join that thread
(`_send_heartbeats(engine, join_on_exit=False)`): told to stop, it ends by
itself within the second without sending anything more, and it is a daemon
thread, so no process waits for it. `install` makes synchronous flow runs
stop it the same way. Heartbeats are sent as before.

It wraps a private function of Prefect's, so it only wraps one that has
the `join_on_exit` parameter (3.9's); any other version is left as it is,
and then the runs are only slower at the end.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def install() -> bool:
    """Wrap prefect.flow_engine._send_heartbeats to stop without a join; True when wrapped (now or before)."""
    from prefect import flow_engine

    original = getattr(flow_engine, "_send_heartbeats", None)
    if original is None:
        return False
    if getattr(original, "__wrapped_by_wirecopy__", False):
        return True
    try:
        if "join_on_exit" not in inspect.signature(original).parameters:
            return False
    except (TypeError, ValueError):
        return False

    @contextmanager
    def send_heartbeats(engine: Any, join_on_exit: bool = True) -> Iterator[None]:
        with original(engine, join_on_exit=False):
            yield

    send_heartbeats.__wrapped__ = original  # type: ignore[attr-defined]
    send_heartbeats.__wrapped_by_wirecopy__ = True  # type: ignore[attr-defined]
    flow_engine._send_heartbeats = send_heartbeats
    return True
