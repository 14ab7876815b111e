"""A warehouse in an object store: URL parsing, the manifest commit protocol and its mirror (memory://, no Prefect)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import uuid
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import schemas
from flows import locations, objectstore, snapshots, store, warehouse
from flows.locations import LocationError, Remote
from tests.conftest import WIRECOPY, S3Server, copy_seeds, run_cli

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def remote() -> Remote:
    """A fresh prefix in fsspec's (process-wide) memory filesystem."""
    found = locations.parse(f"memory://wc-test/{uuid.uuid4().hex[:8]}/warehouse", {})
    assert isinstance(found, Remote)
    yield found
    found.fs.rm(found.root, recursive=True) if found.fs.exists(found.root) else None


def _rejects(run: str, n: int):
    rows = [{"source_uri": f"/in/{run}-{i}.bin", "reason": "binary", "detail": None, "content_sha256": f"{run}{i}",
             "size_bytes": 10, "rejected_at": T0, "run_id": run, "quarantine_uri": None} for i in range(n)]
    return schemas.to_table(rows, schemas.REJECTS)


def _run(cache: Path, remote: Remote, run: str, *, parts: int = 1, keep: int = 3, grace: float = 600.0) -> int:
    """What the ingest flow does with a remote OUT: pull, commit locally, push."""
    base = objectstore.pull(remote, cache)
    snapshots.recover(cache)
    txn = snapshots.Transaction(cache, "ingest", run)
    for p in range(parts):
        path = store.stage(cache, run, "rejects", _rejects(f"{run}p{p}", 2), "2025-03-03", f"{p:05d}")
        txn.add("rejects", path, 2)
    txn.commit(keep=keep, grace_seconds=grace)
    snapshots.remove_staging(cache, run)
    return objectstore.push(cache, remote, base, keep=keep, grace_seconds=grace)


def _remote_rows(remote: Remote) -> int:
    return warehouse.connect(remote).execute("select count(*) from rejects").fetchone()[0]


def _files(remote: Remote, table: str = "rejects") -> list[str]:
    return sorted(p[len(remote.root) + 1:] for p in remote.fs.find(remote.path(table)))


@pytest.mark.parametrize(("text", "local"), [
    ("warehouse", Path("warehouse")),
    ("/srv/wire copy/out", Path("/srv/wire copy/out")),
    ("file:///srv/out", Path("/srv/out")),
    ("file://relative/out", Path("relative/out")),
])
def test_objectstore_local_locations_are_paths(text: str, local: Path) -> None:
    assert locations.parse(text, {}) == local


def test_objectstore_s3_url_names_bucket_and_prefix() -> None:
    found = locations.parse("s3://warehouse/wc/", {"key": "k", "secret": "s", "endpoint_url": "http://127.0.0.1:9"})
    assert isinstance(found, Remote)
    assert (found.url, found.root, found.uri("articles/x.parquet")) == (
        "s3://warehouse/wc", "warehouse/wc", "s3://warehouse/wc/articles/x.parquet")


@pytest.mark.parametrize(("text", "says"), [
    ("ftp://host/landing", "not an object store"),
    ("s3://", "names no bucket"),
    ("gs://bucket/x", "needs the package gcsfs"),
    ("", "empty"),
])
def test_objectstore_bad_locations_say_why(text: str, says: str) -> None:
    with pytest.raises(LocationError, match=says):
        locations.parse(text, {})


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.builds(lambda s, rest: f"{s}://{rest}",
                                      st.sampled_from(["s3", "memory", "file", "ftp", "gs", "S3", "x-y"]), st.text())))
def test_objectstore_parse_raises_only_location_error(text: str) -> None:
    try:
        found = locations.parse(text, {})
    except LocationError:
        return
    assert isinstance(found, (Path, Remote))


