"""Tables written before snapshots: adopted into the first snapshot, once.

The first wirecopy releases kept each table as a plain directory under OUT
and knew what was ingested from the articles and rejects themselves. The
first run of this release links those files into snapshot 1, derives the
ingest log from them (no size or mtime: the next run hashes each file once
and logs it `unchanged`), and swaps each directory for the link into
`_snapshots/current`. Each swap is a rename and a symlink, so a reader
between the two may find one table empty for an instant; adoption happens
once per OUT.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq

import schemas
from flows import snapshots, store


def adopt(out: Path, run_id: str) -> int:
    """Adopt plain table directories under OUT; returns the number of files adopted (0: nothing to do)."""
    tables = snapshots.legacy_tables(out)
    if not tables or snapshots.current(out) is not None:
        return 0
    txn = snapshots.Transaction(out, "adopt", run_id)
    adopted = 0
    for table in tables:
        for path in sorted((out / table).glob("*/*.parquet")):
            txn.add(table, path, pq.ParquetFile(path).metadata.num_rows)
            adopted += 1
    now = dt.datetime.now(dt.timezone.utc)
    log = _derived_log(out, run_id, now)
    store.stage(out, run_id, "ingest_log", schemas.to_table(log, schemas.INGEST_LOG), now.date().isoformat(), "adopted")
    for path in store.staged(out, run_id, "ingest_log"):
        txn.add("ingest_log", path, pq.ParquetFile(path).metadata.num_rows)
    txn.commit(details={"adopted_tables": tables})
    snapshots.remove_staging(out, run_id)
    for table in tables:
        aside = out / snapshots.SNAPSHOTS / f".legacy-{table}"
        os.rename(out / table, aside)
        snapshots.ensure_table_links(out)
        shutil.rmtree(aside, ignore_errors=True)
    return adopted


def _derived_log(out: Path, run_id: str, now: dt.datetime) -> list[dict[str, object]]:
    def files(table: str) -> list[Path]:
        return sorted((out / table).glob("*/*.parquet")) if (out / table).is_dir() else []

    arts = store.read_files(files("articles"), "articles", ["source_uri", "content_sha256"])
    rej = store.read_files(files("rejects"), "rejects", ["source_uri", "content_sha256", "reason", "size_bytes"])
    counts: dict[tuple[str, str], int] = {}
    for uri, sha in zip(arts["source_uri"].to_pylist(), arts["content_sha256"].to_pylist()):
        counts[(uri, sha)] = counts.get((uri, sha), 0) + 1
    rows = [_row(uri, sha, None, "articles", None, n, run_id, now) for (uri, sha), n in sorted(counts.items())]
    for uri, sha, reason, size in zip(*(rej[c].to_pylist() for c in ("source_uri", "content_sha256", "reason", "size_bytes"))):
        rows.append(_row(uri, sha, size, "reject", reason, 0, run_id, now))
    return rows


def _row(uri: str, sha: str, size: int | None, outcome: str, reason: str | None, articles: int,
         run_id: str, now: dt.datetime) -> dict[str, object]:
    return {"source_uri": uri, "size_bytes": size, "mtime": None, "content_sha256": sha, "outcome": outcome,
            "reason": reason, "articles": articles, "logged_at": now, "run_id": run_id}
