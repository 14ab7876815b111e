"""What the command line pays before any work: lazy imports, nothing done at import time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, WIRECOPY, run_cli

PROBE = """
import json, sys, threading
before = set(sys.modules)
import {module}
print(json.dumps({{"heavy": sorted(m for m in {heavy!r} if m in sys.modules and m not in before),
                   "threads": [t.name for t in threading.enumerate()]}}))
"""


@pytest.mark.parametrize(
    ("module", "heavy"),
    [
        # `wirecopy --help` and `wirecopy query` pay for typer and rich only.
        ("wirecopy.flows.cli", ["prefect", "spacy", "pyarrow", "duckdb", "pandas", "wirecopy.flows.ingest"]),
        # Importing the flow (what `prefect deploy` and a Dask worker do) loads no model, starts no API.
        ("wirecopy.flows.ingest", ["spacy", "thinc", "duckdb", "pandas", "prefect.server.api.server", "uvicorn"]),
        # What a local worker process runs needs no Prefect at all.
        ("wirecopy.flows.chunks", ["prefect", "spacy", "duckdb", "pandas"]),
        ("wirecopy.flows.settings", ["prefect", "rich", "pyarrow"]),
        ("wirecopy.flows.runtime.retries", ["prefect", "httpx"]),
    ],
)
def test_cli_imports_stay_lazy(module: str, heavy: list[str]) -> None:
    probe = subprocess.run([sys.executable, "-c", PROBE.format(module=module, heavy=heavy)],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout.splitlines()[-1])
    assert found == {"heavy": [], "threads": ["MainThread"]}


BEFORE_PRESTART = """
import json, sys
from wirecopy.flows import cli
from wirecopy.flows.inputs.pending import look
settings = cli._settings(model=None)
found = cli._check_source({source!r})
where, _ = cli._probed({out!r})
cli._refuse_if_busy(cli._writer_folder(where, settings))
cli._worth_a_pool(look(found, where, reprocess=False), settings, 2)
print(json.dumps(sorted(m for m in ("fsspec", "wirecopy.flows.warehouse.objectstore", "prefect", "spacy", "pyarrow") if
m in sys.modules)))
"""


def test_cli_run_checks_before_the_fork_server_import_nothing_heavy_for_local_folders(tmp_path) -> None:
    # What `wirecopy run` asks before it launches the worker fork server
    # delays that launch, and the fork server's loading is the longest
    # part of a run's start. (Into an OUT that holds tables, pyarrow reads
    # the ingest log first: a run with nothing new must not start the server.)
    code = BEFORE_PRESTART.format(source=str(ROOT / "seeds"), out=str(tmp_path / "out"))
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout.splitlines()[-1]) == []


def test_cli_serve_without_a_server_says_how_to_start_one(tmp_path) -> None:
    result = run_cli("serve", "--source", str(ROOT / "seeds"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "needs a Prefect server" in result.stderr and "prefect server start" in result.stderr


def test_cli_serve_without_a_landing_folder_names_the_settings(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("WIRECOPY_SOURCE", raising=False)
    monkeypatch.setenv("WIRECOPY_SETTINGS", str(tmp_path / "empty.toml"))
    (tmp_path / "empty.toml").write_text("# nothing set\n")
    result = run_cli("serve", "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "no source given" in " ".join(result.stderr.split())
    assert "WIRECOPY_SOURCE" in result.stderr


def test_cli_serve_rejects_a_bad_cron_before_anything_starts(tmp_path) -> None:
    result = run_cli("serve", "--source", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--cron", "every day")
    assert result.returncode == 2
    assert "'every day' is not a cron expression" in " ".join(result.stderr.split())


QUICK_EXIT = """
import atexit, sys, threading, time
from wirecopy.flows.cli import main
atexit.register(lambda: print("exit handler ran"))  # left in stdout's buffer: main must flush it
late = threading.Thread(target=lambda: (time.sleep(0.3), print("thread finished")))
late.start()
sys.argv = ["wirecopy", *sys.argv[1:]]
main()
print("never reached")
"""


@pytest.mark.parametrize(("args", "code", "said"), [
    (["--help"], 0, "Wire copy to Parquet tables."),
    (["run", "/nonexistent/wire", "--out", "/nonexistent/out"], 2, "does not exist"),
    (["no-such-command"], 2, "No such command"),
])
def test_cli_main_exits_with_the_commands_status_after_threads_handlers_and_output(args, code, said) -> None:
    done = subprocess.run([sys.executable, "-c", QUICK_EXIT, *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == code, done.stderr
    assert said in done.stdout + done.stderr
    assert done.stdout.endswith("thread finished\nexit handler ran\n")
    assert "never reached" not in done.stdout


@pytest.mark.slow
def test_cli_run_with_a_temporary_api_sends_all_its_log_lines_before_the_server_stops(tmp_path) -> None:
    import os
    import sqlite3

    home = tmp_path / "prefect-home"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_bytes((ROOT / "seeds" / "ap-chatham-lobster.txt").read_bytes())
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([str(WIRECOPY), "run", str(tmp_path / "in"),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=300,
                          env=dict(env, PREFECT_HOME=str(home)))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Stopping temporary server" in done.stderr
    # The temporary server kept what it was sent in the home's database: the run's last lines too
    # (sent once the server had stopped, they used to be dropped after a 5 s wait).
    with sqlite3.connect(home / "prefect.db") as db:
        (run_id, state), = db.execute("select id, state_name from flow_run").fetchall()
        logged = [m for (m,) in db.execute("select message from log where flow_run_id = ? order by timestamp",
                                           (run_id,))]
    assert state == "Completed"
    assert logged[0].startswith("Beginning flow run")
    assert logged[-1] == "Finished in state Completed()"
    assert any(m.startswith("chunk 00000: 1 files, 1 articles, 0 rejects") for m in logged)


SETTLED = """
import gc, sys
import wirecopy.flows.ingest
from wirecopy.flows.cli import _settle_for_a_run
{settle}
import pyarrow as pa
pa.table({{"a": [1]}}), pa.array(["x"]), pa.Table.from_pylist([{{"b": 2.5}}])  # what plan and commit build
print("pandas" in sys.modules, gc.get_freeze_count(), len(gc.get_objects()))
"""


@pytest.mark.parametrize("settle", [True, False])
def test_cli_run_freezes_what_it_imported(settle: bool) -> None:
    # The run's own process lives with Prefect's and pyarrow's imports until it ends: frozen, the
    # collector's full collections skip them. pyarrow is left to import pandas as it likes (hiding
    # pandas from it took an import hook; docs/performance.md has the cost of leaving it).
    code = SETTLED.format(settle="_settle_for_a_run()" if settle else "")
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert probe.returncode == 0, probe.stderr
    _pandas, frozen, tracked = probe.stdout.split()
    if settle:
        # pandas, imported by the first arrays after the freeze, stays in the walks: the rest is out
        assert int(frozen) > 3 * int(tracked)
    else:
        assert frozen == "0"