def test_objectstore_commit_publishes_manifest_and_files(tmp_path: Path, remote: Remote) -> None:
    assert _run(tmp_path / "cache", remote, "r1", parts=2) == 1
    manifest = json.loads(remote.fs.cat_file(remote.path("_snapshots/v00000001.json")))
    assert manifest["format"] == snapshots.FORMAT and manifest["run_id"] == "r1"
    assert [f["path"] for f in manifest["tables"]["rejects"]] == _files(remote)
    assert _remote_rows(remote) == 4
    assert _run(tmp_path / "cache", remote, "r2") == 2
    assert _remote_rows(remote) == 6


def test_objectstore_second_writer_of_a_version_is_refused(tmp_path: Path, remote: Remote) -> None:
    _run(tmp_path / "a", remote, "r1")
    base_a = objectstore.pull(remote, tmp_path / "a")
    base_b = objectstore.pull(remote, tmp_path / "b")
    for cache, run in ((tmp_path / "a", "ra"), (tmp_path / "b", "rb")):
        txn = snapshots.Transaction(cache, "ingest", run)
        txn.add("rejects", store.stage(cache, run, "rejects", _rejects(run, 2), "2025-03-03", "0"), 2)
        txn.commit()
    assert objectstore.push(tmp_path / "a", remote, base_a, keep=3, grace_seconds=600) == 2
    with pytest.raises(snapshots.ConcurrentCommit, match="another writer committed _snapshots/v00000002.json first"):
        objectstore.push(tmp_path / "b", remote, base_b, keep=3, grace_seconds=600)
    runs = warehouse.connect(remote).execute("select distinct run_id from rejects order by 1").fetchall()
    assert runs == [("r1p0",), ("ra",)]  # rows of the first run carry its part in their run_id


def test_objectstore_pull_into_an_empty_cache(tmp_path: Path, remote: Remote) -> None:
    _run(tmp_path / "writer", remote, "r1", parts=2)
    objectstore.pull(remote, tmp_path / "fresh")
    snap = snapshots.current(tmp_path / "fresh")
    assert snap is not None and snap.version == 1
    assert sorted(p.read_bytes() for p in snap.paths("rejects")) == sorted(
        remote.fs.cat_file(remote.path(rel)) for rel in _files(remote))


def test_objectstore_pull_downloads_only_new_files(tmp_path: Path, remote: Remote, monkeypatch) -> None:
    _run(tmp_path / "a", remote, "r1", parts=2)
    _run(tmp_path / "b", remote, "r2")  # b pulls r1's two files, commits one more
    fetched = []
    real = remote.fs.get_file
    monkeypatch.setattr(remote.fs, "get_file", lambda src, dst, **kw: (fetched.append(src), real(src, dst, **kw)))
    base = objectstore.pull(remote, tmp_path / "a")
    assert base.version == 2
    assert [f.rsplit("/", 1)[-1] for f in fetched] == ["part-r2-00000.parquet"]
    assert snapshots.current(tmp_path / "a").version == 2


def test_objectstore_pull_discards_an_unpushed_local_commit(tmp_path: Path, remote: Remote) -> None:
    cache = tmp_path / "cache"
    _run(cache, remote, "r1")
    objectstore.pull(remote, cache)
    txn = snapshots.Transaction(cache, "ingest", "lost")
    txn.add("rejects", store.stage(cache, "lost", "rejects", _rejects("lost", 2), "2025-03-03", "0"), 2)
    txn.commit()  # the push that should follow never happens
    _run(tmp_path / "other", remote, "r2")
    objectstore.pull(remote, cache)
    snap = snapshots.current(cache)
    assert snap.version == 2 and snap.manifest["run_id"] == "r2"
    assert [p.name for p in snap.paths("rejects")] == ["part-r1-00000.parquet", "part-r2-00000.parquet"]


def test_objectstore_pull_of_an_emptied_remote_resets_the_cache(tmp_path: Path, remote: Remote) -> None:
    cache = tmp_path / "cache"
    _run(cache, remote, "r1")
    remote.fs.rm(remote.root, recursive=True)
    assert objectstore.pull(remote, cache) == objectstore.Base(None, frozenset())
    assert snapshots.current(cache) is None


