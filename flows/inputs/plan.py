"""Planning a run: which of the files found under SOURCE it takes, and as what.

A file the ingest log holds with the same size and mtime is skipped unread;
one touched but holding the same bytes is `unchanged` (logged, nothing else
written); one holding the bytes of another file of this run, or of a file
OUT already holds, is taken as a `duplicate` (it becomes a reject naming
the first); the rest are taken to be parsed. Files that arrived many at
once are marked: their times date nothing (wirecopy.transforms.dating).

The flow's `plan-inputs` task (flows/ingest.py) is this module over
`discover` and the ingest log at the pinned state.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from wirecopy.flows.inputs import ingest_log
from wirecopy.flows.inputs.discover import InputFile, sha256_file
from wirecopy.transforms import dating


@dataclass(frozen=True, slots=True)
class Planned:
    file: InputFile
    sha256: str
    duplicate_of: str | None = None  # URI of the file with the same bytes
    unreadable: str | None = None    # why the file could not be hashed
    bulk_copied: bool = False        # arrived with many others at once: its time lends no date


@dataclass(frozen=True, slots=True)
class Plan:
    take: list[Planned]
    unchanged: list[Planned]          # touched, same bytes: logged, nothing else written
    seen: int
    skipped: int
    retried: frozenset[str] = frozenset()  # URIs taken again after a retryable reject

    def taken(self) -> set[tuple[str, str]]:
        """(URI, SHA-256) of every file taken: the rows --reprocess replaces are those of these bytes."""
        return {(p.file.uri, p.sha256) for p in self.take}


def plan(files: list[InputFile], state: ingest_log.LogState, *, reprocess: bool) -> Plan:
    """What a run takes of `files`, given the ingest log at the pinned state; hashes the files it must."""
    again = {f.uri for f in files} if reprocess else set()
    first_by_hash: dict[str, str] = {}
    take, unchanged, skipped = [], [], 0
    retried = {f.uri for f in files if (e := state.latest.get(f.uri)) is not None and not e.final}
    for f in files:
        last = state.latest.get(f.uri)
        if not reprocess and ingest_log.unmodified(last, f):
            skipped += 1
            continue
        sha, error = content_hash(f)
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
    take = mark_bulk_copies(take)
    return Plan(take=take, unchanged=unchanged, seen=len(files), skipped=skipped, retried=frozenset(retried))


def mark_bulk_copies(take: list[Planned]) -> list[Planned]:
    """Files that arrived many at once (wirecopy.transforms.dating.bulk_copied): their times date nothing."""
    flags = dating.bulk_copied([p.file.mtime for p in take])
    return [dataclasses.replace(p, bulk_copied=True) if bulk else p for p, bulk in zip(take, flags)]


def content_hash(f: InputFile) -> tuple[str, str | None]:
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
