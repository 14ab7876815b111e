"""The temporary API server a run starts early is the one its flow uses: one server, started once."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROBE = """
import json
from wirecopy.flows.runtime.temporary_api import EarlyServer
early = EarlyServer()
early.start()
early.wait()
from prefect.server.api.server import SubprocessASGIServer
started = [s.api_url for s in SubprocessASGIServer._instances.values() if s.running]
from prefect.client.orchestration import get_client
with get_client(sync_client=True) as client:
    healthy = client.api_healthcheck() is None
    used = str(client.api_url).rstrip("/")
print(json.dumps({"started": started, "used": used, "healthy": healthy,
                  "servers": len(SubprocessASGIServer._instances)}))
"""


@pytest.mark.slow
def test_temporary_api_started_early_is_the_one_the_flow_uses() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["servers"] == 1 and found["healthy"]
    assert found["started"] == [found["used"]]


def test_temporary_api_not_started_when_a_server_is_configured() -> None:
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    code = ("from wirecopy.flows.runtime.temporary_api import EarlyServer\n"
            "early = EarlyServer(); early.start(); early.wait()\n"
            "import sys; print('prefect.server.api.server' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["False"]
    assert "Starting temporary server" not in done.stderr
