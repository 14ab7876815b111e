"""One writer per OUT: a clear refusal, a lock that dies with its holder, concurrent runs that stay consistent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows import lock
from tests.conftest import SEEDS, WIRECOPY, PrefectServer, copy_seeds, ingest_now, run_cli


def test_lock_second_holder_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    with lock.hold(tmp_path, "wirecopy run r1"):
        with pytest.raises(lock.WarehouseBusy, match=rf"wirecopy run r1 \(pid {os.getpid()} on .*, since "):
            with lock.hold(tmp_path, "wirecopy run r2"):
                pass
        assert "wirecopy run r1" in lock.holder(tmp_path)
    assert lock.holder(tmp_path) is None
    with lock.hold(tmp_path, "wirecopy run r3"):
        pass


def test_lock_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from flows import lock\n"
         "with lock.hold(Path(sys.argv[1]), 'doomed run'):\n    print('held', flush=True); time.sleep(600)",
         str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    assert "doomed run" in lock.holder(tmp_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock.holder(tmp_path) is None


def test_lock_cli_refuses_while_another_writer_holds_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with lock.hold(out, "wirecopy compact c1"):
        for args in (("run", str(SEEDS), "--out", str(out)), ("compact", "--out", str(out))):
            result = run_cli(*args, timeout=120)
            assert result.returncode == 3, result.stderr
            message = " ".join(result.stderr.split())
            assert "refused" in message and "is being written by wirecopy compact c1" in message
    assert not (out / "articles").exists()


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_lock_flow_refuses_while_another_writer_holds_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with lock.hold(out, "wirecopy run other"):
        with pytest.raises(lock.WarehouseBusy, match="wirecopy run other"):
            ingest_now(SEEDS, out)
    assert not (out / "_snapshots").exists()


@pytest.mark.slow
def test_lock_two_concurrent_runs_one_refuses_one_waits_tables_consistent(tmp_path: Path, prefect_server: PrefectServer) -> None:
    landing = copy_seeds(tmp_path / "in")
    out = tmp_path / "out"
    log = tmp_path / "checkpoints.log"
    env = dict(os.environ, PREFECT_API_URL=prefect_server.api_url, WIRECOPY_CHECKPOINT_LOG=str(log))
    first = subprocess.Popen(
        [str(WIRECOPY), "run", str(landing), "--out", str(out)],
        env=dict(env, WIRECOPY_PAUSE_AT="plan-done", WIRECOPY_PAUSE_SECONDS="5"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while not (log.exists() and "plan-done" in log.read_text()):
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    refused = subprocess.run([str(WIRECOPY), "run", str(landing), "--out", str(out)], env=env,
                             capture_output=True, text=True, timeout=300)
    waiting = subprocess.Popen([str(WIRECOPY), "run", str(landing), "--out", str(out)],
                               env=dict(env, WIRECOPY_LOCK_WAIT_SECONDS="300"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out_first, err_first = first.communicate(timeout=300)
    out_waiting, err_waiting = waiting.communicate(timeout=300)
    assert refused.returncode == 3 and "is being written by wirecopy run" in " ".join(refused.stderr.split())
    assert first.returncode == 0, err_first[-3000:]
    assert waiting.returncode == 0, err_waiting[-3000:]
    con = duckdb.connect()
    runs = con.execute(
        f"select files_ingested, articles from read_parquet('{out}/runs/**/*.parquet') order by started_at").fetchall()
    assert runs == [(4, 4), (0, 0)]  # the waiting run found everything already ingested
    assert con.execute(
        f"select count(*), count(distinct article_id) from read_parquet('{out}/articles/**/*.parquet')"
    ).fetchone() == (4, 4)
