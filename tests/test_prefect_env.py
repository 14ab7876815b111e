"""Prefect settings wirecopy applies: the worker processes of a run share its API (flows/prefect_env.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, urllib.request
from prefect.context import SettingsContext, serialize_context
from flows.prefect_env import shared_api
with shared_api():
    url = SettingsContext.get().settings.api.url
    handed = json.dumps(serialize_context()["settings_context"], default=str)
    with urllib.request.urlopen(url + "/health", timeout=10) as r:
        health = r.status
print(json.dumps({"url": url, "handed_to_tasks": url in handed, "health": health}))
"""


def _probe(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300, env=env,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_prefect_env_temporary_api_is_named_in_what_tasks_receive(prefect_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    found = _probe(env)
    # A live temporary server, named in the settings Prefect serialises for every task:
    # a worker process uses it instead of starting a server of its own.
    assert found["url"].startswith("http://127.0.0.1:") and found["url"].endswith("/api")
    assert found["handed_to_tasks"] is True
    assert found["health"] == 200


def test_prefect_env_a_configured_api_is_left_alone() -> None:
    env = dict(os.environ, PREFECT_API_URL="http://127.0.0.1:9/api")
    code = ("from flows.prefect_env import shared_api\n"
            "from prefect.settings import PREFECT_API_URL\n"
            "with shared_api():\n    print(PREFECT_API_URL.value())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "http://127.0.0.1:9/api"

