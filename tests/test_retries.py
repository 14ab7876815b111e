"""Retries: transient I/O is tried again with backoff; everything else fails at once;
a file that cannot be read is a reject, never a retry."""

from __future__ import annotations

import datetime as dt
import errno
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.conftest import PrefectServer
from wirecopy.flows.runtime.retries import RETRIES, io_retries, is_transient


def _raised_from(exc: BaseException, cause: BaseException) -> BaseException:
    try:
        raise exc from cause
    except BaseException as caught:  # noqa: BLE001 - building a chained exception for the table
        return caught


def _suppressed(exc: BaseException, context: BaseException) -> BaseException:
    try:
        try:
            raise context
        except BaseException:
            raise exc from None
    except BaseException as caught:  # noqa: BLE001
        return caught


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (OSError(errno.EIO, "Input/output error"), True),
        (OSError(errno.ESTALE, "Stale file handle"), True),
        (OSError(errno.EAGAIN, "Resource temporarily unavailable"), True),
        (TimeoutError("read timed out"), True),
        (ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), True),
        (httpx.ConnectError("connection refused"), True),
        (httpx.ReadTimeout("timed out"), True),
        (_raised_from(RuntimeError("listing failed"), TimeoutError("s3 timed out")), True),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), False),
        (PermissionError(errno.EACCES, "Permission denied"), False),
        (OSError(errno.ENOSPC, "No space left on device"), False),
        (ValueError("bad manifest line"), False),
        (httpx.HTTPStatusError("422", request=httpx.Request("GET", "http://x"),
                               response=httpx.Response(422)), False),
        (_suppressed(ValueError("bad value"), TimeoutError("earlier")), False),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_retries_transient_or_terminal(exc: BaseException, transient: bool) -> None:
    assert is_transient(exc) is transient


def test_retries_io_tasks_back_off_exponentially() -> None:
    from wirecopy.flows.ingest import commit_run, plan_inputs, process_chunk

    for io_task in (plan_inputs, process_chunk, commit_run):
        assert io_task.retries == RETRIES == 3
        assert io_task.retry_delay_seconds == [2.0, 4.0, 8.0]
        assert io_task.retry_jitter_factor == 0.5
        assert io_task.retry_condition_fn is io_retries()["retry_condition_fn"]


def test_retries_no_task_is_answered_from_a_cache() -> None:
    from prefect.cache_policies import NO_CACHE

    from wirecopy.flows.ingest import commit_run, plan_inputs, process_chunk, publish_report, reconcile

    for flow_task in (plan_inputs, process_chunk, reconcile, commit_run, publish_report):
        assert flow_task.cache_policy is NO_CACHE, flow_task.name


@pytest.mark.slow
def test_retries_real_task_retries_transient_and_not_terminal(prefect_server: PrefectServer) -> None:
    from prefect import flow, task

    calls: Counter[str] = Counter()
    failures = {"transient": OSError(errno.EIO, "Input/output error"), "terminal": ValueError("malformed")}

    @task(**{**io_retries(), "retry_delay_seconds": 0, "retry_jitter_factor": None})
    def read(kind: str) -> str:
        calls[kind] += 1
        if calls[kind] == 1:
            raise failures[kind]
        return kind

    @flow
    def both():
        return read("transient", return_state=True), read("terminal", return_state=True)

    with prefect_server.api():
        transient, terminal = both()
    assert transient.is_completed() and transient.result() == "transient"
    assert terminal.is_failed()
    assert calls == {"transient": 2, "terminal": 1}


@pytest.mark.slow
def test_retries_unreadable_file_is_a_reject_not_a_retry(prefect_server: PrefectServer, tmp_path: Path) -> None:
    from prefect import flow

    from wirecopy.flows.ingest import Run, process_chunk
    from wirecopy.flows.inputs.discover import InputFile
    from wirecopy.flows.inputs.plan import Planned
    from wirecopy.flows.settings import Settings
    from wirecopy.flows.warehouse.layout import Warehouse

    gone = tmp_path / "in" / "vanished.txt"  # listed by the plan, deleted before it was read
    planned = Planned(InputFile(str(gone), gone, 120, dt.datetime(2024, 7, 5, tzinfo=dt.timezone.utc), None),
                      "0" * 64)

    @flow
    def one_chunk():
        run = Run("run-1", str(tmp_path / "in"), str(tmp_path / "out"), Warehouse.at(tmp_path / "out"),
                  dt.datetime(2024, 7, 5, tzinfo=dt.timezone.utc), None, False, Settings())
        return process_chunk([planned], run, "00000", return_state=True)

    with prefect_server.api():
        state = one_chunk()
    result = state.result()
    assert result.rejects_by_reason == {"unreadable": 1}
    assert result.rejected[0][:2] == (str(gone), "unreadable")
    assert result.rejected[0][2].startswith("FileNotFoundError")
    with prefect_server.client() as client:
        assert client.read_task_run(state.state_details.task_run_id).run_count == 1
