"""The benchmark runs end to end in a reduced size (a smoke run: nothing timed is asserted)."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from benchmarks.rss import run_measured, tree_rss_kb

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_corpus_is_deterministic_and_varied() -> None:
    first = [s.text for s in generate(40, seed=3)]
    assert first == [s.text for s in generate(40, seed=3)]
    agencies = {s.name.split("-", 1)[1] for s in generate(200)}
    assert {"ap.txt", "reuters.txt", "afp.txt", "yonhap.txt"} <= agencies
    lengths = [s.words for s in generate(200)]
    assert min(lengths) < 100 < 400 < max(lengths)


def test_benchmark_smoke_run_reports_every_figure(tmp_path: Path) -> None:
    report = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks.throughput", "--smoke", "--json", str(report)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ratio b/a" in done.stdout
    results = json.loads(report.read_text())
    for name in ("bare_spacy", "bare_spacy_same_malloc", "wirecopy_server", "wirecopy_ephemeral"):
        assert results[name]["stories_per_s"] > 0 and results[name]["peak_rss_mib"] > 0
    assert results["memory"]["peak_rss_4x_mib"] > 0
    assert results["ratio"]["server"] > 0
    (pair,) = results["ratio"]["server_pairs"]  # one (a) run beside one (b) run
    assert results["ratio"]["server_median_pair"] == pair
    assert abs(pair - results["ratio"]["server"]) < 0.01
    assert results["ratio"]["server_vs_bare_same_malloc"] > 0  # the same two runs (the ratio is of rounded seconds)


def test_benchmark_tree_rss_is_each_process_vmrss_summed_over_children() -> None:
    def vmrss_kb(pid: int) -> int:
        return int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0])

    hold = "x = bytearray(96 << 20); x[::4096] = b'1' * len(x[::4096]); import time; time.sleep(30)"
    parent = subprocess.Popen([sys.executable, "-c", "import subprocess, sys, time; c = subprocess.Popen("
                               f"[sys.executable, '-c', {hold!r}]); print(c.pid, flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    child = None
    try:
        child = int(parent.stdout.readline())
        deadline = time.monotonic() + 20
        while vmrss_kb(child) < 96 * 1024 and time.monotonic() < deadline:
            time.sleep(0.05)
        mine, theirs = vmrss_kb(parent.pid), vmrss_kb(child)
        assert theirs > 96 * 1024
        # Resident sizes move a little between reads: within a MiB of the two read one by one.
        assert abs(tree_rss_kb(parent.pid) - (mine + theirs)) < 1024
    finally:
        parent.kill()
        if child is not None:
            subprocess.run(["kill", "-9", str(child)], check=False)
        parent.wait()


def test_benchmark_run_measured_sees_the_peak_of_a_child_process() -> None:
    seconds, peak_mib, done = run_measured([sys.executable, "-c", "import subprocess, sys; subprocess.run("
                                            "[sys.executable, '-c', 'x = bytearray(160 << 20); x[::4096] = "
                                            "b\"1\" * len(x[::4096]); import time; time.sleep(1)'])"],
                                           interval=0.05)
    assert done.returncode == 0, done.stderr
    assert 160 <= peak_mib < 400 and seconds >= 1
