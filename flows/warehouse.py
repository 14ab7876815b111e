"""DuckDB over the Parquet tables: each table visible by its name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from schemas import TABLES

if TYPE_CHECKING:
    import duckdb


class NoWarehouse(RuntimeError):
    pass


def parquet_glob(out: Path, table: str) -> str:
    return str(out / table / "**" / "*.parquet")


def connect(out: Path) -> "duckdb.DuckDBPyConnection":
    """An in-memory DuckDB with one view per table that has data under OUT."""
    import duckdb

    if not out.is_dir():
        raise NoWarehouse(f"no warehouse at {out} (run `wirecopy run SOURCE --out {out}` first)")
    con = duckdb.connect()
    made = 0
    for table in TABLES:
        if any((out / table).glob("**/*.parquet")):
            glob = parquet_glob(out, table).replace("'", "''")
            con.execute(
                f"CREATE VIEW {table} AS SELECT * FROM "
                f"read_parquet('{glob}', hive_partitioning=true, union_by_name=true)"
            )
            made += 1
    if made == 0:
        raise NoWarehouse(f"{out} holds no wirecopy tables")
    from flows import catalog

    catalog.create_views(con, out)
    return con
