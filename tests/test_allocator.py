"""Processes that run NER keep freed memory for reuse: the same allocations, a fraction of the page faults."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import json, resource, sys
from wirecopy.flows.runtime.allocator import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else None
again = keep_freed_memory() if kept else None
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(30):
    # A batch's arrays, 1 MB each, written through, then all freed: without the
    # setting malloc hands the freed top of the heap back, and the next batch
    # faults every page in again.
    blocks = [bytearray(1 << 20) for _ in range(20)]
    del blocks
print(json.dumps({"kept": kept, "again": again,
                  "faults": resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before}))
"""


def _probe(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_allocator_freed_blocks_are_reused_not_new_pages() -> None:
    plain, kept = _probe("plain"), _probe("keep")
    assert kept["kept"] is True and kept["again"] is True
    # Without it each round's 20 MB is faulted in again: ~5,000 page faults a round.
    assert plain["faults"] > 30 * 2500
    assert kept["faults"] < plain["faults"] / 20


def test_allocator_the_worker_fork_server_and_the_model_loader_set_it() -> None:
    code = ("import wirecopy.flows.preload, wirecopy.flows.runtime.allocator as a, json; print(json.dumps(a._applied))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) is True
    source = (ROOT / "flows" / "runtime" / "nlp.py").read_text()
    assert "keep_freed_memory()" in source.split("def load_ner", 1)[1].split("def ", 1)[0]
