"""A warehouse in an object store: URL parsing, discovery, and Delta tables on a real S3 server."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import uuid
from pathlib import Path

import pytest
from deltalake import DeltaTable
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import WIRECOPY, S3Server, copy_seeds, run_cli
from wirecopy.flows.warehouse import locations, objectstore
from wirecopy.flows.warehouse.locations import LocationError, Remote

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def remote() -> Remote:
    """A fresh prefix in fsspec's (process-wide) memory filesystem."""
    found = locations.parse(f"memory://wc-test/{uuid.uuid4().hex[:8]}/warehouse", {})
    assert isinstance(found, Remote)
    yield found
    found.fs.rm(found.root, recursive=True) if found.fs.exists(found.root) else None


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


def test_objectstore_staging_folder_is_per_url(tmp_path: Path) -> None:
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

    # deltalake's own reader agrees, without wirecopy; every table's log carries both runs' txn.
    options = {"AWS_ENDPOINT_URL": env["AWS_ENDPOINT_URL"], "AWS_ACCESS_KEY_ID": env["AWS_ACCESS_KEY_ID"],
               "AWS_SECRET_ACCESS_KEY": env["AWS_SECRET_ACCESS_KEY"], "AWS_REGION": "us-east-1",
               "AWS_ALLOW_HTTP": "true"}
    articles = DeltaTable(f"{out}/articles", storage_options=options)
    ids = sorted(articles.to_pyarrow_table(columns=["article_id"]).column(0).to_pylist())
    assert ids == [row["article_id"] for row in local]
    assert articles.transaction_version("wirecopy") == 2
    assert fs.ls(f"warehouse/{tmp_path.name}/wc/articles/_delta_log")
    assert [p for p in fs.find(f"warehouse/{tmp_path.name}/wc/_pending") if p.endswith(".json")] == []


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
    from wirecopy.flows.inputs.discover import discover, sha256_file
    from wirecopy.flows.inputs.intake import Refused, read_input

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
    from wirecopy.flows.settings import Settings, SettingsError

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

    from wirecopy.flows.cli import app

    result = CliRunner().invoke(app, [*command, "--out", "s3://warehouse/wc"])
    assert result.exit_code == 2
    assert f"`wirecopy {command[0]}` works on a local folder only, not s3://warehouse/wc" in " ".join(
        result.output.split())
