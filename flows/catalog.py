"""The entity catalog: one current row per entity_key, kept current by appending.

How it stays current without rewriting history: `OUT/entity_catalog/` is an
append-only log. At commit, each run recomputes every entity's state
(canonical name, label, links, first/last seen, articles, mentions) from
`article_entities` (what is committed plus what the run staged) and appends
a row only for the entities whose state changed, stamped with the run's
updated_at. The current catalog is the latest row per entity_key; the
older rows are the entity's history (when it first appeared, how its
counts grew). An entity whose last articles were replaced by `--reprocess`
gets a closing row with articles = 0.

Why this way: Parquet files already written are never touched (a reader in
the middle of a query never loses a file; object stores need no rename);
the log rows are staged with the run and move into place with its other
tables, so a crash leaves neither half a catalog nor a catalog ahead of the
data; recomputing from article_entities rather than adding deltas keeps
the counts right after `--reprocess`, and repairs itself. The cost is one
DuckDB aggregate over article_entities per run (seconds at tens of millions
of rows). Query the current rows with:

    select * from read_parquet('OUT/entity_catalog/**/*.parquet')
    qualify row_number() over (partition by entity_key order by updated_at desc, run_id desc) = 1
        and articles > 0

which `wirecopy query` exposes as the view `entity_catalog` (the full log
is `entity_catalog_history`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import schemas
from flows import store

if TYPE_CHECKING:
    import duckdb

TABLE = "entity_catalog"
HISTORY_VIEW = "entity_catalog_history"
_ATTRIBUTES = ("label", "canonical_name", "country_code", "geonames_id", "latitude", "longitude")
_STATE = (*_ATTRIBUTES, "first_seen", "last_seen", "articles", "mentions")


def current_sql(source: str) -> str:
    """The latest state of each entity still named somewhere, from a relation holding the log."""
    return (
        f"select * from {source} "
        "qualify row_number() over (partition by entity_key order by updated_at desc, run_id desc) = 1 "
        "and articles > 0"
    )


def stage_updates(out: Path, run_id: str, updated_at: dt.datetime, ingest_date: str,
                  committed: Callable[[str], list[Path]]) -> int:
    """Stage the run's catalog rows beside its other tables; returns how many entities changed.

    `committed(table)` lists the files the run's commit will keep (rows the
    run replaces already gone), so the catalog agrees with the snapshot it
    lands in.
    """
    import duckdb

    mentions = committed("article_entities") + store.staged(out, run_id, "article_entities")
    log = committed(TABLE)
    con = duckdb.connect()
    try:
        rows = _changed(con, mentions, log)
    finally:
        con.close()
    for row in rows:
        row["updated_at"] = updated_at
        row["run_id"] = run_id
    store.stage(out, run_id, TABLE, schemas.to_table(rows, schemas.ENTITY_CATALOG), ingest_date, "catalog")
    return len(rows)


def create_views(con: "duckdb.DuckDBPyConnection", files: list[Path] | list[str]) -> None:
    """Replace the raw `entity_catalog` view by the current rows; keep the log as entity_catalog_history.

    `files` are the catalog's committed files, from the same reading of the
    snapshot as the connection's other views.
    """
    if not files:
        return
    con.execute(f"CREATE OR REPLACE VIEW {HISTORY_VIEW} AS SELECT * FROM {_scan(files, partition=True)}")
    con.execute(f"CREATE OR REPLACE VIEW {TABLE} AS {current_sql(HISTORY_VIEW)}")


def _changed(con: "duckdb.DuckDBPyConnection", mentions: list[Path], log: list[Path]) -> list[dict]:
    names = schemas.ENTITY_CATALOG.names
    state = (
        "select entity_key, "
        + ", ".join(f"arg_max({a}, ord) as {a}" for a in _ATTRIBUTES)
        + ", min(story_date) as first_seen, max(story_date) as last_seen, "
        "count(distinct article_id)::bigint as articles, sum(mentions)::bigint as mentions "
        f"from (select *, strftime(story_date, '%Y-%m-%d') || article_id as ord from {_scan(mentions)}) "
        "group by entity_key"
        if mentions else
        "select entity_key, " + ", ".join(f"{c}" for c in _STATE) + " from current where false"
    )
    if log:
        current = current_sql(_scan(log))
    else:
        current = "select " + ", ".join(f"null::{_duck(f)} as {f.name}" for f in schemas.ENTITY_CATALOG) + " where false"
    differs = " or ".join(f"s.{c} is distinct from c.{c}" for c in _STATE)
    sql = (
        f"with current as ({current}), state as ({state}) "
        f"select s.* from state s left join current c using (entity_key) "
        f"where c.entity_key is null or {differs} "
        "union all "
        "select c.entity_key, " + ", ".join(f"c.{a}" for a in _ATTRIBUTES)
        + ", null, null, 0::bigint, 0::bigint from current c anti join state s using (entity_key) "
        "order by entity_key"
    )
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description]
    return [{name: row.get(name) for name in names} for row in (dict(zip(columns, r)) for r in cursor.fetchall())]


def _scan(files: list[Path] | list[str], *, partition: bool = False) -> str:
    """read_parquet over files; `partition` adds the ingest_date column, as every table view has."""
    listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
    return f"read_parquet([{listed}], hive_partitioning={str(partition).lower()}, union_by_name=true)"


def _duck(field) -> str:
    import pyarrow as pa

    if pa.types.is_string(field.type):
        return "varchar"
    if pa.types.is_int64(field.type):
        return "bigint"
    if pa.types.is_float64(field.type):
        return "double"
    if pa.types.is_date32(field.type):
        return "date"
    if pa.types.is_timestamp(field.type):
        return "timestamptz"
    return "varchar"
