"""One chunk of files through the transforms to staged Parquet: the work a worker process does.

Nothing here imports Prefect. The flow's `process-chunk` task (wirecopy.flows.ingest)
hands a chunk to a worker process of the local pool (wirecopy.flows.runtime.pool), or, on a
Dask cluster or in a one-process run, calls `run_chunk` where it runs. A
worker then needs only this module, the transforms and the model: the
fork server it comes from loads those and not Prefect's task engine
(~1 s of every run's start), and no worker pays a task engine's start,
settings and API clients for each chunk (~0.1 s a chunk). What a chunk has
to say goes back in its result (`ChunkResult.log`), and the task logs it to
the run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import logging
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wirecopy import schemas
from wirecopy.flows import faults, stories
from wirecopy.flows.inputs import intake
from wirecopy.flows.inputs.discover import InputFile
from wirecopy.flows.inputs.plan import Planned
from wirecopy.flows.runtime import gazetteer_cache
from wirecopy.flows.settings import Settings
from wirecopy.flows.warehouse import store
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.transforms import dating, rows
from wirecopy.transforms.errors import WireError
from wirecopy.transforms.ner import entities as ents
from wirecopy.transforms.ner import salience
from wirecopy.transforms.pipeline import ParsedFile, parse_file
from wirecopy.transforms.text.segments import MAX_CHARS, segments, shifted


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
    seconds: Counter = field(default_factory=Counter)  # per stage, see flows/report/artifacts.py
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
    chunk: list[Planned], warehouse: Warehouse, run_id: str, part: str, started: dt.datetime,
    reference_date: dt.date | None, settings: Settings,
) -> ChunkResult:
    """Everything one chunk produces, staged as its own files: chunks share nothing.

    Every step of one file (reading, parsing, building its rows, its NER)
    sits inside the per-file guard: an exception no step expected costs that
    file an `internal_error` reject (a wirecopy bug, logged with its
    traceback), never the chunk or the run.
    """
    from wirecopy.flows.runtime.nlp import load_ner, model_label

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
        try:
            # The file's reference date, decided once; each story carries it (with its metadata date first).
            ref = dating.reference(given=reference_date, received=f.received, file_time=f.mtime,
                                   transmission_like=not planned.bulk_copied)
            planned, found = read_and_parse(planned, ref, settings)
            if isinstance(found, Rejected):
                if found.reason == INTERNAL_ERROR:
                    result.log.append((logging.ERROR, f"wirecopy failed on {f.uri}:\n{found.traceback}"))
                reject(planned, found.reason, found.detail, _quarantine(planned, found, settings, result.log))
                continue
            lineage = rows.Lineage(f.uri, planned.sha256, found.encoding, run_id, started)
            mine: tuple[list, list, list, list] = ([], [], [], [])
            file_time_dates = 0
            for article in found.articles:
                file_time_dates += dating.dated_by_file_time(article)
                row = rows.article_row(article, lineage)
                mine[0].append(row)
                mine[1].extend(rows.byline_rows(article, lineage))
                mine[2].append(stories.sketch_row(article, row["article_id"], _sent_at(article, f), run_id))
                mine[3].append((article, lineage))
        except Exception as exc:  # a wirecopy bug must cost one file, not the run
            result.log.append((logging.ERROR, f"wirecopy failed on {f.uri}:\n{traceback.format_exc()}"))
            reject(planned, INTERNAL_ERROR, _failure(exc))
            continue
        result.file_time_dates += file_time_dates
        for table_rows, new in zip((article_rows, byline_rows, sketch_rows, parsed), mine):
            table_rows.extend(new)
        result.files.append(FileOutcome(planned, "articles", None, tuple(r["article_id"] for r in mine[0])))

    result.seconds["parse"], clock = time.perf_counter() - clock, time.perf_counter()
    entity_rows, article_entity_rows, failed = [], [], {}
    if parsed:
        nlp = load_ner(settings.model)
        label = result.model = model_label(settings.model)

        def extract(i: int, spans) -> None:
            article, lineage = parsed[i]
            home = article.dateline.country if article.dateline else None
            mentions = ents.mentions(spans, article.body, home_country=home)
            found = rows.entity_rows(article, mentions, lineage, label)
            ranked = rows.article_entity_rows(article, salience.article_entities(mentions, article.body,
                                                                                 article.headline), lineage, label)
            entity_rows.extend(found)
            article_entity_rows.extend(ranked)

        for i, exc in _entities_guarded(nlp, [a.body for a, _ in parsed], settings.batch_size, extract).items():
            uri = parsed[i][1].source_uri
            failed.setdefault(uri, _failure(exc))
            result.log.append((logging.ERROR, f"wirecopy failed on {uri} (entities): {_failure(exc)}"))
    if failed:
        _drop_failed(failed, result, reject, (article_rows, byline_rows, sketch_rows, entity_rows, article_entity_rows))

    result.seconds["entities"], clock = time.perf_counter() - clock, time.perf_counter()
    day = started.date().isoformat()
    for name, table_rows in (
        ("articles", article_rows), ("bylines", byline_rows), ("entities", entity_rows),
        ("rejects", reject_rows), ("story_sketches", sketch_rows), ("article_entities", article_entity_rows),
    ):
        store.stage(warehouse, run_id, name, schemas.to_table(table_rows, schemas.TABLES[name]), day, part)
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


INTERNAL_ERROR = "internal_error"


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def entity_spans(nlp, bodies: list[str], batch_size: int) -> Iterator[Sequence]:
    """Each body's entity spans, offsets into the body.

    Bodies of one segment go through one nlp.pipe stream in batches, as
    always; a longer body (wirecopy.transforms.text.segments) runs alone, one piece at a
    time, its spans shifted into the body: a batch of such pieces held a
    worker's memory past 2 GB for one 1-MB story.
    """
    for long, group in itertools.groupby(bodies, key=lambda body: len(body) > MAX_CHARS):
        if not long:
            yield from (doc.ents for doc in nlp.pipe(group, batch_size=batch_size))
            continue
        for body in group:
            cut = segments(body)
            docs = nlp.pipe((piece.text for piece in cut), batch_size=1)
            yield tuple(shifted(e, piece.offset) for piece, doc in zip(cut, docs) for e in doc.ents)


def _entities_guarded(nlp, bodies: list[str], batch_size: int, extract) -> dict[int, Exception]:
    """`extract(i, spans)` for every body, batched; after a failure the rest one at a time. Returns what failed."""
    done, failed = 0, {}
    try:
        for spans in entity_spans(nlp, bodies, batch_size):
            extract(done, spans)
            done += 1
        return failed
    except Exception:  # one body broke the batch: find which, keep the others
        pass
    for i in range(done, len(bodies)):
        try:
            extract(i, next(entity_spans(nlp, [bodies[i]], 1)))
        except Exception as exc:
            failed[i] = exc
    return failed


def _drop_failed(failed: dict[str, str], result: ChunkResult, reject, tables: tuple[list, ...]) -> None:
    """Files whose NER failed become internal_error rejects: their rows in every table are dropped."""
    planned_of = {o.planned.file.uri: o.planned for o in result.files if o.planned.file.uri in failed}
    dropped = {a for o in result.files if o.planned.file.uri in failed for a in o.article_ids}
    result.files[:] = [o for o in result.files if o.planned.file.uri not in failed]
    for table_rows in tables:
        table_rows[:] = [r for r in table_rows if r["article_id"] not in dropped]
    for uri, detail in failed.items():
        reject(planned_of[uri], INTERNAL_ERROR, detail)


def read_and_parse(planned: Planned, reference: dating.Reference,
                   settings: Settings) -> tuple[Planned, ParsedFile | Rejected]:
    """One input to parsed articles or a rejection, and the plan for it carrying the hash of the bytes parsed.

    The bytes are read once: what is hashed is what is parsed. A file
    rewritten since planning hashed it is recorded with its new hash, so a
    truncated read is never logged as the whole file's bytes.
    """
    if planned.unreadable is not None:
        return planned, Rejected("unreadable", planned.unreadable)
    data = intake.read_input(planned.file, settings.max_file_bytes, settings.follow_symlinks)
    if isinstance(data, intake.Refused):
        return planned, Rejected(data.reason, data.detail)
    sha = hashlib.sha256(data).hexdigest()
    if sha != planned.sha256:
        planned = dataclasses.replace(planned, sha256=sha)
    if (lines := data.count(b"\n") + 1) > settings.max_lines:
        return planned, Rejected("too_many_lines", f"{lines} lines, over the limit of {settings.max_lines}", data)
    try:
        return planned, parse_file(data, reference=reference)
    except WireError as exc:
        return planned, Rejected(exc.reason, exc.detail, data)
    except Exception as exc:  # a parser bug must cost one file, not the run
        return planned, Rejected(INTERNAL_ERROR, _failure(exc), data, traceback.format_exc())


def ingest_file(planned: Planned, reference: dating.Reference, settings: Settings) -> ParsedFile | Rejected:
    """One input to parsed articles or a rejection; never raises."""
    return read_and_parse(planned, reference, settings)[1]


def _quarantine(planned: Planned, rejected: Rejected, settings: Settings, log: list[tuple[int, str]]) -> str | None:
    """Copy rejected bytes aside when --quarantine is set; a failed copy is logged, not fatal."""
    if settings.quarantine is None or rejected.reason in _NOTHING_TO_KEEP:
        return None
    try:
        return intake.quarantine(Path(settings.quarantine), planned.file, planned.sha256, rejected.data)
    except OSError as exc:
        log.append((logging.WARNING, f"could not quarantine {planned.file.uri}: {exc}"))
        return None


# Rejects with no bytes to keep: nothing was read, or the bytes are kept already.
_NOTHING_TO_KEEP = frozenset({"unreadable", "not_a_file", "duplicate", "outside_source"})


def _sent_at(article, f: InputFile) -> dt.datetime:
    """When the story moved: its transmission time when the copy or metadata has one, else the file's mtime."""
    return article.transmission.utc if article.transmission is not None else f.mtime

