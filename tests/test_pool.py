"""Worker processes come from the preloaded fork server, and the CLI starts it only for runs worth a pool."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.cli import _worth_a_pool
from flows.settings import DEFAULT_MODEL, Settings
from tests.conftest import _drain_in_process_clients


def _where_am_i() -> tuple[int, int, int, int, bool]:
    """(pid, parent pid, models already loaded, place indexes built, pandas imported by an array) of the task's process."""
    import sys

    import pyarrow

    from flows.nlp import load_ner
    from transforms import places

    tables = (places._gazetteer, places._standalone_constraints, places._iso_subdivision_names)
    loaded, built = load_ner.cache_info().currsize, sum(t.cache_info().currsize for t in tables)
    assert pyarrow.array(["x"]).to_pylist() == ["x"]
    return os.getpid(), os.getppid(), loaded, built, "pandas" in sys.modules


@pytest.mark.slow
def test_pool_workers_are_forks_of_the_server_holding_the_model(prefect_harness) -> None:
    from multiprocessing import forkserver

    from prefect import flow, task

    from flows import workerserver
    from flows.pool import PreloadedPool

    workerserver.prestart(DEFAULT_MODEL)
    server_pid = forkserver._forkserver._forkserver_pid
    probe = task(_where_am_i, name="where-am-i")

    @flow(task_runner=PreloadedPool(max_workers=2))
    def two_tasks() -> list[tuple[int, int, int, int, bool]]:
        return [f.result() for f in [probe.submit() for _ in range(2)]]

    try:
        seen = two_tasks()
    finally:
        # The pool forwards workers' events through this process's EventsWorker, which keeps the API it
        # was made for: drained and dropped, so later tests' events reach their own server.
        _drain_in_process_clients()
    assert {ppid for _, ppid, *_ in seen} == {server_pid}
    assert all(pid not in (os.getpid(), server_pid) for pid, *_ in seen)
    assert all(loaded >= 1 for _, _, loaded, _, _ in seen)  # the model came with the fork
    assert all(built == 3 for _, _, _, built, _ in seen)  # and the place tables the warm-up stories built
    assert not any(pandas for *_, pandas in seen)  # pyarrow builds arrays without importing pandas
    assert workerserver.running()


def test_pool_warm_up_story_reaches_the_place_index_and_the_model() -> None:
    import datetime as dt

    from flows import preload
    from transforms.pipeline import parse_file

    lyon, zurich = (a for story in preload._WARM_UP for a in parse_file(story, reference_date=dt.date(2024, 1, 2)).articles)
    assert (lyon.dateline.place.city, lyon.dateline.place.country) == ("Lyon", "FR")
    assert lyon.headline == "Harbour council approves ferry plan"
    assert [p.name for p in lyon.byline.people] == ["Jane Example"]
    # A dateline standing alone, in a country whose regions only ISO names.
    assert (zurich.dateline.place.city, zurich.dateline.place.region, zurich.dateline.place.country) == (
        "Zürich", "Zürich", "CH")


def _files(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"story-{i:03d}.txt").write_text("x")
    return folder


def test_pool_worth_it_only_from_two_workers_worth_of_files(tmp_path: Path) -> None:
    settings = Settings(min_files_per_worker=10)
    assert not _worth_a_pool(str(_files(tmp_path / "few", 19)), settings, 2)
    assert _worth_a_pool(str(_files(tmp_path / "enough", 20)), settings, 2)
    assert not _worth_a_pool(str(tmp_path / "enough"), settings, 1)  # one worker: no pool at all


def test_pool_worth_it_counts_subfolders_globs_and_not_a_single_file(tmp_path: Path) -> None:
    settings = Settings(min_files_per_worker=5)
    _files(tmp_path / "land" / "a", 6)
    _files(tmp_path / "land" / "b", 4)
    assert _worth_a_pool(str(tmp_path / "land"), settings, 2)
    assert not _worth_a_pool(str(tmp_path / "land" / "a" / "*.txt"), settings, 2)
    assert _worth_a_pool(str(tmp_path / "land" / "**" / "*.txt"), settings, 2)
    assert not _worth_a_pool(str(tmp_path / "land" / "a" / "story-000.txt"), settings, 2)
