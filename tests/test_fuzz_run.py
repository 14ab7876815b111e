"""The whole pipeline under fuzzing: hypothesis-made landing folders through a real `wirecopy run`.

Each example is a folder of good stories (the plain-text seeds) mixed with
generated trouble: random bytes, seeds in other formats cut and spliced
(broken XML and JSON), long lines, names of arbitrary bytes, and symlinks
(into procfs, out of SOURCE, dangling, inside). The run must exit 0, every
good file must become an article, every entry must end as articles or as
exactly one reject, and nothing outside SOURCE may reach the quarantine.
Few examples: each is a real run of some seconds.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS, TEXT_SEEDS, delta_con, mutated, run_cli
from wirecopy.flows.inputs.discover import printable_path

pytestmark = pytest.mark.slow

MUTABLE = ["newsml-g2-reuters-singapore.xml", "nitf-pa-manchester-trams.xml", "ninjs-aap-sydney.json",
           "iptc7901-dpa-rail-strike.txt", "anpa1312-ap-utah-wildfire.anpa"]
LINKS = ["/proc/self/environ", "/proc/self/mem", "/dev/zero", "OUTSIDE", "DANGLING", "INSIDE"]

names = st.binary(min_size=1, max_size=24).map(lambda b: b.replace(b"/", b"-").replace(b"\x00", b"-"))
contents = st.one_of(
    st.binary(max_size=3000),
    st.sampled_from(MUTABLE).flatmap(lambda seed: mutated((SEEDS / seed).read_bytes())),
    st.integers(10_000, 120_000).map(lambda n: b"SEOUL, July 5 (Yonhap) -- " + b"long line " * (n // 10)),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.just(b"[1, 2, 3]"),
)
entries = st.lists(st.tuples(names, st.one_of(contents, st.sampled_from(LINKS))), min_size=1, max_size=12)


def _rows(out: Path, table: str, columns: str) -> list[tuple]:
    return delta_con(out).execute(f"select {columns} from {table}").fetchall()


def _make(folder: Path, generated: list[tuple[bytes, bytes | str]]) -> tuple[set[str], set[str]]:
    """The landing folder; returns (every input's URI name, the good files' names)."""
    folder.mkdir(parents=True)
    outside = folder.parent / "outside.txt"
    outside.write_bytes(b"SEOUL, July 5 (Yonhap) -- A story kept outside the landing folder, never to be read.\n")
    good = set()
    for name in TEXT_SEEDS:
        shutil.copy(SEEDS / name, folder / name)
        good.add(name)
    inputs = set(good)
    base = os.fsencode(folder)
    for n, (raw, what) in enumerate(generated):
        name = b"fz%02d-" % n + raw
        path = base + b"/" + name
        if what == "OUTSIDE":
            os.symlink(os.fsencode(outside), path)
        elif what == "DANGLING":
            os.symlink(base + b"/no-such-file", path)
        elif what == "INSIDE":
            os.symlink(os.fsencode(folder / TEXT_SEEDS[0]), path)
        elif isinstance(what, str):
            os.symlink(what.encode(), path)
        else:
            with open(path, "wb") as fh:
                fh.write(what)
        inputs.add(printable_path(os.fsdecode(name)))
    return inputs, good


@settings(max_examples=2, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(generated=entries)
def test_fuzz_run_every_file_accounted_for_and_good_files_land(tmp_path_factory, generated) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    folder, out, quarantine = root / "in", root / "out", root / "quarantine"
    inputs, good = _make(folder, generated)
    result = run_cli("run", str(folder), "--out", str(out), "--reference-date", "2024-07-05",
                     "--quarantine", str(quarantine), "--max-file-size", "1M", "--max-lines", "20000", timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    articles = {Path(u).name for (u,) in _rows(out, "articles", "distinct source_uri")}
    rejects = [Path(u).name for (u,) in _rows(out, "rejects", "source_uri")]
    assert good <= articles
    assert len(rejects) == len(set(rejects))
    assert not articles & set(rejects)
    assert articles | set(rejects) == inputs
    assert _rows(out, "runs", "files_seen") == [(len(inputs),)]
    kept = [p.read_bytes() for p in quarantine.iterdir()] if quarantine.exists() else []
    assert not any(b"never to be read" in data or b"PATH=" in data for data in kept)
