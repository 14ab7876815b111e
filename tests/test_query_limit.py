"""`wirecopy query` on a terminal draws at most --limit rows and says how many more; pipes get every row."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pyarrow as pa
import pytest

from tests.conftest import WIRECOPY, run_cli
from wirecopy.flows import cli
from wirecopy.flows.warehouse.query import connect
from wirecopy.flows.warehouse.results import first_rows

ROWS = "select range as n from range(2500)"


def _on_a_terminal(*args: str) -> str:
    """What `wirecopy ARGS` prints with standard output on a pseudo-terminal."""
    leader, follower = os.openpty()
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    with subprocess.Popen([str(WIRECOPY), *args], stdout=follower, stderr=subprocess.PIPE, env=env) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    os.close(leader)
    return re.sub(r"\x1b\[[0-9;]*m", "", b"".join(chunks).decode()).replace("\r\n", "\n")


def _body_rows(text: str) -> list[int]:
    return [int(m.group(1)) for m in re.finditer(r"^│\s+(\d+) │$", text, re.MULTILINE)]


def test_query_limit_default_caps_a_terminal_at_1000_rows(seed_warehouse: Path) -> None:
    text = _on_a_terminal("query", ROWS, "--out", str(seed_warehouse))
    assert _body_rows(text) == list(range(cli.TERMINAL_ROWS))
    assert text.splitlines()[-1] == ("1000 of 2500 rows shown, 1500 more: raise --limit, "
                                     "or use --format csv|json|jsonl|parquet for every row")


def test_query_limit_option_on_a_terminal(seed_warehouse: Path) -> None:
    text = _on_a_terminal("query", ROWS, "--out", str(seed_warehouse), "--limit", "7")
    assert _body_rows(text) == list(range(7))
    assert "7 of 2500 rows shown, 2493 more" in " ".join(text.split())


def test_query_limit_a_pipe_gets_every_row(seed_warehouse: Path) -> None:
    piped = run_cli("query", ROWS, "--out", str(seed_warehouse))
    assert piped.returncode == 0, piped.stderr
    assert _body_rows(piped.stdout) == list(range(2500))
    assert " ".join(piped.stdout.split()).endswith("└──────┘ 2500 rows")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_query_limit_other_formats_are_never_cut(seed_warehouse: Path, fmt: str) -> None:
    result = run_cli("query", ROWS, "--out", str(seed_warehouse), "--format", fmt, "--limit", "5")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2500 + (fmt == "csv")
    assert json.loads(lines[-1]) == {"n": 2499} if fmt == "jsonl" else lines[-1] == "2499"


def test_query_limit_first_rows_counts_the_rest_across_batches() -> None:
    schema = pa.schema([("n", pa.int64())])
    batches = [pa.record_batch([pa.array(range(i, i + 4))], schema=schema) for i in range(0, 12, 4)]
    kept, total = first_rows(pa.RecordBatchReader.from_batches(schema, batches), 6)
    assert (kept["n"].to_pylist(), total) == ([0, 1, 2, 3, 4, 5], 12)
    kept, total = first_rows(pa.RecordBatchReader.from_batches(schema, batches), None)
    assert (kept.num_rows, total) == (12, 12)


def test_query_help_lists_every_view(seed_warehouse: Path) -> None:
    con = connect(seed_warehouse)
    # Names starting with "_" are the connection's own (the runs log under the pinned `runs` view).
    views = {name for (name,) in con.execute("select table_name from information_schema.tables").fetchall()
             if not name.startswith("_")}
    listed = {name.split(" ")[0] for name in cli.QUERY_VIEWS.split(", ")}
    assert listed == views
    shown = " ".join(run_cli("query", "--help").stdout.split())
    for name in views:
        assert name in shown
