"""DuckDB over the Parquet tables: each table visible by its name, read-only.

The one entry point for reading the warehouse: the query command, `tables`,
the report and the README examples all go through `connect` and
`table_files`, so a change to what counts as committed lands here. Every
table is a Delta Lake table, read at the versions of one complete run
(flows/warehouse/commits.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wirecopy.flows.warehouse.locations import Remote
from wirecopy.flows.warehouse.sql_guard import ReadOnlyQuery, check, confine
from wirecopy.schemas import TABLES

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

    from wirecopy.flows.warehouse import commits


class NoWarehouse(RuntimeError):
    pass


__all__ = ["NoWarehouse", "ReadOnlyQuery", "check_read_only", "connect", "table_files"]


def pinned(out: "Path | Remote", as_of: str | None = None) -> "commits.State":
    """The tables as of the latest complete run (or the run `as_of` names), pinned for one connection.

    Raises NoWarehouse where OUT holds no wirecopy tables, and
    delta.Damaged (naming table and version) where the log or a data file
    is not what it should be.
    """
    from wirecopy.flows.warehouse import commits, delta
    from wirecopy.flows.warehouse.layout import Warehouse

    if not isinstance(out, Remote) and not Path(out).is_dir():
        raise NoWarehouse(f"no warehouse at {out} (run `wirecopy run SOURCE --out {out}` first)")
    found = commits.state(delta.place_of(out), as_of)
    if not found.versions:
        where = out.url if isinstance(out, Remote) else out
        if not isinstance(out, Remote) and Warehouse.at(Path(out)).old_snapshots.is_dir():
            raise NoWarehouse(f"{where} holds tables in the format of an earlier wirecopy: "
                              f"convert it with `wirecopy migrate {where}`")
        raise NoWarehouse(f"no warehouse at {where} (run `wirecopy run SOURCE --out {where}` first)")
    return found


def table_files(out: "Path | Remote", table: str, as_of: str | None = None) -> list[str]:
    """The data files (URIs) of a table at the pinned state: what its Delta log lists, never a glob."""
    return committed_files(out, as_of).get(table, [])


def committed_files(out: "Path | Remote", as_of: str | None = None) -> dict[str, list[str]]:
    """Every table's live data files, from one pinning of the tables."""
    try:
        found = pinned(out, as_of)
    except NoWarehouse:
        return {}
    return {table: list(found.table(table).file_uris()) for table in found.versions}


def _empty_select(table: str) -> str:
    """No rows, the declared columns: a table nothing was written to yet still answers queries."""
    from wirecopy.schemas.ddl import columns

    cols = ", ".join(f'CAST(NULL AS {c.type}) AS "{c.name}"' for c in columns(table, "duckdb"))
    return f"SELECT {cols} WHERE false"


def connect(
    out: "Path | Remote", as_of: str | None = None, *, memory_limit: str | None = None
) -> "duckdb.DuckDBPyConnection":
    """An in-memory DuckDB with one view per table, every table at the versions of one complete run.

    Each table is read through deltalake (`delta.as_dataset`, a pyarrow dataset
    at its pinned version, registered in DuckDB): DuckDB's delta extension
    cannot be installed offline, and this way the log, not a glob, says
    which files are live. Tables nothing was written to yet are empty,
    typed views. Once the views exist the connection can read no file
    directly and write none (no COPY ... TO, ATTACH, INSTALL), and its
    settings are locked; it spills to a private folder under `memory_limit`
    (wirecopy.flows.warehouse.sql_guard).
    """
    import duckdb

    from wirecopy.flows.warehouse import catalog, delta

    if not isinstance(out, Remote):
        out = Path(out).resolve() if Path(out).is_dir() else out
    found = pinned(out, as_of)
    found.check()
    con = duckdb.connect()
    for table in TABLES:
        opened = found.table(table)
        if opened is None:
            con.execute(f"CREATE VIEW {table} AS {_empty_select(table)}")
        elif table == "runs":
            con.register("_runs_log", delta.as_dataset(opened))
            con.execute(f"CREATE VIEW runs AS SELECT * FROM _runs_log WHERE snapshot_version <= {int(found.seq)}")
        elif table == catalog.TABLE:
            catalog.create_views(con, delta.as_dataset(opened))
        else:
            con.register(table, delta.as_dataset(opened))
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
    """Raise ReadOnlyQuery unless every statement in SQL only reads (wirecopy.flows.warehouse.sql_guard.check)."""
    check(con, sql)
