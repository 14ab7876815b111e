import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy import schemas
from wirecopy.schemas import SchemaViolation, to_table

CONTRACT = {
    "articles": {
        "article_id": pa.string(), "source_uri": pa.string(), "source_format": pa.string(), "agency": pa.string(),
        "headline": pa.string(), "dateline_raw": pa.string(), "dateline_city": pa.string(),
        "dateline_region": pa.string(), "dateline_country": pa.string(), "dateline_date": pa.date32(),
        "body": pa.string(), "ingested_at": pa.timestamp("us", tz="UTC"), "run_id": pa.string(),
    },
    "bylines": {"article_id": pa.string(), "position": pa.int16(), "name": pa.string(), "role": pa.string(),
                "email": pa.string()},
    "entities": {"article_id": pa.string(), "start_char": pa.int32(), "end_char": pa.int32(), "text": pa.string(),
                 "label": pa.string(), "entity_key": pa.string()},
    "rejects": {"source_uri": pa.string(), "reason": pa.string(), "detail": pa.string(),
                "content_sha256": pa.string()},
    "runs": {"run_id": pa.string(), "started_at": pa.timestamp("us", tz="UTC"),
             "finished_at": pa.timestamp("us", tz="UTC")},
}


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_schemas_hold_the_contract_columns(table: str) -> None:
    schema = schemas.TABLES[table]
    for name, type_ in CONTRACT[table].items():
        assert schema.field(name).type == type_, f"{table}.{name}"


@pytest.mark.parametrize("table", sorted(schemas.TABLES))
def test_schemas_every_field_described_and_versioned(table: str) -> None:
    schema = schemas.TABLES[table]
    assert schema.metadata[b"schema_version"] == schemas.SCHEMA_VERSION.encode()
    for field in schema:
        assert field.metadata and field.metadata[b"description"].strip(), f"{table}.{field.name}"


def _reject(**overrides):
    row = {"source_uri": "/in/a.txt", "reason": "binary", "detail": None, "content_sha256": "ab" * 32,
           "size_bytes": 10, "rejected_at": dt.datetime(2024, 7, 5, tzinfo=dt.timezone.utc), "run_id": "r1",
           "quarantine_uri": None}
    row.update(overrides)
    return row


def test_schemas_to_table_builds_typed_table() -> None:
    table = to_table([_reject()], schemas.REJECTS)
    assert table.num_rows == 1
    assert table.column("reason").to_pylist() == ["binary"]


def test_schemas_to_table_rejects_unknown_key() -> None:
    row = _reject()
    row["reasn"] = "typo"
    with pytest.raises(SchemaViolation, match="reasn"):
        to_table([row], schemas.REJECTS)


def test_schemas_to_table_rejects_null_in_required_column_naming_the_row() -> None:
    with pytest.raises(SchemaViolation, match=r"source_uri=/in/a.txt.*reason"):
        to_table([_reject(reason=None)], schemas.REJECTS)


def test_schemas_to_table_rejects_a_missing_column_naming_it() -> None:
    row = _reject()
    del row["reason"]
    with pytest.raises(SchemaViolation, match=r"missing \['reason'\]"):
        to_table([_reject(), row], schemas.REJECTS)


@pytest.mark.parametrize("required", [0, 1, 2])
def test_schemas_to_table_checks_any_number_of_required_columns(required: int) -> None:
    import pyarrow as pa

    fields = [pa.field(name, pa.string(), nullable=n >= required) for n, name in enumerate("abc")]
    schema = pa.schema(fields, metadata={b"table": b"tiny"})
    assert to_table([{"a": "x", "b": "y", "c": None}], schema).num_rows == 1
    if required:
        with pytest.raises(SchemaViolation, match=rf"tiny row 1 .*non-nullable \['{'ab'[required - 1]}'\]"):
            to_table([{"a": "x", "b": "y", "c": "z"}, {"a": "x", "b": "y", "c": "z"} | {"ab"[required - 1]: None}],
                     schema)


_TINY = pa.schema([pa.field("id", pa.string(), nullable=False), pa.field("n", pa.int16()),
                   pa.field("day", pa.date32()), pa.field("score", pa.float64(), nullable=False)],
                  metadata={b"table": b"tiny"})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "id": st.text(max_size=5), "n": st.none() | st.integers(-300, 300), "day": st.none() | st.dates(),
    "score": st.floats(allow_nan=False)}), max_size=8))
def test_schemas_to_table_is_pyarrows_table_of_the_rows(rows) -> None:
    assert to_table(rows, _TINY).equals(pa.Table.from_pylist(rows, schema=_TINY), check_metadata=True)


@pytest.mark.parametrize("columns", [["id"], ["id", "n"]])
def test_schemas_to_table_of_any_width(columns) -> None:
    schema = pa.schema([_TINY.field(c) for c in columns], metadata=_TINY.metadata)
    rows = [{c: {"id": "a", "n": 3}[c] for c in columns}, {c: {"id": "b", "n": None}[c] for c in columns}]
    assert to_table(rows, schema).to_pylist() == rows
    assert to_table([], schema).num_rows == 0
