"""Warehouse DDL generated from schemas/: how each Arrow type is spelt in each dialect.

Every statement is built from schemas.TABLES at call time, so a column added
to a schema shows up in every dialect with no edit here; a column whose Arrow
type has no mapping raises UnmappedType naming it, rather than a guess.

Dialects and what they create:
    duckdb     CREATE TABLE + COMMENT ON, and the INSERT ... BY NAME that loads the Parquet (commented)
    postgres   CREATE TABLE + COMMENT ON (load with `wirecopy query -f csv`)
    bigquery   CREATE EXTERNAL TABLE over gs:// with hive partition columns
    snowflake  CREATE EXTERNAL TABLE over a stage, partition from the file path
    spark      CREATE TABLE ... USING DELTA PARTITIONED BY ... LOCATION: the Delta log says which files are live
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa

from wirecopy.schemas import SCHEMA_VERSION, TABLES
from wirecopy.schemas.tables import PARTITION_FIELD

DIALECTS = ("duckdb", "bigquery", "snowflake", "spark", "postgres")


class UnmappedType(ValueError):
    """An Arrow type with no spelling in a dialect: add it to SIMPLE_TYPES or _nested."""


# Scalar Arrow types by dialect. Snowflake's integer names are all NUMBER(38,0);
# BigQuery has one integer type. Time of day has no Spark type (Spark < 4.1).
SIMPLE_TYPES: dict[str, dict[str, str]] = {
    "string":       {"duckdb": "VARCHAR", "bigquery": "STRING", "snowflake": "VARCHAR", "spark": "STRING", "postgres": "TEXT"},
    "bool":         {"duckdb": "BOOLEAN", "bigquery": "BOOL", "snowflake": "BOOLEAN", "spark": "BOOLEAN", "postgres": "BOOLEAN"},
    "int8":         {"duckdb": "TINYINT", "bigquery": "INT64", "snowflake": "SMALLINT", "spark": "TINYINT", "postgres": "SMALLINT"},
    "int16":        {"duckdb": "SMALLINT", "bigquery": "INT64", "snowflake": "SMALLINT", "spark": "SMALLINT", "postgres": "SMALLINT"},
    "int32":        {"duckdb": "INTEGER", "bigquery": "INT64", "snowflake": "INTEGER", "spark": "INT", "postgres": "INTEGER"},
    "int64":        {"duckdb": "BIGINT", "bigquery": "INT64", "snowflake": "BIGINT", "spark": "BIGINT", "postgres": "BIGINT"},
    "uint8":        {"duckdb": "UTINYINT", "bigquery": "INT64", "snowflake": "SMALLINT", "spark": "SMALLINT", "postgres": "SMALLINT"},
    "uint16":       {"duckdb": "USMALLINT", "bigquery": "INT64", "snowflake": "INTEGER", "spark": "INT", "postgres": "INTEGER"},
    "uint32":       {"duckdb": "UINTEGER", "bigquery": "INT64", "snowflake": "BIGINT", "spark": "BIGINT", "postgres": "BIGINT"},
    "uint64":       {"duckdb": "UBIGINT", "bigquery": "NUMERIC", "snowflake": "NUMBER(20,0)", "spark": "DECIMAL(20,0)", "postgres": "NUMERIC(20,0)"},
    "float32":      {"duckdb": "FLOAT", "bigquery": "FLOAT64", "snowflake": "FLOAT", "spark": "FLOAT", "postgres": "REAL"},
    "float64":      {"duckdb": "DOUBLE", "bigquery": "FLOAT64", "snowflake": "DOUBLE", "spark": "DOUBLE", "postgres": "DOUBLE PRECISION"},
    "date":         {"duckdb": "DATE", "bigquery": "DATE", "snowflake": "DATE", "spark": "DATE", "postgres": "DATE"},
    "timestamp_tz": {"duckdb": "TIMESTAMPTZ", "bigquery": "TIMESTAMP", "snowflake": "TIMESTAMP_TZ", "spark": "TIMESTAMP", "postgres": "TIMESTAMPTZ"},
    "timestamp":    {"duckdb": "TIMESTAMP", "bigquery": "DATETIME", "snowflake": "TIMESTAMP_NTZ", "spark": "TIMESTAMP_NTZ", "postgres": "TIMESTAMP"},
    "time":         {"duckdb": "TIME", "bigquery": "TIME", "snowflake": "TIME", "postgres": "TIME"},
    "binary":       {"duckdb": "BLOB", "bigquery": "BYTES", "snowflake": "BINARY", "spark": "BINARY", "postgres": "BYTEA"},
}


def _simple_key(t: pa.DataType) -> str | None:
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "string"
    if pa.types.is_boolean(t):
        return "bool"
    if pa.types.is_integer(t):
        return str(t)  # int8 ... uint64
    if pa.types.is_float32(t) or pa.types.is_float64(t):
        return "float32" if pa.types.is_float32(t) else "float64"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_timestamp(t):
        return "timestamp_tz" if t.tz else "timestamp"
    if pa.types.is_time(t):
        return "time"
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return "binary"
    return None


def type_name(t: pa.DataType) -> str:
    """A short, portable name for the data dictionary: string, int32, date, timestamp[us, UTC], list<string>."""
    if pa.types.is_date32(t) or pa.types.is_date64(t):
        return "date"
    if pa.types.is_timestamp(t):
        return f"timestamp[{t.unit}, {t.tz}]" if t.tz else f"timestamp[{t.unit}]"
    if pa.types.is_dictionary(t):
        return type_name(t.value_type)
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return f"list<{type_name(t.value_type)}>"
    if pa.types.is_struct(t):
        return "struct<" + ", ".join(f"{f.name}: {type_name(f.type)}" for f in t) + ">"
    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "string"
    return str(t)


def sql_type(t: pa.DataType, dialect: str, *, where: str = "") -> str:
    """The column type for Arrow type T in DIALECT; raises UnmappedType."""
    if pa.types.is_dictionary(t):
        return sql_type(t.value_type, dialect, where=where)
    key = _simple_key(t)
    if key is not None:
        spelt = SIMPLE_TYPES[key].get(dialect)
        if spelt is None:
            raise UnmappedType(f"{where or 'column'}: {t} has no {dialect} type")
        return spelt
    if pa.types.is_decimal(t):
        return {"bigquery": f"BIGNUMERIC({t.precision}, {t.scale})" if t.precision > 29 else f"NUMERIC({t.precision}, {t.scale})",
                "snowflake": f"NUMBER({t.precision},{t.scale})"}.get(dialect, f"DECIMAL({t.precision},{t.scale})")
    nested = _nested(t, dialect, where)
    if nested is None:
        raise UnmappedType(f"{where or 'column'}: {t} has no {dialect} type")
    return nested


def _nested(t: pa.DataType, dialect: str, where: str) -> str | None:
    def inner(sub: pa.DataType) -> str:
        return sql_type(sub, dialect, where=where)

    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return {
            "duckdb": f"{inner(t.value_type)}[]", "postgres": f"{inner(t.value_type)}[]",
            "bigquery": f"ARRAY<{inner(t.value_type)}>", "spark": f"ARRAY<{inner(t.value_type)}>",
            "snowflake": "ARRAY",
        }[dialect]
    if pa.types.is_struct(t):
        if dialect == "duckdb":
            return "STRUCT(" + ", ".join(f'"{f.name}" {inner(f.type)}' for f in t) + ")"
        if dialect == "bigquery":
            return "STRUCT<" + ", ".join(f"`{f.name}` {inner(f.type)}" for f in t) + ">"
        if dialect == "spark":
            return "STRUCT<" + ", ".join(f"`{f.name}`: {inner(f.type)}" for f in t) + ">"
        return {"snowflake": "OBJECT", "postgres": "JSONB"}[dialect]
    if pa.types.is_map(t):
        k, v = inner(t.key_type), inner(t.item_type)
        return {
            "duckdb": f"MAP({k}, {v})", "spark": f"MAP<{k}, {v}>",
            "bigquery": f"ARRAY<STRUCT<key {k}, value {v}>>",  # how BigQuery reads a Parquet MAP
            "snowflake": "OBJECT", "postgres": "JSONB",
        }[dialect]
    return None


# --- literals and identifiers ------------------------------------------------


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _backslash_string(text: str) -> str:
    """BigQuery, Spark and Snowflake read backslash escapes inside string literals."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str


