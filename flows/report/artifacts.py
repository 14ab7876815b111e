"""What a run tells its reader: stage timings and the Prefect artifacts of the run.

Each flow run publishes a markdown summary (files, articles, rejects by reason,
entities, time per stage, throughput) and a table of its rejects, under fixed
keys so the Artifacts page of the UI keeps one versioned history of each.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from wirecopy.flows.report.summary import MAX_REJECT_ROWS, RunSummary

SUMMARY_KEY = "wirecopy-run-summary"
REJECTS_KEY = "wirecopy-run-rejects"

# stage -> what it covers. plan, process, commit and total are wall-clock time
# of the flow; parse, entities and write are summed over chunks (task time, so
# with parallel chunks they may add up to more than `process`).
STAGES = {
    "plan": "discover and hash files, skip known ones",
    "parse": "decode, parse, normalise",
    "entities": "spaCy NER and mention resolution (with loading the model, once per process)",
    "write": "stage Parquet",
    "process": "all chunks (wall clock)",
    "commit": "move staged files in, record the run",
    "total": "the whole flow run",
}


class Stopwatch:
    """Wall-clock seconds per named stage, plus the total since it was made."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start

    def laps(self) -> dict[str, float]:
        return {**self.seconds, "total": time.perf_counter() - self.started}


def summary_markdown(summary: RunSummary, params: Mapping[str, Any]) -> str:
    """The run in a page: counts, rejects by reason, entities by label, stages, throughput."""
    seconds = summary.seconds
    total = seconds.get("total", 0.0)
    lines = [
        f"# wirecopy run `{summary.run_id}`",
        "",
        " · ".join(f"**{k}** `{v}`" for k, v in params.items() if v not in (None, False)),
        "",
        "| what | count |",
        "|---|---:|",
        f"| files seen | {summary.files_seen} |",
        f"| files already ingested (skipped) | {summary.files_skipped} |",
        f"| files taken | {summary.files_ingested} |",
        f"| new articles | {summary.articles} |",
        f"| bylines | {summary.bylines} |",
        f"| new entity mentions | {summary.entities} |",
        f"| distinct entities | {len(summary.entity_keys)} |",
        f"| rejects | {summary.rejects} |",
    ]
    if summary.replaced_rows:
        lines.append(f"| rows replaced (reprocess) | {summary.replaced_rows} |")
    lines += ["", "## Rejects by reason", ""]
    lines += _counts_table("reason", summary.rejects_by_reason) if summary.rejects else ["No rejects."]
    lines += ["", "## Entity mentions by label", ""]
    lines += _counts_table("label", summary.entity_labels) if summary.entities else ["No entities."]
    lines += ["", "## Time per stage", "", "| stage | covers | seconds | share |", "|---|---|---:|---:|"]
    for stage, covers in STAGES.items():
        if stage in seconds:
            share = f"{100 * seconds[stage] / total:.0f} %" if total and stage != "total" else ""
            lines.append(f"| {stage} | {covers} | {seconds[stage]:.2f} | {share} |")
    lines += ["", "## Throughput", "", "| measure | value |", "|---|---:|"]
    for label, value in throughput(summary).items():
        lines.append(f"| {label} | {value:,.1f} |")
    return "\n".join(lines) + "\n"


def throughput(summary: RunSummary) -> dict[str, float]:
    """Rates over the whole run, and NER's own rate (the stage that dominates)."""
    seconds = summary.seconds
    rates: dict[str, float] = {}
    if seconds.get("total"):
        rates["stories/s (whole run)"] = summary.articles / seconds["total"]
        rates["files/s (whole run)"] = summary.files_ingested / seconds["total"]
    if seconds.get("entities"):
        rates["stories/s (NER)"] = summary.articles / seconds["entities"]
    return rates


def reject_rows(summary: RunSummary) -> list[dict[str, str | None]]:
    return [{"source_uri": uri, "reason": reason, "detail": detail}
            for uri, reason, detail in summary.rejected[:MAX_REJECT_ROWS]]


def publish(summary: RunSummary, params: Mapping[str, Any]) -> None:
    """Attach the summary and the rejects table to the current flow run."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    create_markdown_artifact(summary_markdown(summary, params), key=SUMMARY_KEY,
                             description=f"wirecopy: {summary.articles} articles, {summary.rejects} rejects")
    rows = reject_rows(summary)
    shown = f"first {len(rows)} of {summary.rejects}" if summary.rejects > len(rows) else f"{len(rows)}"
    table = rows or {"source_uri": [], "reason": [], "detail": []}
    create_table_artifact(table, key=REJECTS_KEY, description=f"wirecopy rejects of this run ({shown})")


def _counts_table(name: str, counts: Mapping[str, int]) -> list[str]:
    return [f"| {name} | count |", "|---|---:|",
            *(f"| {k} | {n} |" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))]
