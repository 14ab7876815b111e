"""A run's tally (`RunSummary`): what the flow returns, the `runs` row counts, and what the artifacts report.

It lives here, under the report, and imports nothing of the flow, so both
the flow (flows/ingest.py) and the report (flows/report/artifacts.py) can
import it downward.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

# The run's rejects table stops here; the full list is the `rejects` table of the warehouse.
MAX_REJECT_ROWS = 1000


class ChunkTally(Protocol):
    """What a chunk's result (flows/chunks.py ChunkResult) adds to the run's tally; named here, so the report
    imports nothing of the flow."""

    model: str | None
    file_time_dates: int
    articles: int
    bylines: int
    entities: int
    rejects_by_reason: Counter
    entity_labels: Counter
    entity_keys: set[str]
    rejected: list[tuple[str, str, str | None]]
    seconds: Counter


@dataclass(slots=True)
class RunSummary:
    run_id: str
    out: str
    files_seen: int = 0
    files_skipped: int = 0
    files_ingested: int = 0
    articles: int = 0
    bylines: int = 0
    entities: int = 0
    rejects: int = 0
    rejects_by_reason: Counter = field(default_factory=Counter)
    replaced_rows: int = 0
    resent_stories: int = 0
    stories_updated: int = 0
    snapshot_version: int | None = None
    entity_labels: Counter = field(default_factory=Counter)
    entity_keys: set[str] = field(default_factory=set)
    rejected: list[tuple[str, str, str | None]] = field(default_factory=list)  # first MAX_REJECT_ROWS
    seconds: Counter = field(default_factory=Counter)  # per stage, see flows/report/artifacts.py
    model: str | None = None
    file_time_dates: int = 0

    def add(self, other: ChunkTally) -> None:
        self.model = self.model or other.model
        self.file_time_dates += other.file_time_dates
        self.articles += other.articles
        self.bylines += other.bylines
        self.entities += other.entities
        self.rejects += sum(other.rejects_by_reason.values())
        self.rejects_by_reason.update(other.rejects_by_reason)
        self.entity_labels.update(other.entity_labels)
        self.entity_keys.update(other.entity_keys)
        self.rejected.extend(other.rejected[:MAX_REJECT_ROWS - len(self.rejected)])
        self.seconds.update(other.seconds)
