"""Worker log records printed by the flow's process (flows/worker_logs.py)."""

from __future__ import annotations

import datetime as dt
import logging

from hypothesis import given
from hypothesis import strategies as st

from flows import worker_logs

PAYLOAD = {"name": "prefect.task_runs", "level": 40, "message": "parser failed on /in/a.txt",
           "timestamp": "2026-11-28T04:30:10.193000Z", "flow_run_id": "f1", "task_run_id": "t1"}


def test_worker_logs_payload_becomes_a_record_with_its_level_time_and_ids() -> None:
    record = worker_logs.to_record(PAYLOAD)
    assert (record.name, record.levelno, record.levelname) == ("prefect.task_runs", 40, "ERROR")
    assert record.getMessage() == "parser failed on /in/a.txt"
    assert record.created == dt.datetime(2026, 11, 28, 4, 30, 10, 193000, tzinfo=dt.timezone.utc).timestamp()
    assert (record.task_run_id, record.task_run_name) == ("t1", "process-chunk")


def test_worker_logs_processor_prints_log_messages_and_passes_every_message_on(monkeypatch) -> None:
    seen: list[logging.LogRecord] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    quiet, loud = Capture(level=logging.CRITICAL), Capture(level=logging.INFO)
    monkeypatch.setattr(worker_logs, "terminal_log_handlers", lambda: ([quiet, loud], [Capture(level=logging.DEBUG)]))
    process = worker_logs.echo_to_terminal()
    assert process("log", PAYLOAD) == ("log", PAYLOAD)
    assert process("event", {"x": 1}) == ("event", {"x": 1})
    assert [r.getMessage() for r in seen] == ["parser failed on /in/a.txt"]  # once: the CRITICAL handler skips it, plain handlers are not Prefect's


@given(st.dictionaries(st.sampled_from(["name", "level", "message", "timestamp", "task_run_id"]),
                       st.one_of(st.none(), st.text(max_size=20), st.integers(0, 60))))
def test_worker_logs_any_payload_makes_a_record(payload: dict) -> None:
    record = worker_logs.to_record(payload)
    assert isinstance(record.getMessage(), str)
    assert isinstance(record.levelno, int)


def test_worker_logs_a_level_that_is_no_number_is_info() -> None:
    assert worker_logs.to_record({"level": "loud", "message": "m"}).levelno == logging.INFO
