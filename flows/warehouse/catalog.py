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
        mentions = link_keys_across_stories(con, warehouse, run_id, mentions)
        rows = _changed(con, mentions, log)
    finally:
        con.close()
    for row in rows:
        row["updated_at"] = updated_at
        row["run_id"] = run_id
    store.stage(warehouse, run_id, TABLE, schemas.to_table(rows, schemas.ENTITY_CATALOG), ingest_date, "catalog")
    return len(rows)


def link_keys_across_stories(con: "duckdb.DuckDBPyConnection", warehouse: Warehouse, run_id: str,
                             mentions: "pa.Table") -> "pa.Table":
    """The run's short keys given the full name's key they stand for ("ORG:bp" -> British Petroleum's).

    Stories are resolved one by one on the workers; only here are all the
    run's mentions in one place (wirecopy.transforms.ner.entity_links says which keys
    link). The run's staged `entities` and `article_entities` files are
    rewritten with the linked keys before they are committed, and so is the
    run's part of `mentions`, so the catalog and the tables agree. An
    article that names both the acronym and the full name under their own
    keys keeps both (one article_entities row per entity and article).
    Committed rows of earlier runs are not touched.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from wirecopy.transforms.ner.entity_links import acronym_links

    staged = store.read_staged(warehouse, run_id, "entities")
    if not staged.num_rows:
        return mentions
    con.register("_run_entities", staged.select(["entity_key", "label", "canonical_name", "text"]))
    try:
        distinct = con.execute("select distinct entity_key, label, canonical_name, text from _run_entities "
                               "where label = 'ORG'").fetchall()
    finally:
        con.unregister("_run_entities")
    links = acronym_links(distinct)
    if not links:
        return mentions
    acronym_keys = pa.array(sorted(links))
    involved = staged.filter(pc.is_in(staged["entity_key"], value_set=pa.array(
        sorted(set(links) | {full for full, _ in links.values()}))))
    pairs = set(zip(involved["article_id"].to_pylist(), involved["entity_key"].to_pylist()))
    # articles that already name the full entity under its own key keep the acronym's key apart
    keep = {(a, k) for a, k in pairs if k in links and (a, links[k][0]) in pairs}

    def relinked(rows: pa.Table, only_run: bool) -> pa.Table:
        hit = pc.is_in(rows["entity_key"], value_set=acronym_keys)
        if only_run:
            hit = pc.and_(hit, pc.equal(rows["run_id"], run_id))
        if not pc.any(hit).as_py():
            return rows
        keys, names = rows["entity_key"].to_pylist(), rows["canonical_name"].to_pylist()
        for i, (flag, article) in enumerate(zip(hit.to_pylist(), rows["article_id"].to_pylist())):
            if flag and (article, keys[i]) not in keep:
                keys[i], names[i] = links[keys[i]]
        for column, values in (("entity_key", keys), ("canonical_name", names)):
            at = rows.schema.get_field_index(column)
            rows = rows.set_column(at, rows.schema.field(at), pa.array(values, rows.schema.field(at).type))
        return rows

    for table in ("entities", "article_entities"):
        for path in store.staged(warehouse, run_id, table):
            rows = store.read_file(path)
            new = relinked(rows, only_run=False)
            if new is not rows:
                store.write_atomic(new, path)
    return relinked(mentions, only_run=True)


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
