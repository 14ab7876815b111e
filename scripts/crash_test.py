#!/usr/bin/env python
"""Kill `wirecopy run` with SIGKILL at random instants; rerun after each; compare with one clean run.

    .venv/bin/python scripts/crash_test.py                      # 20 kills, small corpus (~1-2 min)
    .venv/bin/python scripts/crash_test.py --kills 200 --files 600 --chunk-files 10   # a longer run

A corpus of wire copy (the seeds, the story-version samples of the tests,
generated stories, an exact duplicate, a binary and an empty file) is
delivered into a landing folder in batches, as a feed would. Each trial
delivers the next batch, starts the real `wirecopy run` CLI, and kills its
process group with SIGKILL: either at a random instant after the run took
OUT's lock, or while it is held at a named checkpoint (flows/faults.py):
half-way through writing a Parquet file, just after the run's first Delta
commit (its claim), between two tables' commits, with every table but
`runs` committed, and with `runs` committed but the pending record not yet
removed. The next trial's run is the rerun after the kill: it completes
a run killed after its claim, once. Meanwhile a reader polls the tables as
`wirecopy query` reads them (every table at the versions of the latest
complete run) and checks that every run it sees is whole (its article rows
all there or none) and that no article is there twice.
At the end one run completes, one more must change nothing, and the tables
must equal those of a single clean run over the same corpus: the same rows
in articles, bylines, entities, rejects, story_versions and ingest_log,
no duplicates, nothing missing.

Runs go to a Prefect server: --api-url, else $PREFECT_API_URL, else one
started here for the duration. Exit status 0 when everything held.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WIRECOPY = Path(sys.executable).with_name("wirecopy")
PREFECT = Path(sys.executable).with_name("prefect")
SEEDS = ROOT / "seeds"
SAMPLES = ROOT / "tests" / "samples" / "stories"
ARMED_POINTS = ("parquet-write", "commit-claimed", "commit-between", "commit-runs", "commit-done")
# A random kill comes at a random delay after one of these, picked at random.
RANDOM_ANCHORS = ("run-locked", "plan-done", "chunk-staged", "commit-start")
# Columns that differ between any two runs by design.
VOLATILE = {"run_id", "ingested_at", "rejected_at", "logged_at"}
COMPARED = ("articles", "bylines", "entities", "rejects", "story_versions", "story_sketches", "ingest_log")
T0 = dt.datetime(2025, 3, 3, 6, 0, tzinfo=dt.timezone.utc)

WORDS = (
    "minister council harbour river bridge election budget court ruling factory strike railway "
    "festival museum drought harvest vaccine hospital school teachers union airline airport port "
    "exports imports inflation currency central bank lawmakers parliament coalition protest police "
    "governor mayor province village flood storm rescue crews volunteers company shares profit "
    "quarter forecast contract tender pipeline reactor satellite launch summit talks ceasefire "
    "treaty sanctions tariffs ministry spokesman statement report survey census population "
    "northern southern eastern western coastal mountain capital district border highway tunnel"
).split()
PLACES = [("SEOUL", "Yonhap", "--"), ("LONDON", "Reuters", "-"), ("Paris", "AFP", "-"), ("TOKYO", "Kyodo", "--")]


def corpus(files: int, rng: random.Random) -> list[tuple[str, bytes]]:
    """(name, bytes) in delivery order: story versions in sending order, pairs kept together."""
    items: list[tuple[str, bytes]] = []
    for p in sorted(SEEDS.glob("*.txt")):
        items.append((f"seed-{p.name}", p.read_bytes()))
    for p in sorted(SAMPLES.glob("*.txt")):
        items.append((f"sample-{p.name}", p.read_bytes()))
    items.append(("zz-copy-of-ap-lobster.txt", (SEEDS / "ap-chatham-lobster.txt").read_bytes()))
    items.append(("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256))))
    items.append(("empty.txt", b""))
    n = 0
    while len(items) < files:
        place, agency, dash = PLACES[n % len(PLACES)]
        paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 45))).capitalize() + "."
                      for _ in range(rng.randint(3, 6))]
        headline = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        text = f"{headline}\n\n{place}, March {1 + n % 28} ({agency}) {dash} " + "\n\n".join(paragraphs) + "\n"
        items.append((f"gen-{n:04d}.txt", text.encode("utf-8")))
        n += 1
    return items


def deliver(items: list[tuple[str, bytes]], start: int, landing: Path) -> None:
    """Write files with modification times in delivery order (landing systems set mtime on arrival).

    Each file lands whole, by a rename from a folder beside the landing one, as
    a landing system delivers: written in place, a run scanning the folder
    between the write and the time stamp saw the file with the time of its
    writing, logged it so, and the next run logged it again with its stamp
    (an ingest_log row the clean run has not; seen once in three full suites).
    """
    landing.mkdir(parents=True, exist_ok=True)
    incoming = landing.parent / f".{landing.name}-incoming"
    incoming.mkdir(exist_ok=True)
    for i, (name, data) in enumerate(items):
        staged = incoming / name
        staged.write_bytes(data)
        stamp = (T0 + dt.timedelta(minutes=start + i)).timestamp()
        os.utime(staged, (stamp, stamp))
        os.replace(staged, landing / name)


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    raise SystemExit("prefect server did not start")


class Runner:
    def __init__(self, api_url: str, chunk_files: int, work: Path) -> None:
        self.env = dict(os.environ, PREFECT_API_URL=api_url, WIRECOPY_CHUNK_FILES=str(chunk_files),
                        WIRECOPY_LOCK_WAIT_SECONDS="600",
                        PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING")
        for name in ("WIRECOPY_PAUSE_AT", "WIRECOPY_CHECKPOINT_LOG"):
            self.env.pop(name, None)
        self.work = work
        self.n = 0

    def start(self, landing: Path, out: Path, pause_at: str | None = None) -> tuple[subprocess.Popen, Path]:
        self.n += 1
        log = self.work / f"checkpoints-{self.n:03d}.log"
        env = dict(self.env, WIRECOPY_CHECKPOINT_LOG=str(log))
        if pause_at:
            env.update(WIRECOPY_PAUSE_AT=pause_at, WIRECOPY_PAUSE_SECONDS="60")
        proc = subprocess.Popen([str(WIRECOPY), "run", str(landing), "--out", str(out)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        return proc, log

    def complete(self, landing: Path, out: Path) -> None:
        proc, _ = self.start(landing, out)
        output, _ = proc.communicate(timeout=600)
        if proc.returncode != 0:
            raise SystemExit(f"wirecopy run failed ({proc.returncode}):\n{output.decode(errors='replace')[-3000:]}")


def points(log: Path) -> list[str]:
    try:
        return [line.split()[0] for line in log.read_text().splitlines() if line.strip()]
    except FileNotFoundError:
        return []


def wait_for(proc: subprocess.Popen, log: Path, point: str, timeout: float = 300) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if point in points(log):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    raise SystemExit(f"run never reached {point}")


def kill(proc: subprocess.Popen) -> bool:
    """SIGKILL the run's process group; False when it had already exited."""
    if proc.poll() is not None:
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


