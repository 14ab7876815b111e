"""DuckDB over the Parquet tables: each table visible by its name, read-only.

The one entry point for reading the warehouse: the query command, `tables`,
the report and the example questions (docs/examples.md) all go through `connect` and
`table_files`, so a change to what counts as a committed file lands here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from flows.locations import Remote
from flows.sql_guard import ReadOnlyQuery, check, confine
from schemas import TABLES

# Views over the tables.
DERIVED_VIEWS = {
    # One row per live story: its latest version, unless a kill withdrew it.
    "latest_articles": (
        "SELECT a.* EXCLUDE (version), a.version AS format_version, v.story_id, v.version, v.change, v.marker "
        "FROM articles a JOIN story_versions v USING (article_id) "
        "WHERE v.is_latest AND NOT v.story_killed"
    ),
}

if TYPE_CHECKING:
    import duckdb


class NoWarehouse(RuntimeError):
    pass


__all__ = ["NoWarehouse", "ReadOnlyQuery", "check_read_only", "connect", "table_files"]


def parquet_glob(out: Path, table: str) -> str:
    return str(out / table / "**" / "*.parquet")


def table_files(out: "Path | Remote", table: str) -> list[Path] | list[str]:
    """The committed Parquet files of a table: what the current snapshot's manifest lists.

    Tables written before snapshots existed (no OUT/_snapshots yet) are read
    by their folders until the next run adopts them. In an object store the
    latest manifest is the current snapshot, and the files are URLs.
    """
    from flows import snapshots

    if isinstance(out, Remote):
        return committed_files(out).get(table, [])
    snap = snapshots.current(out)
    if snap is not None:
        return list(snap.paths(table))
    if table in snapshots.legacy_tables(out):
        return sorted((out / table).glob("**/*.parquet"))
    return []


def committed_files(out: "Path | Remote") -> dict[str, list]:
    """Every table's committed files, from one reading of the current snapshot (one manifest GET remotely)."""
    if not isinstance(out, Remote):
        return {table: table_files(out, table) for table in TABLES}
    from flows import objectstore

    manifest = objectstore.read_manifest(out)
    if manifest is None:
        return {}
    return {table: [out.uri(f["path"]) for f in files] for table, files in manifest["tables"].items()}


def _sql_list(paths: list[Path] | list[str]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def _empty_select(table: str) -> str:
    """No rows, the declared columns: a table nothing was written to yet still answers queries."""
    from flows.ddl import columns

    cols = ", ".join(f'CAST(NULL AS {c.type}) AS "{c.name}"' for c in columns(table, "duckdb"))
    return f"SELECT {cols} WHERE false"


def connect(out: "Path | Remote", *, memory_limit: str | None = None) -> "duckdb.DuckDBPyConnection":
    """An in-memory DuckDB with one view per table (empty, typed, where OUT has no rows yet).

    Once the views exist the connection can read files under OUT only and
    write none (no COPY ... TO, ATTACH, INSTALL), and its settings are locked;
    it spills to a private folder under `memory_limit` (flows.sql_guard).
    A Remote OUT is read through its fsspec filesystem registered with DuckDB
    (httpfs cannot be installed offline); the same lock applies to its URLs.
    """
    import duckdb

    if isinstance(out, Remote):
        from flows import objectstore

        with objectstore.storage(out, "reading the latest manifest"):
            listing = committed_files(out)
        if not listing:
            raise NoWarehouse(f"no warehouse at {out.url} (run `wirecopy run SOURCE --out {out.url}` first)")
    else:
        if not out.is_dir():
            raise NoWarehouse(f"no warehouse at {out} (run `wirecopy run SOURCE --out {out}` first)")
        out = out.resolve()
        listing = committed_files(out)
    con = duckdb.connect()
    if isinstance(out, Remote):
        con.register_filesystem(out.fs)
    made = 0
    for table in TABLES:
        files = listing.get(table, [])
        if files:
            con.execute(
                f"CREATE VIEW {table} AS SELECT * FROM "
                f"read_parquet({_sql_list(files)}, hive_partitioning=true, union_by_name=true)"
            )
            made += 1
        else:
            con.execute(f"CREATE VIEW {table} AS {_empty_select(table)}")
    if made == 0:
        raise NoWarehouse(f"{out} holds no wirecopy tables")
    from flows import catalog

    catalog.create_views(con, listing.get(catalog.TABLE, []))
    for name, sql in DERIVED_VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")
    con.execute("SET TimeZone = 'UTC'")  # timestamps print as stored, whatever the machine's zone
    confine(con, memory_limit)
    _lock_down(con, out)
    return con


def _lock_down(con: "duckdb.DuckDBPyConnection", out: "Path | Remote") -> None:
    """Reads under OUT only, no writes, settings locked.

    With a registered fsspec filesystem DuckDB honours allowed_directories
    on its URLs too (checked: a read of another prefix of the same bucket is
    refused), so nothing is relaxed for a remote OUT.
    """
    root = (out.uri() if isinstance(out, Remote) else str(out)).replace("'", "''").rstrip("/") + "/"
    con.execute(f"SET allowed_directories = ['{root}']")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def check_read_only(con: "duckdb.DuckDBPyConnection", sql: str) -> None:
    """Raise ReadOnlyQuery unless every statement in SQL only reads (flows.sql_guard.check)."""
    check(con, sql)
