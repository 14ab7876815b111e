"""wirecopy from Python: the tables as an analyst reads them, at one complete run.

    import wirecopy
    articles = wirecopy.read_table("warehouse", "articles")                # pandas.DataFrame
    before = wirecopy.read_arrow("warehouse", "articles", as_of=run_id)    # pyarrow.Table

Every table is a Delta Lake table; these read it at the version the latest
complete run recorded (or the run `as_of` names: a run id, or an ISO time,
meaning the last run finished by then), exactly as `wirecopy query` does,
so two tables read one after the other never disagree about a run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["read_arrow", "read_table"]


def read_arrow(out: str | Path, table: str, as_of: str | None = None,
               columns: list[str] | None = None) -> pa.Table:
    """One table at the latest complete run (or `as_of`) as an Arrow table.

    Raises KeyError for a table wirecopy does not write, wirecopy.flows.warehouse.query.NoWarehouse
    where OUT holds no tables, wirecopy.flows.warehouse.delta.Damaged (naming table and version)
    for a damaged log or data file, wirecopy.flows.warehouse.commits.NoSuchRun for an `as_of`
    with no run.
    """
    from wirecopy.flows.warehouse.locations import parse
    from wirecopy.flows.warehouse.query import pinned
    from wirecopy.schemas import TABLES

    if table not in TABLES:
        raise KeyError(f"no table {table!r}; tables: {', '.join(TABLES)}")
    where = parse(str(out))
    state = pinned(where, as_of)
    opened = state.table(table)
    if opened is not None:
        from wirecopy.flows.warehouse import delta

        delta.check_files(state.place, table, opened)
    return state.read(table, columns)


def read_table(out: str | Path, table: str, as_of: str | None = None,
               columns: list[str] | None = None) -> pd.DataFrame:
    """One table at the latest complete run (or `as_of`) as a pandas DataFrame (see read_arrow)."""
    return read_arrow(out, table, as_of, columns).to_pandas()
