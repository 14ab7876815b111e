"""Reconciling a run with what OUT holds: resent stories, story versions, rows --reprocess replaces.

Story matching itself is flows/stories.py (`link`). This module turns its
answer and the plan into what the commit changes: the run's resent stories
taken out of its staged rows (a file left with none becomes a `duplicate`
reject), the rows of earlier runs that this run replaces or renumbers
(deleted by key, and rewritten where kept, in the same commit of their
table), and the run's ingest log rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa

from wirecopy.flows import stories
from wirecopy.flows.chunks import ChunkResult, FileOutcome
from wirecopy.flows.inputs import ingest_log
from wirecopy.flows.inputs.plan import Plan
from wirecopy.flows.warehouse import commits, delta, store
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.transforms import rows

# The tables keyed by article_id that a resent or reprocessed story leaves.
ARTICLE_TABLES = ("articles", "bylines", "entities", "story_sketches", "article_entities")


def story_links(base: commits.State, plan: Plan, sketches: pa.Table, *, reprocess: bool, run_id: str,
                today: dt.date, window_days: int) -> stories.StoryLinks:
    """The run's staged sketches matched to the stories of the pinned state (stories.link)."""
    replaced = replaced_articles(base, plan) if reprocess else set()
    return stories.link(base, sketches, replaced=replaced, run_id=run_id, today=today, window_days=window_days)


def replaced_articles(base: commits.State, plan: Plan) -> set[str]:
    """Articles of earlier runs made from the very bytes this run takes again (--reprocess replaces them)."""
    taken = plan.taken()
    arts = store.read_columns(base, "articles", ["article_id", "source_uri", "content_sha256"])
    return {a for a, u, s in zip(*(arts[c].to_pylist() for c in arts.column_names)) if (u, s) in taken}


def drop_resent(warehouse: Warehouse, run_id: str, links: stories.StoryLinks) -> dict[str, int]:
    """Take this run's resent stories out of its staged rows; returns the rows removed per table."""
    dropped = set(links.dropped)
    return {table: store.filter_staged(warehouse, run_id, table, "article_id", dropped) for table in ARTICLE_TABLES}


def final_outcomes(results: list[ChunkResult], links: stories.StoryLinks, run_id: str,
                   started: dt.datetime) -> tuple[list[FileOutcome], list[dict[str, object]]]:
    """Per-file outcomes once resent stories are dropped: a file left with none is a duplicate reject."""
    outcomes, rejects = [], []
    for result in results:
        for o in result.files:
            kept = tuple(a for a in o.article_ids if a not in links.dropped)
            if o.outcome == "articles" and not kept:
                detail = "; ".join(sorted({links.dropped[a] for a in o.article_ids}))
                f = o.planned.file
                rejects.append(rows.reject_row(f.uri, "duplicate", detail, o.planned.sha256, f.size, run_id, started))
                outcomes.append(FileOutcome(o.planned, "reject", "duplicate", ()))
            else:
                outcomes.append(FileOutcome(o.planned, o.outcome, o.reason, kept))
    return outcomes, rejects


def log_rows(outcomes: list[FileOutcome], plan: Plan, run_id: str, started: dt.datetime) -> list[dict[str, object]]:
    """The run's `ingest_log` rows: every file taken, with its outcome, and every file found unchanged."""
    found = [ingest_log.log_row(o.planned.file, o.planned.sha256, o.outcome, o.reason, len(o.article_ids),
                                run_id, started) for o in outcomes]
    return found + [ingest_log.log_row(p.file, p.sha256, "unchanged", None, 0, run_id, started)
                    for p in plan.unchanged]


@dataclass(slots=True)
class Earlier:
    """What the commit does to rows of earlier runs: deletes by key, and the kept rows written again."""

    changes: dict[str, commits.Change] = field(default_factory=dict)
    rewritten: dict[str, list[pa.Table]] = field(default_factory=dict)
    replaced_rows: int = 0   # rows of earlier runs gone (story_versions rows renumbered are not counted)

    def replace(self, base: commits.State, table: str, column: str, keys: set[str],
                change: Callable[[pa.Table], pa.Table | None]) -> None:
        """Rows of `table` whose `column` is among `keys` are deleted, and `change(rows)` of them written again."""
        if not keys:
            return
        old = base.read_matching(table, column, keys)
        if old.num_rows == 0:
            return
        kept = change(old)
        kept = old if kept is None else kept
        self.replaced_rows += old.num_rows - kept.num_rows if table != "story_versions" else 0
        entry = self.changes.setdefault(table, commits.Change())
        entry.delete_column = column
        entry.delete_keys = sorted(set(entry.delete_keys) | keys)
        if kept.num_rows:
            self.rewritten.setdefault(table, []).append(delta.conform(kept, table))


def earlier_changes(base: commits.State, plan: Plan, links: stories.StoryLinks, *, reprocess: bool) -> Earlier:
    """Rows of earlier runs this run replaces (--reprocess, files retried) or renumbers (story versions)."""
    earlier = Earlier()
    if links.replaced:
        for table in ARTICLE_TABLES:
            earlier.replace(base, table, "article_id", set(links.replaced),
                            lambda t: store.without(t, "article_id", links.replaced))
    again = {p.file.uri for p in plan.take} if reprocess else set(plan.retried)
    if again:
        earlier.replace(base, "rejects", "source_uri", again, lambda t: drop_rejects(t, plan, reprocess))
    if renumbered := set(links.updated) | links.replaced:
        earlier.replace(base, "story_versions", "article_id", renumbered, lambda t: renumber(t, links))
    return earlier


def drop_rejects(t: pa.Table, plan: Plan, reprocess: bool) -> pa.Table | None:
    """Earlier rejects of files taken again: retryable ones always, all of them under --reprocess."""
    taken = plan.taken()
    uris = {p.file.uri for p in plan.take}
    keep = [
        not (u in uris and (r in ingest_log.RETRYABLE_REJECTS or (reprocess and (u, s) in taken)))
        for u, s, r in zip(*(t[c].to_pylist() for c in ("source_uri", "content_sha256", "reason")))
    ]
    if all(keep):
        return None
    return t.filter(pa.array(keep))


def renumber(t: pa.Table, links: stories.StoryLinks) -> pa.Table | None:
    """story_versions rows of replaced articles dropped, of renumbered ones rewritten."""
    ids = t["article_id"].to_pylist()
    if not (set(ids) & (set(links.updated) | links.replaced)):
        return None
    out = []
    for row in t.to_pylist():
        aid = row["article_id"]
        if aid in links.replaced:
            continue
        out.append({k: links.updated[aid].get(k, v) for k, v in row.items()} if aid in links.updated else row)
    return pa.Table.from_pylist(out, schema=t.schema)