class PinnedReader(threading.Thread):
    """Reads the tables as `wirecopy query` does while runs are killed and rerun."""

    def __init__(self, out: Path) -> None:
        super().__init__(daemon=True)
        self.out, self.stop, self.reads, self.violations = out, threading.Event(), 0, []

    def run(self) -> None:
        from wirecopy.flows.warehouse.query import NoWarehouse

        while not self.stop.is_set():
            try:
                self.check()
                self.reads += 1
            except NoWarehouse:
                pass  # no complete run yet
            time.sleep(0.2)

    def check(self) -> None:
        from wirecopy.flows.warehouse.query import connect

        con = connect(self.out)
        try:  # closed here, in this thread: a connection left to the interpreter's exit can abort it
            arts = dict(con.execute("select run_id, count(*) from articles group by 1").fetchall())
            dupes = con.execute("select count(*) - count(distinct article_id) from articles").fetchone()[0]
            runs = {r: n for r, n in con.execute("select run_id, articles from runs").fetchall()}
        finally:
            con.close()
        if dupes:
            self.violations.append(f"{dupes} duplicate article rows visible")
        for run_id, n in arts.items():
            if run_id not in runs:
                self.violations.append(f"run {run_id}: articles visible without its runs row")
            elif runs[run_id] != n:
                self.violations.append(f"run {run_id}: {n} of {runs[run_id]} article rows visible")


