"""The commit of an ingest run: its last staged rows, the catalog's updates, one Delta commit per table.

What the flow hands over is small: the run's `RunRecord` (what the `runs`
row says of it), the changes reconciliation decided to earlier rows, and the
rows it adds at commit time (resent-story rejects, story versions, the
ingest log). The commit itself, exactly once and `runs` last, is
flows/warehouse/commits.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

import pyarrow as pa

from wirecopy import schemas
from wirecopy.flows.warehouse import catalog, commits, store
from wirecopy.flows.warehouse.layout import Warehouse


class RunTally(Protocol):
    """What RunRecord.of reads of a run's tally (flows/report/summary.py RunSummary), named here so the warehouse
    imports nothing of the report."""

    run_id: str
    files_seen: int
    files_skipped: int
    files_ingested: int
    articles: int
    bylines: int
    entities: int
    rejects: int
    model: str | None
    snapshot_version: int | None


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A run as its `runs` row records it; the finish time and the table versions are the commit's to add."""

    run_id: str
    started_at: dt.datetime
    source: str
    reference_date: dt.date | None
    reprocess: bool
    files_seen: int
    files_skipped: int
    files_ingested: int
    articles: int
    bylines: int
    entities: int
    rejects: int
    model: str | None
    snapshot_version: int

    @classmethod
    def of(cls, summary: RunTally, *, started_at: dt.datetime, source: str, reference_date: dt.date | None,
           reprocess: bool, default_model: str | None) -> RunRecord:
        """The record of a run whose tally is `summary` and whose commit will be `summary.snapshot_version`."""
        return cls(
            run_id=summary.run_id, started_at=started_at, source=source, reference_date=reference_date,
            reprocess=reprocess, files_seen=summary.files_seen, files_skipped=summary.files_skipped,
            files_ingested=summary.files_ingested, articles=summary.articles, bylines=summary.bylines,
            entities=summary.entities, rejects=summary.rejects,
            # The label the workers reported: loading the model here only to name it cost seconds and memory.
            model=summary.model if summary.articles and summary.model else default_model,
            snapshot_version=summary.snapshot_version,
        )

    def row(self, finished_at: dt.datetime) -> dict[str, object]:
        from importlib.metadata import version

        return {
            "run_id": self.run_id,
            "started_at": self.started_at,
            "finished_at": finished_at,
            "source": self.source,
            "reference_date": self.reference_date,
            "reprocess": self.reprocess,
            "files_seen": self.files_seen,
            "files_skipped": self.files_skipped,
            "files_ingested": self.files_ingested,
            "articles": self.articles,
            "bylines": self.bylines,
            "entities": self.entities,
            "rejects": self.rejects,
            "model": self.model,
            "wirecopy_version": version("wirecopy"),
            "snapshot_version": self.snapshot_version,
            "table_versions": None,  # filled by the commit, once every other table is committed
        }


def commit_run(warehouse: Warehouse, base: commits.State, record: RunRecord, *, changes: dict[str, commits.Change],
               rewritten: dict[str, list[pa.Table]], added: dict[str, list[dict[str, object]]]) -> int:
    """Stage `added` and the `runs` row, then commit the run's changes to every table; returns its sequence number.

    `changes` holds the deletes by key of earlier rows, `rewritten` the kept
    ones written again; both are completed here with the staged rows.
    Raises commits.Superseded when another run committed since `base` was pinned.
    """
    run_id = record.run_id
    day = record.started_at.date().isoformat()
    finished_at = dt.datetime.now(dt.timezone.utc)
    for name, table_rows, part in (
        ("rejects", added.get("rejects", []), "resent"), ("story_versions", added.get("story_versions", []), "0"),
        ("ingest_log", added.get("ingest_log", []), "0"), ("runs", [record.row(finished_at)], "0"),
    ):
        store.stage(warehouse, run_id, name, schemas.to_table(table_rows, schemas.TABLES[name]), day, part)
    mentions = _after(base, changes, "article_entities", store.read_staged(warehouse, run_id, "article_entities"))
    catalog.stage_updates(warehouse, run_id, finished_at, day, mentions=mentions, log=base.read(catalog.TABLE))
    for table in schemas.TABLES:
        parts = rewritten.get(table, []) + [store.read_staged(warehouse, run_id, table)]
        rows = pa.concat_tables(parts)
        changes.setdefault(table, commits.Change()).rows = rows if rows.num_rows else None
    seq = commits.commit(base.place, base, changes, run_id, "ingest")
    store.remove_staging(warehouse, run_id)
    return seq


def _after(base: commits.State, changes: dict[str, commits.Change], table: str, staged: pa.Table) -> pa.Table:
    """A table's rows as the commit will leave them: committed rows not deleted by key, plus the staged."""
    rows = base.read(table)
    change = changes.get(table)
    if change is not None and change.delete_keys:
        kept = store.without(rows, change.delete_column, change.delete_keys)
        rows = rows if kept is None else kept
    return pa.concat_tables([rows, staged])
