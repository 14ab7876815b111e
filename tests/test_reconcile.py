"""Reconciling a run at commit time (flows/reconcile.py) and the record its commit writes (run_commit.RunRecord)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa

from wirecopy.flows.chunks import ChunkResult, FileOutcome
from wirecopy.flows.inputs.discover import InputFile
from wirecopy.flows.inputs.plan import Plan, Planned
from wirecopy.flows.reconcile import drop_rejects, final_outcomes, log_rows, renumber
from wirecopy.flows.report.summary import RunSummary
from wirecopy.flows.stories import StoryLinks
from wirecopy.flows.warehouse.run_commit import RunRecord

STARTED = dt.datetime(2024, 7, 5, 12, 0, tzinfo=dt.timezone.utc)
MTIME = dt.datetime(2024, 7, 5, 11, 0, tzinfo=dt.timezone.utc)


def _planned(name: str, sha: str) -> Planned:
    return Planned(InputFile(f"/in/{name}", Path(f"/in/{name}"), 100, MTIME, None), sha)


def test_reconcile_file_left_with_only_resent_stories_is_a_duplicate_reject() -> None:
    a, b = _planned("a.txt", "a" * 64), _planned("b.txt", "b" * 64)
    result = ChunkResult(files=[FileOutcome(a, "articles", None, ("a1", "a2")),
                                FileOutcome(b, "articles", None, ("b1",))])
    links = StoryLinks(dropped={"b1": "same story as article x9", "a2": "article a2 is already in the tables"})
    outcomes, rejects = final_outcomes([result], links, "run-2", STARTED)
    assert outcomes == [FileOutcome(a, "articles", None, ("a1",)), FileOutcome(b, "reject", "duplicate", ())]
    assert rejects == [{"source_uri": "/in/b.txt", "reason": "duplicate", "detail": "same story as article x9",
                        "content_sha256": "b" * 64, "size_bytes": 100, "rejected_at": STARTED, "run_id": "run-2",
                        "quarantine_uri": None}]
    unchanged = _planned("c.txt", "c" * 64)
    logged = log_rows(outcomes, Plan(take=[a, b], unchanged=[unchanged], seen=3, skipped=1), "run-2", STARTED)
    assert [(r["source_uri"], r["outcome"], r["reason"], r["articles"]) for r in logged] == [
        ("/in/a.txt", "articles", None, 1), ("/in/b.txt", "reject", "duplicate", 0),
        ("/in/c.txt", "unchanged", None, 0)]


def test_reconcile_drop_rejects_of_files_taken_again() -> None:
    taken = Plan(take=[_planned("a.txt", "a" * 64), _planned("b.txt", "b" * 64)], unchanged=[], seen=2, skipped=0)
    earlier = pa.table({"source_uri": ["/in/a.txt", "/in/b.txt", "/in/c.txt"],
                        "content_sha256": ["a" * 64, "b" * 64, "c" * 64],
                        "reason": ["unreadable", "empty", "unreadable"]})
    kept = drop_rejects(earlier, taken, reprocess=False)
    assert kept.column("source_uri").to_pylist() == ["/in/b.txt", "/in/c.txt"]  # only the retryable one goes
    kept = drop_rejects(earlier, taken, reprocess=True)
    assert kept.column("source_uri").to_pylist() == ["/in/c.txt"]
    assert drop_rejects(earlier.slice(2), taken, reprocess=True) is None  # nothing of it is taken again


def test_reconcile_renumber_rewrites_updated_versions_and_drops_replaced() -> None:
    versions = pa.table({"article_id": ["x1", "x2", "x3"], "version": [1, 2, 3], "is_latest": [False, False, True]})
    links = StoryLinks(updated={"x2": {"version": 3, "is_latest": True, "run_id": "run-2"}}, replaced={"x3"})
    assert renumber(versions, links).to_pylist() == [
        {"article_id": "x1", "version": 1, "is_latest": False}, {"article_id": "x2", "version": 3, "is_latest": True}]
    assert renumber(versions, StoryLinks()) is None


def test_reconcile_run_record_row_says_what_the_run_did() -> None:
    summary = RunSummary(run_id="run-2", out="/out", files_seen=4, files_skipped=1, files_ingested=3, articles=2,
                         bylines=1, entities=7, rejects=1, model="en_core_web_sm-3.8.0", snapshot_version=6)
    record = RunRecord.of(summary, started_at=STARTED, source="/in", reference_date=dt.date(2024, 7, 1),
                          reprocess=True, default_model="en_core_web_sm")
    finished = STARTED + dt.timedelta(seconds=30)
    row = record.row(finished)
    assert {k: v for k, v in row.items() if k != "wirecopy_version"} == {
        "run_id": "run-2", "started_at": STARTED, "finished_at": finished, "source": "/in",
        "reference_date": dt.date(2024, 7, 1), "reprocess": True, "files_seen": 4, "files_skipped": 1,
        "files_ingested": 3, "articles": 2, "bylines": 1, "entities": 7, "rejects": 1,
        "model": "en_core_web_sm-3.8.0", "snapshot_version": 6, "table_versions": None}
    assert row["wirecopy_version"]
    summary.articles = 0  # no article: no worker named its model, the setting does
    assert RunRecord.of(summary, started_at=STARTED, source="/in", reference_date=None, reprocess=False,
                        default_model="en_core_web_sm").model == "en_core_web_sm"
