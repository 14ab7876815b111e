"""Scheduled and manual runs on a real Prefect server, as docs/deployments.md does them.

One server for the session (conftest), one work pool, `prefect --no-prompt
deploy --all` from the checkout, one process worker; `wirecopy serve` in a
process of its own. Every process is started and stopped here.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from uuid import UUID

import httpx
import pytest

from tests.conftest import PREFECT, ROOT, WIRECOPY, PrefectServer, copy_seeds, delta_con, started, tail
from wirecopy.flows.settings import DEFAULT_CRON

pytestmark = pytest.mark.slow

POOL = "wirecopy"
FLOW = "ingest-wire-copy"
UUID_LINE = re.compile(r"UUID: ([0-9a-f-]{36})")


def _landing(folder: Path) -> Path:
    """The seeds plus a binary and an empty file: four articles and two rejects."""
    copy_seeds(folder)
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _rows(out: Path, sql: str) -> list[tuple]:
    con = delta_con(out)
    for table in (t for t in ("articles", "rejects", "runs") if any((out / t).rglob("*.parquet"))):
        con.execute(f"create view {table} as select * from "
                    f"{table}")
    return con.execute(sql).fetchall()


def _triggered(result) -> UUID:
    found = UUID_LINE.search(result.stdout)
    assert found, result.stdout
    return UUID(found.group(1))


@pytest.fixture(scope="module")
def deployed(prefect_server: PrefectServer) -> PrefectServer:
    prefect_server.cli("work-pool", "create", POOL, "--type", "process")
    prefect_server.cli("deploy", "--all")
    return prefect_server


@pytest.fixture(scope="module")
def worker(deployed: PrefectServer, tmp_path_factory: pytest.TempPathFactory):
    """A process worker whose environment names the landing folder of scheduled runs."""
    folder = tmp_path_factory.mktemp("scheduled")
    landing, out = _landing(folder / "landing"), folder / "warehouse"
    env = deployed.env(WIRECOPY_SOURCE=str(landing), WIRECOPY_OUT=str(out), PREFECT_WORKER_QUERY_SECONDS="1",
                       WIRECOPY_HOME=str(ROOT))
    args = [str(PREFECT), "worker", "start", "--pool", POOL, "--name", "test-worker"]
    # Started elsewhere than the checkout: the pull step finds the code by WIRECOPY_HOME alone.
    with started(args, env=env, log=folder / "worker.log", cwd=folder) as proc:
        yield out, folder / "worker.log", proc


@pytest.fixture(scope="module")
def backfill(deployed: PrefectServer, worker, text_seeds: Path, tmp_path_factory: pytest.TempPathFactory):
    """docs/deployments.md's manual trigger: the backfill deployment over the plain-text seeds, waited for."""
    out = tmp_path_factory.mktemp("backfill") / "warehouse"
    result = deployed.cli("deployment", "run", f"{FLOW}/backfill", "--param", f"source={text_seeds}",
                          "--param", f"out={out}", "--param", "reference_date=2024-07-05")
    run = deployed.wait_final(_triggered(result))
    return run, out


def test_schedule_backfill_runs_on_the_worker_and_writes_rows(backfill, worker, text_seeds: Path) -> None:
    run, out = backfill
    assert run.state.is_completed(), f"{run.state}\n{tail(worker[1])}"
    assert run.parameters == {"source": str(text_seeds), "out": str(out), "reference_date": "2024-07-05"}
    assert _rows(out, "select agency, dateline_city from articles order by agency") == [
        ("AFP", "Paris"), ("AP", "Chatham"), ("Reuters", "London"), ("Yonhap", "Brussels")]
    assert _rows(out, "select run_id, files_seen, articles, rejects from runs") == [(str(run.id), 4, 4, 0)]


def test_schedule_scheduled_deployment_has_cron_pool_and_limit(deployed: PrefectServer) -> None:
    from prefect.client.schemas.objects import ConcurrencyLimitStrategy

    with deployed.client() as client:
        scheduled = client.read_deployment_by_name(f"{FLOW}/scheduled")
        backfill = client.read_deployment_by_name(f"{FLOW}/backfill")
    assert [(s.schedule.cron, s.schedule.timezone, s.active) for s in scheduled.schedules] == [
        (DEFAULT_CRON, "UTC", True)]
    assert DEFAULT_CRON == "*/15 * * * *"
    assert scheduled.work_pool_name == backfill.work_pool_name == POOL
    assert scheduled.global_concurrency_limit.limit == 1
    assert scheduled.concurrency_options.collision_strategy == ConcurrencyLimitStrategy.CANCEL_NEW
    assert backfill.schedules == [] and backfill.global_concurrency_limit is None
    assert scheduled.entrypoint == backfill.entrypoint == "flows/ingest.py:ingest"
    # What the UI shows beside each field of a custom run.
    described = {k: v.get("description") for k, v in backfill.parameter_openapi_schema["properties"].items()}
    assert "source" in described and all(described.values()), described
    # Resolved on the worker when a run starts, not fixed to the folder deployed from.
    assert scheduled.pull_steps == backfill.pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": "{{ $WIRECOPY_HOME }}"}}]


