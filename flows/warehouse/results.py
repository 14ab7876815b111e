"""Query results out of DuckDB: an aligned table for people, CSV/JSON/Parquet for pipes.

Rows stream from DuckDB as Arrow record batches, so a large result is never
held whole in memory except by the terminal table, which people read anyway.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import decimal
import io
import json
import re
import uuid
from typing import IO, Iterator

import pyarrow as pa

FORMATS = ("table", "csv", "json", "jsonl", "parquet")
BATCH_ROWS = 10_000
# C0 and C1 controls, DEL, and the bidirectional overrides: what a terminal
# acts on instead of showing (escape sequences, cursor moves, reordering).
# Newline and tab stay: a cell may hold paragraphs.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class TerminalSink:
    """A byte sink that escapes control characters on their way to a terminal (CSV or JSON typed at one).

    Each write is whole encoded text (a row, a JSON object), so no UTF-8
    sequence is split between writes.
    """

    def __init__(self, sink: IO[bytes]) -> None:
        self._sink = sink

    def write(self, data: bytes) -> int:
        lines = data.decode("utf-8").split("\r\n")  # CSV's row ends stay; a lone carriage return is escaped
        self._sink.write("\r\n".join(printable(line) for line in lines).encode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._sink.flush()

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False

    @property
    def closed(self) -> bool:
        return False


def printable(text: str) -> str:
    """TEXT with every control character shown as its escape (\\x1b, \\u202e): safe to print to a terminal."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _plain(value: object) -> object:
    """A JSON-able stand-in for what Arrow gives back (dates, decimals, bytes, intervals)."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (dt.timedelta, uuid.UUID)):
        return str(value)
    if isinstance(value, pa.MonthDayNano):
        return {"months": value.months, "days": value.days, "nanoseconds": value.nanoseconds}
    raise TypeError(f"no JSON form for {type(value).__name__}")


def _json(value: object) -> str:
    return json.dumps(value, default=_plain, ensure_ascii=False)


def cell_text(value: object) -> str:
    """One value as CSV or a terminal cell shows it: ISO dates, JSON for nested values."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return _json(value)
    if isinstance(value, (int, float)):
        return str(value)
    plain = _plain(value)
    return plain if isinstance(plain, str) else _json(plain)


def _rows(reader: pa.RecordBatchReader) -> Iterator[dict[str, object]]:
    for batch in reader:
        yield from batch.to_pylist()


def write_csv(reader: pa.RecordBatchReader, sink: IO[bytes]) -> int:
    text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(reader.schema.names)
    n = 0
    for row in _rows(reader):
        writer.writerow([cell_text(v) for v in row.values()])
        n += 1
    text.detach()
    return n


def write_json(reader: pa.RecordBatchReader, sink: IO[bytes], *, lines: bool) -> int:
    """A JSON array of objects, or (lines=True) one object per line for jq and friends."""
    n = 0
    if not lines:
        sink.write(b"[")
    for row in _rows(reader):
        if lines:
            sink.write(_json(row).encode() + b"\n")
        else:
            sink.write((b",\n" if n else b"\n") + _json(row).encode())
        n += 1
    if not lines:
        sink.write(b"\n]\n" if n else b"]\n")
    return n


def write_parquet(reader: pa.RecordBatchReader, sink: IO[bytes]) -> int:
    """Types kept as DuckDB gave them (zstd, as the warehouse's own files)."""
    import pyarrow.parquet as pq

    n = 0
    with pq.ParquetWriter(sink, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def write(reader: pa.RecordBatchReader, fmt: str, sink: IO[bytes]) -> int:
    """Write every row of READER to SINK in FMT (not 'table'); returns the row count."""
    if fmt == "csv":
        return write_csv(reader, sink)
    if fmt in ("json", "jsonl"):
        return write_json(reader, sink, lines=fmt == "jsonl")
    if fmt == "parquet":
        return write_parquet(reader, sink)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def is_numeric(type_: pa.DataType) -> bool:
    return pa.types.is_integer(type_) or pa.types.is_floating(type_) or pa.types.is_decimal(type_)


def first_rows(reader: pa.RecordBatchReader, limit: int | None) -> tuple[pa.Table, int]:
    """The first `limit` rows (all when None), and how many rows the result has in all.

    The rest is counted batch by batch, never converted or held: the query
    runs once, and a terminal is not drawn tens of thousands of rows.
    """
    kept, total = [], 0
    for batch in reader:
        if limit is None or total < limit:
            kept.append(batch if limit is None else batch.slice(0, limit - total))
        total += batch.num_rows
    return pa.Table.from_batches(kept, schema=reader.schema), total


def left_out(shown: int, total: int) -> str | None:
    """The line under a table cut at `shown` rows (None when nothing was cut)."""
    if total <= shown:
        return None
    return (f"{shown} of {total} rows shown, {total - shown} more: raise --limit, "
            "or use --format csv|json|jsonl|parquet for every row")


def rich_table(data: pa.Table, total: int | None = None):
    """A result as a rich Table: numbers right-aligned, NULL dim, a row count below unless rows were left out."""
    from rich.markup import escape
    from rich.table import Table

    total = data.num_rows if total is None else total
    caption = f"{total} row{'s' if total != 1 else ''}" if total <= data.num_rows else None
    table = Table(caption=caption, caption_justify="left")
    for name, type_ in zip(data.schema.names, data.schema.types):
        table.add_column(escape(printable(name)), justify="right" if is_numeric(type_) else "left")
    for row in data.to_pylist():
        table.add_row(*("[dim]NULL[/]" if v is None else escape(_terminal_text(v)) for v in row.values()))
    return table


def _terminal_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return printable(cell_text(value))
