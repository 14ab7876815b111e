"""`wirecopy query` over a real seed run: read-only DuckDB views, every output format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tests.conftest import WIRECOPY
from wirecopy.flows.cli import app
from wirecopy.flows.warehouse.query import ReadOnlyQuery, check_read_only, connect
from wirecopy.schemas import TABLES

pytestmark = pytest.mark.slow

CITIES_SQL = "select dateline_city, agency, dateline_date from articles order by dateline_city"
SEED_CITIES = [
    ("Brussels", "Yonhap", "2024-07-05"),
    ("Chatham", "AP", "2024-08-29"),
    ("London", "Reuters", "2024-09-19"),
    ("Paris", "AFP", "2024-01-02"),
]


def _query(*args: str):
    return CliRunner().invoke(app, ["query", *args])


def test_warehouse_views_name_every_table(seed_warehouse: Path) -> None:
    con = connect(seed_warehouse)
    views = {name for (name,) in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    assert set(TABLES) <= views
    counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    assert {t: counts[t] for t in ("articles", "bylines", "rejects", "runs")} == {
        "articles": 4, "bylines": 6, "rejects": 3, "runs": 1}
    assert counts["entities"] > 50


def test_warehouse_table_without_rows_is_an_empty_typed_view(seed_warehouse: Path, tmp_path: Path) -> None:
    from deltalake import write_deltalake

    import wirecopy

    out = tmp_path / "out"  # a warehouse of one Delta table, articles
    write_deltalake(str(out / "articles"), wirecopy.read_arrow(seed_warehouse, "articles"),
                    partition_by=["ingest_date"])
    con = connect(out)
    assert con.execute("select count(*) from rejects").fetchone() == (0,)
    types = dict(con.execute("select column_name, column_type from (describe rejects)").fetchall())
    assert types["rejected_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["size_bytes"] == "BIGINT"
    assert list(types)[-1] == "ingest_date"


@pytest.mark.parametrize("sql", [
    "select 1",
    "from articles limit 1",
    "with a as (select * from articles) select count(*) from a",
    "describe articles",
    "summarize entities",
    "explain select * from bylines",
    "pivot articles on agency in ('Yonhap', 'AP') using count(*) group by dateline_country",
])
def test_warehouse_read_statements_pass(seed_warehouse: Path, sql: str) -> None:
    con = connect(seed_warehouse)
    check_read_only(con, sql)
    assert con.sql(sql) is not None


@pytest.mark.parametrize("sql, kind", [
    ("copy articles to '{out}/articles/evil.parquet'", "COPY"),
    ("create table t as select 1", "CREATE"),
    ("insert into articles select * from articles", "INSERT"),
    ("select 1; drop view articles", "DROP"),
    ("attach '{out}/x.duckdb'", "ATTACH"),
    ("set threads = 1", "SET"),
])
def test_warehouse_refuses_statements_that_write(seed_warehouse: Path, sql: str, kind: str) -> None:
    con = connect(seed_warehouse)
    with pytest.raises(ReadOnlyQuery, match=kind):
        check_read_only(con, sql.format(out=seed_warehouse))


@pytest.mark.parametrize("sql", [
    "select * from read_csv('/etc/hostname')",
    "select * from read_text('/etc/hostname')",
])
def test_warehouse_reads_no_file_outside_out(seed_warehouse: Path, sql: str) -> None:
    con = connect(seed_warehouse)
    with pytest.raises(duckdb.PermissionException):
        con.execute(sql).fetchall()


def test_warehouse_settings_are_locked(seed_warehouse: Path) -> None:
    con = connect(seed_warehouse)
    with pytest.raises(duckdb.Error, match="locked"):
        con.execute("set enable_external_access = true")


def test_warehouse_query_table_is_aligned_with_row_count(seed_warehouse: Path) -> None:
    result = _query(CITIES_SQL, "--out", str(seed_warehouse))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    rows = [line for line in lines if line.startswith("│")]
    assert len(rows) == 4 and len({len(r) for r in rows}) == 1
    assert "Brussels" in rows[0] and "Yonhap" in rows[0] and "2024-07-05" in rows[0]
    assert lines[-1].strip() == "4 rows"


def test_warehouse_query_csv(seed_warehouse: Path) -> None:
    result = _query(CITIES_SQL, "--out", str(seed_warehouse), "--format", "csv")
    assert result.exit_code == 0, result.output
    got = list(csv.reader(io.StringIO(result.stdout)))
    assert got == [["dateline_city", "agency", "dateline_date"], *[list(r) for r in SEED_CITIES]]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_warehouse_query_json(seed_warehouse: Path, fmt: str) -> None:
    result = _query(CITIES_SQL, "--out", str(seed_warehouse), "-f", fmt)
    assert result.exit_code == 0, result.output
    text = result.stdout
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert rows == [dict(zip(("dateline_city", "agency", "dateline_date"), r)) for r in SEED_CITIES]


def test_warehouse_query_parquet_to_file_keeps_types(seed_warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "cities.parquet"
    sql = "select dateline_city, dateline_date, ingested_at from articles order by dateline_city"
    result = _query(sql, "--out", str(seed_warehouse), "-f", "parquet", "-o", str(target))
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert table.column("dateline_date").to_pylist()[0] == dt.date(2024, 7, 5)
    assert str(table.schema.field("dateline_date").type) == "date32[day]"
    assert str(table.schema.field("ingested_at").type) == "timestamp[us, tz=UTC]"
    assert table.num_rows == 4


def test_warehouse_query_parquet_through_a_pipe(seed_warehouse: Path) -> None:
    """The real console script writing binary Parquet to a pipe, read back whole."""
    proc = subprocess.run([str(WIRECOPY), "query", "select * from bylines", "--out", str(seed_warehouse),
                           "--format", "parquet"], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    table = pq.read_table(io.BytesIO(proc.stdout))
    assert table.num_rows == 6
    assert set(table.column("name").to_pylist()) >= {"Jane O'Brien", "Toby Chopra"}


@pytest.mark.parametrize("args, message", [
    (["select nope from articles"], "SQL error"),
    (["copy articles to 'x.csv'"], "COPY statements are not allowed"),
    (["select 1", "--format", "xml"], "--format must be one of"),
])
def test_warehouse_query_errors_exit_2(seed_warehouse: Path, args: list[str], message: str) -> None:
    result = _query(args[0], "--out", str(seed_warehouse), *args[1:])
    assert result.exit_code == 2
    assert message in result.output


def test_warehouse_query_missing_out_exits_2(tmp_path: Path) -> None:
    result = _query("select 1", "--out", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and "no warehouse" in result.output
