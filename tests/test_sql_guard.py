"""`wirecopy query` as an attacker uses it: every statement of the list is refused, and no file anywhere changes.

Each attack runs through the real command (in this process, with its
working folder in a throw-away place) against a copy of the seed warehouse.
Around OUT lie planted files: a secret beside OUT, SQL and a secret in the
working folder's `.tmp/` (DuckDB's default spill folder, which it would let
queries read and write). Before and after each attack every file under the
test's folder is hashed; they must be equal, no file new or gone, and no
secret printed.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecopy.flows.cli import app
from wirecopy.flows.warehouse.query import connect, table_files
from wirecopy.flows.warehouse.sql_guard import ReadOnlyQuery, check, default_memory_limit

pytestmark = pytest.mark.slow

SECRET = "CANARY-7f3a"

# {out}: OUT; {part}: a live data file of articles; {cwd}: the working folder; {outside}: a folder beside OUT.
ATTACKS = [
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS junk) TO '{part}' (FORMAT parquet)",
    "explain analyze copy (select 'x' as junk) to '{out}/articles/junk.parquet' (format parquet)",
    "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1",
    "EXPLAIN ANALYZE SELECT 1",
    "/* c */ explain -- c\n analyze select * from articles",
    "EXPLAIN (FORMAT json) COPY articles TO '{out}/x.json'",
    "EXPLAIN COPY articles TO '{out}/x.csv'",
    "COPY (PIVOT articles ON agency USING count(*)) TO '{out}/pv.csv'",
    "COPY (SELECT * FROM (PIVOT articles ON agency USING count(*))) TO '{out}/pv2.csv'",
    "PIVOT articles ON agency USING count(*)",
    "SELECT * FROM (PIVOT articles ON agency USING count(*))",
    "COPY articles TO '{part}' (FORMAT parquet)",
    "COPY articles TO '{out}/articles/evil.parquet'",
    "COPY articles TO '{cwd}/.tmp/out.csv'",
    "COPY articles TO 'relative.csv'",
    "COPY articles FROM '{out}/x.csv'",
    "PRAGMA import_database('{cwd}/.tmp')",
    "IMPORT DATABASE '{cwd}/.tmp'",
    "EXPORT DATABASE '{out}/export'",
    "PRAGMA table_info('articles')",
    "PRAGMA enable_profiling",
    "PRAGMA profiling_output = '{out}/profile.txt'",
    "CALL pragma_table_info('articles')",
    "ATTACH '{out}/x.duckdb' AS x",
    "ATTACH ':memory:' AS m; CREATE TABLE m.t AS SELECT 1",
    "DETACH memory",
    "INSTALL httpfs",
    "LOAD httpfs",
    "LOAD '{cwd}/.tmp/evil.duckdb_extension'",
    "SET allowed_directories = ['/']",
    "SET enable_external_access = true",
    "SET temp_directory = '{out}'",
    "RESET lock_configuration",
    "SET GLOBAL memory_limit = '100TB'",
    "CREATE TABLE t AS SELECT 1",
    "CREATE OR REPLACE VIEW articles AS SELECT 1 AS x",
    "CREATE MACRO m(a) AS a",
    "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 's')",
    "CREATE TYPE mood AS ENUM ('a')",
    "DROP VIEW articles",
    "ALTER VIEW articles RENAME TO a2",
    "INSERT INTO articles SELECT * FROM articles",
    "UPDATE articles SET headline = 'x'",
    "DELETE FROM articles",
    "TRUNCATE articles",
    "CHECKPOINT",
    "VACUUM",
    "BEGIN TRANSACTION",
    "USE memory",
    "SELECT 1; COPY articles TO '{out}/second.csv'",
    "SELECT * FROM query('COPY articles TO ''{out}/q.csv''')",
    "SELECT * FROM read_text('{outside}/secret.txt')",
    "SELECT * FROM read_csv('{outside}/secret.txt')",
    "SELECT * FROM '{outside}/secret.txt'",
    "SELECT * FROM read_blob('{cwd}/.tmp/secret.txt')",
    "SELECT * FROM read_text('{cwd}/.tmp/*')",
    "SELECT * FROM read_text('{out}/../secret.txt')",
    "SELECT * FROM read_text('/proc/self/environ')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('{outside}/*')",
    "SELECT * FROM sniff_csv('{outside}/secret.txt')",
    "SELECT getenv('HOME')",
]


def _ids() -> list[str]:
    return [f"{n:02d}-" + a.split()[0].lower() for n, a in enumerate(ATTACKS)]


@pytest.fixture(scope="module")
def arena(seed_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of the seed warehouse (OUT), a working folder, and secrets to steal."""
    root = tmp_path_factory.mktemp("arena")
    shutil.copytree(seed_warehouse, root / "out", symlinks=True)
    (root / "secret.txt").write_text(f"{SECRET}\n")
    (root / "cwd" / ".tmp").mkdir(parents=True)
    (root / "cwd" / ".tmp" / "secret.txt").write_text(f"{SECRET}\n")
    (root / "cwd" / ".tmp" / "schema.sql").write_text("CREATE TABLE pwned AS SELECT 1;\n")
    (root / "cwd" / ".tmp" / "load.sql").write_text(f"COPY articles TO '{root}/out/loaded.csv';\n")
    return root


