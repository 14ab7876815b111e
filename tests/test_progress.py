"""Progress of `wirecopy run`: a bar on a terminal, whole log lines above it; plain lines in a pipe."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import time
from pathlib import Path

import pytest
from rich.console import Console

from tests.conftest import WIRECOPY, PrefectServer, copy_seeds
from wirecopy.flows.runtime import progress

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} \| (INFO|WARNING|ERROR) +\| ")


def _segments(raw: str) -> list[str]:
    """What a terminal ends up showing: ANSI codes gone, each line cut at carriage returns."""
    text = ANSI.sub("", raw)
    return [seg for line in text.split("\n") for seg in line.split("\r") if seg.strip()]


@pytest.mark.parametrize(
    ("total", "done", "stories", "expected"),
    [
        (10, 0, 0, "progress: 0/10 files (0%), 0 stories, 0.0 stories/s, ETA -:--:--"),
        (10, 5, 7, "progress: 5/10 files (50%), 7 stories"),
        (4, 4, 4, "progress: 4/4 files (100%), 4 stories"),
        (0, 0, 0, "progress: 0/0 files (100%), 0 stories"),
    ],
)
def test_progress_log_line_counts(total: int, done: int, stories: int, expected: str) -> None:
    rate = progress.Rate()
    rate.planned(total)
    if done:
        rate.advanced(done, stories)
    assert rate.line().startswith(expected)
    if done == total and total:
        assert rate.line().endswith("ETA 0:00:00")


def test_progress_bar_routes_prefect_logs_above_itself() -> None:
    from prefect.logging import get_logger

    import wirecopy.flows.ingest  # noqa: F401  (configures Prefect's logging, as `wirecopy run` does)

    handlers, _ = progress.terminal_log_handlers()
    assert handlers, "Prefect's console handler is configured on import"
    before = [h.console for h in handlers]
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    with progress.bar_on(console) as bar:
        assert progress.for_run() is bar
        bar.planned(4)
        get_logger("wirecopy").info("chunk 00000: 4 files, 4 articles, 0 rejects")
        bar.advanced(4, 4)
        time.sleep(0.3)  # one refresh of the bar
    assert [h.console for h in handlers] == before
    assert isinstance(progress.for_run(), progress.LogProgress)
    segments = _segments(out.getvalue())
    logged = [s for s in segments if "chunk 00000" in s]
    assert logged and all(LOG_LINE.match(s) for s in logged), segments
    assert any("4/4 files" in s and "stories/s" in s and "ETA" in s for s in segments), segments


@pytest.fixture(scope="module")
def landing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = copy_seeds(tmp_path_factory.mktemp("progress") / "in")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.mark.slow
def test_progress_bar_on_a_terminal_keeps_log_lines_whole(
        prefect_server: PrefectServer, landing: Path, tmp_path: Path) -> None:
    """The real CLI on a pseudo-terminal, against the test server (no ephemeral API to start)."""
    output, code = _run_on_pty([str(WIRECOPY), "run", str(landing), "--out", str(tmp_path / "out")],
                               prefect_server.env(COLUMNS="140", LINES="40", TERM="xterm-256color"))
    assert code == 0, output[-3000:]
    segments = _segments(output)
    bar = [s for s in segments if "files" in s and "stories/s" in s and "ETA" in s]
    assert any("ingesting" in s and "5/5 files" in s for s in bar), segments
    logged = [s for s in segments if "| INFO" in s]
    assert any("Finished in state Completed" in s for s in logged)
    assert all(LOG_LINE.match(s) for s in logged), [s for s in logged if not LOG_LINE.match(s)]


@pytest.mark.slow
def test_progress_plain_lines_when_not_a_terminal(
        prefect_server: PrefectServer, landing: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(WIRECOPY), "run", str(landing), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=300, env=prefect_server.env())
    assert result.returncode == 0, result.stderr[-3000:]
    assert "\x1b[" not in result.stderr  # no cursor movement, no colour
    assert re.search(r"Flow run '[\w-]+' - progress: 5/5 files \(100%\), 4 stories, [\d.]+ stories/s, ETA 0:00:00",
                     result.stderr), result.stderr[-3000:]


def _run_on_pty(args: list[str], env: dict[str, str], timeout: float = 300) -> tuple[str, int]:
    main, child = pty.openpty()
    proc = subprocess.Popen(args, stdin=child, stdout=child, stderr=child, env=env, close_fds=True)
    os.close(child)
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.5)
            if ready:
                try:
                    data = os.read(main, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main)
    return b"".join(chunks).decode("utf-8", errors="replace"), code
