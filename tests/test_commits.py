"""Exactly once across Delta tables: kills inside the commit, racing writers, damage, the pinned reading.

The kills here are real: a process commits a run's changes and is killed
with SIGKILL while held at a checkpoint of the commit (flows/faults.py);
the next writer completes the run from its pending record, once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pytest
from deltalake import DeltaTable
from typer.testing import CliRunner

from wirecopy.flows.cli import app
from wirecopy.flows.warehouse import commits, delta
from wirecopy.flows.warehouse.query import connect
from wirecopy.schemas import TABLES

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC)
DAY = dt.date(2025, 3, 3)


def _rows(table: str, n: int, run_id: str, start: int = 0) -> pa.Table:
    """n rows of a table, every declared column filled with a value of its type (ids made unique)."""
    schema = delta.table_schema(table)
    rows = []
    for i in range(start, start + n):
        row = {}
        for f in schema:
            if f.name == "ingest_date":
                row[f.name] = DAY
            elif f.name == "run_id":
                row[f.name] = run_id
            elif f.name == "snapshot_version":
                row[f.name] = None
            elif pa.types.is_string(f.type):
                row[f.name] = f"{f.name}-{i}"
            elif pa.types.is_integer(f.type):
                row[f.name] = i
            elif pa.types.is_floating(f.type):
                row[f.name] = float(i)
            elif pa.types.is_boolean(f.type):
                row[f.name] = bool(i % 2)
            elif pa.types.is_timestamp(f.type):
                row[f.name] = T0 + dt.timedelta(seconds=i)
            elif pa.types.is_date(f.type):
                row[f.name] = DAY
            elif pa.types.is_list(f.type):
                row[f.name] = []
            elif pa.types.is_binary(f.type):
                row[f.name] = i.to_bytes(4, "big")
            else:
                row[f.name] = None
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=schema)


def _changes(run_id: str, start: int) -> dict[str, commits.Change]:
    """A run's changes: three rows in every table, one runs row."""
    found = {t: commits.Change(_rows(t, 3, run_id, start)) for t in TABLES if t != "runs"}
    runs = _rows("runs", 1, run_id, start).to_pylist()
    runs[0]["run_id"] = run_id
    runs[0]["finished_at"] = T0 + dt.timedelta(hours=start)
    found["runs"] = commits.Change(pa.Table.from_pylist(runs, schema=delta.table_schema("runs")))
    return found


def _counts(out: Path) -> dict[str, int]:
    """Rows of every table as deltalake's own reader sees its latest version."""
    return {t: DeltaTable(str(out / t)).to_pyarrow_table().num_rows for t in TABLES if (out / t).exists()}


COMMIT_SCRIPT = """
import sys
from pathlib import Path
from tests.test_commits import _changes
from wirecopy.flows.warehouse import commits
out, run_id, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
commits.commit(out, commits.state(out), _changes(run_id, start), run_id)
"""


