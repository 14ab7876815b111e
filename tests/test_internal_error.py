"""A bug of ours in one file's processing, through the real flow: one reject, the run goes on, the file comes back.

The bug is made real by wrapping a per-file step so that it raises for one
story: the run commits the other files, the file is an `internal_error`
reject with the exception's class and message; a plain rerun leaves it
(the same bytes would meet the same bug), and `--reprocess` once the bug is
gone takes it again and replaces the reject with its article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SEEDS, TEXT_SEEDS, delta_con, ingest_now, land
from wirecopy.flows import chunks

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

T0 = dt.datetime(2024, 9, 19, 12, 0, tzinfo=dt.timezone.utc)
BOOM = "boom.txt"


def _tables(out: Path) -> tuple[dict[str, str], set[str]]:
    from wirecopy.flows.warehouse.query import connect

    con = connect(out)
    rejects = {Path(u).name: f"{r}: {d}" for u, r, d in con.execute(
        "select source_uri, reason, detail from rejects").fetchall()}
    articles = {Path(u).name for (u,) in con.execute("select source_uri from articles").fetchall()}
    return rejects, articles


def test_internal_error_is_one_reject_and_reprocess_takes_the_file_again(tmp_path: Path, monkeypatch) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    boom = b"SEOUL, Sept. 19 (Yonhap) -- The BOOM story: a bug in wirecopy meets this file.\n"
    land(landing, sorted(TEXT_SEEDS), start=T0, source=SEEDS, written={BOOM: boom})
    real = chunks.stories.sketch_row

    def broken(article, *args, **kwargs):
        if "BOOM" in article.body:
            raise ZeroDivisionError("a bug in sketching")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(chunks.stories, "sketch_row", broken)
    first = ingest_now(landing, out, reference_date=dt.date(2024, 9, 19), workers=1)
    assert (first.articles, first.rejects_by_reason) == (4, {"internal_error": 1})
    rejects, articles = _tables(out)
    assert rejects == {BOOM: "internal_error: ZeroDivisionError: a bug in sketching"}
    assert articles == set(TEXT_SEEDS)

    again = ingest_now(landing, out, workers=1)  # the same bytes would meet the same bug: left alone
    assert (again.files_ingested, again.files_skipped) == (0, 5)

    monkeypatch.setattr(chunks.stories, "sketch_row", real)  # the bug fixed
    fixed = ingest_now(landing, out, reference_date=dt.date(2024, 9, 19), reprocess=True, workers=1)
    assert fixed.files_ingested == 5
    rejects, articles = _tables(out)
    assert rejects == {} and articles == set(TEXT_SEEDS) | {BOOM}
    n = delta_con(out).execute(f"select count(*) from ingest_log where source_uri like '%{BOOM}'").fetchone()
    assert n == (2,)
