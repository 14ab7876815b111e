"""The `ingest-wire-copy` flow: files under SOURCE to Parquet tables under OUT.

    lock       one writer per OUT (flows/lock.py); clean what a crashed run left
    plan       discover files; skip those the ingest log holds unchanged
    process    per chunk of files: decode, parse, normalise, NER, sketch; stage Parquet
    reconcile  resent stories, story versions, rows replaced by --reprocess
    commit     one new snapshot of every table, made current in one atomic step
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from flows.prefect_env import apply_offline_defaults

apply_offline_defaults()

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

import schemas  # noqa: E402
from flows import artifacts, catalog, faults, ingest_log, intake, legacy, lock, progress, snapshots, store, stories  # noqa: E402,E501
from flows import objectstore  # noqa: E402
from flows.discover import InputFile, discover, sha256_file  # noqa: E402
from flows.pool import PreloadedPool  # noqa: E402
from flows.retries import io_retries  # noqa: E402
from flows.settings import Settings, available_cpus  # noqa: E402
from transforms import entities as ents  # noqa: E402
from transforms import rows, salience  # noqa: E402
from transforms.errors import WireError  # noqa: E402
from transforms.pipeline import ParsedFile, parse_file  # noqa: E402

FLOW_NAME = "ingest-wire-copy"


@dataclass(frozen=True, slots=True)
class Planned:
    file: InputFile
    sha256: str
    duplicate_of: str | None = None  # URI of the file with the same bytes
    unreadable: str | None = None    # why the file could not be hashed


@dataclass(frozen=True, slots=True)
class Plan:
    take: list[Planned]
    unchanged: list[Planned]          # touched, same bytes: logged, nothing else written
    seen: int
    skipped: int
    retried: frozenset[str] = frozenset()  # URIs taken again after a retryable reject


@dataclass(frozen=True, slots=True)
class FileOutcome:
    planned: Planned
    outcome: str                      # articles | reject
    reason: str | None
    article_ids: tuple[str, ...]


@dataclass(slots=True)
class ChunkResult:
    articles: int = 0
    bylines: int = 0
    entities: int = 0
    rejects_by_reason: Counter = field(default_factory=Counter)
    files: list[FileOutcome] = field(default_factory=list)
    entity_labels: Counter = field(default_factory=Counter)
    entity_keys: set[str] = field(default_factory=set)
    rejected: list[tuple[str, str, str | None]] = field(default_factory=list)  # first MAX_REJECT_ROWS
    seconds: Counter = field(default_factory=Counter)  # per stage, see flows/artifacts.py
    model: str | None = None  # label of the pipeline that found the entities, e.g. en_core_web_sm-3.8.0


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
    seconds: Counter = field(default_factory=Counter)  # per stage, see flows/artifacts.py
    model: str | None = None

    def add(self, other: ChunkResult) -> None:
        self.model = self.model or other.model
        self.articles += other.articles
        self.bylines += other.bylines
        self.entities += other.entities
        self.rejects += sum(other.rejects_by_reason.values())
        self.rejects_by_reason.update(other.rejects_by_reason)
        self.entity_labels.update(other.entity_labels)
        self.entity_keys.update(other.entity_keys)
        self.rejected.extend(other.rejected[:artifacts.MAX_REJECT_ROWS - len(self.rejected)])
        self.seconds.update(other.seconds)


@task(name="plan-inputs", **io_retries())
def plan_inputs(source: str, out: Path, reprocess: bool) -> Plan:
    files = discover(source)
    state = ingest_log.read_state(snapshots.current(out))
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
    return Plan(take=take, unchanged=unchanged, seen=len(files), skipped=skipped, retried=frozenset(retried))


@task(name="process-chunk", **io_retries())
def process_chunk(
    chunk: list[Planned], out: Path, run_id: str, part: str, started: dt.datetime,
    reference_date: dt.date | None, settings: Settings,
) -> ChunkResult:
    """Everything one chunk produces, staged as its own files: chunks share nothing."""
    from flows.nlp import load_ner, model_label

    logger = get_run_logger()
    result = ChunkResult()
    article_rows, byline_rows, reject_rows, sketch_rows, parsed = [], [], [], [], []

    def reject(planned: Planned, reason: str, detail: str | None, kept: str | None = None) -> None:
        f = planned.file
        reject_rows.append(rows.reject_row(f.uri, reason, detail, planned.sha256, f.size, run_id, started, kept))
        result.files.append(FileOutcome(planned, "reject", reason, ()))

    clock = time.perf_counter()
    for planned in chunk:
        f = planned.file
        if planned.duplicate_of is not None:
            reject(planned, "duplicate", f"same bytes as {planned.duplicate_of}")
            continue
        ref, ref_source = _reference(f, reference_date)
        found = ingest_file(planned, ref, settings)
        if isinstance(found, Rejected):
            if found.reason == "parser_error":
                logger.error("parser failed on %s:\n%s", f.uri, found.traceback)
            reject(planned, found.reason, found.detail, _quarantine(planned, found, settings, logger))
            continue
        lineage = rows.Lineage(f.uri, planned.sha256, found.encoding, run_id, started, ref, ref_source)
        ids = []
        for article in found.articles:
            row = rows.article_row(article, lineage)
            article_rows.append(row)
            byline_rows.extend(rows.byline_rows(article, lineage))
            sketch_rows.append(stories.sketch_row(article, row["article_id"], _sent_at(article, f), run_id))
            parsed.append((article, lineage))
            ids.append(row["article_id"])
        result.files.append(FileOutcome(planned, "articles", None, tuple(ids)))

    result.seconds["parse"], clock = time.perf_counter() - clock, time.perf_counter()
    entity_rows, article_entity_rows = [], []
    if parsed:
        nlp = load_ner(settings.model)
        label = result.model = model_label(settings.model)
        docs = nlp.pipe((a.body for a, _ in parsed), batch_size=settings.batch_size)
        for (article, lineage), doc in zip(parsed, docs):
            home = article.dateline.country if article.dateline else None
            mentions = ents.mentions(doc.ents, article.body, home_country=home)
            entity_rows.extend(rows.entity_rows(article, mentions, lineage, label))
            ranked = salience.article_entities(mentions, article.body, article.headline)
            article_entity_rows.extend(rows.article_entity_rows(article, ranked, lineage, label))

    result.seconds["entities"], clock = time.perf_counter() - clock, time.perf_counter()
    day = started.date().isoformat()
    for name, table_rows in (
        ("articles", article_rows), ("bylines", byline_rows), ("entities", entity_rows),
        ("rejects", reject_rows), ("story_sketches", sketch_rows), ("article_entities", article_entity_rows),
    ):
        store.stage(out, run_id, name, schemas.to_table(table_rows, schemas.TABLES[name]), day, part)
    faults.checkpoint("chunk-staged")
    result.articles, result.bylines, result.entities = len(article_rows), len(byline_rows), len(entity_rows)
    result.rejects_by_reason.update(r["reason"] for r in reject_rows)
    result.entity_labels.update(r["label"] for r in entity_rows)
    result.entity_keys.update(r["entity_key"] for r in entity_rows)
    result.rejected = [(r["source_uri"], r["reason"], r["detail"]) for r in reject_rows]
    result.seconds["write"] = time.perf_counter() - clock
    logger.info("chunk %s: %d files, %d articles, %d rejects", part, len(chunk), len(article_rows), len(reject_rows))
    return result


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: str
    detail: str
    data: bytes | None = None  # the bytes read, for the quarantine copy
    traceback: str | None = None


def ingest_file(planned: Planned, reference: dt.date | None, settings: Settings) -> ParsedFile | Rejected:
    """One input to parsed articles or a rejection; never raises."""
    if planned.unreadable is not None:
        return Rejected("unreadable", planned.unreadable)
    data = intake.read_input(planned.file, settings.max_file_bytes)
    if isinstance(data, intake.Refused):
        return Rejected(data.reason, data.detail)
    try:
        return parse_file(data, reference_date=reference)
    except WireError as exc:
        return Rejected(exc.reason, exc.detail, data)
    except Exception as exc:  # a parser bug must cost one file, not the run
        return Rejected("parser_error", f"{type(exc).__name__}: {exc}", data, traceback.format_exc())


def _quarantine(planned: Planned, rejected: Rejected, settings: Settings, logger) -> str | None:
    """Copy rejected bytes aside when --quarantine is set; a failed copy is logged, not fatal."""
    if settings.quarantine is None or rejected.reason in _NOTHING_TO_KEEP:
        return None
    try:
        return intake.quarantine(Path(settings.quarantine), planned.file, planned.sha256, rejected.data)
    except OSError as exc:
        logger.warning("could not quarantine %s: %s", planned.file.uri, exc)
        return None


# Rejects with no bytes to keep: nothing was read, or the bytes are kept already.
_NOTHING_TO_KEEP = frozenset({"unreadable", "not_a_file", "duplicate"})


@task(name="reconcile-stories")
def reconcile(out: Path, plan: Plan, run_id: str, started: dt.datetime, reprocess: bool,
              settings: Settings) -> stories.StoryLinks:
    """Decide against what OUT holds: resent stories, story versions, rows --reprocess replaces."""
    base = snapshots.current(out)
    replaced: set[str] = set()
    if reprocess:
        taken = {(p.file.uri, p.sha256) for p in plan.take}
        arts = store.read_columns(base, "articles", ["article_id", "source_uri", "content_sha256"])
        replaced = {a for a, u, s in zip(*(arts[c].to_pylist() for c in arts.column_names)) if (u, s) in taken}
    new = store.read_files(store.staged(out, run_id, "story_sketches"), "story_sketches")
    return stories.link(base, new, replaced=replaced, run_id=run_id, today=started.date(),
                        window_days=settings.story_window_days)


@task(name="commit-run", **io_retries())
def commit_run(out: Path, plan: Plan, results: list[ChunkResult], links: stories.StoryLinks,
               summary: RunSummary, started: dt.datetime, source: str, reference_date: dt.date | None,
               reprocess: bool, settings: Settings) -> RunSummary:
    """Build the next snapshot of every table from the staged files, and make it current."""
    from importlib.metadata import version

    run_id = summary.run_id
    day = started.date().isoformat()
    txn = snapshots.Transaction(out, "ingest", run_id)

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

    # Rows of earlier runs that this run replaces, and story versions renumbered.
    rewrite = store.Rewriter(txn, out, run_id)
    if links.replaced:
        for table in ("articles", "bylines", "entities", "story_sketches", "article_entities"):
            summary.replaced_rows += rewrite.apply(
                table, ["article_id"], lambda t: store.without(t, "article_id", links.replaced),
                store.has_any("article_id", links.replaced))
    again = {p.file.uri for p in plan.take} if reprocess else set(plan.retried)
    if again:
        summary.replaced_rows += rewrite.apply(
            "rejects", ["source_uri", "content_sha256", "reason"],
            lambda t: _drop_rejects(t, plan, reprocess), store.has_any("source_uri", again))
    if renumbered := set(links.updated) | links.replaced:
        rewrite.apply("story_versions", ["article_id"], lambda t: _renumber(t, links),
                      store.has_any("article_id", renumbered))
    summary.stories_updated = len({r["story_id"] for r in links.updated.values()})

    log_rows = [ingest_log.log_row(o.planned.file, o.planned.sha256, o.outcome, o.reason, len(o.article_ids),
                                   run_id, started) for o in outcomes]
    log_rows += [ingest_log.log_row(p.file, p.sha256, "unchanged", None, 0, run_id, started) for p in plan.unchanged]
    summary.snapshot_version = (txn.base.version if txn.base else 0) + 1
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
    }
    for name, table_rows, part in (
        ("rejects", resend_rejects, "resent"), ("story_versions", links.new_rows, "0"),
        ("ingest_log", log_rows, "0"), ("runs", [run_row], "0"),
    ):
        store.stage(out, run_id, name, schemas.to_table(table_rows, schemas.TABLES[name]), day, part)
    catalog.stage_updates(out, run_id, run_row["finished_at"], day,
                          committed=lambda table: [txn.path_of(e) for e in txn.files(table)])
    for table in schemas.TABLES:
        for path in store.staged(out, run_id, table):
            txn.add(table, path, _rows(path))
    committed = txn.commit(keep=settings.keep_snapshots, grace_seconds=settings.snapshot_grace_seconds,
                           details={"source": source, "reprocess": reprocess})
    snapshots.remove_staging(out, run_id)
    summary.snapshot_version = committed.version
    return summary


def worker_pool(workers: int | None = None, model: str | None = None) -> PreloadedPool:
    """Where the flow's chunks run: processes forked from a server that loaded the model once (flows.workerserver).

    Their log lines are printed by the parent. The flow's default task
    runner, so scheduled and deployed runs are parallel too; a run of few
    files never submits, and no process starts.
    """
    from flows.worker_logs import echo_to_terminal

    runner = PreloadedPool(max_workers=workers or available_cpus(), initializer=warm_worker, initargs=(model,))
    runner.set_subprocess_message_processor_factories([echo_to_terminal])
    return runner


def warm_worker(model: str | None = None) -> None:
    """Process-pool initializer: load the model once per worker process; its log lines go to the parent.

    A model that cannot load is left to the first chunk, which reports it
    as the run's error: an initializer that raises only breaks the pool.
    """
    from flows.nlp import load_ner
    from flows.settings import SettingsError
    from flows.worker_logs import silence_terminal

    silence_terminal()
    try:
        load_ner(model or Settings.from_env().model)
    except (SettingsError, OSError, RuntimeError):
        pass


@flow(name=FLOW_NAME, log_prints=False, task_runner=worker_pool())
def ingest(
    source: str | None = None,
    out: str | None = None,
    reference_date: dt.date | None = None,
    reprocess: bool = False,
    model: str | None = None,
    max_file_bytes: int | None = None,
    quarantine: str | None = None,
    workers: int | None = None,
    scale_to_input: bool = True,
) -> RunSummary:
    """Ingest wire copy under SOURCE into the Parquet tables under OUT.

    SOURCE and OUT left empty come from the settings (WIRECOPY_SOURCE and
    WIRECOPY_OUT, or wirecopy.toml): how scheduled runs find the landing folder.
    `workers` is how many chunks may run at once on the flow's task runner
    (None: the `workers` setting, else one per CPU); with `scale_to_input` a
    small run uses fewer (settings.min_files_per_worker), as a worker
    process costs seconds to start.
    """
    logger = get_run_logger()
    clock, shown = artifacts.Stopwatch(), progress.for_run()
    settings = Settings.from_env(model=model, source=source, out=out, max_file_bytes=max_file_bytes,
                                 quarantine=quarantine)
    source, out = settings.locations()
    workers = settings.worker_count(workers)
    remote, out_path = objectstore.writer_folder(out, settings)  # a remote OUT is written through a local mirror
    run_id = str(flow_run.id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
    with lock.hold(out_path, f"wirecopy run {run_id}", wait_seconds=settings.lock_wait_seconds):
        faults.checkpoint("run-locked")
        started = dt.datetime.now(dt.timezone.utc)
        base = objectstore.pull(remote, out_path) if remote else None
        if left := snapshots.recover(out_path):
            logger.warning("removed what unfinished runs left: %s", ", ".join(left))
        if adopted := legacy.adopt(out_path, run_id):
            logger.warning("adopted %d files of tables written before snapshots", adopted)

        with clock("plan"):
            plan = plan_inputs(source, out_path, reprocess)
        shown.planned(len(plan.take))
        faults.checkpoint("plan-done")
        summary = RunSummary(run_id=run_id, out=remote.url if remote else str(out_path), files_seen=plan.seen,
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
        with clock("process"):
            if len(chunks) <= 1 or workers <= 1:
                done = (process_chunk(quote(chunk), out_path, run_id, f"{n:05d}", *args)
                        for n, chunk in enumerate(chunks))
            else:
                if isinstance(runner := FlowRunContext.get().task_runner, PreloadedPool):
                    runner.prestart(settings.model)  # no-op when the CLI has started it already
                # quote(): a chunk's hundreds of files are not walked for futures, here nor in the worker.
                futures = [process_chunk.submit(quote(chunk), out_path, run_id, f"{n:05d}", *args)
                           for n, chunk in enumerate(chunks)]
                done = (future.result() for future in futures)
            for chunk, result in zip(chunks, done):
                results.append(result)
                summary.add(result)
                shown.advanced(len(chunk), result.articles)
        with clock("commit"):
            # quote(): Prefect walks every parameter looking for futures; over the plan's and the
            # chunks' thousands of small objects that walk cost seconds of a run.
            links = reconcile(out_path, quote(plan), run_id, started, reprocess, settings)
            summary = commit_run(out_path, quote(plan), quote(results), quote(links), quote(summary), started,
                                 source, reference_date, reprocess, settings)
            if remote:
                objectstore.push(out_path, remote, base, keep=settings.keep_snapshots,
                                 grace_seconds=settings.snapshot_grace_seconds)
    summary.seconds.update(clock.laps())
    published = publish_report(quote(summary), {"source": source, "out": out, "reference_date": reference_date,
                                                "reprocess": reprocess, "model": settings.model}, return_state=True)
    if published.is_failed():  # the tables are committed: a missing report must not fail the run
        logger.warning("run artifacts not published: %s", published.message)
    return summary


@task(name="publish-report", **io_retries())
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
    """Chunks of at most `size` files, in order; with several workers, the last ones smaller.

    Workers take chunks in order, so with equal chunks one worker may start
    the last chunk just as the others finish, and the run waits a whole
    chunk's NER on one core. The files of the last round (`workers` full
    chunks' worth) are cut into chunks a quarter that size instead, so the
    workers finish within about a quarter chunk of each other.
    """
    if not items:
        return []
    workers = max(workers, 1)
    size = max(1, min(size, -(-len(items) // workers)))
    if workers == 1:
        return [items[i:i + size] for i in range(0, len(items), size)]
    tail = min(len(items), workers * size)
    head = len(items) - tail
    small = max(1, -(-size // 4))
    return ([items[i:min(i + size, head)] for i in range(0, head, size)]
            + [items[i:i + small] for i in range(head, len(items), small)])


def _sent_at(article, f: InputFile) -> dt.datetime:
    """When the story moved: its transmission time when the copy or metadata has one, else the file's mtime."""
    return article.transmission.utc if article.transmission is not None else f.mtime