def columns(table: str, dialect: str) -> list[Column]:
    """Every column of TABLE in DIALECT, the partition column last."""
    fields = [*TABLES[table], PARTITION_FIELD]
    return [
        Column(f.name, sql_type(f.type, dialect, where=f"{table}.{f.name}"), f.nullable,
               f.metadata[b"description"].decode())
        for f in fields
    ]


def _description(table: str) -> str:
    return TABLES[table].metadata[b"description"].decode()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _join(base: str, *parts: str) -> str:
    return "/".join([base.rstrip("/"), *parts])


# --- dialects -----------------------------------------------------------------


# The load is a comment: read_parquet fails on a table with no files yet, and
# DDL that fails on an empty table would be worse than a line to uncomment.
DUCKDB_LOAD_PREFIX = "-- load: "


def _duckdb(table: str, location: str, namespace: str | None) -> str:
    name = f'"{namespace}"."{table}"' if namespace else f'"{table}"'
    cols = columns(table, "duckdb")
    body = ",\n".join(f'    "{c.name}" {c.type}{"" if c.nullable else " NOT NULL"}' for c in cols)
    comments = "\n".join(
        f"COMMENT ON COLUMN {name}.\"{c.name}\" IS {_sql_string(c.description)};" for c in cols)
    source = _sql_string(_join(location, table, "**", "*.parquet"))
    return (
        f"CREATE TABLE IF NOT EXISTS {name} (\n{body}\n);\n"
        f"COMMENT ON TABLE {name} IS {_sql_string(_description(table))};\n{comments}\n"
        f"{DUCKDB_LOAD_PREFIX}INSERT INTO {name} BY NAME SELECT * FROM "
        f"read_parquet({source}, hive_partitioning = true, union_by_name = true);\n"
    )


