"""What a person at the terminal sees when something is wrong: a line or two, an exit code, no traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_cli
from wirecopy.flows import errors

MAX_LINES = 8


def _short(result: subprocess.CompletedProcess[str], code: int, *said: str) -> None:
    """Exit `code`, at most MAX_LINES lines on the terminal, no traceback, and the words a user needs."""
    text = result.stdout + result.stderr
    assert result.returncode == code, text[-3000:]
    assert len(text.splitlines()) <= MAX_LINES, text
    assert "Traceback" not in text and "╭" not in text, text
    flat = " ".join(text.split())
    for words in said:
        assert words in flat, text


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once it is closed


def test_errors_out_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "warehouse").write_text("not a folder")
    result = run_cli("run", str(SEEDS), "--out", str(tmp_path / "warehouse"))
    _short(result, 2, f"OUT {tmp_path / 'warehouse'} is a file, not a folder", "give --out a folder")


def test_errors_out_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "warehouse").write_text("not a folder")
    result = run_cli("run", str(SEEDS), "--out", str(tmp_path / "warehouse" / "tables"))
    _short(result, 2, f"{tmp_path / 'warehouse'} is a file")


def test_errors_out_that_cannot_be_written(tmp_path: Path) -> None:
    # /proc takes no new folders, not even from root (the tests may run as root, where chmod does not bite).
    result = run_cli("run", str(SEEDS), "--out", "/proc/wirecopy-warehouse")
    _short(result, 2, "cannot write to OUT /proc/wirecopy-warehouse", "a folder you can write to")


def test_errors_unreachable_dask_address(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_closed_port()}"
    result = run_cli("run", str(SEEDS), "--out", str(tmp_path / "out"), "--dask-address", address)
    _short(result, 2, f"no Dask scheduler at {address}", "leave out --dask-address")
    assert not (tmp_path / "out").exists()  # refused before anything was made


def test_errors_dask_address_that_is_not_an_address(tmp_path: Path) -> None:
    result = run_cli("run", str(SEEDS), "--out", str(tmp_path / "out"), "--dask-address", "tcp://nowhere")
    _short(result, 2, "is not tcp://HOST:PORT")


@pytest.mark.parametrize(("text", "said"), [
    ("workers = \"two\"\n", "`workers` must be a whole number"),
    ("worker = 2\n", "unknown setting(s) worker"),
    ("workers = [\n", "wirecopy.toml"),
])
def test_errors_bad_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, said: str) -> None:
    (tmp_path / "wirecopy.toml").write_text(text)
    monkeypatch.setenv("WIRECOPY_SETTINGS", str(tmp_path / "wirecopy.toml"))
    _short(run_cli("run", str(SEEDS), "--out", str(tmp_path / "out")), 2, said)


def test_errors_bad_setting_in_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECOPY_WORKERS", "many")
    _short(run_cli("run", str(SEEDS), "--out", str(tmp_path / "out")), 2, "WIRECOPY_WORKERS='many'")


@pytest.mark.parametrize(("sql", "said"), [
    ("selec * from articles", 'syntax error at or near "selec"'),
    ("select * from artcles", "artcles does not exist"),
    ("delete from articles", "DELETE statements are not allowed: wirecopy query only reads"),
])
def test_errors_bad_sql(seed_warehouse: Path, sql: str, said: str) -> None:
    _short(run_cli("query", sql, "--out", str(seed_warehouse)), 2, said)


def test_errors_query_without_a_warehouse(tmp_path: Path) -> None:
    _short(run_cli("query", "select 1", "--out", str(tmp_path / "nothing")), 2, "no warehouse")


def test_errors_verbose_shows_the_traceback(tmp_path: Path) -> None:
    (tmp_path / "warehouse").write_text("not a folder")
    for args in (["--verbose", "run"], ["run", "--verbose"]):
        result = run_cli(*args, str(SEEDS), "--out", str(tmp_path / "warehouse"))
        assert result.returncode == 2
        assert "Traceback (most recent call last)" in result.stderr
        assert "in writable_out" in result.stderr
        assert result.stderr.rstrip().endswith("give --out a folder (it is created if missing)")


def test_errors_report_an_unexpected_failure_in_two_lines(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        {}["articles"]
    except KeyError as exc:
        code = errors.report(exc, verbose=False)
    assert code == errors.FAILED
    assert capsys.readouterr().err.splitlines() == ["error: KeyError: 'articles'", f"  {errors.VERBOSE_HINT}"]


def test_errors_report_an_os_error_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    try:
        (tmp_path / "gone" / "x").read_text()
    except OSError as exc:
        code = errors.report(exc, verbose=True)
    err = capsys.readouterr().err
    assert code == errors.FAILED
    assert "Traceback (most recent call last)" in err
    assert err.splitlines()[-1] == f"error: No such file or directory ({tmp_path / 'gone' / 'x'})"


def test_errors_interrupt_is_quiet_and_exit_130() -> None:
    # The interrupt comes once the command runs, not on a timer started before the imports: on a loaded
    # machine importing the CLI may take longer than any fixed delay, and the signal would miss the command.
    # A shell starts the CLI with SIGINT at its default; a test run may have left it ignored, which a child
    # inherits (the suite saw exit 0 so), so the child sets Python's default handler first.
    code = ("import signal, sys, threading\n"
            "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
            "from wirecopy.flows import cli\n"
            "@cli.app.command()\n"
            "def wait() -> None:\n"
            "    threading.Timer(0.5, lambda: signal.raise_signal(signal.SIGINT)).start()\n"
            "    threading.Event().wait(30)\n"
            "sys.argv = ['wirecopy', 'wait']\n"
            "cli.main()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert (done.returncode, done.stderr) == (130, "")


def test_errors_exit_codes_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in errors.EXIT_CODES:
        assert f"| {code} |" in readme
