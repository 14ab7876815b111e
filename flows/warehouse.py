"""DuckDB over the Parquet tables: each table visible by its name, from one pinned snapshot.

`connect` resolves OUT/_snapshots/current once and reads exactly the files
that snapshot's manifest lists, so every view of one connection shows the
same committed state however many commits happen while it is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from flows import snapshots
from schemas import PARTITION_COLUMN, TABLES

if TYPE_CHECKING:
    import duckdb

# Views over the tables.
DERIVED_VIEWS = {
    # One row per live story: its latest version, unless a kill withdrew it.
    "latest_articles": (
        "SELECT a.*, v.story_id, v.version, v.change, v.marker "
        "FROM articles a JOIN story_versions v USING (article_id) "
        "WHERE v.is_latest AND NOT v.story_killed"
    ),
}

_DUCKDB_TYPES = {
    pa.string(): "VARCHAR", pa.int16(): "SMALLINT", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
    pa.bool_(): "BOOLEAN", pa.date32(): "DATE", pa.float32(): "FLOAT", pa.float64(): "DOUBLE",
    pa.binary(): "BLOB", pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
}


class NoWarehouse(RuntimeError):
    pass


def parquet_glob(out: Path, table: str) -> str:
    return str(out / table / "**" / "*.parquet")


def connect(out: Path) -> "duckdb.DuckDBPyConnection":
    """An in-memory DuckDB with one view per table (empty and typed when a table has no rows yet)."""
    import duckdb

    if not out.is_dir():
        raise NoWarehouse(f"no warehouse at {out} (run `wirecopy run SOURCE --out {out}` first)")
    snap = snapshots.current(out)
    legacy = snapshots.legacy_tables(out) if snap is None else []
    if snap is None and not legacy:
        raise NoWarehouse(f"{out} holds no wirecopy tables")
    con = duckdb.connect()
    for table, schema in TABLES.items():
        if snap is not None:
            files = [str(p) for p in snap.paths(table)]
        else:
            files = [str(p) for p in sorted((out / table).glob("**/*.parquet"))] if table in legacy else []
        con.execute(f"CREATE VIEW {table} AS {_select(files, schema)}")
    for name, sql in DERIVED_VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")
    return con


def _select(files: list[str], schema: pa.Schema) -> str:
    if files:
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        return f"SELECT * FROM read_parquet([{listed}], hive_partitioning=true, union_by_name=true)"
    columns = [f"CAST(NULL AS {_DUCKDB_TYPES[f.type]}) AS {f.name}" for f in schema]
    columns.append(f"CAST(NULL AS DATE) AS {PARTITION_COLUMN}")
    return f"SELECT {', '.join(columns)} WHERE false"
