"""Scale-out: a local process pool, and a real Dask cluster (scheduler and two workers as processes on 127.0.0.1).

Both must write exactly what one process writes.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import delta_con, run_cli

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent
# Columns that differ between any two runs by design.
PER_RUN = {"run_id", "ingested_at", "ingest_date", "rejected_at"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port}")


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory):
    port = _free_port()
    logs = tmp_path_factory.mktemp("dask-logs")
    procs = [subprocess.Popen(
        [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=open(logs / "scheduler.log", "w"), stderr=subprocess.STDOUT, start_new_session=True)]
    try:
        _wait_for_port(port)
        address = f"tcp://127.0.0.1:{port}"
        for n in range(2):
            procs.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", address, "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"],
                stdout=open(logs / f"worker{n}.log", "w"), stderr=subprocess.STDOUT, start_new_session=True))
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address, logs
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def _table(out: Path, table: str) -> list[tuple]:
    con = delta_con(out)
    rel = con.execute(f"select * from {table}")
    names = [d[0] for d in rel.description]
    keep = [i for i, n in enumerate(names) if n not in PER_RUN]
    return sorted(tuple(row[i] for i in keep) for row in rel.fetchall())


@pytest.fixture(scope="module")
def one_process_run(text_seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one-process") / "out"
    done = run_cli("run", str(text_seeds), "--out", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def test_scale_process_pool_run_equals_one_process_run(one_process_run: Path, text_seeds: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # One file per worker is enough here (the default asks 100 before starting a second process).
    monkeypatch.setenv("WIRECOPY_MIN_FILES_PER_WORKER", "1")
    monkeypatch.setenv("WIRECOPY_CHUNK_FILES", "1")
    checkpoints = tmp_path / "checkpoints.log"
    monkeypatch.setenv("WIRECOPY_CHECKPOINT_LOG", str(checkpoints))
    done = run_cli("run", str(text_seeds), "--out", str(tmp_path / "pool"), "--workers", "2")
    assert done.returncode == 0, done.stderr[-3000:]
    for table in ("articles", "bylines", "entities", "article_entities", "story_versions"):
        assert _table(tmp_path / "pool", table) == _table(one_process_run, table), table
    # The four chunks were staged by two worker processes, not by the flow's process ...
    passed = [line.split() for line in checkpoints.read_text().splitlines()]
    flow_pid = {pid for name, pid in passed if name == "run-locked"}
    stagers = [pid for name, pid in passed if name == "chunk-staged"]
    assert len(flow_pid) == 1 and len(stagers) == 4
    assert len(set(stagers)) == 2 and not flow_pid & set(stagers)
    # ... and each chunk's log line is printed once, by the flow's process, under its task.
    lines = re.findall(r"Task run 'process-chunk-\w+' - chunk (\d+): 1 files, 1 articles, 0 rejects", done.stderr)
    assert sorted(lines) == ["00000", "00001", "00002", "00003"]


def test_scale_dask_cluster_run_equals_local_run(dask_cluster, one_process_run: Path, text_seeds: Path,
                                                 tmp_path: Path) -> None:
    address, logs = dask_cluster
    local, remote = one_process_run, tmp_path / "remote"
    done = run_cli("run", str(text_seeds), "--out", str(remote), "--dask-address", address)
    assert done.returncode == 0, done.stderr[-3000:]
    for table in ("articles", "bylines", "entities"):
        assert _table(remote, table) == _table(local, table), table
    assert len(_table(remote, "articles")) == 4
    # The chunks ran on the cluster's workers, not in the flow's process.
    worker_logs = "".join((logs / f"worker{n}.log").read_text() for n in range(2))
    assert worker_logs.count("Task run 'process-chunk") >= 2
