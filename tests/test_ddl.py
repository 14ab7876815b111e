"""Warehouse DDL from schemas/: DuckDB's loads real output; every dialect parses and covers every column."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pglast
import pyarrow as pa
import pytest
import sqlglot
from sqlglot import exp

from wirecopy.flows.warehouse.query import connect, table_files
from wirecopy.schemas import PARTITION_COLUMN, TABLES, ddl
from wirecopy.schemas.tables import PARTITION_FIELD

# sqlglot's names for our dialects
SQLGLOT = {"bigquery": "bigquery", "snowflake": "snowflake", "spark": "spark", "duckdb": "duckdb"}
# sqlglot 30 does not know BigQuery's WITH PARTITION COLUMNS clause: it is checked on its own.
BQ_PARTITIONS = re.compile(r"\nWITH PARTITION COLUMNS \((?P<cols>[^)]*)\)\n")


def _expected(table: str, dialect: str) -> list[tuple[str, str]]:
    return [(f.name, ddl.sql_type(f.type, dialect)) for f in [*TABLES[table], PARTITION_FIELD]]


def _norm(type_sql: str, dialect: str) -> str:
    """The type as sqlglot spells it back, so synonyms (INT, INTEGER) compare equal."""
    return exp.DataType.build(type_sql, dialect=SQLGLOT[dialect]).sql(dialect=SQLGLOT[dialect])


@pytest.mark.slow
def test_ddl_duckdb_loads_real_output(seed_warehouse: Path) -> None:
    con = duckdb.connect()
    text = ddl.ddl("duckdb", location=str(seed_warehouse), namespace="wire")
    con.execute(text)
    loads = [line.removeprefix(ddl.DUCKDB_LOAD_PREFIX) for line in text.splitlines()
             if line.startswith(ddl.DUCKDB_LOAD_PREFIX)]
    assert len(loads) == len(TABLES)
    views = connect(seed_warehouse)
    for table, load in zip(TABLES, loads):
        if table_files(seed_warehouse, table):  # read_parquet needs a file to read
            con.execute(load)  # NOT NULL and the column types hold for every real row
        loaded = con.execute(f"select count(*) from wire.{table}").fetchone()[0]
        assert loaded == views.execute(f"select count(*) from {table}").fetchone()[0], table
        described = con.execute(
            "select column_name, data_type, is_nullable from information_schema.columns "
            "where table_schema = 'wire' and table_name = ? order by ordinal_position", [table]).fetchall()
        read = dict(views.execute(f"select column_name, column_type from (describe {table})").fetchall())
        assert [c for c, *_ in described] == [f.name for f in [*TABLES[table], PARTITION_FIELD]]
        for column, type_, nullable in described:
            assert type_ == read[column], f"{table}.{column}: DDL {type_}, files {read[column]}"
            field = PARTITION_FIELD if column == PARTITION_COLUMN else TABLES[table].field(column)
            assert (nullable == "YES") == field.nullable, f"{table}.{column}"
    comment = con.execute(
        "select comment from duckdb_columns() where table_name = 'articles' and column_name = 'dateline_city'"
    ).fetchone()[0]
    assert comment == TABLES["articles"].field("dateline_city").metadata[b"description"].decode()
    stoltenberg = con.execute(
        "select count(*) from wire.entities e join wire.articles a using (article_id) "
        "where a.dateline_city = 'Brussels' and e.canonical_name = 'Jens Stoltenberg'").fetchone()[0]
    assert stoltenberg >= 1


def _sqlglot_tables(dialect: str) -> dict[str, list[tuple[str, str]]]:
    text = ddl.ddl(dialect)
    partitions: dict[str, list[tuple[str, str]]] = {}
    if dialect == "bigquery":
        def cut(m: re.Match) -> str:
            partitions[str(len(partitions))] = [tuple(c.strip().replace("`", "").split(" ", 1))
                                                for c in m["cols"].split(",")]
            return "\n"
        text = BQ_PARTITIONS.sub(cut, text)
    found: dict[str, list[tuple[str, str]]] = {}
    statements = [s for s in sqlglot.parse(text, read=SQLGLOT[dialect]) if isinstance(s, exp.Create)]
    for i, create in enumerate(s for s in statements if s.args.get("kind") == "TABLE"):
        name = create.this.this.name if isinstance(create.this, exp.Schema) else create.this.name
        cols = []
        for c in create.find_all(exp.ColumnDef):
            kind = c.args["kind"]
            assert kind.this not in (exp.DataType.Type.UNKNOWN, exp.DataType.Type.USERDEFINED), f"{name}.{c.name}"
            cols.append((c.name, kind.sql(dialect=SQLGLOT[dialect])))
        found[name.lower()] = cols + partitions.get(str(i), [])
    return found


@pytest.mark.parametrize("dialect", ["bigquery", "snowflake", "spark", "duckdb"])
def test_ddl_dialect_covers_every_column_with_its_mapped_type(dialect: str) -> None:
    found = _sqlglot_tables(dialect)
    assert set(found) == set(TABLES)
    for table in TABLES:
        got = {name.lower(): type_ for name, type_ in found[table]}
        expected = _expected(table, dialect)
        assert sorted(got) == sorted(name for name, _ in expected), table
        for name, type_ in expected:
            assert _norm(got[name], dialect) == _norm(type_,
                                                      dialect), f"{dialect} {table}.{name}: {got[name]} != {type_}"


def test_ddl_postgres_parses_with_the_postgres_parser_and_covers_every_column() -> None:
    statements = pglast.parse_sql(ddl.ddl("postgres", namespace="wire"))
    creates = {s.stmt.relation.relname: s.stmt for s in statements if type(s.stmt).__name__ == "CreateStmt"}
    assert set(creates) == set(TABLES)
    for table, create in creates.items():
        got = [(c.colname, ".".join(n.sval for n in c.typeName.names if n.sval != "pg_catalog")
                + ("[]" if c.typeName.arrayBounds else ""))
               for c in create.tableElts]
        expected = _expected(table, "postgres")
        assert [n for n, _ in got] == [n for n, _ in expected]
        pg_names = {"TEXT": "text", "SMALLINT": "int2", "INTEGER": "int4", "BIGINT": "int8", "BOOLEAN": "bool",
                    "DATE": "date", "TIMESTAMPTZ": "timestamptz", "TIMESTAMP": "timestamp", "REAL": "float4",
                    "DOUBLE PRECISION": "float8"}
        for (name, got_type), (_, want) in zip(got, expected):
            base, array = (want[:-2], "[]") if want.endswith("[]") else (want, "")
            assert got_type == pg_names.get(base, base.lower()) + array, f"{table}.{name}"
    comments = [s for s in statements if type(s.stmt).__name__ == "CommentStmt"]
    assert len(comments) == sum(len(s) + 2 for s in TABLES.values())  # columns + partition + table


@pytest.mark.parametrize("dialect", ddl.DIALECTS)
def test_ddl_names_the_partition_column(dialect: str) -> None:
    text = ddl.ddl(dialect, location="/srv/wire")
    assert PARTITION_COLUMN in text.lower()
    assert {
        "duckdb": "read_parquet('/srv/wire/articles/**/*.parquet', hive_partitioning = true",
        "bigquery": "WITH PARTITION COLUMNS (`ingest_date` DATE)",
        "snowflake": 'PARTITION BY ("INGEST_DATE")',
        "spark": "PARTITIONED BY (`ingest_date`)",
        "postgres": '"ingest_date" DATE NOT NULL',
    }[dialect] in text


@pytest.mark.parametrize("arrow, dialect, expected", [
    (pa.list_(pa.string()), "duckdb", "VARCHAR[]"),
    (pa.list_(pa.string()), "bigquery", "ARRAY<STRING>"),
    (pa.list_(pa.int32()), "spark", "ARRAY<INT>"),
    (pa.list_(pa.string()), "snowflake", "ARRAY"),
    (pa.list_(pa.string()), "postgres", "TEXT[]"),
    (pa.struct([("lat", pa.float64()), ("lon", pa.float64())]), "duckdb", 'STRUCT("lat" DOUBLE, "lon" DOUBLE)'),
    (pa.struct([("lat", pa.float64())]), "bigquery", "STRUCT<`lat` FLOAT64>"),
    (pa.struct([("lat", pa.float64())]), "spark", "STRUCT<`lat`: DOUBLE>"),
    (pa.struct([("lat", pa.float64())]), "postgres", "JSONB"),
    (pa.map_(pa.string(), pa.int64()), "spark", "MAP<STRING, BIGINT>"),
    (pa.dictionary(pa.int32(), pa.string()), "snowflake", "VARCHAR"),
    (pa.timestamp("ms"), "bigquery", "DATETIME"),
    (pa.decimal128(12, 3), "snowflake", "NUMBER(12,3)"),
    (pa.large_string(), "postgres", "TEXT"),
])
def test_ddl_sql_type_nested_and_odd_types(arrow: pa.DataType, dialect: str, expected: str) -> None:
    assert ddl.sql_type(arrow, dialect) == expected


@pytest.mark.parametrize("arrow, dialect", [(pa.float16(), "duckdb"), (pa.time64("us"), "spark"),
                                            (pa.duration("s"), "postgres")])
def test_ddl_unmapped_type_raises_naming_the_column(arrow: pa.DataType, dialect: str) -> None:
    with pytest.raises(ddl.UnmappedType, match="articles.odd"):
        ddl.sql_type(arrow, dialect, where="articles.odd")


def test_ddl_description_quotes_are_escaped_per_dialect() -> None:
    # bylines.name's description holds apostrophes: 'Jane O'Brien'
    assert "IS 'Person''s name in normal case: ''Jane O''Brien''." in ddl.ddl("postgres")
    assert "description = 'Person\\'s name in normal case: \\'Jane O\\'Brien\\'." in ddl.ddl("bigquery")


def test_ddl_cli_prints_and_rejects_unknown_dialect() -> None:
    from typer.testing import CliRunner

    from wirecopy.flows.cli import app

    good = CliRunner().invoke(app, ["schema", "--ddl", "spark", "--location", "s3://wire/out", "--namespace", "wire"])
    assert good.exit_code == 0, good.output
    assert "CREATE DATABASE IF NOT EXISTS `wire`;" in good.stdout
    assert "LOCATION 's3://wire/out/entities'" in good.stdout
    bad = CliRunner().invoke(app, ["schema", "--ddl", "oracle"])
    assert bad.exit_code == 2 and "--ddl must be one of" in bad.output