def _state(root: Path) -> dict[str, str]:
    """Every file under ROOT (and the working folder's DuckDB spill folder) by its content hash."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _query(cwd: Path, *args: str):
    return CliRunner().invoke(app, ["query", *args])


@pytest.mark.parametrize("attack", ATTACKS, ids=_ids())
def test_sql_guard_attack_is_refused_and_nothing_changes(arena: Path, attack: str, monkeypatch) -> None:
    out, cwd = arena / "out", arena / "cwd"
    monkeypatch.chdir(cwd)
    sql = attack.format(out=out, part=table_files(out, "articles")[0], cwd=cwd, outside=arena)
    before = _state(arena)
    result = _query(cwd, sql, "--out", str(out))
    assert result.exit_code == 2, result.output
    assert "error:" in result.output and "Usage:" not in result.output, result.output
    assert SECRET not in result.output
    assert _state(arena) == before
    assert not (cwd / ".tmp" / "duckdb_temp_storage-0.tmp").exists()
    # The warehouse still answers.
    again = _query(cwd, "select count(*) as n from articles", "--out", str(out), "-f", "csv")
    assert again.exit_code == 0 and again.stdout.splitlines() == ["n", "4"], again.output


@pytest.mark.parametrize("sql", [
    "select 1",
    "from articles limit 1",
    "with a as (select * from articles) select count(*) from a",
    "select * from articles where agency in (select agency from articles)",
    "(select 1) union all (select 2)",
    "values (1, 'a')",
    "describe articles",
    "summarize entities",
    "show tables",
    "explain select * from bylines",
    "/* why */ EXPLAIN select count(*) from articles",
    "pivot articles on agency in ('Yonhap', 'AP') using count(*) group by dateline_country",
    "select * from pragma_table_info('articles')",
    "select count(*) from glob('{out}/**/*.parquet')",
])
def test_sql_guard_reads_pass(arena: Path, sql: str) -> None:
    out = arena / "out"
    con = connect(out)
    check(con, sql.format(out=out))
    assert con.sql(sql.format(out=out)).fetchall()


def test_sql_guard_pivot_without_values_names_the_fix(arena: Path) -> None:
    con = connect(arena / "out")
    with pytest.raises(ReadOnlyQuery, match=r"IN \('a', 'b'\)"):
        check(con, "pivot articles on agency using count(*)")


def test_sql_guard_spill_folder_is_private(arena: Path, monkeypatch) -> None:
    monkeypatch.chdir(arena / "cwd")
    con = connect(arena / "out", memory_limit="1GB")
    folder, limit = con.execute("select current_setting('temp_directory'), current_setting('memory_limit')").fetchone()
    assert Path(folder).is_dir() and Path(folder).stat().st_mode & 0o077 == 0
    assert not Path(folder).is_relative_to(arena)
    assert limit in {"953.6 MiB", "1000.0 MB", "1.0 GB"}, limit
    del con
    import gc

    gc.collect()
    assert not Path(folder).exists()


def test_sql_guard_default_memory_limit_is_a_quarter_of_ram() -> None:
    import os

    ram_mib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1 << 20)
    assert default_memory_limit() == f"{ram_mib // 4}MiB"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_sql_guard_timeout_stops_a_query(arena: Path, fmt: str) -> None:
    started = time.monotonic()
    result = _query(arena, "select count(*) from range(1000000000000) a", "--out", str(arena / "out"),
                    "--timeout", "1", "-f", fmt)
    assert time.monotonic() - started < 20
    assert result.exit_code == 2
    assert "ran past --timeout 1 s" in result.output


@pytest.mark.timeout(60)
def test_sql_guard_timeout_stops_a_streaming_result(arena: Path) -> None:
    result = _query(arena, "select range from range(1000000000000)", "--out", str(arena / "out"),
                    "--timeout", "1", "-f", "jsonl", "-o", str(arena / "cwd" / "big.jsonl"))
    assert result.exit_code == 2
    assert "ran past --timeout" in result.output
    (arena / "cwd" / "big.jsonl").unlink()


@pytest.mark.timeout(120)
def test_sql_guard_memory_limit_stops_a_query(arena: Path) -> None:
    result = _query(arena, "select length(string_agg(repeat('x', 1000), ',')) from range(2000000)",
                    "--out", str(arena / "out"), "--memory-limit", "100MB")
    assert result.exit_code == 2
    assert "--memory-limit 100MB" in result.output


def test_sql_guard_query_from_a_file(arena: Path, tmp_path: Path) -> None:
    sql = tmp_path / "q.sql"
    sql.write_text("-- cities\nselect dateline_city\nfrom articles\norder by 1\n")
    result = _query(arena, "--file", str(sql), "--out", str(arena / "out"), "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["dateline_city", "Brussels", "Chatham", "London", "Paris"]


@pytest.mark.parametrize("args", [[], ["select 1", "--file", "q.sql"]])
def test_sql_guard_sql_argument_or_file(arena: Path, args: list[str]) -> None:
    result = _query(arena, *args, "--out", str(arena / "out"))
    assert result.exit_code == 2 and "not both or neither" in result.output


def test_sql_guard_terminal_output_escapes_control_characters(arena: Path) -> None:
    result = _query(arena, "select chr(27) || '[2J' || 'wiped' || chr(155) || 'x' as \"a\u202eb\"",
                    "--out", str(arena / "out"))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\u202e" not in result.stdout
    assert "\\x1b[2Jwiped\\x9bx" in result.stdout and "a\\u202eb" in result.stdout


@pytest.mark.parametrize(("fmt", "expected"), [
    ("csv", b'h\r\n"a\\x1b[2Jb\\x9bc\\rd"\r\n"ok\tx\ny"\r\n'),
    ("jsonl", b'{"h": "a\\u001b[2Jb\\x9bc\\rd"}\n{"h": "ok\\tx\\ny"}\n'),
])
def test_sql_guard_csv_and_json_typed_at_a_terminal_are_escaped(fmt: str, expected: bytes) -> None:
    import io

    import pyarrow as pa

    from wirecopy.flows.warehouse import results

    table = pa.table({"h": ["a\x1b[2Jb\x9bc\rd", "ok\tx\ny"]})
    sink = io.BytesIO()
    results.write(pa.RecordBatchReader.from_batches(table.schema, table.to_batches()), fmt, results.TerminalSink(sink))
    assert sink.getvalue() == expected