def _postgres(table: str, location: str, namespace: str | None) -> str:
    name = f'"{namespace}"."{table}"' if namespace else f'"{table}"'
    cols = columns(table, "postgres")
    body = ",\n".join(f'    "{c.name}" {c.type}{"" if c.nullable else " NOT NULL"}' for c in cols)
    comments = "\n".join(
        f"COMMENT ON COLUMN {name}.\"{c.name}\" IS {_sql_string(c.description)};" for c in cols)
    return (
        f"CREATE TABLE IF NOT EXISTS {name} (\n{body}\n);\n"
        f"CREATE INDEX IF NOT EXISTS \"{table}_{PARTITION_FIELD.name}\" ON {name} (\"{PARTITION_FIELD.name}\");\n"
        f"COMMENT ON TABLE {name} IS {_sql_string(_description(table))};\n{comments}\n"
    )


def _bigquery(table: str, location: str, namespace: str | None) -> str:
    name = f"`{namespace or 'wirecopy'}.{table}`"
    cols = columns(table, "bigquery")
    data, part = cols[:-1], cols[-1]
    body = ",\n".join(
        f"    `{c.name}` {c.type}{'' if c.nullable else ' NOT NULL'} "
        f"OPTIONS (description = {_backslash_string(c.description)})"
        for c in data)
    lists = any(pa.types.is_list(f.type) or pa.types.is_large_list(f.type) for f in TABLES[table])
    return (
        f"CREATE EXTERNAL TABLE IF NOT EXISTS {name} (\n{body}\n)\n"
        f"WITH PARTITION COLUMNS (`{part.name}` {part.type})\n"
        f"OPTIONS (\n"
        f"    format = 'PARQUET',\n"
        f"    uris = [{_backslash_string(_join(location, table, '*.parquet'))}],\n"
        f"    hive_partition_uri_prefix = {_backslash_string(_join(location, table))},\n"
        + ("    enable_list_inference = TRUE,\n" if lists else "")
        + f"    description = {_backslash_string(_description(table))}\n"
        f");\n"
    )


