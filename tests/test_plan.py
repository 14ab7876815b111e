"""Planning a run (flows/inputs/plan.py): which files are skipped, unchanged, duplicates or taken."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from wirecopy.flows.inputs.discover import discover
from wirecopy.flows.inputs.ingest_log import LogEntry, LogState
from wirecopy.flows.inputs.plan import Plan, Planned, content_hash, mark_bulk_copies, plan

WIRE = b"BRUSSELS, July 5 (Reuters) - Ministers met on Friday.\n"
OTHER = b"LIMA, July 6 (AP) - Fishermen went back to sea.\n"


def _landing(tmp_path: Path, files: dict[str, bytes]) -> Path:
    landing = tmp_path / "in"
    landing.mkdir()
    for n, (name, data) in enumerate(sorted(files.items())):
        (landing / name).write_bytes(data)
        stamp = 1_720_000_000 + 600 * n  # ten minutes apart: sent one by one, not copied in bulk
        os.utime(landing / name, (stamp, stamp))
    return landing


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_plan_first_run_takes_every_file_and_marks_same_bytes_duplicates(tmp_path: Path) -> None:
    landing = _landing(tmp_path, {"a.txt": WIRE, "b.txt": OTHER, "c.txt": WIRE})
    found = plan(discover(str(landing)), LogState({}, {}), reprocess=False)
    assert (found.seen, found.skipped, found.unchanged) == (3, 0, [])
    assert [(Path(p.file.uri).name, p.sha256, p.duplicate_of and Path(p.duplicate_of).name, p.bulk_copied)
            for p in found.take] == [("a.txt", _sha(WIRE), None, False), ("b.txt", _sha(OTHER), None, False),
                                     ("c.txt", _sha(WIRE), "a.txt", False)]
    assert found.taken() == {(p.file.uri, p.sha256) for p in found.take}


def test_plan_skips_logged_files_and_logs_touched_ones_unchanged(tmp_path: Path) -> None:
    landing = _landing(tmp_path, {"a.txt": WIRE, "b.txt": OTHER})
    a, b = discover(str(landing))
    moved = b.mtime + dt.timedelta(hours=1)  # b was touched since: same bytes, new mtime
    state = LogState({a.uri: LogEntry(a.uri, a.size, a.mtime, _sha(WIRE), "articles", None),
                      b.uri: LogEntry(b.uri, b.size, moved, _sha(OTHER), "articles", None)},
                     {_sha(WIRE): [a.uri], _sha(OTHER): [b.uri]})
    found = plan([a, b], state, reprocess=False)
    assert (found.seen, found.skipped, found.take) == (2, 2, [])
    assert found.unchanged == [Planned(b, _sha(OTHER))]
    again = plan([a, b], state, reprocess=True)
    assert [(p.file.uri, p.duplicate_of) for p in again.take] == [(a.uri, None), (b.uri, None)]


def test_plan_retries_retryable_rejects_and_names_the_holder_of_known_bytes(tmp_path: Path) -> None:
    landing = _landing(tmp_path, {"a.txt": WIRE, "copy.txt": OTHER})
    a, copy = discover(str(landing))
    state = LogState({a.uri: LogEntry(a.uri, a.size, a.mtime, _sha(WIRE), "reject", "unreadable")},
                     {_sha(OTHER): ["/elsewhere/first.txt"]})
    found = plan([a, copy], state, reprocess=False)
    assert found.retried == frozenset({a.uri})
    assert [(p.file.uri, p.duplicate_of) for p in found.take] == [(a.uri, None), (copy.uri, "/elsewhere/first.txt")]


def test_plan_marks_files_that_arrived_together(tmp_path: Path) -> None:
    landing = tmp_path / "in"
    landing.mkdir()
    for n in range(6):
        (landing / f"{n}.txt").write_bytes(WIRE + str(n).encode())
        os.utime(landing / f"{n}.txt", (1_720_000_000, 1_720_000_000))
    found = plan(discover(str(landing)), LogState({}, {}), reprocess=False)
    assert [p.bulk_copied for p in found.take] == [True] * 6
    assert mark_bulk_copies(found.take[:1]) == [found.take[0]]  # one file alone keeps its mark as given


def test_plan_hash_of_an_unreadable_file_carries_the_error(tmp_path: Path) -> None:
    landing = _landing(tmp_path, {"a.txt": WIRE})
    (f,) = discover(str(landing))
    (landing / "a.txt").unlink()
    sha, error = content_hash(f)
    assert sha == hashlib.sha256(f.uri.encode()).hexdigest()
    assert error is not None and error.startswith("FileNotFoundError")
    found = plan([f], LogState({}, {}), reprocess=False)
    assert isinstance(found, Plan) and found.take[0].unreadable == error
