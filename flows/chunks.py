"""One chunk of files through the transforms to staged Parquet: the work a worker process does.

Nothing here imports Prefect. The flow's `process-chunk` task (flows.ingest)
hands a chunk to a worker process of the local pool (flows.pool), or, on a
Dask cluster or in a one-process run, calls `run_chunk` where it runs. A
worker then needs only this module, the transforms and the model: the
fork server it comes from loads those and not Prefect's task engine
(~1 s of every run's start), and no worker pays a task engine's start,
settings and API clients for each chunk (~0.1 s a chunk). What a chunk has
to say goes back in its result (`ChunkResult.log`), and the task logs it to
the run.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import schemas
from flows import faults, gazetteer_cache, intake, store, stories
from flows.discover import InputFile
from flows.settings import Settings
from transforms import entities as ents
from transforms import dating, rows, salience
from transforms.errors import WireError
from transforms.pipeline import ParsedFile, parse_file


@dataclass(frozen=True, slots=True)
class Planned:
    file: InputFile
    sha256: str
    duplicate_of: str | None = None  # URI of the file with the same bytes
    unreadable: str | None = None    # why the file could not be hashed
    bulk_copied: bool = False        # arrived with many others at once: its time lends no date


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
    log: list[tuple[int, str]] = field(default_factory=list)  # (level, message) for the run's log
    file_time_dates: int = 0  # datelines dated by nothing but their file's modification time


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: str
    detail: str
    data: bytes | None = None  # the bytes read, for the quarantine copy
    traceback: str | None = None


def run_chunk(
    chunk: list[Planned], out: Path, run_id: str, part: str, started: dt.datetime,
    reference_date: dt.date | None, settings: Settings,
) -> ChunkResult:
    """Everything one chunk produces, staged as its own files: chunks share nothing."""
    from flows.nlp import load_ner, model_label

    gazetteer_cache.load(settings.cache_dir)  # once per process; a forked worker has it from the fork server
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
        found = ingest_file(planned, None if ref_source == "mtime" else ref, settings, ref_source)
        if isinstance(found, Rejected):
            if found.reason == "parser_error":
                result.log.append((logging.ERROR, f"parser failed on {f.uri}:\n{found.traceback}"))
            reject(planned, found.reason, found.detail, _quarantine(planned, found, settings, result.log))
            continue
        lineage = rows.Lineage(f.uri, planned.sha256, found.encoding, run_id, started, ref, ref_source)
        ids = []
        for article in found.articles:
            if ref_source == "mtime":
                article = dating.with_file_time(article, ref, trusted=not planned.bulk_copied)
                result.file_time_dates += article.dateline is not None and article.dateline.date_source in (
                    dating.FILE_TIME, f"dateline+{dating.FILE_TIME}")
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
    result.log.append((logging.INFO, f"chunk {part}: {len(chunk)} files, {len(article_rows)} articles, "
                                     f"{len(reject_rows)} rejects"))
    return result


def ingest_file(
    planned: Planned, reference: dt.date | None, settings: Settings, reference_source: str = "cli"
) -> ParsedFile | Rejected:
    """One input to parsed articles or a rejection; never raises."""
    if planned.unreadable is not None:
        return Rejected("unreadable", planned.unreadable)
    data = intake.read_input(planned.file, settings.max_file_bytes)
    if isinstance(data, intake.Refused):
        return Rejected(data.reason, data.detail)
    try:
        return parse_file(data, reference_date=reference, reference_source=_DATE_SOURCES.get(reference_source, "reference"))
    except WireError as exc:
        return Rejected(exc.reason, exc.detail, data)
    except Exception as exc:  # a parser bug must cost one file, not the run
        return Rejected("parser_error", f"{type(exc).__name__}: {exc}", data, traceback.format_exc())


def _quarantine(planned: Planned, rejected: Rejected, settings: Settings, log: list[tuple[int, str]]) -> str | None:
    """Copy rejected bytes aside when --quarantine is set; a failed copy is logged, not fatal."""
    if settings.quarantine is None or rejected.reason in _NOTHING_TO_KEEP:
        return None
    try:
        return intake.quarantine(Path(settings.quarantine), planned.file, planned.sha256, rejected.data)
    except OSError as exc:
        log.append((logging.WARNING, f"could not quarantine {planned.file.uri}: {exc}"))
        return None


# dateline_date_source names for the references of _reference.
_DATE_SOURCES = {"cli": "reference", "manifest": "received"}

# Rejects with no bytes to keep: nothing was read, or the bytes are kept already.
_NOTHING_TO_KEEP = frozenset({"unreadable", "not_a_file", "duplicate"})


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
