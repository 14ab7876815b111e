"""Worker processes come from the preloaded fork server, and the CLI starts it only for runs worth a pool."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wirecopy.flows.cli import _worth_a_pool
from wirecopy.flows.inputs.pending import Pending, inputs
from wirecopy.flows.settings import DEFAULT_MODEL, Settings


@pytest.mark.slow
def test_pool_workers_are_forks_of_the_server_holding_the_model_and_no_prefect() -> None:
    from multiprocessing import forkserver

    from tests.pool_probe import where_am_i
    from wirecopy.flows.runtime import workerserver
    from wirecopy.flows.runtime.pool import worker_pool

    with worker_pool(2, DEFAULT_MODEL) as pool:
        server_pid = forkserver._forkserver._forkserver_pid
        seen = [f.result() for f in [pool.submit(where_am_i) for _ in range(4)]]
    assert {s["ppid"] for s in seen} == {server_pid}
    assert all(s["pid"] not in (os.getpid(), server_pid) for s in seen)
    assert all(s["models"] >= 1 for s in seen)  # the model came with the fork
    assert all(s["place_tables"] == 3 for s in seen)  # and the place tables the warm-up stories built
    assert not any(s["prefect"] for s in seen)  # a worker runs chunks, not Prefect's task engine
    assert workerserver.running()


def test_pool_warm_up_story_reaches_the_place_index_and_the_model() -> None:
    import datetime as dt

    from wirecopy.flows import preload
    from wirecopy.transforms.pipeline import parse_file

    lyon, zurich = (a for story in preload._WARM_UP for a in parse_file(story, reference_date=dt.date(2024, 1,
                                                                                                      2)).articles)
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


def _seen(source: Path | str, new: int | None = None) -> Pending:
    """What `wirecopy run` knows of SOURCE before it starts anything (OUT not read: every file new)."""
    return Pending(files=len(inputs(str(source))), new=new)


def test_pool_worth_it_only_from_two_workers_worth_of_files(tmp_path: Path) -> None:
    settings = Settings(min_files_per_worker=10)
    assert not _worth_a_pool(_seen(_files(tmp_path / "few", 19)), settings, 2)
    assert _worth_a_pool(_seen(_files(tmp_path / "enough", 20)), settings, 2)
    assert not _worth_a_pool(_seen(tmp_path / "enough"), settings, 1)  # one worker: no pool at all
    assert not _worth_a_pool(_seen(tmp_path / "enough", new=19), settings, 2)  # counted: only the new files


def test_pool_worth_it_counts_subfolders_globs_and_not_a_single_file(tmp_path: Path) -> None:
    settings = Settings(min_files_per_worker=5)
    _files(tmp_path / "land" / "a", 6)
    _files(tmp_path / "land" / "b", 4)
    assert _worth_a_pool(_seen(tmp_path / "land"), settings, 2)
    assert not _worth_a_pool(_seen(tmp_path / "land" / "a" / "*.txt"), settings, 2)
    assert _worth_a_pool(_seen(tmp_path / "land" / "**" / "*.txt"), settings, 2)
    assert not _worth_a_pool(_seen(tmp_path / "land" / "a" / "story-000.txt"), settings, 2)
