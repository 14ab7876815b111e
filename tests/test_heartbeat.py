"""Flow runs end without waiting out the heartbeat thread's sleep, and still send heartbeats."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import httpx
import pytest

from flows import heartbeat
from tests.conftest import PrefectServer


def test_heartbeat_sync_runs_stop_the_thread_without_joining_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect import flow_engine

    asked: list[bool] = []

    @contextmanager
    def send_heartbeats(engine, join_on_exit: bool = True):
        asked.append(join_on_exit)
        yield

    monkeypatch.setattr(flow_engine, "_send_heartbeats", send_heartbeats)
    assert heartbeat.install() is True
    wrapped = flow_engine._send_heartbeats
    assert wrapped is not send_heartbeats and wrapped.__wrapped__ is send_heartbeats
    with wrapped(object()):            # how the synchronous engine calls it
        pass
    with wrapped(object(), join_on_exit=True):
        pass
    assert asked == [False, False]
    assert heartbeat.install() is True and flow_engine._send_heartbeats is wrapped  # once


def test_heartbeat_other_prefect_versions_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect import flow_engine

    @contextmanager
    def send_heartbeats(engine):
        yield

    monkeypatch.setattr(flow_engine, "_send_heartbeats", send_heartbeats)
    assert heartbeat.install() is False
    assert flow_engine._send_heartbeats is send_heartbeats
    monkeypatch.delattr(flow_engine, "_send_heartbeats")
    assert heartbeat.install() is False


def test_heartbeat_a_real_run_sends_one_and_its_thread_ends(prefect_server: PrefectServer) -> None:
    from prefect import flow

    import flows.ingest  # noqa: F401  installs the wrapper, as every wirecopy process does
    from prefect import flow_engine

    assert flow_engine._send_heartbeats.__wrapped_by_wirecopy__

    @flow(name="heartbeat-probe")
    def probe() -> str:
        from prefect.runtime import flow_run

        time.sleep(0.5)  # the thread sends its first heartbeat as it starts, unless the run is over by then
        return flow_run.id

    before = set(threading.enumerate())
    with prefect_server.api():
        run_id = probe()
    deadline = time.monotonic() + 5
    while (left := [t for t in set(threading.enumerate()) - before if t.daemon and "run" in t.name]) and \
            time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == []  # the heartbeat thread, told to stop, ended by itself

    query = {"filter": {"event": {"name": ["prefect.flow-run.heartbeat"]},
                        "resource": {"id": [f"prefect.flow-run.{run_id}"]}}}
    deadline = time.monotonic() + 60  # the server stores events in batches
    while (found := httpx.post(f"{prefect_server.api_url}/events/filter", json=query, timeout=30).json())["total"] == 0 \
            and time.monotonic() < deadline:
        time.sleep(0.5)
    assert found["total"] == 1
