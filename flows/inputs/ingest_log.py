"""The ingest log: which input files OUT already holds, and how a run knows what is new.

One `ingest_log` row per file a run took (or re-checked): URI, size, mtime,
content SHA-256, outcome. A file is skipped without being read when its
size and mtime equal the last logged ones; when they differ its bytes are
hashed, and equal bytes (a file touched, copied again, restored from
backup) make it `unchanged`: logged with its new mtime so the next run
skips it cheaply, and nothing else written. Different bytes are a new
version of the file and are ingested.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wirecopy.flows.inputs.discover import InputFile
from wirecopy.flows.warehouse import store
from wirecopy.flows.warehouse.commits import State

# Reasons that say the bytes themselves were judged: the same bytes will be
# judged the same again, so they count as ingested. Others (I/O failures; a
# symlink out of SOURCE, which a run with --follow-symlinks or a moved link
# may take) are tried again on the next run.
RETRYABLE_REJECTS = frozenset({"unreadable", "outside_source"})
_COLUMNS = ["source_uri", "size_bytes", "mtime", "content_sha256", "outcome", "reason", "logged_at"]


@dataclass(frozen=True, slots=True)
class LogEntry:
    uri: str
    size: int | None
    mtime: dt.datetime | None
    sha256: str
    outcome: str
    reason: str | None

    @property
    def final(self) -> bool:
        """The file's bytes were judged; taking the same bytes again would repeat the result."""
        return not (self.outcome == "reject" and self.reason in RETRYABLE_REJECTS)


@dataclass(frozen=True, slots=True)
class LogState:
    latest: dict[str, LogEntry]         # by URI: the last time a run logged the file
    holders: dict[str, list[str]]       # by content SHA-256: URIs whose judged bytes those were

    def known_hash(self, sha256: str, *, exclude: set[str] = frozenset()) -> str | None:
        """A URI already holding these bytes, other than those being taken again."""
        for uri in self.holders.get(sha256, ()):
            if uri not in exclude:
                return uri
        return None


def read_state(snapshot: State | None) -> LogState:
    log = store.read_columns(snapshot, "ingest_log", _COLUMNS)
    entries = sorted(
        zip(*(log[c].to_pylist() for c in _COLUMNS)),
        key=lambda r: r[6],  # logged_at; sort is stable, so file order breaks ties
    )
    latest: dict[str, LogEntry] = {}
    holders: dict[str, list[str]] = {}
    for uri, size, mtime, sha, outcome, reason, _ in entries:
        entry = LogEntry(uri, size, mtime, sha, outcome, reason)
        latest[uri] = entry
        if entry.final and uri not in holders.setdefault(sha, []):
            holders[sha].append(uri)
    return LogState(latest, holders)


def unmodified(entry: LogEntry | None, f: InputFile) -> bool:
    """Size and mtime as last logged, and the result final: skip without reading."""
    return entry is not None and entry.final and entry.size == f.size and entry.mtime == f.mtime


def log_row(f: InputFile, sha256: str, outcome: str, reason: str | None, articles: int,
            run_id: str, logged_at: dt.datetime) -> dict[str, object]:
    return {
        "source_uri": f.uri,
        "size_bytes": f.size,
        "mtime": f.mtime,
        "content_sha256": sha256,
        "outcome": outcome,
        "reason": reason,
        "articles": articles,
        "logged_at": logged_at,
        "run_id": run_id,
    }
