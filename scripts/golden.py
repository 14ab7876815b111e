"""Golden outputs: every article, byline and entity row a run writes, in a form two runs can be compared in.

    .venv/bin/python scripts/golden.py capture DIR [--eval-dir ../shared/eval-dev] [--stories 5000]
    .venv/bin/python scripts/golden.py compare DIR_BEFORE DIR_AFTER

A refactoring must not change what the pipeline writes. `capture` runs
`wirecopy run` on two inputs, eval-dev (each file given its transmission
time, as run.sh does) and the benchmark corpus (benchmarks/corpus.py, a
fixed reference date), and writes each table's rows as sorted JSON lines
under DIR, without what differs from run to run by design (run ids,
ingestion times, the temporary folder's path). `compare` says, table by
table, whether two captures are identical, and shows the first rows that
differ.

The rows are read with deltalake's own reader, not wirecopy's, so the check
does not lean on the code it checks. Capture from a checkout and venv of its
own (`git worktree add`, `make install` there): a run's worker processes
import the code of the editable checkout they were installed from, so a
capture taken while that checkout is being edited mixes two versions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TABLES = ("articles", "bylines", "entities", "article_entities")
# Columns that differ between two runs of the same code on the same input.
VOLATILE = {"run_id", "ingested_at", "ingest_date"}
PATH_COLUMNS = {"source_uri"}
BENCH_REFERENCE = "2026-03-02"


def _rows(out: Path, table: str) -> list[str]:
    from deltalake import DeltaTable

    data = DeltaTable(str(out / table)).to_pyarrow_table().to_pylist()
    lines = []
    for row in data:
        kept = {}
        for name, value in sorted(row.items()):
            if name in VOLATILE:
                continue
            if name in PATH_COLUMNS and isinstance(value, str):
                value = value.rsplit("/", 1)[-1]
            if isinstance(value, dt.date | dt.datetime):
                value = value.isoformat()
            kept[name] = value
        lines.append(json.dumps(kept, sort_keys=True, ensure_ascii=False, default=str))
    return sorted(lines)


def _run(source: Path, out: Path, *extra: str) -> None:
    wirecopy = Path(sys.executable).with_name("wirecopy")
    command = [str(wirecopy), "run", str(source), "--out", str(out), *extra]
    print("running: " + " ".join(command), file=sys.stderr)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"wirecopy run failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def capture(target: Path, eval_dir: Path, stories: int) -> None:
    from benchmarks.corpus import write_corpus

    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wirecopy-golden-") as work:
        work_dir = Path(work)
        inputs = work_dir / "eval-dev"
        shutil.copytree(eval_dir / "inputs", inputs)
        for line in (eval_dir / "mtimes.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip():
                name, seconds = line.split("\t")
                os.utime(inputs / name, (int(seconds), int(seconds)))
        corpus = work_dir / "corpus"
        corpus.mkdir()
        write_corpus(corpus, stories)
        for name, source, extra in (("eval-dev", inputs, ()),
                                    ("corpus", corpus, ("--reference-date", BENCH_REFERENCE))):
            out = work_dir / f"out-{name}"
            _run(source, out, *extra)
            for table in TABLES:
                rows = _rows(out, table)
                (target / f"{name}.{table}.jsonl").write_text("".join(r + "\n" for r in rows), encoding="utf-8")
                print(f"{name}.{table}: {len(rows)} rows", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    differing = 0
    for path in sorted(before.glob("*.jsonl")):
        old = path.read_text(encoding="utf-8").splitlines()
        other = after / path.name
        new = other.read_text(encoding="utf-8").splitlines() if other.exists() else []
        if old == new:
            print(f"{path.stem}: identical ({len(old)} rows)")
            continue
        differing += 1
        gone, came = sorted(set(old) - set(new)), sorted(set(new) - set(old))
        print(f"{path.stem}: DIFFERS ({len(old)} -> {len(new)} rows; {len(gone)} only before, {len(came)} only after)")
        for line in gone[:3]:
            print(f"  - {line[:400]}")
        for line in came[:3]:
            print(f"  + {line[:400]}")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("capture")
    cap.add_argument("dir", type=Path)
    cap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval-dev")
    cap.add_argument("--stories", type=int, default=5000)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "capture":
        capture(args.dir, args.eval_dir, args.stories)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
