"""The benchmark runs end to end in a reduced size (a smoke run: nothing timed is asserted)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.corpus import generate

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
    for name in ("bare_spacy", "wirecopy_server", "wirecopy_ephemeral"):
        assert results[name]["stories_per_s"] > 0 and results[name]["peak_rss_mib"] > 0
    assert results["memory"]["peak_rss_4x_mib"] > 0
    assert results["ratio"]["server"] > 0
