"""What `wirecopy query` lets run, and the bounds it runs in.

A statement's first keyword says little: `EXPLAIN ANALYZE COPY ...` is an
EXPLAIN that runs the COPY, and a PIVOT without an IN list is a MULTI
statement that may wrap anything. So the decision is taken from DuckDB's own
parse of the whole statement tree: `json_serialize_sql` serialises a
statement only when it is a SELECT all the way down (subqueries, CTEs,
set operations, DESCRIBE, SUMMARIZE, SHOW, PIVOT with an IN list), and
refuses COPY, PRAGMA, CALL, SET, ATTACH, EXPORT, any DDL or DML, and every
MULTI. EXPLAIN is let through only as `EXPLAIN <a statement that
serialises>`, which plans and never runs it.

The bounds: DuckDB spills to a private temporary folder (not `<cwd>/.tmp`,
which it would otherwise add to the readable and writable folders), under a
memory limit (a quarter of RAM unless told), and a query is interrupted
after a time limit. `connect` sets these before it locks the configuration.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

DEFAULT_TIMEOUT_SECONDS = 600.0


class ReadOnlyQuery(ValueError):
    """A statement that would change something, or read what it should not: the query command only reads."""


class QueryStopped(RuntimeError):
    """A query went past --timeout or --memory-limit."""


def default_memory_limit() -> str:
    """A quarter of the machine's RAM, in DuckDB's size syntax."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # no sysconf: DuckDB's own default stands
        return "80%"
    return f"{max(total // 4 // (1 << 20), 64)}MiB"


def confine(con: "duckdb.DuckDBPyConnection", memory_limit: str | None = None) -> str:
    """Spill to a private folder (removed with the connection) and cap memory; returns the folder.

    Must run before the configuration is locked.
    """
    folder = tempfile.mkdtemp(prefix="wirecopy-duckdb-")
    weakref.finalize(con, shutil.rmtree, folder, True)
    con.execute(f"SET temp_directory = '{_quoted(folder)}'")
    con.execute(f"SET memory_limit = '{_quoted(memory_limit or default_memory_limit())}'")
    return folder


def check(con: "duckdb.DuckDBPyConnection", sql: str) -> None:
    """Raise ReadOnlyQuery unless every statement in SQL is a SELECT all the way down (or EXPLAIN of one)."""
    for statement in con.extract_statements(sql):
        text = statement.query
        if statement.type.name == "EXPLAIN":
            inner = _after_first_keyword(text)
            if inner.lstrip().upper().startswith("ANALYZE"):
                raise ReadOnlyQuery("EXPLAIN ANALYZE runs the statement: wirecopy query allows EXPLAIN without "
                                    "ANALYZE only")
            if _serialises(con, inner):
                continue
            raise ReadOnlyQuery("EXPLAIN is allowed only of a read-only query: EXPLAIN SELECT ...")
        if not _serialises(con, text):
            kind = statement.type.name
            hint = (" (a PIVOT needs its values listed: PIVOT t ON col IN ('a', 'b') USING ...)"
                    if kind == "MULTI" else "")
            raise ReadOnlyQuery(
                f"{kind} statements are not allowed: wirecopy query only reads "
                f"(SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN, PIVOT ... IN (...)){hint}"
            )


def _serialises(con: "duckdb.DuckDBPyConnection", sql: str) -> bool:
    """DuckDB serialises SELECT statements only: one that does is a query tree with nothing but reads in it."""
    if not sql.strip():
        return False
    ((found,),) = con.execute("SELECT json_serialize_sql(?)", [sql]).fetchall()
    parsed = json.loads(found)
    return not parsed.get("error") and len(parsed.get("statements", [])) == 1


def _after_first_keyword(sql: str) -> str:
    """The statement text after its first keyword, comments before it skipped."""
    import duckdb

    tokens = [offset for offset, kind in duckdb.tokenize(sql) if kind != duckdb.token_type.comment]
    return sql[tokens[1]:] if len(tokens) > 1 else ""


@contextmanager
def time_limit(con: "duckdb.DuckDBPyConnection", seconds: float | None) -> Iterator[None]:
    """Interrupt whatever CON runs once `seconds` pass; the interruption is raised as QueryStopped."""
    if not seconds:
        yield
        return
    fired = threading.Event()

    def stop() -> None:
        fired.set()
        con.interrupt()

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    try:
        yield
    except Exception as exc:  # DuckDB's InterruptException, or Arrow's error from a stream cut short
        if fired.is_set():
            raise QueryStopped(f"the query ran past --timeout {seconds:g} s and was stopped") from exc
        raise
    finally:
        timer.cancel()


def stopped_for_memory(exc: Exception, memory_limit: str | None) -> QueryStopped:
    return QueryStopped(f"the query needs more memory than --memory-limit {memory_limit or default_memory_limit()} "
                        f"allows and was stopped ({str(exc).splitlines()[0]})")


def _quoted(text: str) -> str:
    return text.replace("'", "''")