def _killed_commit(out: Path, run_id: str, start: int, point: str, tmp: Path) -> None:
    """Start a process committing a run, wait until it stops at `point`, SIGKILL it."""
    log = tmp / f"checkpoints-{run_id}.log"
    env = dict(os.environ, WIRECOPY_CHECKPOINT_LOG=str(log), WIRECOPY_PAUSE_AT=point, WIRECOPY_PAUSE_SECONDS="60",
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    proc = subprocess.Popen([sys.executable, "-c", COMMIT_SCRIPT, str(out), run_id, str(start)], env=env,
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if log.exists() and point in log.read_text():
            break
        assert proc.poll() is None, proc.communicate()[0].decode()[-2000:]
        time.sleep(0.02)
    else:
        raise AssertionError(f"never reached {point}")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@pytest.mark.parametrize("point", ["commit-start", "commit-claimed", "commit-between", "commit-runs", "commit-done"])
def test_commits_kill_inside_the_commit_is_completed_once_or_left_invisible(tmp_path: Path, point: str) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    _killed_commit(out, "r2", 10, point, tmp_path)

    pinned = commits.state(out)
    assert pinned.seq == (2 if point == "commit-done" else 1)  # readers never see half of run 2
    assert {t: pinned.read(t).num_rows for t in TABLES} == {t: 3 * pinned.seq if t != "runs" else pinned.seq
                                                             for t in TABLES}

    finished = commits.complete_pending(out)
    assert finished == ([] if point in ("commit-start", "commit-done") else ["run 2 (r2)"])
    assert commits.complete_pending(out) == []  # twice is once
    expected = 2 if point != "commit-start" else 1  # killed before its claim: nothing of it landed
    assert _counts(out) == {t: 3 * expected if t != "runs" else expected for t in TABLES}
    assert commits.state(out).seq == expected
    # Killed before its claim, the record stays (a live run looks the same) until its number is taken.
    assert (out / commits.PENDING / "r2").exists() == (point == "commit-start")
    # The next run takes the next number, and lands whole.
    commits.commit(out, commits.state(out), _changes("r3", 20), "r3")
    assert commits.complete_pending(out) == []
    assert not (out / commits.PENDING / "r2").exists()
    assert commits.state(out).seq == expected + 1
    for t in TABLES:
        assert DeltaTable(str(out / t)).transaction_version(delta.APP_ID) == expected + 1


def test_commits_a_run_planned_on_an_old_state_is_superseded_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    a, b = commits.state(out), commits.state(out)  # two runs planned on the same state
    assert commits.commit(out, a, _changes("ra", 10), "ra") == 2
    before = _counts(out)
    with pytest.raises(commits.Superseded):
        commits.commit(out, b, _changes("rb", 20), "rb")
    assert _counts(out) == before
    assert not (out / commits.PENDING / "rb").exists()
    assert commits.commit(out, commits.state(out), _changes("rb", 20), "rb") == 3  # planned again: lands


def test_commits_two_processes_completing_one_run_write_each_table_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    _killed_commit(out, "r2", 10, "commit-claimed", tmp_path)
    errors: list[BaseException] = []

    def complete() -> None:
        try:
            commits.complete_pending(out)
        except BaseException as exc:  # noqa: BLE001 -- reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=complete) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _counts(out) == {t: 6 if t != "runs" else 2 for t in TABLES}


def test_commits_reprocess_replaces_rows_in_one_commit_and_time_travel_sees_before(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    arts = _rows("articles", 2, "r2", 0)  # the same ids as run 1's first two articles, new values
    arts = arts.set_column(arts.schema.get_field_index("headline"), "headline", pa.array(["new 0", "new 1"]))
    runs = _changes("r2", 5)["runs"]
    commits.commit(out, commits.state(out), {
        "articles": commits.Change(arts, "article_id", ["article_id-0", "article_id-1"]), "runs": runs}, "r2")
    history = DeltaTable(str(out / "articles")).history(1)[0]
    assert history["operation"] == "MERGE" and history["wirecopy_seq"] == 2
    now = connect(out).execute("select article_id, headline, run_id from articles order by 1").fetchall()
    assert now == [("article_id-0", "new 0", "r2"), ("article_id-1", "new 1", "r2"),
                   ("article_id-2", "headline-2", "r1")]
    # Files a MERGE wrote (string_view columns) and files an append wrote, probed together by key.
    matched = commits.state(out).read_matching("articles", "article_id", {"article_id-0", "article_id-2"})
    assert sorted(matched.column("headline").to_pylist()) == ["headline-2", "new 0"]
    then = connect(out, "r1").execute("select article_id, headline, run_id from articles order by 1").fetchall()
    assert then == [(f"article_id-{i}", f"headline-{i}", "r1") for i in range(3)]
    assert connect(out, "r1").execute("select count(*) from runs").fetchone() == (1,)
    by_time = connect(out, (T0 + dt.timedelta(hours=1)).isoformat())
    assert by_time.execute("select count(*), max(run_id) from articles").fetchone() == (3, "r1")


def _two_runs(out: Path) -> None:
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    commits.commit(out, commits.state(out), _changes("r2", 10), "r2")


def _query_error(out: Path) -> str:
    result = CliRunner().invoke(app, ["query", "select count(*) from articles", "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    return " ".join(result.output.split())


def test_commits_missing_latest_log_entry_names_table_and_version(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _two_runs(out)
    (out / "articles" / "_delta_log" / "00000000000000000001.json").unlink()
    message = _query_error(out)
    assert "table articles is damaged at version 1" in message and "missing log entry" in message


def test_commits_corrupt_log_entry_names_table(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _two_runs(out)
    (out / "bylines" / "_delta_log" / "00000000000000000001.json").write_text("{not json")
    assert "table bylines is damaged" in _query_error(out)


def test_commits_missing_middle_log_entry_names_table(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _two_runs(out)
    commits.commit(out, commits.state(out), _changes("r3", 20), "r3")
    (out / "entities" / "_delta_log" / "00000000000000000001.json").unlink()
    assert "table entities is damaged" in _query_error(out)


@pytest.mark.parametrize("harm", ["delete", "truncate"])
def test_commits_missing_or_cut_data_file_names_table_and_version(tmp_path: Path, harm: str) -> None:
    out = tmp_path / "out"
    _two_runs(out)
    victim = Path(DeltaTable(str(out / "rejects")).file_uris()[0])
    if harm == "delete":
        victim.unlink()
    else:
        victim.write_bytes(victim.read_bytes()[:100])
    message = _query_error(out)
    assert "table rejects is damaged at version 1" in message
    assert ("is missing" if harm == "delete" else "bytes, its log says") in message
    import wirecopy

    with pytest.raises(delta.Damaged, match="table rejects is damaged at version 1"):
        wirecopy.read_table(out, "rejects")


def test_commits_claimed_run_without_pending_record_is_damage(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    _killed_commit(out, "r2", 10, "commit-between", tmp_path)
    for f in (out / commits.PENDING / "r2").iterdir():
        f.unlink()
    with pytest.raises(delta.Damaged, match="run 2 committed to it, but neither its runs row nor its pending record"):
        commits.complete_pending(out)
    assert commits.state(out).seq == 1  # readers still see run 1 whole


def test_commits_python_face_reads_the_pinned_run(tmp_path: Path) -> None:
    import wirecopy

    out = tmp_path / "out"
    _two_runs(out)
    _killed_commit(out, "r3", 20, "commit-runs", tmp_path)  # every table but runs holds run 3
    frame = wirecopy.read_table(out, "articles")
    assert len(frame) == 6 and set(frame["run_id"]) == {"r1", "r2"}
    assert wirecopy.read_arrow(out, "articles", as_of="r1").column("run_id").to_pylist() == ["r1"] * 3
    assert wirecopy.read_arrow(str(out), "runs").num_rows == 2
    with pytest.raises(commits.NoSuchRun):
        wirecopy.read_arrow(out, "articles", as_of="no-such-run")
    with pytest.raises(KeyError):
        wirecopy.read_arrow(out, "nope")


def test_commits_pending_record_is_json_naming_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commits.commit(out, commits.state(out), _changes("r1", 0), "r1")
    _killed_commit(out, "r2", 10, "commit-start", tmp_path)
    record = json.loads((out / commits.PENDING / "r2" / "commit.json").read_text())
    assert (record["format"], record["seq"], record["run_id"]) == (commits.FORMAT, 2, "r2")
    assert record["tables"]["articles"]["rows"] == 3


# With the real flow.

def _sorted(rows: list[tuple]) -> list[tuple]:
    return sorted(rows, key=repr)


@pytest.mark.slow
def test_commits_deltalake_agrees_with_wirecopy_query_row_for_row(seed_warehouse: Path) -> None:
    from tests.conftest import delta_con

    ours, theirs = connect(seed_warehouse), delta_con(seed_warehouse)  # theirs: deltalake's own DeltaTable
    for table in TABLES:
        view = "entity_catalog_history" if table == "entity_catalog" else table
        mine = ours.execute(f"select * from {view}").to_arrow_table()
        other = theirs.execute(f"select * from {table}").to_arrow_table()
        assert mine.column_names == other.column_names, table
        assert _sorted([tuple(r.values()) for r in mine.to_pylist()]) == \
            _sorted([tuple(r.values()) for r in other.to_pylist()]), table
    assert ours.execute("select count(*) from articles").fetchone() == (4,)


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_commits_time_travel_to_before_a_reprocess(tmp_path: Path) -> None:
    from tests.conftest import copy_seeds, ingest_now

    landing, out = copy_seeds(tmp_path / "in"), tmp_path / "out"
    first = ingest_now(landing, out)
    second = ingest_now(landing, out, reprocess=True)
    assert (first.snapshot_version, second.snapshot_version) == (1, 2) and second.replaced_rows > 0
    now = connect(out).execute("select distinct run_id from articles").fetchall()
    assert now == [(second.run_id,)]
    for as_of in (first.run_id, "1"):
        if as_of == "1":
            finished = connect(out).execute("select finished_at from runs where snapshot_version = 1").fetchone()[0]
            as_of = finished.isoformat()
        before = connect(out, as_of)
        assert before.execute("select distinct run_id from articles").fetchall() == [(first.run_id,)]
        assert before.execute("select count(*), count(distinct article_id) from articles").fetchone() == (4, 4)
        assert before.execute("select count(*) from runs").fetchone() == (1,)
    result = CliRunner().invoke(app, ["query", "select distinct run_id from bylines", "--out", str(out),
                                      "--as-of", first.run_id, "-f", "csv"])
    assert result.exit_code == 0 and result.output.split() == ["run_id", first.run_id]
