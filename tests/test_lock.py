"""The lock orders writers (a clear refusal, released with its holder); correctness does not rest on it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS, STORY_SAMPLES, WIRECOPY, PrefectServer, copy_seeds, delta_con, ingest_now, run_cli
from wirecopy.flows.warehouse import lock
from wirecopy.flows.warehouse.layout import Warehouse


def test_lock_second_holder_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    with lock.hold(Warehouse.at(tmp_path), "wirecopy run r1"):
        with pytest.raises(lock.WarehouseBusy, match=rf"wirecopy run r1 \(pid {os.getpid()} on .*, since "):
            with lock.hold(Warehouse.at(tmp_path), "wirecopy run r2"):
                pass
        assert "wirecopy run r1" in lock.holder(Warehouse.at(tmp_path))
    assert lock.holder(Warehouse.at(tmp_path)) is None
    with lock.hold(Warehouse.at(tmp_path), "wirecopy run r3"):
        pass


def test_lock_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from wirecopy.flows.warehouse import lock\n"
         "from wirecopy.flows.warehouse.layout import Warehouse\n"
         "with lock.hold(Warehouse.at(Path(sys.argv[1])), 'doomed run'):\n"
         "    print('held', flush=True); time.sleep(600)",
         str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    assert "doomed run" in lock.holder(Warehouse.at(tmp_path))
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock.holder(Warehouse.at(tmp_path)) is None


def test_lock_cli_refuses_while_another_writer_holds_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with lock.hold(Warehouse.at(out), "wirecopy compact c1"):
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
    with lock.hold(Warehouse.at(out), "wirecopy run other"):
        with pytest.raises(lock.WarehouseBusy, match="wirecopy run other"):
            ingest_now(SEEDS, out)
    assert not (out / "articles").exists()


@pytest.mark.slow
def test_lock_two_concurrent_runs_one_refuses_one_waits_tables_consistent(tmp_path: Path,
                                                                          prefect_server: PrefectServer) -> None:
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
    con = delta_con(out)
    runs = con.execute(
        "select files_ingested, articles from runs order by started_at").fetchall()
    assert runs == [(4, 4), (0, 0)]  # the waiting run found everything already ingested
    assert con.execute(
        "select count(*), count(distinct article_id) from articles"
    ).fetchone() == (4, 4)


def _rows(out: Path, table: str, drop: set[str]) -> list[tuple]:
    data = delta_con(out).execute(f"select * from {table}").to_arrow_table()
    keep = [c for c in data.column_names if c not in drop]
    return sorted((tuple(r.values()) for r in data.select(keep).to_pylist()), key=repr)


@pytest.mark.slow
def test_lock_removed_two_concurrent_runs_both_land_once_as_if_one_after_the_other(
        tmp_path: Path, prefect_server: PrefectServer) -> None:
    """A scheduled run and a backfill on one OUT, the lock file deleted under them: both land, nothing doubled."""
    scheduled = copy_seeds(tmp_path / "in")
    backfill = tmp_path / "archive"
    shutil.copytree(STORY_SAMPLES, backfill)
    out = tmp_path / "out"
    log = tmp_path / "checkpoints.log"
    env = dict(os.environ, PREFECT_API_URL=prefect_server.api_url, WIRECOPY_CHECKPOINT_LOG=str(log))
    first = subprocess.Popen([str(WIRECOPY), "run", str(scheduled), "--out", str(out)],
                             env=dict(env, WIRECOPY_PAUSE_AT="commit-start", WIRECOPY_PAUSE_SECONDS="30"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while not (log.exists() and "commit-start" in log.read_text()):  # planned, processed, about to claim run 1
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    (out / lock.LOCK_FILE).unlink()  # what an attacker, or a careless clean-up, does
    second = subprocess.run([str(WIRECOPY), "run", str(backfill), "--out", str(out)], env=env,
                            capture_output=True, text=True, timeout=600)
    out_first, err_first = first.communicate(timeout=600)
    assert first.returncode == 0, err_first[-3000:]
    assert second.returncode == 0, second.stderr[-3000:]
    assert "planning again" in " ".join(err_first.split())  # the backfill claimed run 1 first

    serial = tmp_path / "serial"  # the same two runs, one after the other
    for landing in (backfill, scheduled):
        assert run_cli("run", str(landing), "--out", str(serial), timeout=600).returncode == 0
    volatile = {"run_id", "ingested_at", "rejected_at", "logged_at", "ingest_date"}
    for table in ("articles", "bylines", "entities", "rejects", "ingest_log", "story_versions", "article_entities"):
        assert _rows(out, table, volatile) == _rows(serial, table, volatile), table
    con = delta_con(out)
    assert con.execute("select count(*) - count(distinct article_id) from articles").fetchone() == (0,)
    assert con.execute("select count(*) from rejects where reason = 'duplicate'").fetchone() == (0,)
    assert con.execute("select count(*), count(distinct source_uri) from ingest_log").fetchone() == (11, 11)
    assert con.execute("select snapshot_version, files_ingested from runs order by 1").fetchall() in (
        [(1, 4), (2, 7)], [(1, 7), (2, 4)])
