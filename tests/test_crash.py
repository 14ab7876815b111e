"""The crash test: real `wirecopy run` processes killed with SIGKILL, rerun, compared with a clean run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, PrefectServer

pytestmark = pytest.mark.slow


@pytest.mark.timeout(1200)
def test_crash_twenty_kills_leave_the_tables_of_one_clean_run(prefect_server: PrefectServer, tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "crash_test.py"), "--kills", "20", "--api-url", prefect_server.api_url,
         "--json", "--work", str(tmp_path / "crash")],
        capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["problems"] == []
    assert report["kills"] >= 20
    # Every armed point was killed at least twice (runs that finish before their kill shift which points
    # later runs are armed at, so the exact tally depends on timing).
    assert set(report["armed"]) == {"parquet-write", "commit-claimed", "commit-between", "commit-runs", "commit-done"}
    assert min(report["armed"].values()) >= 2
    assert report["articles"] == 34 and report["files"] == 36
    assert report["reads_during_crashes"] > 0
