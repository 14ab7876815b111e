"""Rows to Arrow tables, with the contract enforced before the write.

pyarrow's Table.from_pylist silently drops unknown keys and lets nulls into
non-nullable fields (only the Parquet writer complains, far from the row at
fault), so rows are checked here and the offending row is named.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter

import pyarrow as pa


class SchemaViolation(ValueError):
    """A row does not fit its table's schema."""


def to_table(rows: Sequence[Mapping[str, object]], schema: pa.Schema) -> pa.Table:
    names = set(schema.names)
    required = [f.name for f in schema if not f.nullable]
    # A chunk checks tens of thousands of rows: each is compared whole (one
    # C-level test per row), and taken apart only to name what is wrong.
    if len(required) > 1:
        values_of = itemgetter(*required)
    else:  # itemgetter of one name gives the value itself, not a tuple
        values_of = lambda row: tuple(row[n] for n in required)  # noqa: E731
    for i, row in enumerate(rows):
        if row.keys() != names or None in values_of(row):
            _refuse(i, row, names, required, schema)
    return pa.Table.from_pylist(list(rows), schema=schema)


def _refuse(i: int, row: Mapping[str, object], names: set[str], required: list[str], schema: pa.Schema) -> None:
    table = schema.metadata.get(b"table", b"?").decode()
    extra = row.keys() - names
    missing = names - row.keys()
    if extra or missing:
        raise SchemaViolation(
            f"{table} row {i} ({_who(row)}): unknown columns {sorted(extra)}, missing {sorted(missing)}"
        )
    nulls = [n for n in required if row[n] is None]
    raise SchemaViolation(f"{table} row {i} ({_who(row)}): null in non-nullable {nulls}")


def _who(row: Mapping[str, object]) -> str:
    for key in ("article_id", "source_uri", "run_id"):
        if row.get(key):
            return f"{key}={row[key]}"
    return "unidentified"
