"""Settings: parameters win over the environment, which wins over wirecopy.toml, which wins over defaults."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from wirecopy.flows.settings import _SOURCES, DEFAULT_CRON, DEFAULT_MODEL, Settings, SettingsError, cache_root

# Every variable a setting is read from (the test session sets WIRECOPY_CACHE_DIR, for one).
VARIABLES = ("WIRECOPY_SETTINGS", *(variable for variable, _ in _SOURCES.values()))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory of its own, and no WIRECOPY_* variables."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_settings_defaults_without_file_or_environment(workdir: Path) -> None:
    settings = Settings.from_env()
    assert settings == Settings(model=DEFAULT_MODEL, source=None, out=None, cron=DEFAULT_CRON)
    assert DEFAULT_CRON == "*/15 * * * *"


def test_settings_cache_root_is_the_setting_else_the_user_cache(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(workdir / "home"))
    assert cache_root(None) == workdir / "home" / ".cache" / "wirecopy"
    monkeypatch.setenv("XDG_CACHE_HOME", str(workdir / "xdg"))
    assert cache_root(None) == workdir / "xdg" / "wirecopy"
    assert cache_root(str(workdir / "mine")) == workdir / "mine"
    monkeypatch.setenv("WIRECOPY_CACHE_DIR", str(workdir / "env"))
    assert cache_root(Settings.from_env().cache_dir) == workdir / "env"


def test_settings_file_paths_are_relative_to_the_file(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = workdir / "conf"
    conf.mkdir()
    (conf / "site.toml").write_text('source = "../landing"\nout = "/srv/warehouse"\ncron = "0 * * * *"\n'
                                    'chunk_files = 50\n')
    monkeypatch.setenv("WIRECOPY_SETTINGS", str(conf / "site.toml"))
    settings = Settings.from_env()
    assert (settings.source, settings.out, settings.cron, settings.chunk_files) == (
        str(workdir / "landing"), "/srv/warehouse", "0 * * * *", 50)


@pytest.mark.parametrize(
    ("environment", "overrides", "expected"),
    [
        ({}, {}, ("/file/in", "/file/out", "5 * * * *", 10)),
        ({"WIRECOPY_SOURCE": "/env/in", "WIRECOPY_CHUNK_FILES": "20"}, {}, ("/env/in", "/file/out", "5 * * * *", 20)),
        ({"WIRECOPY_SOURCE": "/env/in", "WIRECOPY_CRON": "0 6 * * *"}, {"source": "/param/in", "out": None},
         ("/param/in", "/file/out", "0 6 * * *", 10)),
        ({"WIRECOPY_OUT": ""}, {}, ("/file/in", "/file/out", "5 * * * *", 10)),
    ],
)
def test_settings_precedence(workdir: Path, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str],
                             overrides: dict[str, str | None], expected: tuple) -> None:
    (workdir / "wirecopy.toml").write_text(
        'source = "/file/in"\nout = "/file/out"\ncron = "5 * * * *"\nchunk_files = 10\n')
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env(**overrides)
    assert (settings.source, settings.out, settings.cron, settings.chunk_files) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('landing = "x"\n', "unknown setting(s) landing"),
        ("chunk_files = \"many\"\n", "`chunk_files` must be a whole number"),
        ("source = true\n", "`source` must be text"),
        ("source = \n", "wirecopy.toml"),
    ],
)
def test_settings_file_errors_name_the_setting(workdir: Path, text: str, message: str) -> None:
    (workdir / "wirecopy.toml").write_text(text)
    with pytest.raises(SettingsError, match=re.escape(message)):
        Settings.from_env()


def test_settings_environment_errors(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECOPY_BATCH_SIZE", "lots")
    with pytest.raises(SettingsError, match="WIRECOPY_BATCH_SIZE='lots'"):
        Settings.from_env()
    monkeypatch.delenv("WIRECOPY_BATCH_SIZE")
    monkeypatch.setenv("WIRECOPY_SETTINGS", str(workdir / "missing.toml"))
    with pytest.raises(SettingsError, match="not a file"):
        Settings.from_env()


@pytest.mark.parametrize(
    ("source", "out", "error"),
    [
        (None, None, "no source and no out given"),
        ("{landing}", None, re.escape("no out given; set `out` as a parameter or --out, or WIRECOPY_OUT, "
                                      "or `out = ...` in wirecopy.toml")),
        ("{landing}/missing", "/o", "source .*/missing does not exist"),
        ("{landing}/*.txt", "/o", None),
        ("s3://bucket/wire/", "/o", None),
        ("{landing}", "/o", None),
    ],
)
def test_settings_locations_of_a_run(workdir: Path, source: str | None, out: str | None, error: str | None) -> None:
    (workdir / "landing").mkdir()
    source = source.format(landing=workdir / "landing") if source else None
    settings = Settings(source=source, out=out)
    if error:
        with pytest.raises(SettingsError, match=error):
            settings.locations()
    else:
        assert settings.locations() == (source, out)


def test_settings_committed_file_points_scheduled_runs_at_landing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(ROOT)
    settings = Settings.from_env()
    assert (settings.source, settings.out, settings.cron) == (str(ROOT / "landing"), str(ROOT / "warehouse"),
                                                              DEFAULT_CRON)
    assert f'cron: "{DEFAULT_CRON}"' in (ROOT / "prefect.yaml").read_text()