def test_schedule_scheduled_runs_never_overlap_and_take_settings_from_env(deployed: PrefectServer, worker) -> None:
    out, log, _ = worker
    with deployed.client() as client:  # two runs due at once: the worker sees both in one poll
        deployment = client.read_deployment_by_name(f"{FLOW}/scheduled")
        first, second = (client.create_flow_run_from_deployment(deployment.id).id for _ in range(2))
    runs = {deployed.wait_final(first).state.type.value, deployed.wait_final(second).state.type.value}
    assert runs == {"COMPLETED", "CANCELLED"}, tail(log)
    with deployed.client() as client:
        cancelled = next(r for r in map(client.read_flow_run, (first, second)) if r.state.is_cancelled())
    assert cancelled.state.message == "Deployment concurrency limit reached."
    # SOURCE and OUT came from WIRECOPY_SOURCE / WIRECOPY_OUT in the worker's environment.
    assert _rows(out, "select count(*) from articles") == [(4,)]
    assert _rows(out, "select reason from rejects order by reason") == [("binary",), ("empty",)]
    assert _rows(out, "select files_seen, articles, rejects from runs") == [(6, 4, 2)]


def test_schedule_run_artifacts_hold_its_counts(deployed: PrefectServer, backfill) -> None:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    run, _ = backfill
    with deployed.client() as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(
            any_=[run.id])))
    by_key = {a.key: a for a in artifacts}
    assert set(by_key) == {"wirecopy-run-summary", "wirecopy-run-rejects"}
    summary = by_key["wirecopy-run-summary"].data
    for row in ("| files seen | 4 |", "| new articles | 4 |", "| rejects | 0 |", "No rejects."):
        assert row in summary
    assert by_key["wirecopy-run-rejects"].type == "table"


def test_schedule_serve_registers_its_schedule_and_runs_a_manual_trigger(
        prefect_server: PrefectServer, tmp_path: Path) -> None:
    landing, out = _landing(tmp_path / "landing"), tmp_path / "warehouse"
    env = prefect_server.env(PREFECT_RUNNER_POLL_FREQUENCY="1", WIRECOPY_CRON="0 6 * * *")
    args = [str(WIRECOPY), "serve", "--source", str(landing), "--out", str(out), "--name", "served"]
    with started(args, env=env, log=tmp_path / "serve.log", cwd=tmp_path):
        deployment = _wait_for_deployment(prefect_server, f"{FLOW}/served", tmp_path / "serve.log")
        assert [(s.schedule.cron, s.schedule.timezone) for s in deployment.schedules] == [("0 6 * * *", "UTC")]
        assert deployment.parameters == {"source": str(landing), "out": str(out)}
        assert deployment.global_concurrency_limit.limit == 1
        run = prefect_server.wait_final(_triggered(prefect_server.cli("deployment", "run", f"{FLOW}/served")))
        assert run.state.is_completed(), tail(tmp_path / "serve.log")
    assert _rows(out, "select count(*) from articles") == [(4,)]
    with prefect_server.client() as client:  # stopping `serve` pauses its deployment and its schedule, both
        stopped = client.read_deployment_by_name(f"{FLOW}/served")
    assert stopped.paused
    assert [s.active for s in stopped.schedules] == [False]
    listed = prefect_server.cli("deployment", "schedule", "ls", f"{FLOW}/served")
    assert "True" not in listed.stdout, listed.stdout
    # Served again, it is active again, deployment and schedule alike.
    with started(args, env=env, log=tmp_path / "serve-again.log", cwd=tmp_path):
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with prefect_server.client() as client:
                again = client.read_deployment_by_name(f"{FLOW}/served")
            if not again.paused and [s.active for s in again.schedules] == [True]:
                break
            time.sleep(0.5)
        assert (again.paused, [s.active for s in again.schedules]) == (False,
                                                                       [True]), tail(tmp_path / "serve-again.log")


def test_schedule_server_serves_the_ui(prefect_server: PrefectServer) -> None:
    page = httpx.get(prefect_server.api_url.removesuffix("/api") + "/", timeout=10)
    assert page.status_code == 200 and "<html" in page.text.lower()


def _wait_for_deployment(server: PrefectServer, name: str, log: Path, timeout: float = 120):
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    with server.client() as client:
        while time.monotonic() < deadline:
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                time.sleep(0.5)
    raise AssertionError(f"{name} not registered after {timeout} s:\n{tail(log)}")