def table_rows(out: Path, landing: Path) -> dict[str, list[tuple]]:
    """Every compared table as sorted rows (deltalake's own reader, latest version), volatile columns out."""
    from deltalake import DeltaTable

    prefix = str(landing.resolve()) + "/"
    found = {}
    for table in COMPARED:
        data = DeltaTable(str(out / table)).to_pyarrow_table()
        names = [n for n in data.column_names if n not in VOLATILE]
        rows = []
        for row in data.select(names).to_pylist():
            rows.append(tuple(v.replace(prefix, "") if isinstance(v, str) else v for v in row.values()))
        found[table] = sorted(rows, key=repr)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--files", type=int, default=36)
    ap.add_argument("--chunk-files", type=int, default=3)
    ap.add_argument("--seed", type=int, default=int(os.environ.get("CRASH_SEED", "6")))
    ap.add_argument("--api-url", default=os.environ.get("PREFECT_API_URL"))
    ap.add_argument("--work", type=Path, help="keep everything here (default: a temporary folder, removed)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = args.work or Path(tempfile.mkdtemp(prefix="wirecopy-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    server = None
    began = time.monotonic()
    try:
        api_url = args.api_url
        if not api_url:
            server, api_url = start_server(work / "prefect-home")
        runner = Runner(api_url, args.chunk_files, work)
        items = corpus(args.files, rng)
        landing, out, clean_landing, clean_out = work / "in", work / "out", work / "clean-in", work / "clean-out"
        deliver(items, 0, clean_landing)
        runner.complete(clean_landing, clean_out)

        batch = max(1, len(items) // (args.kills + 2))
        delivered, kills, finished = 0, [], 0
        reader = PinnedReader(out)
        reader.start()
        # Each run is started while the one before it still holds the lock, so
        # its start-up overlaps the run it follows; it takes the lock the moment
        # the kernel releases it from the killed process.
        # Three trials in five are held at a named point, in turn; the others are killed at random.
        armed = iter(ARMED_POINTS * args.kills)
        modes = [next(armed) if i % 5 < 3 else None for i in range(args.kills * 3)]
        delivered = _deliver_batch(items, delivered, batch, landing)
        proc, log = runner.start(landing, out, modes[0])
        while len(kills) < args.kills:
            if len(kills) + finished > args.kills * 2:
                raise SystemExit(f"only {len(kills)} kills in {len(kills) + finished} runs")
            pause_at = modes[len(kills) + finished]
            if not wait_for(proc, log, "run-locked"):
                raise SystemExit(f"a run failed before taking the lock:\n{proc.communicate()[0].decode()[-3000:]}")
            last = len(kills) + 1 == args.kills
            delivered = _deliver_batch(items, delivered, len(items) if last else batch, landing)
            nxt = runner.start(landing, out, None if last else modes[len(kills) + finished + 1])
            if pause_at:
                reached = wait_for(proc, log, pause_at)
            else:
                reached = wait_for(proc, log, rng.choice(RANDOM_ANCHORS))
                time.sleep(rng.uniform(0, 0.5))
            seen = points(log)
            if reached and kill(proc):
                kills.append({"armed": pause_at, "after": seen[-1] if seen else None})
            else:
                finished += 1
                output, _ = proc.communicate()
                if proc.returncode != 0:
                    raise SystemExit(f"wirecopy run failed:\n{output.decode(errors='replace')[-3000:]}")
            proc, log = nxt
        output, _ = proc.communicate(timeout=600)
        if proc.returncode != 0:
            raise SystemExit(f"the final run failed:\n{output.decode(errors='replace')[-3000:]}")
        after_final = table_rows(out, landing)
        runner.complete(landing, out)  # must change nothing
        reader.stop.set()
        reader.join()

        clean = table_rows(clean_out, clean_landing)
        again = table_rows(out, landing)
        problems = list(dict.fromkeys(reader.violations))
        for table in COMPARED:
            if again[table] != clean[table]:
                missing = len(set(clean[table]) - set(again[table]))
                extra = len(set(again[table]) - set(clean[table]))
                problems.append(f"{table}: {len(again[table])} rows vs {len(clean[table])} in the clean run "
                                f"({missing} missing, {extra} not in the clean run)")
            if again[table] != after_final[table]:
                problems.append(f"{table}: the run after the final run changed it")
        from deltalake import DeltaTable

        ids = DeltaTable(str(out / "articles")).to_pyarrow_table(columns=["article_id"]).column(0).to_pylist()
        dupes = len(ids) - len(set(ids))
        if dupes:
            problems.append(f"{dupes} duplicate article rows")
        report = {
            "kills": len(kills),
            "killed_after": _tally(k["after"] for k in kills),
            "armed": _tally(k["armed"] for k in kills if k["armed"]),
            "runs_that_finished_before_the_kill": finished,
            "files": len(items),
            "articles": len(clean["articles"]),
            "reads_during_crashes": reader.reads,
            "seconds": round(time.monotonic() - began, 1),
            "problems": problems,
        }
        if args.json:
            print(json.dumps(report))
        else:
            for key, value in report.items():
                print(f"{key}: {value}")
        return 1 if problems else 0
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


def _deliver_batch(items: list[tuple[str, bytes]], delivered: int, size: int, landing: Path) -> int:
    if delivered < len(items):
        deliver(items[delivered:delivered + size], delivered, landing)
    return min(len(items), delivered + size)


def _tally(values) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[str(v)] = counts.get(str(v), 0) + 1
    return dict(sorted(counts.items()))


if __name__ == "__main__":
    code = main()
    # The report is printed and every reader joined; what is left is the interpreter's teardown of the
    # DuckDB, pyarrow and deltalake threads hundreds of pinned reads started. Once in a full test run that
    # teardown aborted (std::terminate) after a clean report, so this harness ends without it. wirecopy's
    # own commands exit normally (no os._exit in product code).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
