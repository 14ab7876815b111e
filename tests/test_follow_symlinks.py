"""A symlink out of SOURCE through the real flow: rejected by default, taken by a later run that follows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SEEDS, ingest_now

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def _state(out: Path) -> tuple[dict[str, str], set[str]]:
    from wirecopy.flows.warehouse.query import connect

    con = connect(out)
    rejects = dict((Path(u).name, r) for u, r in con.execute("select source_uri, reason from rejects").fetchall())
    return rejects, {Path(u).name for (u,) in con.execute("select source_uri from articles").fetchall()}


def test_follow_symlinks_outside_source_is_retried_when_the_run_follows(tmp_path: Path) -> None:
    landing, out, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    landing.mkdir()
    elsewhere.mkdir()
    (landing / "ap.txt").write_bytes((SEEDS / "ap-chatham-lobster.txt").read_bytes())
    (elsewhere / "yonhap.txt").write_bytes((SEEDS / "yonhap-nato-korea-2024-07-05.txt").read_bytes())
    (landing / "linked.txt").symlink_to(elsewhere / "yonhap.txt")
    (landing / "environ.txt").symlink_to("/proc/self/environ")

    ingest_now(landing, out, reference_date=dt.date(2024, 7, 5), workers=1)
    assert _state(out) == ({"linked.txt": "outside_source", "environ.txt": "not_a_file"}, {"ap.txt"})

    ingest_now(landing, out, reference_date=dt.date(2024, 7, 5), workers=1, follow_symlinks=True)
    assert _state(out) == ({"environ.txt": "not_a_file"}, {"ap.txt", "linked.txt"})