def test_objectstore_expiry_keeps_what_readers_may_still_read(tmp_path: Path, remote: Remote) -> None:
    cache = tmp_path / "cache"
    for run in ("r1", "r2", "r3"):
        _run(cache, remote, run, keep=1, grace=3600)
    # Within the grace period nothing goes: manifests nor files.
    assert sorted(objectstore.versions(remote)) == [1, 2, 3]
    stray = remote.path("rejects/ingest_date=2025-03-03/part-other-writer-00000.parquet")
    remote.fs.pipe_file(stray, b"uploaded, not yet committed")
    assert objectstore.expire(remote, keep=1, grace_seconds=3600) == []
    # Past it: only the newest manifest and the files it lists survive.
    removed = objectstore.expire(remote, keep=1, grace_seconds=0)
    assert sorted(objectstore.versions(remote)) == [3]
    assert remote.path("_snapshots/v00000001.json") in removed and stray in removed
    assert _files(remote) == [f"rejects/ingest_date=2025-03-03/part-{r}-00000.parquet" for r in ("r1", "r2", "r3")]
    assert _remote_rows(remote) == 6


def test_objectstore_mirror_folder_is_per_url(tmp_path: Path) -> None:
    a = locations.parse("s3://warehouse/wc", {})
    b = locations.parse("s3://warehouse/wc2", {})
    assert objectstore.mirror_dir(a, str(tmp_path)).name.startswith("s3-warehouse-wc-")
    assert objectstore.mirror_dir(a, str(tmp_path)) != objectstore.mirror_dir(b, str(tmp_path))
    assert objectstore.mirror_dir(a, str(tmp_path)).parent == tmp_path


# End to end against a real S3 server, through the command line as a user runs it.

def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WIRECOPY), *args], capture_output=True, text=True, timeout=300, env=env)


