"""The Parquet warehouse on disk: staged writes, commit, and what it already holds.

Layout: OUT/<table>/ingest_date=YYYY-MM-DD/part-<run_id>-<n>.parquet.
A run writes under OUT/_staging/<run_id>/ first (invisible to the documented
glob OUT/<table>/**/*.parquet) and moves its files into place when the run is
done; leftovers of a crashed run are removed by the next run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas import PARTITION_COLUMN, TABLES

STAGING = "_staging"
COMPRESSION = "zstd"


def table_dir(out: Path, table: str) -> Path:
    return out / table


def table_files(out: Path, table: str) -> list[Path]:
    return sorted(table_dir(out, table).glob("**/*.parquet"))


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write aside, fsync, then rename: a reader never sees a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, tmp, compression=COMPRESSION)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def stage(out: Path, run_id: str, table: str, data: pa.Table, ingest_date: str, part: str) -> Path | None:
    """Write one part of a table under the run's staging folder."""
    if data.num_rows == 0:
        return None
    path = out / STAGING / run_id / table / f"{PARTITION_COLUMN}={ingest_date}" / f"part-{run_id}-{part}.parquet"
    write_atomic(data, path)
    return path


def commit(out: Path, run_id: str) -> int:
    """Move the run's staged files into the tables; returns how many moved."""
    root = out / STAGING / run_id
    moved = 0
    for staged in sorted(root.glob("*/*/*.parquet")):
        target = out / staged.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, target)
        moved += 1
    shutil.rmtree(root, ignore_errors=True)
    return moved


def clean_staging(out: Path) -> list[str]:
    """Remove what crashed runs left in staging; returns their run ids."""
    root = out / STAGING
    if not root.exists():
        return []
    left = sorted(p.name for p in root.iterdir())
    shutil.rmtree(root, ignore_errors=True)
    return left


def read_columns(out: Path, table: str, columns: list[str]) -> pa.Table:
    """Selected columns of a whole table (empty table when there is none yet)."""
    schema = pa.schema([TABLES[table].field(c) for c in columns])
    parts = [pq.read_table(f, columns=columns, schema=schema) for f in table_files(out, table)]
    return pa.concat_tables(parts) if parts else schema.empty_table()


# Reasons that say the bytes themselves were judged: the same bytes will be
# judged the same again, so they count as ingested. Others (I/O failures)
# are tried again on the next run.
RETRYABLE_REJECTS = frozenset({"unreadable"})


def known_inputs(out: Path) -> dict[str, set[str]]:
    """content_sha256 -> source URIs that already became articles or final rejects."""
    known: dict[str, set[str]] = defaultdict(set)
    arts = read_columns(out, "articles", ["content_sha256", "source_uri"])
    for sha, uri in zip(arts["content_sha256"].to_pylist(), arts["source_uri"].to_pylist()):
        known[sha].add(uri)
    rej = read_columns(out, "rejects", ["content_sha256", "source_uri", "reason"])
    for sha, uri, reason in zip(*(rej[c].to_pylist() for c in ("content_sha256", "source_uri", "reason"))):
        if reason not in RETRYABLE_REJECTS:
            known[sha].add(uri)
    return known


def drop_inputs(out: Path, hashes: set[str], uris: set[str], keep_run: str) -> int:
    """Remove earlier runs' rows of reprocessed inputs (by content hash or URI).

    Files are rewritten aside and renamed, or deleted when nothing is left.
    Returns the number of rows removed.
    """
    if not hashes and not uris:
        return 0
    hash_set, uri_set = pa.array(sorted(hashes), pa.string()), pa.array(sorted(uris), pa.string())
    dropped_ids: set[str] = set()
    removed = 0

    def by_input(t: pa.Table) -> pa.Array:
        return pc.or_(pc.is_in(t["content_sha256"], hash_set), pc.is_in(t["source_uri"], uri_set))

    for table, match in (("articles", by_input), ("rejects", by_input)):
        for path in table_files(out, table):
            t = pq.read_table(path)
            hit = pc.and_(match(t), pc.not_equal(t["run_id"], keep_run))
            if table == "articles":
                dropped_ids.update(t.filter(hit)["article_id"].to_pylist())
            removed += _rewrite_without(path, t, hit)
    if dropped_ids:
        ids = pa.array(sorted(dropped_ids), pa.string())
        for table in ("bylines", "entities", "article_entities"):
            for path in table_files(out, table):
                t = pq.read_table(path)
                hit = pc.and_(pc.is_in(t["article_id"], ids), pc.not_equal(t["run_id"], keep_run))
                removed += _rewrite_without(path, t, hit)
    return removed


def _rewrite_without(path: Path, t: pa.Table, hit: pa.Array) -> int:
    n = pc.sum(hit).as_py() or 0
    if n == 0:
        return 0
    rest = t.filter(pc.invert(hit))
    if rest.num_rows == 0:
        path.unlink()
    else:
        write_atomic(rest.select(t.schema.names), path)
    return n
