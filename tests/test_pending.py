"""Runs that find nothing: said plainly, answered before Prefect starts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import run_cli
from wirecopy.flows.inputs.discover import discover
from wirecopy.flows.inputs.pending import look

STARTED_PREFECT = "Starting temporary server"


def _runs(out: Path) -> int:
    result = run_cli("query", "select count(*) as n from runs", "--out", str(out), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)[0]["n"]


def test_pending_empty_folder_is_a_notice_and_exit_0(tmp_path: Path) -> None:
    (tmp_path / "landing").mkdir()
    (tmp_path / "landing" / "_received.tsv").write_text("")  # not an input
    result = run_cli("run", str(tmp_path / "landing"), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"nothing to do: {tmp_path / 'landing'} holds no input files"
    assert STARTED_PREFECT not in result.stderr
    assert not (tmp_path / "out").exists()  # no empty warehouse made


def test_pending_glob_that_matches_nothing_is_exit_2(tmp_path: Path) -> None:
    result = run_cli("run", str(tmp_path / "*.xml"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"source {tmp_path / '*.xml'} matches no input files" in " ".join(result.stderr.split())
    assert not (tmp_path / "out").exists()


def test_pending_file_that_is_not_an_input_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "_SUCCESS").write_text("")
    result = run_cli("run", str(tmp_path / "_SUCCESS"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "matches no input files" in result.stderr and '"." or "_" are not inputs' in result.stderr


def test_pending_nothing_new_is_answered_without_prefect(seed_warehouse: Path) -> None:
    landing = _source_of(seed_warehouse)
    before = _runs(seed_warehouse)
    result = run_cli("run", landing, "--out", str(seed_warehouse))
    assert result.returncode == 0, result.stderr
    files = len(discover(landing))
    assert " ".join(result.stdout.split()) == (f"nothing new: the {files} input files under {landing} are already in "
                                              f"{seed_warehouse} (--reprocess takes them again)")
    assert STARTED_PREFECT not in result.stderr
    assert _runs(seed_warehouse) == before


def test_pending_counts_new_and_touched_files(seed_warehouse: Path, tmp_path: Path) -> None:
    landing = Path(_source_of(seed_warehouse))
    files = discover(str(landing))
    assert look(files, seed_warehouse, reprocess=False).new == 0
    assert look(files, seed_warehouse, reprocess=True).new is None
    assert look(files, tmp_path / "new-out", reprocess=False).new is None  # a first run reads nothing
    copy = tmp_path / "landing"
    shutil.copytree(landing, copy)  # other URIs: new to OUT
    assert look(discover(str(copy)), seed_warehouse, reprocess=False).new == len(files)


def _source_of(out: Path) -> str:
    result = run_cli("query", "select source from runs order by started_at limit 1", "--out", str(out),
                     "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)[0]["source"]
