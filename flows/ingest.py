"""The `ingest-wire-copy` flow: files under SOURCE to Parquet tables under OUT.

    plan     discover files, hash them, skip what OUT already holds
    process  per chunk of files: decode, parse, normalise, NER, stage Parquet
    commit   drop replaced rows (--reprocess), move staged files into place,
             record the run
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

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

import schemas  # noqa: E402
from flows import artifacts, catalog, progress, store  # noqa: E402
from flows.discover import InputFile, discover, sha256_file  # noqa: E402
from flows import intake  # noqa: E402
from flows.retries import io_retries  # noqa: E402
from flows.settings import Settings  # noqa: E402
from transforms import entities as ents  # noqa: E402
from transforms import rows  # noqa: E402
from transforms import salience  # noqa: E402
from transforms.errors import WireError  # noqa: E402
from transforms.pipeline import ParsedFile, parse_file  # noqa: E402

FLOW_NAME = "ingest-wire-copy"


@dataclass(frozen=True, slots=True)
class Planned:
    file: InputFile
    sha256: str
    duplicate_of: str | None = None  # URI of the file with the same bytes
    unreadable: str | None = None    # why hashing failed (then sha256 is of the URI)


@dataclass(frozen=True, slots=True)
class Plan:
    take: list[Planned]
    seen: int
    skipped: int


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
    entity_labels: Counter = field(default_factory=Counter)
    entity_keys: set[str] = field(default_factory=set)
    rejected: list[tuple[str, str, str | None]] = field(default_factory=list)  # first MAX_REJECT_ROWS
    seconds: Counter = field(default_factory=Counter)  # per stage, see flows/artifacts.py

    def add(self, other: "ChunkResult") -> None:
        self.articles += other.articles
        self.bylines += other.bylines
        self.entities += other.entities
        self.rejects += sum(other.rejects_by_reason.values())
        self.rejects_by_reason.update(other.rejects_by_reason)
        self.entity_labels.update(other.entity_labels)
        self.entity_keys.update(other.entity_keys)
        self.rejected.extend(other.rejected[:artifacts.MAX_REJECT_ROWS - len(self.rejected)])
        self.seconds.update(other.seconds)


@dataclass(slots=True)
class ChunkResult:
    articles: int = 0
    bylines: int = 0
    entities: int = 0
    rejects_by_reason: Counter = field(default_factory=Counter)
    entity_labels: Counter = field(default_factory=Counter)
    entity_keys: set[str] = field(default_factory=set)
    rejected: list[tuple[str, str, str | None]] = field(default_factory=list)
    seconds: Counter = field(default_factory=Counter)


@task(name="plan-inputs", **io_retries())
def plan_inputs(source: str, out: Path, reprocess: bool) -> Plan:
    files = discover(source)
    known = {} if reprocess else store.known_inputs(out)
    first_by_hash: dict[str, str] = {}
    take, skipped = [], 0
    for f in files:
        sha, error = _hash(f)
        if error is not None:
            take.append(Planned(f, sha, unreadable=error))
        elif f.uri in known.get(sha, ()):
            skipped += 1
        elif sha in first_by_hash:
            take.append(Planned(f, sha, duplicate_of=first_by_hash[sha]))
        elif sha in known:
            take.append(Planned(f, sha, duplicate_of=sorted(known[sha])[0]))
        else:
            first_by_hash[sha] = f.uri
            take.append(Planned(f, sha))
    return Plan(take=take, seen=len(files), skipped=skipped)


@task(name="process-chunk", **io_retries())
def process_chunk(
    chunk: list[Planned], out: Path, run_id: str, part: str, started: dt.datetime,
    reference_date: dt.date | None, settings: Settings,
) -> ChunkResult:
    from flows.nlp import load_ner, model_label

    logger = get_run_logger()
    result = ChunkResult()
    article_rows, byline_rows, reject_rows, parsed = [], [], [], []
    clock = time.perf_counter()
    for planned in chunk:
        f = planned.file
        if planned.duplicate_of is not None:
            reject_rows.append(rows.reject_row(
                f.uri, "duplicate", f"same bytes as {planned.duplicate_of}", planned.sha256,
                f.size, run_id, started))
            continue
        ref, ref_source = _reference(f, reference_date)
        outcome = ingest_file(planned, ref, settings)
        if isinstance(outcome, Rejected):
            if outcome.reason == "parser_error":
                logger.error("parser failed on %s:\n%s", f.uri, outcome.traceback)
            kept = _quarantine(planned, outcome, settings, logger)
            reject_rows.append(rows.reject_row(
                f.uri, outcome.reason, outcome.detail, planned.sha256, f.size, run_id, started, kept))
            continue
        lineage = rows.Lineage(f.uri, planned.sha256, outcome.encoding, run_id, started, ref, ref_source)
        for article in outcome.articles:
            article_rows.append(rows.article_row(article, lineage))
            byline_rows.extend(rows.byline_rows(article, lineage))
            parsed.append((article, lineage))

    result.seconds["parse"], clock = time.perf_counter() - clock, time.perf_counter()
    entity_rows, article_entity_rows = [], []
    if parsed:
        nlp = load_ner(settings.model)
        label = model_label(settings.model)
        docs = nlp.pipe((a.body for a, _ in parsed), batch_size=settings.batch_size)
        for (article, lineage), doc in zip(parsed, docs):
            home = article.dateline.country if article.dateline else None
            found = ents.mentions(doc.ents, article.body, home_country=home)
            entity_rows.extend(rows.entity_rows(article, found, lineage, label))
            ranked = salience.article_entities(found, article.body, article.headline)
            article_entity_rows.extend(rows.article_entity_rows(article, ranked, lineage, label))

    result.seconds["entities"], clock = time.perf_counter() - clock, time.perf_counter()
    day = started.date().isoformat()
    for name, table_rows in (
        ("articles", article_rows), ("bylines", byline_rows), ("entities", entity_rows), ("rejects", reject_rows),
        ("article_entities", article_entity_rows),
    ):
        store.stage(out, run_id, name, schemas.to_table(table_rows, schemas.TABLES[name]), day, part)
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


@task(name="commit-run", **io_retries())
def commit_run(out: Path, plan: Plan, summary: RunSummary, started: dt.datetime, source: str,
               reference_date: dt.date | None, reprocess: bool, settings: Settings) -> RunSummary:
    from importlib.metadata import version

    from flows.nlp import model_label

    if reprocess:
        summary.replaced_rows = store.drop_inputs(
            out, {p.sha256 for p in plan.take}, {p.file.uri for p in plan.take}, keep_run=summary.run_id)
    run_row = {
        "run_id": summary.run_id,
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
        "model": model_label(settings.model) if summary.articles else settings.model,
        "wirecopy_version": version("wirecopy"),
    }
    store.stage(out, summary.run_id, "runs", schemas.to_table([run_row], schemas.RUNS),
                started.date().isoformat(), "0")
    catalog.stage_updates(out, summary.run_id, run_row["finished_at"], started.date().isoformat())
    store.commit(out, summary.run_id)
    return summary


@flow(name=FLOW_NAME, log_prints=False)
def ingest(
    source: str | None = None,
    out: str | None = None,
    reference_date: dt.date | None = None,
    reprocess: bool = False,
    model: str | None = None,
    max_file_bytes: int | None = None,
    quarantine: str | None = None,
    workers: int = 1,
) -> RunSummary:
    """Ingest wire copy under SOURCE into the Parquet tables under OUT.

    SOURCE and OUT left empty come from the settings (WIRECOPY_SOURCE and
    WIRECOPY_OUT, or wirecopy.toml): how scheduled runs find the landing folder.
    """
    logger = get_run_logger()
    clock, shown = artifacts.Stopwatch(), progress.for_run()
    settings = Settings.from_env(model=model, source=source, out=out, max_file_bytes=max_file_bytes,
                                 quarantine=quarantine)
    source, out = settings.locations()
    out_path = Path(out)
    run_id = str(flow_run.id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f"))
    started = dt.datetime.now(dt.timezone.utc)
    if stale := store.clean_staging(out_path):
        logger.warning("removed staging files of unfinished runs: %s", ", ".join(stale))

    with clock("plan"):
        plan = plan_inputs(source, out_path, reprocess)
    shown.planned(len(plan.take))
    summary = RunSummary(run_id=run_id, out=str(out_path), files_seen=plan.seen,
                         files_skipped=plan.skipped, files_ingested=len(plan.take))
    logger.info("%d files under %s: %d to ingest, %d already ingested",
                plan.seen, source, len(plan.take), plan.skipped)
    chunks = chunked(plan.take, settings.chunk_files, workers)
    args = (out_path, run_id, started, reference_date, settings)
    with clock("process"):
        if len(chunks) <= 1 or workers <= 1:
            results = (process_chunk(chunk, out_path, run_id, f"{n:05d}", *args[2:]) for n, chunk in enumerate(chunks))
        else:
            futures = [process_chunk.submit(chunk, out_path, run_id, f"{n:05d}", *args[2:])
                       for n, chunk in enumerate(chunks)]
            results = (future.result() for future in futures)
        for chunk, result in zip(chunks, results):
            summary.add(result)
            shown.advanced(len(chunk), result.articles)
    with clock("commit"):
        summary = commit_run(out_path, plan, summary, started, source, reference_date, reprocess, settings)
    summary.seconds.update(clock.laps())
    published = publish_report(summary, {"source": source, "out": out, "reference_date": reference_date,
                                         "reprocess": reprocess, "model": settings.model}, return_state=True)
    if published.is_failed():  # the tables are committed: a missing report must not fail the run
        logger.warning("run artifacts not published: %s", published.message)
    return summary


@task(name="publish-report", **io_retries())
def publish_report(summary: RunSummary, params: dict[str, object]) -> None:
    artifacts.publish(summary, params)


def _hash(f: InputFile) -> tuple[str, str | None]:
    """SHA-256 of the bytes; of the URI, with the error, for what cannot be read (never opened if not a file)."""
    if f.kind == "file":
        try:
            return sha256_file(f.path), None
        except OSError as exc:
            error = f"{type(exc).__name__}: {exc.strerror or exc}"
    else:
        error = None  # left to read_input, which names what stands there
    return hashlib.sha256(f.uri.encode()).hexdigest(), error


def chunked(items: list[Planned], size: int, workers: int) -> list[list[Planned]]:
    """Chunks of at most `size` files, and at least one per worker when there are enough files."""
    if not items:
        return []
    size = max(1, min(size, -(-len(items) // max(workers, 1))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def warm_worker(model: str) -> None:
    """Process-pool initializer: load the model once per worker process."""
    from flows.nlp import load_ner

    load_ner(model)


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
        return ingest.with_options(task_runner=runner)(workers=_cluster_workers(dask_address), **params)
    if workers <= 1:
        return ingest(workers=1, **params)
    from prefect.task_runners import ProcessPoolTaskRunner

    model = Settings.from_env(model=params.get("model")).model
    runner = ProcessPoolTaskRunner(max_workers=workers, initializer=warm_worker, initargs=(model,))
    return ingest.with_options(task_runner=runner)(workers=workers, **params)


def _cluster_workers(address: str) -> int:
    """Worker threads on the cluster: enough chunks to keep them all busy."""
    from distributed import Client

    with Client(address, timeout="30s") as client:
        return max(1, sum(client.nthreads().values()))