def _snowflake(table: str, location: str, namespace: str | None) -> str:
    """Columns of an external table are expressions over VALUE; Snowflake takes no
    NOT NULL or COMMENT on them, so each column's meaning rides along as a SQL comment."""
    up = table.upper()
    name = f'"{namespace.upper()}"."{up}"' if namespace else f'"{up}"'
    cols = columns(table, "snowflake")
    data, part = cols[:-1], cols[-1]
    # The partition value comes from the file path: .../ingest_date=2024-07-05/part-....parquet
    part_expr = f"TO_DATE(SPLIT_PART(SPLIT_PART(METADATA$FILENAME, '{part.name}=', 2), '/', 1), 'YYYY-MM-DD')"
    lines = [(f'"{part.name.upper()}" {part.type} AS ({part_expr})', part)]
    lines += [(f'"{c.name.upper()}" {c.type} AS (VALUE:"{c.name}"::{c.type})', c) for c in data]
    body = "\n".join(
        f"    {text}{',' if i < len(lines) - 1 else ''}  -- {_one_line(c.description)}"
        + ("" if c.nullable else " Never null.")
        for i, (text, c) in enumerate(lines))
    return (
        f"CREATE EXTERNAL TABLE IF NOT EXISTS {name} (\n{body}\n)\n"
        f'PARTITION BY ("{part.name.upper()}")\n'
        f"LOCATION = {_join(location, table)}/\n"
        f"PATTERN = '.*[.]parquet'\n"
        f"FILE_FORMAT = (TYPE = PARQUET USE_LOGICAL_TYPE = TRUE)\n"
        f"AUTO_REFRESH = FALSE\n"
        f"COMMENT = {_backslash_string(_description(table))};\n"
    )


def _spark(table: str, location: str, namespace: str | None) -> str:
    name = f"`{namespace}`.`{table}`" if namespace else f"`{table}`"
    cols = columns(table, "spark")
    body = ",\n".join(
        f"    `{c.name}` {c.type}{'' if c.nullable else ' NOT NULL'} COMMENT {_backslash_string(c.description)}"
        for c in cols)
    return (
        f"CREATE TABLE IF NOT EXISTS {name} (\n{body}\n)\n"
        f"USING DELTA\n"
        f"PARTITIONED BY (`{PARTITION_FIELD.name}`)\n"
        f"LOCATION {_backslash_string(_join(location, table))}\n"
        f"COMMENT {_backslash_string(_description(table))};\n"
    )


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    render: Callable[[str, str, str | None], str]
    default_location: str
    preamble: Callable[[str | None], str]


def _schema_stmt(keyword: str, quote: str) -> Callable[[str | None], str]:
    return lambda ns: f"CREATE {keyword} IF NOT EXISTS {quote}{ns}{quote};\n\n" if ns else ""


DIALECT_SPECS: dict[str, Dialect] = {
    "duckdb": Dialect("duckdb", _duckdb, "warehouse", _schema_stmt("SCHEMA", '"')),
    "postgres": Dialect("postgres", _postgres, "", _schema_stmt("SCHEMA", '"')),
    "bigquery": Dialect("bigquery", _bigquery, "gs://YOUR-BUCKET/wirecopy",
                        lambda ns: f"CREATE SCHEMA IF NOT EXISTS `{ns or 'wirecopy'}`;\n\n"),
    "snowflake": Dialect("snowflake", _snowflake, "@wirecopy_stage",
                         lambda ns: f'CREATE SCHEMA IF NOT EXISTS "{ns.upper()}";\n\n' if ns else ""),
    "spark": Dialect("spark", _spark, "warehouse", _schema_stmt("DATABASE", "`")),
}


def ddl(dialect: str, *, location: str | None = None, namespace: str | None = None,
        tables: list[str] | None = None) -> str:
    """The whole script for DIALECT: a header, then one statement group per table.

    LOCATION is the warehouse root (OUT, a gs:// or s3:// prefix, a Snowflake
    stage); NAMESPACE a schema/dataset/database to create the tables in.
    """
    if dialect not in DIALECT_SPECS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {', '.join(DIALECTS)}")
    spec = DIALECT_SPECS[dialect]
    where = spec.default_location if location is None else location
    header = (
        f"-- wirecopy tables for {dialect}, schema version {SCHEMA_VERSION}.\n"
        f"-- Generated from schemas/ by `wirecopy schema --ddl {dialect}`; regenerate rather than edit.\n"
        f"-- Partitioned by {PARTITION_FIELD.name} (Hive layout: <table>/{PARTITION_FIELD.name}=YYYY-MM-DD/*.parquet).\n\n"
    )
    groups = [spec.render(t, where, namespace) for t in (tables or list(TABLES))]
    return header + spec.preamble(namespace) + "\n".join(groups)
