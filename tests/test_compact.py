"""Compaction (Delta optimize + vacuum): fewer files, the same answer to every query, byte for byte."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from deltalake import DeltaTable

from tests.conftest import SEEDS, STORY_SAMPLES, ingest_now, land
from wirecopy.flows.compact import compact_out
from wirecopy.flows.settings import Settings
from wirecopy.flows.warehouse.layout import Warehouse

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)
QUERIES = {
    "articles": "select * exclude (body) from articles order by article_id",
    "bodies": "select article_id, md5(body) from articles order by 1",
    "entities": "select * from entities order by article_id, start_char, end_char, label",
    "bylines": "select * from bylines order by article_id, position",
    "versions": "select * from story_versions order by article_id",
    "latest": "select article_id, story_id, version from latest_articles order by 1",
    "log": "select * from ingest_log order by source_uri, logged_at",
    "runs": "select * from runs order by started_at",
    "by_city": "select dateline_city, count(*) as n, sum(word_count) from articles group by 1 order by 1",
}


def _answers(out: Path, tmp: Path, tag: str) -> dict[str, bytes]:
    """Each query's result (schema and rows) as bytes, read through the documented views."""
    from wirecopy.flows.warehouse.query import connect

    con = connect(out)  # read-only: it may write no file, so the answer is serialised here
    found = {}
    for name, sql in QUERIES.items():
        path = tmp / f"{tag}-{name}.txt"
        result = con.sql(sql).to_arrow_table()
        path.write_text(f"{result.schema}\n{result.to_pylist()!r}", encoding="utf-8")
        found[name] = path.read_bytes()
    return found


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_compact_merges_small_files_and_changes_no_query_result(tmp_path: Path) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    names = sorted(p.name for p in STORY_SAMPLES.glob("*.txt"))
    for n in range(0, len(names), 2):
        land(landing, names[n:n + 2], start=T0 + dt.timedelta(minutes=10 * n))
        ingest_now(landing, out)
    land(landing, ["ap-chatham-lobster.txt"], start=T0 + dt.timedelta(hours=2), source=SEEDS)
    ingest_now(landing, out)
    files = lambda t: len(DeltaTable(str(out / t)).file_uris())  # noqa: E731
    before_files = {t: files(t) for t in ("articles", "runs")}
    before = _answers(out, tmp_path, "before")
    result = compact_out(Warehouse.at(out), "compact-1", target_bytes=64 * 2**20, settings=Settings(),
                         retention_hours=0)
    assert before_files == {"articles": 5, "runs": 5}
    assert {t: files(t) for t in ("articles", "runs")} == {"articles": 1, "runs": 1}
    assert result.merged > 0 and result.vacuumed["articles"] == 5  # retention 0: the merged-away files go
    assert _answers(out, tmp_path, "after") == before
    assert DeltaTable(str(out / "articles")).to_pyarrow_table().num_rows == 8
    assert [h["operation"] for h in DeltaTable(str(out / "articles")).history(3)] == [
        "VACUUM END", "VACUUM START", "OPTIMIZE"]

    from wirecopy.flows.compact import compact

    again = compact(out=str(out))  # the Prefect flow: nothing left to merge, nothing committed
    assert again.snapshot_version is None and again.merged == 0
    assert _answers(out, tmp_path, "again") == before