def _reference(f: InputFile, cli_date: dt.date | None) -> tuple[dt.date, str]:
    """The date a year-less dateline resolves against (the file's own metadata wins, later)."""
    if cli_date is not None:
        return cli_date, "cli"
    if f.received is not None:
        return f.received, "manifest"
    return f.mtime.date(), "mtime"


def ingest_with_runner(*, workers: int, dask_address: str | None = None, **params: object) -> RunSummary:
    """Run the flow with its chunks spread over processes.

    Locally: `workers` processes, each loading the model once (the pool's
    initializer). On a Dask cluster: one chunk per task on the cluster's
    workers, each keeping its model in flows.nlp's module-level cache, and
    writing its chunk's staged Parquet itself; the commit stays in the flow.
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=dask_address)
        return ingest.with_options(task_runner=runner)(workers=_cluster_workers(dask_address), scale_to_input=False,
                                                       **params)
    if workers <= 1:
        return ingest(workers=1, **params)
    from flows.prefect_env import shared_api

    model = Settings.from_env(model=params.get("model")).model
    with shared_api():
        return ingest.with_options(task_runner=worker_pool(workers, model))(workers=workers, **params)


def _cluster_workers(address: str) -> int:
    """Worker threads on the cluster: enough chunks to keep them all busy."""
    from distributed import Client

    with Client(address, timeout="30s") as client:
        return max(1, sum(client.nthreads().values()))
