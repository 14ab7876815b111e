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

Why this way: an append per run is one small Delta commit (no rewrite of
the catalog's files); the log rows are committed with the run's other
tables, exactly once (flows/warehouse/commits.py), so a crash leaves neither half a
catalog nor a catalog ahead of the data; recomputing from article_entities rather than adding deltas keeps
the counts right after `--reprocess`, and repairs itself. The cost is one
DuckDB aggregate over article_entities per run (seconds at tens of millions
of rows). Query the current rows with:

    select * from delta_scan('OUT/entity_catalog')
    qualify row_number() over (partition by entity_key order by updated_at desc, run_id desc) = 1
        and articles > 0

which `wirecopy query` exposes as the view `entity_catalog` (the full log
is `entity_catalog_history`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wirecopy import schemas
from wirecopy.flows.warehouse import store

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

    from wirecopy.flows.warehouse.layout import Warehouse

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


def stage_updates(warehouse: Warehouse, run_id: str, updated_at: dt.datetime, ingest_date: str, *,
                  mentions: "pa.Table", log: "pa.Table") -> int:
    """Stage the run's catalog rows beside its other tables; returns how many entities changed.

    `mentions` are the article_entities rows as the run's commit will leave
    them (rows the run replaces already gone), `log` the committed catalog
    rows, both read at the state the run pinned, so the catalog agrees
    with the tables it lands beside.
    """
    import duckdb

    con = duckdb.connect()
    try:
        rows = _changed(con, mentions, log)
    finally:
        con.close()
    for row in rows:
        row["updated_at"] = updated_at
        row["run_id"] = run_id
    store.stage(warehouse, run_id, TABLE, schemas.to_table(rows, schemas.ENTITY_CATALOG), ingest_date, "catalog")
    return len(rows)


def create_views(con: "duckdb.DuckDBPyConnection", history: object | None) -> None:
    """The `entity_catalog` view of current rows over the log; the log itself as entity_catalog_history.

    `history` is the catalog table as the connection pinned it (an Arrow
    dataset), or None when nothing was written to it yet.
    """
    if history is None:
        return
    con.register(HISTORY_VIEW, history)
    con.execute(f"CREATE OR REPLACE VIEW {TABLE} AS {current_sql(HISTORY_VIEW)}")


def _changed(con: "duckdb.DuckDBPyConnection", mentions: "pa.Table", log: "pa.Table") -> list[dict]:
    names = schemas.ENTITY_CATALOG.names
    con.register("_mentions", mentions)
    con.register("_catalog_log", log)
    state = (
        "select entity_key, "
        + ", ".join(f"arg_max({a}, ord) as {a}" for a in _ATTRIBUTES)
        + ", min(story_date) as first_seen, max(story_date) as last_seen, "
        "count(distinct article_id)::bigint as articles, sum(mentions)::bigint as mentions "
        "from (select *, strftime(story_date, '%Y-%m-%d') || article_id as ord from _mentions) "
        "group by entity_key"
    )
    current = current_sql("_catalog_log")
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