def _articles(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


ARTICLES_SQL = ("select article_id, agency, headline, dateline_city, dateline_country, dateline_date::varchar as day "
                "from articles order by article_id")


@pytest.mark.slow
def test_objectstore_s3_round_trip_matches_a_local_run(s3_server: S3Server, seed_warehouse: Path,
                                                        tmp_path: Path) -> None:
    fs = s3_server.fs()
    seeds = copy_seeds(tmp_path / "seeds")
    for path in sorted(seeds.iterdir()):
        fs.put_file(str(path), f"landing/{tmp_path.name}/{path.name}")
    source, out = f"s3://landing/{tmp_path.name}", f"s3://warehouse/{tmp_path.name}/wc"
    env = s3_server.env(WIRECOPY_CACHE_DIR=str(tmp_path / "cache"))

    first = _cli(env, "run", source, "--out", out)
    assert first.returncode == 0, first.stderr[-3000:]
    remote = _articles(_cli(env, "query", ARTICLES_SQL, "--out", out, "--format", "json"))
    local = json.loads(run_cli("query", ARTICLES_SQL, "--out", str(seed_warehouse), "--format", "json").stdout)
    assert len(remote) == 4 and remote == local  # article_id is content-derived: the same whatever the URI
    uris = _articles(_cli(env, "query", "select source_uri from articles order by 1", "--out", out, "--format", "json"))
    assert uris[0] == {"source_uri": f"{source}/afp-paris-heatwave.txt"}

    again = _cli(env, "run", source, "--out", out)
    assert again.returncode == 0, again.stderr[-3000:]
    runs = _articles(_cli(env, "query", "select snapshot_version, files_seen, files_skipped, files_ingested "
                               "from runs order by snapshot_version", "--out", out, "--format", "json"))
    assert runs == [{"snapshot_version": 1, "files_seen": 4, "files_skipped": 0, "files_ingested": 4},
                    {"snapshot_version": 2, "files_seen": 4, "files_skipped": 4, "files_ingested": 0}]

    # Any DuckDB reads the committed tables from the latest manifest, without wirecopy.
    (latest,) = sorted(fs.ls(f"warehouse/{tmp_path.name}/wc/_snapshots"))[-1:]
    manifest = json.loads(fs.cat_file(latest))
    assert latest.endswith("v00000002.json") and manifest["version"] == 2
    files = [f"s3://warehouse/{tmp_path.name}/wc/{f['path']}" for f in manifest["tables"]["articles"]]
    con = duckdb.connect()
    con.register_filesystem(fs)
    ids = con.execute(f"select article_id from read_parquet({files}) order by 1").fetchall()
    assert [i for (i,) in ids] == [row["article_id"] for row in local]


@pytest.mark.slow
def test_objectstore_s3_wrong_secret_is_a_one_line_error(s3_server: S3Server, tmp_path: Path) -> None:
    env = s3_server.env(AWS_SECRET_ACCESS_KEY="not-the-secret", WIRECOPY_CACHE_DIR=str(tmp_path / "cache"))
    for args in (("run", "s3://landing/anything", "--out", "s3://warehouse/wc"),
                 ("query", "select 1", "--out", "s3://warehouse/wc")):
        result = _cli(env, *args)
        assert result.returncode == 2
        message = " ".join(result.stderr.split())
        assert message.startswith("error: s3://") and "access denied" in message
        assert "AWS_ACCESS_KEY_ID" in message and "AWS_SECRET_ACCESS_KEY" in message
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 4  # one wrapped line


def test_objectstore_discover_lists_objects_by_the_local_rules(remote: Remote) -> None:
    from flows.discover import discover, sha256_file
    from flows.intake import Refused, read_input

    for key, data in {"feed/b.txt": b"second", "feed/a.txt": b"first", "feed/_SUCCESS": b"",
                      "feed/.part.tmp": b"x", "feed/_received.tsv": b"a.txt\t2024-07-05\n",
                      "feed/sub/c.txt": b"third!"}.items():
        remote.fs.pipe_file(remote.path(key), data)
    found = discover(remote.uri("feed"), {})
    assert [f.uri for f in found] == [f"{remote.url}/{k}" for k in ("feed/a.txt", "feed/b.txt", "feed/sub/c.txt")]
    a, b, c = found
    assert (a.size, a.received, b.received, a.kind, a.mtime.tzinfo) == (5, dt.date(2024, 7, 5), None, "file",
                                                                        dt.timezone.utc)
    assert read_input(a, 1024) == b"first" and sha256_file(a.path, a.fs) == sha256_file_bytes(b"first")
    assert read_input(c, 5) == Refused("too_large", "6 bytes, over the limit of 5")
    assert [f.uri for f in discover(remote.uri("feed/*.txt"), {})] == [a.uri, b.uri]


def sha256_file_bytes(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_objectstore_storage_options_from_environment_and_file(tmp_path: Path, monkeypatch) -> None:
    from flows.settings import Settings, SettingsError

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WIRECOPY_SETTINGS", raising=False)
    (tmp_path / "wirecopy.toml").write_text('[storage_options]\nendpoint_url = "http://127.0.0.1:9"\n')
    assert Settings.from_env().storage_options == {"endpoint_url": "http://127.0.0.1:9"}
    monkeypatch.setenv("WIRECOPY_STORAGE_OPTIONS", '{"anon": true}')
    assert Settings.from_env().storage_options == {"anon": True}
    monkeypatch.setenv("WIRECOPY_STORAGE_OPTIONS", "[1]")
    with pytest.raises(SettingsError, match="WIRECOPY_STORAGE_OPTIONS: `storage_options` must be a JSON object"):
        Settings.from_env()


@pytest.mark.parametrize("command", [["compact"], ["report"]])
def test_objectstore_local_only_commands_refuse_a_url(command: list[str]) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, [*command, "--out", "s3://warehouse/wc"])
    assert result.exit_code == 2
    assert f"`wirecopy {command[0]}` works on a local folder only, not s3://warehouse/wc" in " ".join(
        result.output.split())
