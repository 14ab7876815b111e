"""Result writers: every DuckDB type a query can return comes out in CSV, JSON and Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json

import duckdb
import pyarrow.parquet as pq
import pytest

from wirecopy.flows.warehouse import results

TRICKY_SQL = """
select 'Jane O''Brien, "AP"' as name, 42::smallint as n, 1.5::decimal(5, 2) as score,
       date '2024-07-05' as day, timestamptz '2024-07-05 09:12:41.5+00' as at,
       ['NATO', 'EU'] as orgs, {'city': 'Brussels', 'country': 'BE'} as place,
       null::varchar as missing, true as flag, 'Sǎo Paulo — 서울' as unicode, '\\x00\\x01'::blob as raw
"""


def _reader(sql: str = TRICKY_SQL):
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'")
    return con.sql(sql).to_arrow_reader(results.BATCH_ROWS)


def _write(fmt: str, sql: str = TRICKY_SQL) -> tuple[int, bytes]:
    sink = io.BytesIO()
    n = results.write(_reader(sql), fmt, sink)
    return n, sink.getvalue()


def test_results_csv_quotes_and_flattens() -> None:
    n, data = _write("csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert n == 1
    assert rows[0] == ["name", "n", "score", "day", "at", "orgs", "place", "missing", "flag", "unicode", "raw"]
    assert rows[1] == ['Jane O\'Brien, "AP"', "42", "1.50", "2024-07-05", "2024-07-05T09:12:41.500000+00:00",
                       '["NATO", "EU"]', '{"city": "Brussels", "country": "BE"}', "", "true",
                       "Sǎo Paulo — 서울", "AAE="]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_results_json_values(fmt: str) -> None:
    n, data = _write(fmt)
    text = data.decode("utf-8")
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert n == 1
    assert rows == [{
        "name": 'Jane O\'Brien, "AP"', "n": 42, "score": "1.50", "day": "2024-07-05",
        "at": "2024-07-05T09:12:41.500000+00:00", "orgs": ["NATO", "EU"],
        "place": {"city": "Brussels", "country": "BE"}, "missing": None, "flag": True,
        "unicode": "Sǎo Paulo — 서울", "raw": "AAE=",
    }]


@pytest.mark.parametrize("fmt, expected", [("json", "[]\n"), ("jsonl", ""), ("csv", "a\r\n")])
def test_results_empty_result(fmt: str, expected: str) -> None:
    n, data = _write(fmt, "select 1 as a where false")
    assert n == 0 and data.decode() == expected


def test_results_parquet_keeps_types_across_batches() -> None:
    n, data = _write("parquet", "select range as i, date '2024-01-01' + range::int as d from range(25000)")
    table = pq.read_table(io.BytesIO(data))
    assert n == 25000 == table.num_rows
    assert str(table.schema.field("d").type) == "date32[day]"
    assert table.column("d")[24999].as_py() == dt.date(2024, 1, 1) + dt.timedelta(days=24999)


@pytest.mark.parametrize("value, text", [
    (None, ""), (True, "true"), (3, "3"), (2.5, "2.5"), (decimal.Decimal("1.10"), "1.10"),
    (dt.date(2024, 7, 5), "2024-07-05"), (["a", None], '["a", null]'), ({"k": dt.date(2024, 1, 2)},
                                                                        '{"k": "2024-01-02"}'),
])
def test_results_cell_text(value: object, text: str) -> None:
    assert results.cell_text(value) == text


def test_results_unknown_format_raises() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        results.write(_reader("select 1"), "xml", io.BytesIO())
