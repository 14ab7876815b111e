"""Warehouse DDL generated from schemas/: how each Arrow type is spelt in each dialect.

Every statement is built from schemas.TABLES at call time, so a column added
to a schema shows up in every dialect with no edit here; a column whose Arrow
type has no mapping raises UnmappedType naming it, rather than a guess.
One loop (`_statement`) writes every dialect's statements; what differs
between dialects (type spelling, quoting, where the partition column goes,
table options, comments) is data, one `Dialect` record each.

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


class UnmappedType(ValueError):
    """An Arrow type with no spelling in a dialect: add it to SIMPLE_TYPES or to its Dialect."""


# Scalar Arrow types by dialect. Snowflake's integer names are all NUMBER(38,0);
# BigQuery has one integer type. Time of day has no Spark type (Spark < 4.1).
_DIALECT_COLUMNS = ("duckdb", "bigquery", "snowflake", "spark", "postgres")
_SCALARS: dict[str, tuple[str | None, ...]] = {  # one column per dialect, in _DIALECT_COLUMNS order
    "string":       ("VARCHAR", "STRING", "VARCHAR", "STRING", "TEXT"),
    "bool":         ("BOOLEAN", "BOOL", "BOOLEAN", "BOOLEAN", "BOOLEAN"),
    "int8":         ("TINYINT", "INT64", "SMALLINT", "TINYINT", "SMALLINT"),
    "int16":        ("SMALLINT", "INT64", "SMALLINT", "SMALLINT", "SMALLINT"),
    "int32":        ("INTEGER", "INT64", "INTEGER", "INT", "INTEGER"),
    "int64":        ("BIGINT", "INT64", "BIGINT", "BIGINT", "BIGINT"),
    "uint8":        ("UTINYINT", "INT64", "SMALLINT", "SMALLINT", "SMALLINT"),
    "uint16":       ("USMALLINT", "INT64", "INTEGER", "INT", "INTEGER"),
    "uint32":       ("UINTEGER", "INT64", "BIGINT", "BIGINT", "BIGINT"),
    "uint64":       ("UBIGINT", "NUMERIC", "NUMBER(20,0)", "DECIMAL(20,0)", "NUMERIC(20,0)"),
    "float32":      ("FLOAT", "FLOAT64", "FLOAT", "FLOAT", "REAL"),
    "float64":      ("DOUBLE", "FLOAT64", "DOUBLE", "DOUBLE", "DOUBLE PRECISION"),
    "date":         ("DATE", "DATE", "DATE", "DATE", "DATE"),
    "timestamp_tz": ("TIMESTAMPTZ", "TIMESTAMP", "TIMESTAMP_TZ", "TIMESTAMP", "TIMESTAMPTZ"),
    "timestamp":    ("TIMESTAMP", "DATETIME", "TIMESTAMP_NTZ", "TIMESTAMP_NTZ", "TIMESTAMP"),
    "time":         ("TIME", "TIME", "TIME", None, "TIME"),
    "binary":       ("BLOB", "BYTES", "BINARY", "BINARY", "BYTEA"),
}
SIMPLE_TYPES: dict[str, dict[str, str]] = {
    arrow: {dialect: spelt for dialect, spelt in zip(_DIALECT_COLUMNS, row, strict=True) if spelt is not None}
    for arrow, row in _SCALARS.items()
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
    spec = _spec(dialect)
    if pa.types.is_dictionary(t):
        return sql_type(t.value_type, dialect, where=where)
    key = _simple_key(t)
    if key is not None:
        spelt = SIMPLE_TYPES[key].get(dialect)
        if spelt is None:
            raise UnmappedType(f"{where or 'column'}: {t} has no {dialect} type")
        return spelt
    if pa.types.is_decimal(t):
        wide = spec.wide_decimal
        spelling = wide[1] if wide is not None and t.precision > wide[0] else spec.decimal_type
        return spelling.format(precision=t.precision, scale=t.scale)
    nested = _nested(t, spec, where)
    if nested is None:
        raise UnmappedType(f"{where or 'column'}: {t} has no {dialect} type")
    return nested


def _nested(t: pa.DataType, spec: Dialect, where: str) -> str | None:
    def inner(sub: pa.DataType) -> str:
        return sql_type(sub, spec.name, where=where)

    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return spec.list_type.format(item=inner(t.value_type))
    if pa.types.is_struct(t):
        if "{fields}" not in spec.struct_type:  # a dialect's untyped object: its fields need no spelling
            return spec.struct_type
        fields = ", ".join(spec.struct_field.format(name=spec.identifier(f.name), type=inner(f.type)) for f in t)
        return spec.struct_type.format(fields=fields)
    if pa.types.is_map(t):
        return spec.map_type.format(key=inner(t.key_type), value=inner(t.item_type))
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


@dataclass(frozen=True, slots=True)
class Dialect:
    """Everything one warehouse spells its own way; `_statement` is the one loop that reads it.

    Templates are str.format strings. A column line and a column comment may
    use {name} (quoted), {raw_name}, {type}, {not_null}, {description} (a
    string literal), {summary} (the description on one line) and {value}; a
    statement may use {qualified} (the table's quoted name), {table},
    {body}, {column_comments}, {description}, {partition},
    {partition_name}, {partition_type}, {folder}, {folder_literal},
    {files} and {list_options}.
    """

    name: str
    default_location: str
    quote: str                       # around an identifier
    string: Callable[[str], str]     # a string literal
    statement: str                   # one table's statement(s)
    column: str                      # one column line of CREATE's body, without its comma
    not_null: str = " NOT NULL"      # what {not_null} says of a column that is never null
    note: str = ""                   # after a column line's comma: Snowflake's "-- what it holds"
    column_comment: str = ""         # a statement per column, joined into {column_comments}
    partition: str = "last"          # the partition column in the body: "last", "first", or "apart" (own clause)
    value: str = ""                  # a data column's expression ({value}): external tables read VALUE
    partition_value: str = ""        # the partition column's expression ({value})
    upper: bool = False              # identifiers in upper case, as the dialect resolves unquoted names
    quote_path: bool = False         # namespace.table quoted as one identifier
    namespace_kind: str = "SCHEMA"   # what --namespace creates
    default_namespace: str | None = None
    files: tuple[str, ...] = ()      # the glob under a table's folder that {files} names
    list_options: str = ""           # table options when a table has list columns ({list_options})
    list_type: str = "ARRAY<{item}>"
    struct_type: str = "STRUCT<{fields}>"
    struct_field: str = "{name} {type}"
    map_type: str = "MAP<{key}, {value}>"
    decimal_type: str = "DECIMAL({precision},{scale})"
    wide_decimal: tuple[int, str] | None = None  # (digits, spelling) for a decimal of more digits

    def identifier(self, name: str) -> str:
        return self.quote + (name.upper() if self.upper else name) + self.quote

    def qualified(self, namespace: str | None, table: str) -> str:
        parts = [namespace, table] if namespace else [table]
        if self.quote_path:
            return self.identifier(".".join(parts))
        return ".".join(self.identifier(p) for p in parts)


_CREATE_TABLE = "CREATE TABLE IF NOT EXISTS {qualified} (\n{body}\n)"
_CREATE_EXTERNAL = "CREATE EXTERNAL TABLE IF NOT EXISTS {qualified} (\n{body}\n)"
_COMMENT_ON_COLUMN = "COMMENT ON COLUMN {qualified}.{name} IS {description};"

DIALECT_SPECS: dict[str, Dialect] = {
    "duckdb": Dialect(
        "duckdb", "warehouse", '"', _sql_string,
        statement=_CREATE_TABLE + ";\nCOMMENT ON TABLE {qualified} IS {description};\n{column_comments}\n"
        + DUCKDB_LOAD_PREFIX + "INSERT INTO {qualified} BY NAME SELECT * FROM "
        "read_parquet({files}, hive_partitioning = true, union_by_name = true);\n",
        column="    {name} {type}{not_null}",
        column_comment=_COMMENT_ON_COLUMN,
        files=("**", "*.parquet"),
        list_type="{item}[]", struct_type="STRUCT({fields})", map_type="MAP({key}, {value})",
    ),
    "bigquery": Dialect(
        "bigquery", "gs://YOUR-BUCKET/wirecopy", "`", _backslash_string,
        statement=_CREATE_EXTERNAL + "\nWITH PARTITION COLUMNS ({partition_name} {partition_type})\nOPTIONS (\n"
        "    format = 'PARQUET',\n    uris = [{files}],\n    hive_partition_uri_prefix = {folder_literal},\n"
        "{list_options}    description = {description}\n);\n",
        column="    {name} {type}{not_null} OPTIONS (description = {description})",
        partition="apart", quote_path=True, default_namespace="wirecopy", files=("*.parquet",),
        list_options="    enable_list_inference = TRUE,\n",
        map_type="ARRAY<STRUCT<key {key}, value {value}>>",  # how BigQuery reads a Parquet MAP
        decimal_type="NUMERIC({precision}, {scale})", wide_decimal=(29, "BIGNUMERIC({precision}, {scale})"),
    ),
    # Columns of an external table are expressions over VALUE; Snowflake takes no
    # NOT NULL or COMMENT on them, so each column's meaning rides along as a SQL comment.
    "snowflake": Dialect(
        "snowflake", "@wirecopy_stage", '"', _backslash_string,
        statement=_CREATE_EXTERNAL + "\nPARTITION BY ({partition_name})\nLOCATION = {folder}/\n"
        "PATTERN = '.*[.]parquet'\nFILE_FORMAT = (TYPE = PARQUET USE_LOGICAL_TYPE = TRUE)\n"
        "AUTO_REFRESH = FALSE\nCOMMENT = {description};\n",
        column="    {name} {type} AS ({value})",
        not_null=" Never null.", note="  -- {summary}{not_null}",
        partition="first", upper=True,
        value='VALUE:"{raw_name}"::{type}',
        # The partition value comes from the file path: .../ingest_date=2024-07-05/part-....parquet
        partition_value="TO_DATE(SPLIT_PART(SPLIT_PART(METADATA$FILENAME, '{raw_name}=', 2), '/', 1), 'YYYY-MM-DD')",
        list_type="ARRAY", struct_type="OBJECT", map_type="OBJECT", decimal_type="NUMBER({precision},{scale})",
    ),
    "spark": Dialect(
        "spark", "warehouse", "`", _backslash_string,
        statement=_CREATE_TABLE + "\nUSING DELTA\nPARTITIONED BY ({partition_name})\nLOCATION {folder_literal}\n"
        "COMMENT {description};\n",
        column="    {name} {type}{not_null} COMMENT {description}",
        namespace_kind="DATABASE", struct_field="{name}: {type}",
    ),
    "postgres": Dialect(
        "postgres", "", '"', _sql_string,
        statement=_CREATE_TABLE + ';\nCREATE INDEX IF NOT EXISTS "{table}_{partition}" ON {qualified} '
        "({partition_name});\nCOMMENT ON TABLE {qualified} IS {description};\n{column_comments}\n",
        column="    {name} {type}{not_null}",
        column_comment=_COMMENT_ON_COLUMN,
        list_type="{item}[]", struct_type="JSONB", map_type="JSONB",
    ),
}
DIALECTS = tuple(DIALECT_SPECS)  # duckdb, bigquery, snowflake, spark, postgres: the data dictionary's column order


def _spec(dialect: str) -> Dialect:
    if dialect not in DIALECT_SPECS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {', '.join(DIALECTS)}")
    return DIALECT_SPECS[dialect]


def _statement(spec: Dialect, table: str, location: str, namespace: str | None) -> str:
    """One table's statements in one dialect: the loop over its columns that every dialect shares."""
    qualified = spec.qualified(namespace, table)
    *data, part = columns(table, spec.name)
    listed = {"last": [*data, part], "first": [part, *data], "apart": data}[spec.partition]
    lines, notes, comments = [], [], []
    for c in listed:
        fields = {
            "name": spec.identifier(c.name), "raw_name": c.name, "type": c.type,
            "not_null": "" if c.nullable else spec.not_null,
            "description": spec.string(c.description), "summary": _one_line(c.description),
        }
        fields["value"] = (spec.partition_value if c is part else spec.value).format(**fields)
        lines.append(spec.column.format(**fields))
        notes.append(spec.note.format(**fields))
        if spec.column_comment:
            comments.append(spec.column_comment.format(qualified=qualified, **fields))
    body = "\n".join(line + ("," if i < len(lines) - 1 else "") + note
                     for i, (line, note) in enumerate(zip(lines, notes)))
    lists = any(pa.types.is_list(f.type) or pa.types.is_large_list(f.type) for f in TABLES[table])
    folder = _join(location, table)
    return spec.statement.format(
        qualified=qualified, table=table, body=body, column_comments="\n".join(comments),
        description=spec.string(_description(table)),
        partition=part.name, partition_name=spec.identifier(part.name), partition_type=part.type,
        folder=folder, folder_literal=spec.string(folder), files=spec.string(_join(location, table, *spec.files)),
        list_options=spec.list_options if lists else "",
    )


def ddl(dialect: str, *, location: str | None = None, namespace: str | None = None,
        tables: list[str] | None = None) -> str:
    """The whole script for DIALECT: a header, then one statement group per table.

    LOCATION is the warehouse root (OUT, a gs:// or s3:// prefix, a Snowflake
    stage); NAMESPACE a schema/dataset/database to create the tables in.
    """
    spec = _spec(dialect)
    where = spec.default_location if location is None else location
    namespace = namespace or spec.default_namespace
    header = (
        f"-- wirecopy tables for {dialect}, schema version {SCHEMA_VERSION}.\n"
        f"-- Generated from schemas/ by `wirecopy schema --ddl {dialect}`; regenerate rather than edit.\n"
        f"-- Partitioned by {PARTITION_FIELD.name} (Hive layout: "
        f"<table>/{PARTITION_FIELD.name}=YYYY-MM-DD/*.parquet).\n\n"
    )
    preamble = f"CREATE {spec.namespace_kind} IF NOT EXISTS {spec.identifier(namespace)};\n\n" if namespace else ""
    groups = [_statement(spec, t, where, namespace) for t in (tables or list(TABLES))]
    return header + preamble + "\n".join(groups)
